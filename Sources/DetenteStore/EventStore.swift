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
  /// One stored event with its article, or `nil`.
  func event(id: String) async throws -> StoredEvent?
  /// The stored articles, newest first: at most `limit` (all when `nil`) after the first
  /// `offset`.
  func articles(limit: Int?, offset: Int) async throws -> [StoredArticle]
  /// How many articles and events the store holds.
  func counts() async throws -> (articles: Int, events: Int)
}

extension EventStore {
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
