import DetenteCore
import GRDB

/// A stored article (table `article`).
package struct ArticleRecord: Codable, FetchableRecord, PersistableRecord, Sendable {
  package static let databaseTableName = "article"

  package var id: String
  package var contentHash: String
  package var title: String
  package var outlet: String?
  package var url: String?
  package var published: String?
  package var dateSource: String
  package var path: String
  package var body: String
  package var ingestedAt: String
  /// Its mentions as a JSON array (`MentionList`); nil for an article stored without them.
  package var mentions: String?

  /// Column names (snake case), spelled out: converting every key of every row costs more than
  /// the rest of encoding it.
  package enum CodingKeys: String, CodingKey, CaseIterable {
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

  /// The record whose values `r` reads in `CodingKeys` order.
  package init<R: ColumnReader>(reading r: inout R) throws {
    id = try r.text()
    contentHash = try r.text()
    title = try r.text()
    outlet = try r.optionalText()
    url = try r.optionalText()
    published = try r.optionalText()
    dateSource = try r.text()
    path = try r.text()
    body = try r.text()
    ingestedAt = try r.text()
    mentions = try r.optionalText()
  }

  /// The row's values in `CodingKeys` order.
  package var databaseValues: [(any DatabaseValueConvertible)?] {
    [id, contentHash, title, outlet, url, published, dateSource, path, body, ingestedAt, mentions]
  }

  package init(_ a: CodedArticle, ingestedAt: String) {
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
  package var article: Article {
    Article(
      id: id, title: title, outlet: outlet, url: url,
      published: published.flatMap(CivilDate.strict),
      dateSource: Article.DateSource(rawValue: dateSource) ?? .article,
      body: body, path: path)
  }

  /// The reference events carry.
  package var ref: Event.ArticleRef {
    Event.ArticleRef(
      id: id, title: title, outlet: outlet, url: url, published: published,
      dateSource: dateSource)
  }
}
