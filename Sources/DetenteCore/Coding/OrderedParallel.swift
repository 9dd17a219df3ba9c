import Foundation

/// Runs work items on all cores and hands their results back in input order, with a bounded
/// number in flight: memory stays flat however many items there are, and the output is the
/// same whatever the number of cores.
public enum OrderedParallel {
  /// Transforms items `0..<count` with `transform` (concurrently, at most `window` at a time)
  /// and passes each result to `consume` in order of the items.
  public static func run<T: Sendable>(
    count: Int, window: Int, transform: @escaping @Sendable (Int) -> T,
    consume: (T) async throws -> Void
  ) async throws {
    var items = (0..<max(0, count)).makeIterator()
    try await run(items: &items, window: window, transform: transform, consume: consume)
  }

  /// Takes items from `items` as room frees up (so a reader can produce them lazily),
  /// transforms them concurrently, at most `window` at a time, and passes each result to
  /// `consume` in the order the items came.
  public static func run<I: IteratorProtocol, T: Sendable>(
    items: inout I, window: Int, transform: @escaping @Sendable (I.Element) -> T,
    consume: (T) async throws -> Void
  ) async throws where I.Element: Sendable {
    try await withThrowingTaskGroup(of: (Int, T).self) { group in
      var started = 0
      var next = 0
      var pending: [Int: T] = [:]
      func start() {
        guard let item = items.next() else { return }
        let i = started
        group.addTask { (i, transform(item)) }
        started += 1
      }
      for _ in 0..<max(1, window) { start() }
      while let (i, value) = try await group.next() {
        pending[i] = value
        while let v = pending.removeValue(forKey: next) {
          try await consume(v)
          next += 1
        }
        start()
      }
    }
  }

  /// A window for this machine: two items per core.
  public static var defaultWindow: Int {
    2 * max(1, ProcessInfo.processInfo.activeProcessorCount)
  }
}
