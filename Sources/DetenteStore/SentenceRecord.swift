import GRDB

/// A stored sentence (table `sentence`, searched through `sentence_fts`).
struct SentenceRecord: Codable, FetchableRecord, PersistableRecord, Sendable {
  static let databaseTableName = "sentence"

  var id: Int64?
  var articleId: String
  var idx: Int
  var text: String

  /// Column names (snake case), spelled out: converting every key of every row costs more than
  /// the rest of encoding it.
  enum CodingKeys: String, CodingKey {
    case id
    case articleId = "article_id"
    case idx
    case text
  }

  /// Writes the columns directly (the Codable route costs more than the insert itself).
  func encode(to container: inout PersistenceContainer) {
    container[CodingKeys.id.rawValue] = id
    container[CodingKeys.articleId.rawValue] = articleId
    container[CodingKeys.idx.rawValue] = idx
    container[CodingKeys.text.rawValue] = text
  }
}
