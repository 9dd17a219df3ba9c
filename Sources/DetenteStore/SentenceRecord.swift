import GRDB

/// A stored sentence (table `sentence`, searched through `sentence_fts`).
struct SentenceRecord: Codable, FetchableRecord, PersistableRecord, FastRow, Sendable {
  static let databaseTableName = "sentence"

  var id: Int64?
  var articleId: String
  var idx: Int
  var text: String

  /// Column names (snake case), spelled out: converting every key of every row costs more than
  /// the rest of encoding it.
  enum CodingKeys: String, CodingKey, CaseIterable {
    case id
    case articleId = "article_id"
    case idx
    case text
  }

  /// The row's values in `CodingKeys` order, for `FastRow`.
  package var databaseValues: [(any DatabaseValueConvertible)?] {
    [
      id,
      articleId,
      idx,
      text,
    ]
  }

}
