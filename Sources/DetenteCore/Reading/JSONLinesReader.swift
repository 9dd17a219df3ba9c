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
    var articles: [Article] = []
    var errors: [ReadError] = []
    let decoder = JSONDecoder()
    var lineNumber = 0
    for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
      lineNumber += 1
      let line = String(rawLine).trimmingWhitespace()
      if line.isEmpty { continue }
      let record: Record
      do {
        record = try decoder.decode(Record.self, from: Data(line.utf8))
      } catch {
        errors.append(
          ReadError(
            .malformedRecord, path: path, line: lineNumber,
            "not a JSON object with string fields id, title, published, url, outlet, text (\(Self.reason(error))); line skipped"
          ))
        continue
      }
      guard let body = record.text, !body.trimmingWhitespace().isEmpty else {
        errors.append(
          ReadError(
            .malformedRecord, path: path, line: lineNumber,
            "the record has no \"text\"; line skipped"))
        continue
      }
      let paragraphs = body.replacingTabs()
        .components(separatedBy: "\n\n")
        .map { $0.collapsingWhitespace() }
        .filter { !$0.isEmpty }
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

  static func reason(_ error: Error) -> String {
    switch error {
    case DecodingError.dataCorrupted: return "invalid JSON"
    case DecodingError.typeMismatch(_, let c):
      return "wrong type for \(c.codingPath.map(\.stringValue).joined(separator: "."))"
    default: return "invalid JSON"
    }
  }
}
