/// Marks words in a sentence: each mark wraps the first free occurrence of its text; the rest
/// is escaped.
enum Highlighter {
  static func mark(_ text: String, _ marks: [(text: String, kind: String, title: String)]) -> String
  {
    let chars = Array(text)
    var kinds: [String?] = Array(repeating: nil, count: chars.count)
    var titles: [String?] = Array(repeating: nil, count: chars.count)
    var starts = Set<Int>()
    // Longer marks first, so "Russian President Vladimir Putin" wins over "Putin".
    for m in marks.sorted(by: { $0.text.count > $1.text.count }) {
      let needle = Array(m.text)
      guard !needle.isEmpty, needle.count <= chars.count else { continue }
      var i = 0
      while i + needle.count <= chars.count {
        if Array(chars[i..<(i + needle.count)]) == needle,
          (i..<(i + needle.count)).allSatisfy({ kinds[$0] == nil })
        {
          for k in i..<(i + needle.count) {
            kinds[k] = m.kind
            titles[k] = m.title
          }
          starts.insert(i)
          break
        }
        i += 1
      }
    }
    var out = ""
    var i = 0
    while i < chars.count {
      if let k = kinds[i] {
        var j = i
        while j < chars.count, kinds[j] == k, titles[j] == titles[i], j == i || !starts.contains(j)
        { j += 1 }
        out +=
          "<mark class=\"\(HTML.escape(k))\" title=\"\(HTML.escape(titles[i] ?? ""))\">\(HTML.escape(String(chars[i..<j])))</mark>"
        i = j
      } else {
        var j = i
        while j < chars.count, kinds[j] == nil { j += 1 }
        out += HTML.escape(String(chars[i..<j]))
        i = j
      }
    }
    return out
  }
}
