import DetenteCore
import Synchronization

/// What linking has cost in this process: events linked, stored clusters read as candidates,
/// and time spent (reading candidates, comparing, writing the cluster). `detente ingest --stats`
/// prints it, to show whether linking slows down as the store grows.
public enum LinkStatistics {
  static let events = Atomic<Int>(0)
  static let candidates = Atomic<Int>(0)
  static let nanoseconds = Atomic<UInt64>(0)

  /// The totals so far.
  public static var totals: (events: Int, candidates: Int, seconds: Double) {
    (
      events.load(ordering: .relaxed), candidates.load(ordering: .relaxed),
      Double(nanoseconds.load(ordering: .relaxed)) / 1e9
    )
  }

  static func record(candidates n: Int, since start: ContinuousClock.Instant) {
    let d = ContinuousClock.now - start
    let ns =
      UInt64(d.components.seconds) * 1_000_000_000
      + UInt64(d.components.attoseconds / 1_000_000_000)
    events.add(1, ordering: .relaxed)
    candidates.add(n, ordering: .relaxed)
    nanoseconds.add(ns, ordering: .relaxed)
  }
}
