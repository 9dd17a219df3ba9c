import Foundation
import GRDB
import GRDBSQLite

/// Limits on a store's reads, so that a server under load keeps answering: a read that waits
/// too long for one of the pool's connections, or whose statements run too long, is stopped
/// and reported as ``StoreBusy`` (the server answers 503 with `Retry-After`) instead of holding
/// a connection while more requests queue behind it.
public struct ReadLimits: Sendable, Hashable {
  /// The longest a read waits for a free connection, in seconds.
  public var wait: Double
  /// The longest a read's statements run, in seconds.
  public var run: Double

  /// Creates limits.
  public init(wait: Double, run: Double) {
    self.wait = wait
    self.run = run
  }

  /// No limits: the command line's queries run as long as they need.
  public static let none = ReadLimits(wait: .infinity, run: .infinity)
  /// The server's: five seconds waiting for a connection, ten running.
  public static let server = ReadLimits(wait: 5, run: 10)
}

/// A read the store stopped under its ``ReadLimits``: the store was too busy, or the query too
/// slow, to answer now. Trying again later (`retryAfter` seconds) or with narrower filters may
/// succeed.
public struct StoreBusy: Error, Sendable, Hashable, CustomStringConvertible {
  /// Seconds after which trying again makes sense.
  public var retryAfter: Int
  /// What happened, for the person who asked.
  public var message: String

  /// A read that waited `seconds` for a connection.
  package static func waited(_ seconds: Double) -> StoreBusy {
    StoreBusy(
      retryAfter: 1,
      message:
        "the store is busy: every connection was taken for \(Self.seconds(seconds)); try again in a moment"
    )
  }

  /// A read whose statements ran longer than `seconds`.
  package static func ranLong(_ seconds: Double) -> StoreBusy {
    StoreBusy(
      retryAfter: 5,
      message:
        "this query took more than \(Self.seconds(seconds)) and was stopped; add filters or ask for a nearer page"
    )
  }

  static func seconds(_ s: Double) -> String {
    if s == 1 { return "1 second" }
    return s == s.rounded() ? "\(Int(s)) seconds" : String(format: "%.1f seconds", s)
  }

  public var description: String { message }
}

/// The deadline of the statements running on one connection, read by the SQLite progress
/// handler installed on the connection when it opens (`install(on:)`): a statement still
/// running after it is interrupted.
final class StatementClock: @unchecked Sendable {
  /// When the running statements must stop, in monotonic seconds; infinity for never.
  /// (Set and read on the connection's own queue only.)
  var deadline = Double.infinity

  /// The clock of each open read connection, by its SQLite handle.
  nonisolated(unsafe) private static var clocks: [UInt: StatementClock] = [:]
  private static let lock = NSLock()

  /// Gives a read connection a clock and the progress handler that reads it.
  static func install(on db: Database) {
    guard let handle = db.sqliteConnection else { return }
    let clock = StatementClock()
    lock.withLock { clocks[UInt(bitPattern: handle)] = clock }
    sqlite3_progress_handler(
      handle, 20_000,
      { context in
        guard let context else { return 0 }
        let clock = Unmanaged<StatementClock>.fromOpaque(context).takeUnretainedValue()
        return monotonicSeconds() > clock.deadline ? 1 : 0
      }, Unmanaged.passUnretained(clock).toOpaque())
  }

  /// The clock of `db`'s connection, if it has one.
  static func of(_ db: Database) -> StatementClock? {
    guard let handle = db.sqliteConnection else { return nil }
    return lock.withLock { clocks[UInt(bitPattern: handle)] }
  }

  /// Runs `body` with the deadline at most `seconds` from now, the earlier deadline restored
  /// afterwards. `mine` is told, when a statement was interrupted, whether it was this
  /// deadline's doing rather than an earlier one's.
  func within<T>(
    _ seconds: Double, _ body: () throws -> T, interrupted mine: (Bool) throws -> Void = { _ in }
  ) throws -> T {
    let saved = deadline
    let own = monotonicSeconds() + seconds
    deadline = min(saved, own)
    defer { deadline = saved }
    do {
      return try body()
    } catch let e as DatabaseError where e.resultCode == .SQLITE_INTERRUPT {
      try mine(own <= saved)
      throw e
    }
  }
}

extension SQLiteStore {
  /// A read under the store's ``ReadLimits``.
  func read<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) async throws -> T {
    let limits = self.limits
    guard limits != .none else { return try await pool.read(body) }
    let asked = monotonicSeconds()
    return try await pool.read { db in
      let waited = monotonicSeconds() - asked
      if waited > limits.wait { throw StoreBusy.waited(limits.wait) }
      guard let clock = StatementClock.of(db) else { return try body(db) }
      do {
        return try clock.within(limits.run) { try body(db) }
      } catch let e as DatabaseError where e.resultCode == .SQLITE_INTERRUPT {
        throw StoreBusy.ranLong(limits.run)
      }
    }
  }
}
