/// Reads a saved news web page: title from `og:title`, `<title>` or the first `<h1>`; date from
/// `article:published_time`, `date`, `pubdate` meta tags, `<time datetime>` or a visible date;
/// outlet from `og:site_name`; address from `og:url` or the canonical link; body from `<p>`.
public struct HTMLReader: Sendable {
  /// Creates a reader.
  public init() {}

  /// Reads one article from an HTML page.
  public func read(_ html: String, id: String, path: String) -> (Article, [ReadError]) {
    let scanner = HTMLScanner(html)
    var metas: [String: String] = [:]
    var title = ""
    var h1 = ""
    var timeAttr: String?
    var canonical: String?
    var paragraphs: [String] = []
    var textBuffer = ""
    var inParagraph = false
    var skipDepth = 0  // inside script/style/nav/footer/aside
    var inTitle = false
    var inH1 = false
    for piece in scanner.pieces() {
      switch piece {
      case .tag(let name, let attrs, let closing):
        if ["script", "style", "nav", "footer", "aside", "noscript", "form"].contains(name) {
          skipDepth += closing ? (skipDepth > 0 ? -1 : 0) : 1
          continue
        }
        if name == "meta", !closing {
          let key = (attrs["property"] ?? attrs["name"] ?? attrs["itemprop"] ?? "").lowercased()
          if !key.isEmpty, let content = attrs["content"] { metas[key] = content }
        } else if name == "link", attrs["rel"]?.lowercased() == "canonical" {
          canonical = attrs["href"]
        } else if name == "time", !closing, timeAttr == nil, let dt = attrs["datetime"] {
          timeAttr = dt
        } else if name == "title" {
          inTitle = !closing
        } else if name == "h1" {
          inH1 = !closing
        } else if name == "p" || name == "br" && inParagraph {
          if inParagraph {
            let p = textBuffer.collapsingWhitespace()
            if !p.isEmpty { paragraphs.append(p) }
          }
          textBuffer = ""
          inParagraph = name == "p" && !closing
        } else if ["div", "section", "article", "li", "h2", "h3", "blockquote"].contains(name),
          inParagraph
        {
          let p = textBuffer.collapsingWhitespace()
          if !p.isEmpty { paragraphs.append(p) }
          textBuffer = ""
          inParagraph = false
        }
      case .text(let t):
        guard skipDepth == 0 else { continue }
        let decoded = HTMLScanner.decodeEntities(t)
        if inTitle { title += decoded }
        if inH1 { h1 += decoded }
        if inParagraph { textBuffer += decoded }
      }
    }
    if inParagraph {
      let p = textBuffer.collapsingWhitespace()
      if !p.isEmpty { paragraphs.append(p) }
    }
    // "RELATED: …", "Also read: …": another story's headline, as in crawled text.
    paragraphs.removeAll { CrawlTextReader.isPromoLine($0.lowercased()) }
    let finalTitle =
      [metas["og:title"], h1, title].compactMap { $0?.collapsingWhitespace() }.first {
        !$0.isEmpty
      } ?? ""
    let dateKeys = [
      "article:published_time", "datepublished", "date", "pubdate", "publishdate",
      "dc.date", "dc.date.issued", "sailthru.date", "og:published_time",
    ]
    var published: CivilDate?
    for k in dateKeys {
      if let v = metas[k], let d = DateParser.find(in: v) {
        published = d
        break
      }
    }
    if published == nil, let t = timeAttr { published = DateParser.find(in: t) }
    if published == nil {
      for p in paragraphs.prefix(3) where p.count <= 60 {
        if let d = DateParser.find(in: p) {
          published = d
          paragraphs.removeAll { $0 == p }
          break
        }
      }
    }
    var warnings: [ReadError] = []
    if paragraphs.isEmpty {
      warnings.append(ReadError(.noBody, path: path, "the page has no <p> paragraphs to read"))
    }
    let article = Article(
      id: id, title: finalTitle, outlet: metas["og:site_name"]?.collapsingWhitespace(),
      url: metas["og:url"] ?? canonical, published: published, paragraphs: paragraphs,
      path: path)
    return (article, warnings)
  }
}

/// A forgiving scanner that splits HTML into tags and text, enough for reading articles.
struct HTMLScanner {
  enum Piece {
    case tag(name: String, attributes: [String: String], closing: Bool)
    case text(String)
  }

  let bytes: [UInt8]
  init(_ html: String) { bytes = Array(html.utf8) }

  func pieces() -> [Piece] {
    var out: [Piece] = []
    var i = 0
    var textStart = 0
    let n = bytes.count
    func emitText(_ end: Int) {
      if end > textStart {
        out.append(.text(String(decoding: bytes[textStart..<end], as: UTF8.self)))
      }
    }
    while i < n {
      guard bytes[i] == UInt8(ascii: "<") else {
        i += 1
        continue
      }
      emitText(i)
      // comments
      if i + 3 < n, bytes[i + 1] == UInt8(ascii: "!"), bytes[i + 2] == UInt8(ascii: "-"),
        bytes[i + 3] == UInt8(ascii: "-")
      {
        var j = i + 4
        while j + 2 < n,
          !(bytes[j] == UInt8(ascii: "-") && bytes[j + 1] == UInt8(ascii: "-")
            && bytes[j + 2] == UInt8(ascii: ">"))
        {
          j += 1
        }
        i = min(n, j + 3)
        textStart = i
        continue
      }
      var j = i + 1
      var quote: UInt8 = 0
      while j < n {
        let c = bytes[j]
        if quote != 0 {
          if c == quote { quote = 0 }
        } else if c == UInt8(ascii: "\"") || c == UInt8(ascii: "'") {
          quote = c
        } else if c == UInt8(ascii: ">") {
          break
        }
        j += 1
      }
      let inner = String(decoding: bytes[(i + 1)..<min(j, n)], as: UTF8.self)
      out.append(Self.parseTag(inner))
      i = min(n, j + 1)
      textStart = i
      // Raw text elements: skip to their end tag so '<' inside scripts is harmless.
      if case .tag(let name, _, false) = out.last, name == "script" || name == "style" {
        let endTag = Array("</\(name)".utf8)
        var k = i
        while k + endTag.count <= n {
          if bytes[k] == UInt8(ascii: "<"),
            zip(bytes[k..<(k + endTag.count)], endTag).allSatisfy({
              Self.lower($0) == $1
            })
          {
            break
          }
          k += 1
        }
        i = min(n, k)
        textStart = i
      }
    }
    emitText(n)
    return out
  }

  static func lower(_ c: UInt8) -> UInt8 { c >= 65 && c <= 90 ? c + 32 : c }

  static func parseTag(_ inner: String) -> Piece {
    var s = Substring(inner)
    var closing = false
    if s.hasPrefix("/") {
      closing = true
      s = s.dropFirst()
    }
    let nameEnd =
      s.firstIndex(where: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "/" }) ?? s.endIndex
    let name = s[..<nameEnd].lowercased()
    var attrs: [String: String] = [:]
    var rest = s[nameEnd...]
    while true {
      rest = rest.drop(while: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "/" || $0 == "\r" })
      guard !rest.isEmpty else { break }
      let keyEnd = rest.firstIndex(where: { $0 == "=" || $0 == " " || $0 == "\n" }) ?? rest.endIndex
      let key = rest[..<keyEnd].lowercased()
      rest = rest[keyEnd...]
      if rest.first == "=" {
        rest = rest.dropFirst()
        var value: Substring
        if let q = rest.first, q == "\"" || q == "'" {
          rest = rest.dropFirst()
          let end = rest.firstIndex(of: q) ?? rest.endIndex
          value = rest[..<end]
          rest = end < rest.endIndex ? rest[rest.index(after: end)...] : rest[end...]
        } else {
          let end = rest.firstIndex(where: { $0 == " " || $0 == "\n" }) ?? rest.endIndex
          value = rest[..<end]
          rest = rest[end...]
        }
        attrs[key] = decodeEntities(String(value))
      } else if !key.isEmpty {
        attrs[key] = ""
      }
    }
    return .tag(name: name, attributes: attrs, closing: closing)
  }

  static let named: [String: String] = [
    "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "rsquo": "\u{2019}",
    "lsquo": "\u{2018}", "ldquo": "\u{201C}", "rdquo": "\u{201D}", "mdash": "\u{2014}",
    "ndash": "\u{2013}", "hellip": "\u{2026}",
  ]

  static func decodeEntities(_ s: String) -> String {
    guard s.contains("&") else { return s }
    var out = ""
    var i = s.startIndex
    while i < s.endIndex {
      if s[i] == "&", let semi = s[i...].prefix(12).firstIndex(of: ";") {
        let name = s[s.index(after: i)..<semi]
        var replacement: String?
        if name.hasPrefix("#x") || name.hasPrefix("#X"),
          let v = UInt32(name.dropFirst(2), radix: 16),
          let u = Unicode.Scalar(v)
        {
          replacement = String(Character(u))
        } else if name.hasPrefix("#"), let v = UInt32(name.dropFirst()), let u = Unicode.Scalar(v) {
          replacement = String(Character(u))
        } else {
          replacement = named[String(name)]
        }
        if let r = replacement {
          out += r
          i = s.index(after: semi)
          continue
        }
      }
      out.append(s[i])
      i = s.index(after: i)
    }
    return out
  }
}
