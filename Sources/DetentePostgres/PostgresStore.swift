import DetenteCore
import DetenteStore
import Foundation
import Logging
import PostgresNIO

/// The store on a PostgreSQL server, through postgres-nio: one database for a team, written by
/// many ingests and workers at once, on one machine or many.
///
/// It keeps the SQLite store's meaning: the same tables and columns, each article stored whole
/// or not at all and once by content hash, the same query answers and the same event JSON.
/// Linking is made safe between writers by locks: a write transaction takes a transaction-level
/// advisory lock on each article id it stores and on each participants key its events link
/// under (all in one order, so two writers never wait for each other in a circle), so two
/// workers that store events of one meeting at the same moment take turns and the second sees
/// the first's clusters.
public final class PostgresStore: EventStore {
  /// The server and database.
  public let server: PostgresLocation
  let client: PostgresClient
  private let runner: Task<Void, Never>
  /// The limits on the store's reads (the server's pages), as PostgreSQL's statement timeout.
  public let limits: ReadLimits
  let logger = Logger(label: "detente.postgres")

  /// The server's address without its password (`EventStore.location`).
  public var location: String { server.description }

  /// Whether writes take the locks of their articles and participants (always, but in the
  /// test that shows what they prevent).
  let locksLinking: Bool

  /// Connects to the database at `url` (a `postgres://` URL) and brings its schema up to date.
  /// Statements run at most `limits.run` seconds when limits are set.
  public convenience init(url: String, limits: ReadLimits = .none) async throws {
    try await self.init(url: url, limits: limits, locksLinking: true)
  }

  /// A store whose writes take no locks when `locksLinking` is false: for the test that shows
  /// two writers linking one meeting without them split it.
  package init(url: String, limits: ReadLimits = .none, locksLinking: Bool) async throws {
    self.locksLinking = locksLinking
    do {
      server = try PostgresLocation(url: url)
    } catch {
      throw PostgresFailure(message: error.description)
    }
    self.limits = limits
    var config = server.configuration()
    config.options.maximumConnections = 8
    config.options.connectTimeout = .seconds(10)
    if limits.run.isFinite, limits.run > 0 {
      config.options.additionalStartupParameters = [
        ("statement_timeout", "\(Int((limits.run * 1000).rounded(.up)))")
      ]
    }
    let client = PostgresClient(configuration: config)
    self.client = client
    runner = Task { await client.run() }
    do {
      try await probe()
      try await migrate()
    } catch {
      runner.cancel()
      throw error
    }
  }

  deinit { runner.cancel() }

  /// Connects once on its own before the pool is used: the pool tries a failing server again
  /// for a minute and then says only that it gave up, where a person needs to know at once
  /// that the server is not there, refused the user, or has no such database.
  private func probe() async throws {
    do {
      let c = try await PostgresConnection.connect(
        configuration: server.connectionConfiguration(), id: 0, logger: logger)
      try await c.close()
    } catch {
      throw failure(error)
    }
  }

  /// Runs one statement (for tests that set up what a store must cope with).
  package func execute(_ sql: String) async throws {
    let logger = self.logger
    _ = try await withConnection { c in
      try await c.query(PostgresQuery(unsafeSQL: sql), logger: logger)
      return true
    }
  }

  /// Runs `body` on a connection of the pool, PostgreSQL's errors made readable.
  func withConnection<T: Sendable>(
    _ body: (PostgresConnection) async throws -> T
  ) async throws -> T {
    do {
      return try await client.withConnection { c in try await body(c) }
    } catch {
      throw failure(error)
    }
  }

  /// Runs `body` in one transaction (committed when it returns, rolled back when it throws),
  /// trying again a few times when PostgreSQL chose it to break a deadlock or a serialization
  /// conflict.
  func transaction<T: Sendable>(
    _ begin: String = "BEGIN", _ body: (PostgresConnection) async throws -> T
  ) async throws -> T {
    var attempt = 0
    while true {
      do {
        return try await client.withConnection { c in
          try await c.query(PostgresQuery(unsafeSQL: begin), logger: logger)
          do {
            let value = try await body(c)
            try await c.query("COMMIT", logger: logger)
            return value
          } catch {
            _ = try? await c.query("ROLLBACK", logger: logger)
            throw error
          }
        }
      } catch {
        attempt += 1
        let state = Self.sqlState(error)
        if attempt < 6, state == "40P01" || state == "40001" {
          try await Task.sleep(for: .milliseconds(20 * attempt))
          continue
        }
        throw failure(error)
      }
    }
  }

  /// A read of one snapshot (a read-only transaction).
  func read<T: Sendable>(_ body: (PostgresConnection) async throws -> T) async throws -> T {
    try await transaction("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", body)
  }

  /// The SQLSTATE of a server's error, or nil.
  static func sqlState(_ error: any Error) -> String? {
    (error as? PSQLError)?.serverInfo?[.sqlState]
  }

  /// An error as a person should read it: PostgreSQL's own words and code, or what kept the
  /// connection from being made; never the statement or its arguments.
  func failure(_ error: any Error) -> any Error {
    if error is QueryError || error is PostgresFailure || error is StoreBusy
      || error is CancellationError
    {
      return error
    }
    guard let e = error as? PSQLError else { return error }
    if let info = e.serverInfo, let message = info[.message] {
      let state = info[.sqlState] ?? "?"
      if state == "57014" {
        return StoreBusy.ranLong(limits.run)
      }
      let detail = info[.detail].map { " (\($0))" } ?? ""
      return PostgresFailure(
        message: "PostgreSQL error \(state): \(message)\(detail)", sqlState: state)
    }
    let cause = e.underlying.map { ": \($0)" } ?? ""
    if e.code == .connectionError || e.code == .serverClosedConnection {
      return PostgresFailure(message: "cannot reach the PostgreSQL server at \(location)\(cause)")
    }
    return PostgresFailure(message: "PostgreSQL client error \(e.code)\(cause)")
  }
}

/// A PostgreSQL store's failure, in PostgreSQL's words (never the statement or its values).
public struct PostgresFailure: Error, Sendable, CustomStringConvertible {
  public var message: String
  /// The server's SQLSTATE, when the server answered.
  public var sqlState: String?

  public init(message: String, sqlState: String? = nil) {
    self.message = message
    self.sqlState = sqlState
  }

  public var description: String { message }
}
