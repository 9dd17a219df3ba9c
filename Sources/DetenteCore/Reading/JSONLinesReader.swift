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
    // Lines split on the new-line byte, not on Characters.
    for slice in bytes.split(separator: 0x0A, omittingEmptySubsequences: false) {
      lineNumber += 1
      // Blank lines (only white space) are skipped.
      guard slice.contains(where: { $0 > 0x20 }) else { continue }
      if !knownUTF8, slice.contains(where: { $0 >= 0x80 }),
        let bad = ArticleLoader.firstInvalidUTF8(Array(slice))
      {
        errors.append(
          ReadError(
            .notUTF8, path: path, line: lineNumber,
            "the line is not valid UTF-8 (byte \(bad + 1) of the line); line skipped (convert the file, e.g. iconv -f latin1 -t utf-8)"
          ))
        continue
      }
      let record: Record
      if let fields = slice.withUnsafeBufferPointer(FlatJSONScanner.scan) {
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
          continue
        }
      }
      // (A text of white space only has no paragraphs: no separate trimming pass.)
      guard let body = record.text, case let paragraphs = Self.paragraphs(body),
        !paragraphs.isEmpty
      else {
        errors.append(
          ReadError(
            .malformedRecord, path: path, line: lineNumber,
            "the record has no \"text\"; line skipped"))
        continue
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
          outlet: record.outlet, url: record.url, published: published, paragraphs: paragraphs,
          path: path, line: lineNumber))
    }
    return (articles, errors)
  }

  /// The paragraphs of a record's text: parts separated by a blank line, each with its white
  /// space folded; empty parts are dropped. Carriage returns do not count.
  static func paragraphs(_ body: String) -> [String] {
    var body = body.replacingTabs()
    return body.withUTF8 { b in
      var out: [String] = []
      var start = 0
      var i = 0
      // (Folded straight from the bytes, which are valid UTF-8: one string per paragraph.)
      func flush(_ end: Int) {
        let p = String.collapsingWhitespace(UnsafeBufferPointer(rebasing: b[start..<end]))
        if !p.isEmpty { out.append(p) }
      }
      while i < b.count {
        if b[i] == 0x0A, i + 1 < b.count, b[i + 1] == 0x0A {
          flush(i)
          i += 2
          start = i
          continue
        }
        i += 1
      }
      flush(b.count)
      return out
    }
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
