import GRDB

/// A stored actor, time or place mention (table `mention`).
struct MentionRecord: Codable, FetchableRecord, PersistableRecord, Sendable {
  static let databaseTableName = "mention"
  static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
  static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase

  var id: Int64?
  var articleId: String
  var sentenceIndex: Int
  var kind: String
  var text: String
  var code: String
  var person: String?
  var tokenStart: Int
  var tokenEnd: Int

  init(articleId: String, _ m: CodedArticle.Mention) {
    id = nil
    self.articleId = articleId
    sentenceIndex = m.sentenceIndex
    kind = m.kind
    text = m.text
    code = m.code
    person = m.person
    tokenStart = m.tokens.lowerBound
    tokenEnd = m.tokens.upperBound
  }
}
