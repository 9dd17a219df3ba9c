import DetenteStore
import Synchronization

/// A batch of coded articles `detente ingest` has handed to the store and not yet heard back
/// about. The store writes it on its own thread while the next articles are coded on the
/// cores left over; ingest keeps at most one in flight, so that batches are stored in input
/// order and memory holds two batches at most.
struct PendingWrite {
  /// The articles being written, in order.
  let articles: [CodedArticle]
  /// Each article's outcome, once the write is over (or the error that kept the whole batch
  /// out).
  let outcomes: Task<[Result<IngestOutcome, any Error>], any Error>
  private let over: Flag

  /// Set once the write is over, so that ingest can ask without waiting.
  private final class Flag: Sendable {
    let value = Atomic<Bool>(false)
  }

  /// Starts writing `articles` into `db`.
  init(_ articles: [CodedArticle], into db: any EventStore) {
    self.articles = articles
    let over = Flag()
    self.over = over
    outcomes = Task {
      defer { over.value.store(true, ordering: .releasing) }
      return try await db.ingest(batch: articles)
    }
  }

  /// Whether the write is over (the store is idle, as far as this process goes).
  var isOver: Bool { over.value.load(ordering: .acquiring) }
}
