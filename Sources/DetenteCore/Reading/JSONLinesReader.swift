import Foundation

/// Reads batches of articles, one JSON object per line:
/// `{"id", "title", "published", "url", "outlet", "text"}`. Paragraphs in `text` are separated
/// by blank lines. A malformed line is reported with its line number and the others are read.
public struct JSONLinesReader: Sendable {
  /// Creates a reader.
  public init() {}

  struct Record: Decodable {
    var id: String?
    var title: String?
    var published: String?
    var url: String?
    var outlet: String?
    var text: String?
  }

  /// Reads every record of `text`; `stem` names records that lack an `id`.
  public func read(_ text: String, stem: String, path: String) -> ([Article], [ReadError]) {
    // (A string is valid UTF-8 already: its lines need no check.)
    read(Array(text.utf8), firstLine: 1, stem: stem, path: path, knownUTF8: true)
  }

  /// Reads every record of `bytes`, whole lines of a file whose first is line `firstLine`;
  /// `stem` names records that lack an `id`. A line that is not valid UTF-8 is reported and
  /// skipped (unless the caller knows the bytes are valid: `knownUTF8`).
  public func read(
    _ bytes: [UInt8], firstLine: Int, stem: String, path: String, knownUTF8: Bool = false
  ) -> ([Article], [ReadError]) {
    var articles: [Article] = []
    var errors: [ReadError] = []
    let decoder = JSONDecoder()
    var lineNumber = firstLine - 1
    // Reads one line, `slice`, the line numbered `lineNumber`.
    func read(_ slice: UnsafeBufferPointer<UInt8>) {
      // Blank lines (only white space) are skipped.
      guard slice.contains(where: { $0 > 0x20 }) else { return }
      if !knownUTF8, let bad = ArticleLoader.firstInvalidUTF8(slice) {
        errors.append(
          ReadError(
            .notUTF8, path: path, line: lineNumber,
            "the line is not valid UTF-8 (byte \(bad + 1) of the line); line skipped (convert the file, e.g. iconv -f latin1 -t utf-8)"
          ))
        return
      }
      let record: Record
      if let fields = FlatJSONScanner.scan(slice) {
        let v = fields.values
        record = Record(
          id: v[0], title: v[1], published: v[2], url: v[3], outlet: v[4], text: v[5])
      } else {
        do {
          record = try decoder.decode(Record.self, from: Data(slice))
        } catch {
          errors.append(
            ReadError(
              .malformedRecord, path: path, line: lineNumber,
              "not a JSON object with string fields id, title, published, url, outlet, text (\(Self.reason(error))); line skipped"
            ))
          return
        }
      }
      // (A text of white space only has no paragraphs: no separate trimming pass.)
      guard let text = record.text, case let body = Self.body(text), !body.isEmpty else {
        errors.append(
          ReadError(
            .malformedRecord, path: path, line: lineNumber,
            "the record has no \"text\"; line skipped"))
        return
      }
      var published: CivilDate?
      if let p = record.published {
        published = DateParser.parse(p) ?? DateParser.find(in: p)
        if published == nil {
          errors.append(
            ReadError(
              .noDate, path: path, line: lineNumber,
              "\"published\" is \"\(p)\", which is not a date such as 2013-10-03", warning: true))
        }
      }
      articles.append(
        Article(
          id: record.id ?? "\(stem)-\(lineNumber)",
          title: record.title?.collapsingWhitespace() ?? "",
          outlet: record.outlet, url: record.url, published: published, body: body,
          path: path, line: lineNumber))
    }
    bytes.withUnsafeBufferPointer { all in
      // Lines split on the new-line byte, not on Characters.
      var lineStart = 0
      while lineStart <= all.count {
        var lineEnd = all.count
        if lineStart < all.count,
          let nl = memchr(all.baseAddress! + lineStart, 0x0A, all.count - lineStart)
        {
          lineEnd =
            lineStart + (UnsafeRawPointer(nl) - UnsafeRawPointer(all.baseAddress! + lineStart))
        }
        let slice = UnsafeBufferPointer(rebasing: all[lineStart..<lineEnd])
        lineStart = lineEnd + 1
        lineNumber += 1
        read(slice)
      }
    }
    return (articles, errors)
  }

  /// A record's text as an article body: the parts separated by a blank line are its
  /// paragraphs, each with its white space folded to single spaces and trimmed; empty parts are
  /// dropped and the rest joined by blank lines. Carriage returns do not count and tabs are
  /// spaces. Each paragraph is folded straight from the bytes into the body (not made a string
  /// of its own).
  static func body(_ text: String) -> String {
    var text = text
    return text.withUTF8 { b in
      String(unsafeUninitializedCapacity: b.count) { out in
        var n = 0
        var start = 0
        // The paragraph `b[start..<end]`, folded, after a blank line when text came before it;
        // nothing when it has no text. (The blank lines consumed leave room for the separator.)
        func paragraph(_ end: Int) {
          let separator = n > 0 ? 2 : 0
          let written = UTF8Whitespace.fold(
            UnsafeBufferPointer(rebasing: b[start..<end]),
            into: UnsafeMutableBufferPointer(rebasing: out[(n + separator)...]),
            droppingCarriageReturns: true)
          // ("RELATED: …", "Also read: …": another story's headline, as in crawled text.)
          guard written > 0,
            !Self.isPromo(
              UnsafeBufferPointer(rebasing: out[(n + separator)..<(n + separator + written)]))
          else { return }
          if separator > 0 {
            out[n] = 0x0A
            out[n + 1] = 0x0A
          }
          n += separator + written
        }
        // A new line and the next one (carriage returns between do not count) end a paragraph.
        var i = 0
        while i < b.count, let nl = memchr(b.baseAddress! + i, 0x0A, b.count - i) {
          let lf = UnsafeRawPointer(nl) - UnsafeRawPointer(b.baseAddress!)
          var j = lf + 1
          while j < b.count, b[j] == 0x0D { j += 1 }
          if j < b.count, b[j] == 0x0A {
            paragraph(lf)
            start = j + 1
            i = j + 1
          } else {
            i = j
          }
        }
        paragraph(b.count)
        return n
      }
    }
  }

  /// Whether a folded paragraph points to another story (see `CrawlTextReader.isPromoLine`).
  static func isPromo(_ p: UnsafeBufferPointer<UInt8>) -> Bool {
    // (Most paragraphs start with another letter: one test, then the prefixes.)
    guard let first = p.first,
      [UInt8(ascii: "r"), UInt8(ascii: "a"), UInt8(ascii: "s")]
        .contains(first | 0x20)
    else { return false }
    let head = String(decoding: p.prefix(16), as: UTF8.self).lowercased()
    return CrawlTextReader.isPromoLine(head)
  }

  static func reason(_ error: Error) -> String {
    switch error {
    case DecodingError.dataCorrupted: return "invalid JSON"
    case DecodingError.typeMismatch(_, let c):
      return "wrong type for \(c.codingPath.map(\.stringValue).joined(separator: "."))"
    default: return "invalid JSON"
    }
  }
}
