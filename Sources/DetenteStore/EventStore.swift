import DetenteCore

/// Where coded articles are kept and queried. SQLite (``SQLiteStore``) is the default; other
/// databases (PostgreSQL) implement the same protocol.
public protocol EventStore: Sendable {
  /// Stores one coded article whole, or not at all. The same article (by content hash) is
  /// stored once; a changed article replaces its old version.
  func ingest(_ article: CodedArticle) async throws -> IngestOutcome
  /// Stores several coded articles, each whole or not at all, and gives each one's outcome
  /// (or the error that kept it out) in order. One article's failure does not stop the others.
  func ingest(batch articles: [CodedArticle]) async throws -> [Result<IngestOutcome, Error>]
  /// Stores a new coding of an article already stored (after a lexicon change), replacing its
  /// sentences, mentions and events in one transaction.
  func replaceCoding(_ article: CodedArticle) async throws
  /// The stored articles as they were read, for coding again.
  func storedArticles() async throws -> [Article]
  /// The stored events that match a query, in the query's order.
  func events(matching query: EventQuery) async throws -> [Event]
  /// The events that match a query counted by `grouping` and quad class, by the database:
  /// the numbers the timeline, the map and the network draw, without reading the events. The
  /// query's order and page do not apply.
  func tallies(matching query: EventQuery, by grouping: EventTally.Grouping) async throws
    -> [EventTally]
  /// What a timeline reads of each event that matches a query (``Timeline/Entry``), in the
  /// query's order and page: a few columns, not whole events.
  func timelineEntries(matching query: EventQuery) async throws -> [Timeline.Entry]
  /// One stored event with its article, or `nil`.
  func event(id: String) async throws -> StoredEvent?
  /// The stored articles, newest first: at most `limit` (all when `nil`) after the first
  /// `offset`.
  func articles(limit: Int?, offset: Int) async throws -> [StoredArticle]
  /// How many articles and events the store holds.
  func counts() async throws -> (articles: Int, events: Int)

  /// Where the store is, for messages: the database file, or the server's address without
  /// its password.
  var location: String { get }
  /// A page of the events that match a query and how many match in all, read together.
  func eventPage(matching query: EventQuery) async throws -> Page<Event>
  /// One article with its sentences, mentions and events, or `nil`.
  func article(id: String) async throws -> ArticleDetail?
  /// A page of articles, newest first, and how many there are.
  func articlePage(limit: Int, offset: Int) async throws -> Page<StoredArticle>
  /// The store's counts and its `recent` latest articles.
  func overview(recent: Int) async throws -> StoreOverview
  /// The meetings (clusters of 036 and 04x events) that match, oldest first, in the query's
  /// page.
  func meetings(matching q: MeetingQuery) async throws -> [MeetingRecord]
  /// How many meetings match, whatever the page.
  func meetingCount(matching q: MeetingQuery) async throws -> Int
  /// How many articles `ingest(batch:)` writes in one transaction (and `detente ingest`
  /// gathers before it writes).
  var articlesPerTransaction: Int { get }
  /// A page of the meetings that match, and how many match.
  func meetingPage(matching q: MeetingQuery) async throws -> Page<MeetingRecord>
  /// One meeting by its id, or `nil`; `asOf` as in `MeetingQuery`.
  func meeting(id: String, asOf: String?) async throws -> MeetingRecord?
  /// How many clusters the store holds, and how many events are linked.
  func linkCounts() async throws -> (clusters: Int, linked: Int)
  /// The actors of stored events, most frequent first: `limit` of them after the first
  /// `offset`.
  func actors(limit: Int, offset: Int) async throws -> [ActorCount]
  /// How many different actor codes stored events have.
  func actorCount() async throws -> Int
  /// Counts, sizes and schema version.
  func statistics() async throws -> StoreStatistics
}

/// The overview page's numbers and the latest articles.
public struct StoreOverview: Sendable {
  public var articles: Int
  public var events: Int
  public var clusters: Int
  public var recent: [StoredArticle]

  public init(articles: Int, events: Int, clusters: Int, recent: [StoredArticle]) {
    self.articles = articles
    self.events = events
    self.clusters = clusters
    self.recent = recent
  }
}

extension EventStore {
  /// The entries of whole events (stores that can read fewer columns implement it themselves).
  public func timelineEntries(matching query: EventQuery) async throws -> [Timeline.Entry] {
    try await events(matching: query).map(Timeline.Entry.init)
  }

  /// One meeting by its id, statuses as the reports give them.
  public func meeting(id: String) async throws -> MeetingRecord? {
    try await meeting(id: id, asOf: nil)
  }

  /// The actors of stored events, most frequent first, from the first.
  public func actors(limit: Int) async throws -> [ActorCount] {
    try await actors(limit: limit, offset: 0)
  }

  /// The first `limit` stored articles (all when `nil`), newest first.
  public func articles(limit: Int?) async throws -> [StoredArticle] {
    try await articles(limit: limit, offset: 0)
  }

  /// Stores the articles one by one (stores that can do better implement it themselves).
  public func ingest(batch articles: [CodedArticle]) async throws -> [Result<
    IngestOutcome, Error
  >] {
    var out: [Result<IngestOutcome, Error>] = []
    for a in articles {
      do { out.append(.success(try await ingest(a))) } catch { out.append(.failure(error)) }
    }
    return out
  }
}
