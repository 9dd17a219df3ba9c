import DetenteCore
import DetentePostgres
import DetenteStore
import Foundation
import PostgresNIO
import Testing

/// The stores a test of the `EventStore` protocol runs against: a SQLite file, and a database
/// on a PostgreSQL server (a throwaway one, see `PostgresTestServer`).
enum StoreKind: String, CaseIterable, CustomTestStringConvertible, Sendable {
  case sqlite
  case postgres

  var testDescription: String { rawValue }

  /// A new, empty place for a store: a file path, or a new database's URL.
  func newPlace() async throws -> String {
    switch self {
    case .sqlite: return StoreSupport.databasePath()
    case .postgres: return try await PostgresTestServer.newDatabase()
    }
  }

  /// Opens (or creates) the store at `place`.
  func open(_ place: String) async throws -> any EventStore {
    switch self {
    case .sqlite: return try SQLiteStore(path: place)
    case .postgres: return try await PostgresStore(url: place)
    }
  }

  /// A new, empty store.
  func make() async throws -> any EventStore {
    try await open(newPlace())
  }
}

/// The PostgreSQL server the tests use: the one `DETENTE_TEST_POSTGRES` names (CI starts one
/// with `scripts/postgres.sh`), else one this test process starts in a temporary folder with
/// `scripts/postgres.sh` when PostgreSQL is installed (and stops when it exits). A test that
/// needs it and finds neither is cancelled, saying so.
enum PostgresTestServer {
  /// Why there is no server, when there is none.
  static let missing =
    "PostgreSQL tests skipped: DETENTE_TEST_POSTGRES is not set and PostgreSQL is not installed (no initdb under /usr/lib/postgresql); scripts/postgres.sh start FOLDER makes a server"

  /// The server's URL (its `postgres` database), or nil.
  static let url: String? = {
    if let u = ProcessInfo.processInfo.environment["DETENTE_TEST_POSTGRES"], !u.isEmpty {
      return u
    }
    return start()
  }()

  /// Starts a throwaway server with the repository's script, or returns nil.
  static func start() -> String? {
    let installed = (try? FileManager.default.contentsOfDirectory(atPath: "/usr/lib/postgresql"))?
      .contains {
        FileManager.default.isExecutableFile(atPath: "/usr/lib/postgresql/\($0)/bin/initdb")
      }
    guard installed == true else { return nil }
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("detente-pg-\(UUID().uuidString.prefix(8))").path
    let script = StoreSupport.root.appendingPathComponent("scripts/postgres.sh").path
    // (The URL is read from the file the script writes: the server it starts inherits the
    // script's open files, so a pipe from it would never reach its end.)
    guard run(script, ["start", folder]),
      let out = try? String(contentsOfFile: folder + "/url", encoding: .utf8),
      out.hasPrefix("postgres://")
    else { return nil }
    stopFolder = folder
    atexit {
      if let f = PostgresTestServer.stopFolder {
        _ = PostgresTestServer.run(
          StoreSupport.root.appendingPathComponent("scripts/postgres.sh").path, ["stop", f])
        try? FileManager.default.removeItem(atPath: f)
      }
    }
    return out.trimmingCharacters(in: .whitespacesAndNewlines)
  }

  nonisolated(unsafe) static var stopFolder: String?

  /// Runs a bash script, its output thrown away; whether it succeeded. (By `posix_spawn` and
  /// `waitpid`: Foundation's `Process.waitUntilExit` did not return here, inside a static
  /// initialiser on a test's thread.)
  static func run(_ script: String, _ arguments: [String]) -> Bool {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    let argv = (["/bin/bash", script] + arguments).map { strdup($0) } + [nil]
    defer { for p in argv { free(p) } }
    var pid: pid_t = 0
    guard posix_spawn(&pid, "/bin/bash", &actions, nil, argv, environ) == 0 else { return false }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0, errno == EINTR {}
    return status == 0
  }

  /// The server's URL, or the test is cancelled with ``missing``.
  static func server() throws -> String {
    guard let url else { try Test.cancel(Comment(rawValue: missing)) }
    return url
  }

  /// A new, empty database on the server; its URL.
  static func newDatabase() async throws -> String {
    let server = try server()
    let name =
      "detente_test_"
      + UUID().uuidString.prefix(12).lowercased().replacingOccurrences(
        of: "-", with: "")
    var config = try PostgresLocation(url: server).configuration()
    config.options.maximumConnections = 1
    let client = PostgresClient(configuration: config)
    try await withThrowingTaskGroup(of: Void.self) { group in
      group.addTask { await client.run() }
      try await client.query(PostgresQuery(unsafeSQL: "CREATE DATABASE \(name)"))
      group.cancelAll()
    }
    guard let slash = server.lastIndex(of: "/") else { return server }
    return String(server[...slash]) + name
  }
}
