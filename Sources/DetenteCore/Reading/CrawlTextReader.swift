/// Reads crawled news saved as text or Markdown: a title (`# Title` or a first line), a byline
/// (`By [Outlet](#)` or plain text), a date line before or after it, paragraphs, and trailers
/// (`Related articles:` lists, `Original url: <...>`) that are kept out of the body.
public struct CrawlTextReader: Sendable {
  /// Creates a reader.
  public init() {}

  /// Reads one article from `text`, naming it `id`; `path` is used in messages.
  public func read(_ text: String, id: String, path: String) -> (Article, [ReadError]) {
    var warnings: [ReadError] = []
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
      String($0).replacingTabs()
    }
    var index = 0
    func skipBlank() {
      while index < lines.count, lines[index].trimmingWhitespace().isEmpty { index += 1 }
    }
    skipBlank()
    var title = ""
    if index < lines.count {
      var t = lines[index].trimmingWhitespace()
      while t.hasPrefix("#") { t.removeFirst() }
      title = MarkdownInline.plain(t).collapsingWhitespace()
      index += 1
    }
    var (outlet, published) = Self.header(lines, &index)
    var paragraphs: [String] = []
    var url: String?
    var current: [String] = []
    var inTrailer = false
    func flush() {
      if !current.isEmpty {
        let p = MarkdownInline.plain(current.joined(separator: " ")).collapsingWhitespace()
        if !p.isEmpty { paragraphs.append(p) }
        current = []
      }
    }
    while index < lines.count {
      let line = lines[index].trimmingWhitespace()
      index += 1
      // (Only the start is compared, so only the start is lower-cased: a body line is a
      // paragraph, and lower-casing each whole one was a tenth of a small file's time.)
      let lower = String(line.prefix(24)).lowercased()
      if lower.hasPrefix("original url:") {
        flush()
        inTrailer = true
        if let u = Self.angleURL(line) { url = u }
        continue
      }
      if lower.hasPrefix("related articles") || lower.hasPrefix("read more:") {
        flush()
        inTrailer = true
        continue
      }
      if inTrailer {
        if url == nil, let u = Self.angleURL(line) { url = u }
        continue
      }
      // "RELATED: …", "Also read: …": another story's headline set into this one.
      if Self.isPromoLine(lower) {
        flush()
        continue
      }
      if line.isEmpty {
        flush()
      } else if line.hasPrefix("- [") || line.hasPrefix("* [") {
        flush()  // a bare list of links is navigation, not text
      } else {
        current.append(line)
      }
    }
    flush()
    if published == nil { published = Self.dateAtEnd(&paragraphs) }
    if paragraphs.isEmpty {
      warnings.append(ReadError(.noBody, path: path, "the article has a title but no body text"))
    }
    let article = Article(
      id: id, title: title, outlet: outlet, url: url, published: published,
      paragraphs: paragraphs, path: path)
    return (article, warnings)
  }

  /// The header lines after the title, at most four before the body: a date line and a byline
  /// (`By [Outlet](#)` or plain text); `index` moves past them.
  static func header(_ lines: [String], _ index: inout Int) -> (
    outlet: String?, published: CivilDate?
  ) {
    var outlet: String?
    var published: CivilDate?
    // Header lines: date, byline, short lines, at most four of them before the body.
    var headerSeen = 0
    while headerSeen < 4 {
      while index < lines.count, lines[index].trimmingWhitespace().isEmpty { index += 1 }
      guard index < lines.count else { break }
      let raw = lines[index].trimmingWhitespace()
      if published == nil, raw.count <= 60, let d = DateParser.find(in: raw),
        Self.isDateLine(raw)
      {
        published = d
      } else if let by = Self.byline(raw) {
        if outlet == nil { outlet = by }
      } else {
        break
      }
      index += 1
      headerSeen += 1
    }
    return (outlet, published)
  }

  /// A date line that stands at the end of a crawled page (in the last two paragraphs), taken
  /// out of them.
  static func dateAtEnd(_ paragraphs: inout [String]) -> CivilDate? {
    for p in paragraphs.suffix(2) where p.count <= 40 {
      if let d = DateParser.find(in: p), Self.isDateLine(p) {
        paragraphs.removeAll { $0 == p }
        return d
      }
    }
    return nil
  }

  static func isDateLine(_ line: String) -> Bool {
    // A date line is mostly the date: few words beyond it.
    line.split(whereSeparator: { $0 == " " }).count <= 8 && !line.hasSuffix(".")
      || line.split(separator: " ").count <= 4
  }

  static func byline(_ raw: String) -> String? {
    var s = raw
    if s.hasPrefix("By ") || s.hasPrefix("by ") || s.hasPrefix("BY ") {
      s = String(s.dropFirst(3))
    } else {
      // A short line without sentence punctuation, e.g. "The  Moscow Times".
      let words = s.split(separator: " ")
      guard words.count <= 6, !s.hasSuffix("."), !s.hasSuffix("\""), !s.hasSuffix(":"),
        let f = s.first, f.isUppercase || f == "["
      else { return nil }
    }
    let plain = MarkdownInline.plain(s).collapsingWhitespace()
    return plain.isEmpty ? nil : plain
  }

  static func angleURL(_ line: String) -> String? {
    guard let open = line.firstIndex(of: "<"), let close = line.lastIndex(of: ">"), open < close
    else {
      if let r = line.range(of: "http") {
        return String(line[r.lowerBound...]).trimmingWhitespace()
      }
      return nil
    }
    return String(line[line.index(after: open)..<close]).trimmingWhitespace()
  }

  /// Whether a line (lower-cased) points to another story: "RELATED: …", "Also read: …",
  /// "Read also: …", "See also: …".
  static func isPromoLine(_ lower: String) -> Bool {
    ["related:", "also read:", "read also:", "see also:", "also see:", "related story:"].contains {
      lower.hasPrefix($0)
    }
  }
}

extension String {
  /// The string with tabs as spaces and carriage returns removed.
  func replacingTabs() -> String {
    var copy = self
    guard copy.withUTF8({ $0.contains { $0 == 0x09 || $0 == 0x0D } }) else { return self }
    return copy.withUTF8 { b in
      String(unsafeUninitializedCapacity: b.count) { out in
        var n = 0
        for c in b where c != 0x0D {
          out[n] = c == 0x09 ? 0x20 : c
          n += 1
        }
        return n
      }
    }
  }
}
