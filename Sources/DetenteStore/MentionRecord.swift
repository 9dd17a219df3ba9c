import GRDB

/// A stored actor, time or place mention (table `mention`).
struct MentionRecord: Codable, FetchableRecord, PersistableRecord, FastRow, Sendable {
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
  enum CodingKeys: String, CodingKey, CaseIterable {
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

  /// The row's values in `CodingKeys` order, for `FastRow`.
  var databaseValues: [(any DatabaseValueConvertible)?] {
    [
      id,
      articleId,
      sentenceIndex,
      kind,
      text,
      code,
      person,
      tokenStart,
      tokenEnd,
    ]
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
