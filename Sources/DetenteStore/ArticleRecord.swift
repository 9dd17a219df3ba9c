import DetenteCore
import GRDB

/// A stored article (table `article`).
struct ArticleRecord: Codable, FetchableRecord, PersistableRecord, Sendable {
  static let databaseTableName = "article"

  var id: String
  var contentHash: String
  var title: String
  var outlet: String?
  var url: String?
  var published: String?
  var dateSource: String
  var path: String
  var body: String
  var ingestedAt: String
  /// Its mentions as a JSON array (`MentionList`); nil for an article stored without them.
  var mentions: String?

  /// Column names (snake case), spelled out: converting every key of every row costs more than
  /// the rest of encoding it.
  enum CodingKeys: String, CodingKey {
    case id
    case contentHash = "content_hash"
    case title
    case outlet
    case url
    case published
    case dateSource = "date_source"
    case path
    case body
    case ingestedAt = "ingested_at"
    case mentions
  }

  init(_ a: CodedArticle, ingestedAt: String) {
    id = a.article.id
    contentHash = a.contentHash
    title = a.article.title
    outlet = a.article.outlet
    url = a.article.url
    published = a.article.published?.description
    dateSource = a.article.dateSource.rawValue
    path = a.article.path
    body = a.article.body
    self.ingestedAt = ingestedAt
    mentions = MentionList.json(a.mentions)
  }

  /// The article as it was read.
  var article: Article {
    Article(
      id: id, title: title, outlet: outlet, url: url,
      published: published.flatMap(CivilDate.strict),
      dateSource: Article.DateSource(rawValue: dateSource) ?? .article,
      body: body, path: path)
  }

  /// The reference events carry.
  var ref: Event.ArticleRef {
    Event.ArticleRef(
      id: id, title: title, outlet: outlet, url: url, published: published,
      dateSource: dateSource)
  }
}
