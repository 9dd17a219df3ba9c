import DetenteCore

/// An article as the store lists it.
public struct StoredArticle: Sendable, Hashable {
  /// The article id.
  public var id: String
  /// The headline.
  public var title: String
  /// The outlet, when known.
  public var outlet: String?
  /// The address, when known.
  public var url: String?
  /// Publication date (`YYYY-MM-DD`), when known.
  public var published: String?
  /// Where the date came from.
  public var dateSource: String
  /// The file it was read from.
  public var path: String
  /// The content hash it was stored under.
  public var contentHash: String
  /// When it was stored (UTC, ISO 8601).
  public var ingestedAt: String
  /// How many sentences it has.
  public var sentenceCount: Int
  /// How many events were coded from it.
  public var eventCount: Int
}

/// A stored event with the article it comes from.
public struct StoredEvent: Sendable, Hashable {
  /// The event.
  public var event: Event
  /// Its article.
  public var article: StoredArticle

  package init(event: Event, article: StoredArticle) {
    self.event = event
    self.article = article
  }
}
