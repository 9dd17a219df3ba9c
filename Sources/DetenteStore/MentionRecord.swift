import GRDB

/// A stored actor, time or place mention (table `mention`).
struct MentionRecord: Codable, FetchableRecord, PersistableRecord, Sendable {
  static let databaseTableName = "mention"

  var id: Int64?
  var articleId: String
  var sentenceIndex: Int
  var kind: String
  var text: String
  var code: String
  var person: String?
  var tokenStart: Int
  var tokenEnd: Int

  /// Column names (snake case), spelled out: converting every key of every row costs more than
  /// the rest of encoding it.
  enum CodingKeys: String, CodingKey {
    case id
    case articleId = "article_id"
    case sentenceIndex = "sentence_index"
    case kind
    case text
    case code
    case person
    case tokenStart = "token_start"
    case tokenEnd = "token_end"
  }

  /// Writes the columns directly (the Codable route costs more than the insert itself).
  func encode(to container: inout PersistenceContainer) {
    container[CodingKeys.id.rawValue] = id
    container[CodingKeys.articleId.rawValue] = articleId
    container[CodingKeys.sentenceIndex.rawValue] = sentenceIndex
    container[CodingKeys.kind.rawValue] = kind
    container[CodingKeys.text.rawValue] = text
    container[CodingKeys.code.rawValue] = code
    container[CodingKeys.person.rawValue] = person
    container[CodingKeys.tokenStart.rawValue] = tokenStart
    container[CodingKeys.tokenEnd.rawValue] = tokenEnd
  }

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
