/// Reduces inline Markdown to plain text: `[text](url)` becomes `text`, `**bold**` and
/// `_italic_` lose their marks, `<https://…>` autolinks are dropped.
enum MarkdownInline {
  static func plain(_ s: String) -> String {
    // (A byte scan: `String.contains` with a string goes through Foundation's locale-aware
    // search, which was an eighth of the time to code a folder of text files.)
    guard
      s.utf8.contains(where: {
        $0 == UInt8(ascii: "[") || $0 == UInt8(ascii: "*") || $0 == UInt8(ascii: "<")
          || $0 == UInt8(ascii: "_")
      })
    else { return s }
    var out = ""
    out.reserveCapacity(s.count)
    var i = s.startIndex
    while i < s.endIndex {
      let c = s[i]
      if c == "[", let close = s[i...].firstIndex(of: "]") {
        let after = s.index(after: close)
        if after < s.endIndex, s[after] == "(", let paren = s[after...].firstIndex(of: ")") {
          out += s[s.index(after: i)..<close]
          i = s.index(after: paren)
          continue
        }
      }
      if c == "<", let close = s[i...].firstIndex(of: ">"),
        s[s.index(after: i)..<close].hasPrefix("http")
      {
        i = s.index(after: close)
        continue
      }
      if c == "*" {
        i = s.index(after: i)
        continue
      }
      out.append(c)
      i = s.index(after: i)
    }
    return out
  }
}
