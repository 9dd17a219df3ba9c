import ArgumentParser
import DetenteStore
import Foundation

/// The `--db` option shared by the commands that use the store.
struct StoreOptions: ParsableArguments {
  @Option(
    name: .long,
    help: ArgumentHelp(
      "The database file (default: $DETENTE_DB, else detente.db in the current folder).",
      valueName: "FILE"))
  var db: String?

  /// The path the store opens.
  var path: String {
    db ?? ProcessInfo.processInfo.environment["DETENTE_DB"] ?? "detente.db"
  }

  /// Opens the store, or fails with a message that names the file.
  func open() throws -> SQLiteStore {
    do {
      return try SQLiteStore(path: path)
    } catch {
      FileHandle.standardError.write(
        "\(path): error: cannot open the database: \(error)\n".data(using: .utf8)!)
      throw ExitCode(1)
    }
  }

  /// Opens an existing store for reading, or says how to make one.
  func openExisting() throws -> SQLiteStore {
    guard FileManager.default.fileExists(atPath: path) else {
      FileHandle.standardError.write(
        "\(path): error: no database here; run `detente ingest --db \(path) ARTICLES` first\n"
          .data(using: .utf8)!)
      throw ExitCode(1)
    }
    return try open()
  }
}
