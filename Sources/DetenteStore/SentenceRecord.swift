import GRDB

/// A stored sentence (table `sentence`, searched through `sentence_fts`).
struct SentenceRecord: Codable, FetchableRecord, PersistableRecord, Sendable {
  static let databaseTableName = "sentence"
  static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
  static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase

  var id: Int64?
  var articleId: String
  var idx: Int
  var text: String
}
