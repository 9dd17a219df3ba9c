import ArgumentParser
import DetentePostgres
import DetenteStore
import Foundation

/// The `--db` option shared by the commands that use the store: a SQLite file, or a
/// PostgreSQL server's `postgres://` URL.
struct StoreOptions: ParsableArguments {
  @Option(
    name: .long,
    help: ArgumentHelp(
      "The database: a file, or a PostgreSQL URL postgres://USER:PASSWORD@HOST:PORT/DATABASE (default: $DETENTE_DB, else detente.db in the current folder).",
      valueName: "FILE|URL"))
  var db: String?

  /// The file or URL the store opens.
  var path: String {
    db ?? ProcessInfo.processInfo.environment["DETENTE_DB"] ?? "detente.db"
  }

  /// Whether the store is on a PostgreSQL server.
  var isServer: Bool { PostgresLocation.isURL(path) }

  /// The store's name in messages: the file, or the URL without its password.
  var name: String {
    guard isServer else { return path }
    return (try? PostgresLocation(url: path).description) ?? "the PostgreSQL URL given"
  }

  /// Opens the store (its reads under `limits`; a SQLite file read-only when `readOnly`), or
  /// fails with a message that names it.
  func open(limits: ReadLimits = .none, readOnly: Bool = false) async throws -> any EventStore {
    do {
      if isServer { return try await PostgresStore(url: path, limits: limits) }
      return try SQLiteStore(path: path, limits: limits, readOnly: readOnly)
    } catch {
      FileHandle.standardError.write(
        "\(name): error: cannot open the database: \(storeFailureDescription(error))\n".data(
          using: .utf8)!)
      throw ExitCode(1)
    }
  }

  /// Opens an existing store for reading (under `limits`; a SQLite file read-only when
  /// `readOnlyIfNeeded` and this user may not write it), or says how to make one.
  func openExisting(limits: ReadLimits = .none, readOnlyIfNeeded: Bool = false) async throws
    -> any EventStore
  {
    if isServer { return try await open(limits: limits) }
    guard FileManager.default.fileExists(atPath: path) else {
      FileHandle.standardError.write(
        "\(path): error: no database here; run `detente ingest --db \(path) ARTICLES` first\n"
          .data(using: .utf8)!)
      throw ExitCode(1)
    }
    return try await open(
      limits: limits, readOnly: readOnlyIfNeeded && !SQLiteStore.isWritable(path))
  }
}

/// Fails a command for a filter value the user can correct: the message on standard error
/// (`detente: error: --text "…": …`) and exit status 2, without the usage text.
func queryFailure(_ message: String) -> ExitCode {
  FileHandle.standardError.write("detente: error: \(message)\n".data(using: .utf8)!)
  return ExitCode(2)
}

/// Fails a command whose store could not answer: the file and SQLite's words, exit status 1.
func storeFailure(_ path: String, _ error: any Error) -> ExitCode {
  if let e = error as? QueryError { return queryFailure(e.description) }
  FileHandle.standardError.write(
    "\(path): error: \(storeFailureDescription(error))\n".data(using: .utf8)!)
  return ExitCode(1)
}

/// "meetings 1–50 of 1,822; next page: --offset 50" on standard error, under a page of a list.
func pageNote(_ noun: String, offset: Int, count: Int, total: Int) {
  let (end, overflow) = offset.addingReportingOverflow(count)
  var line =
    count == 0
    ? "\(noun): none of \(total) from offset \(offset)"
    : "\(noun) \(offset + 1)–\(end) of \(total)"
  if !overflow, count > 0, end < total { line += "; next page: --offset \(end)" }
  FileHandle.standardError.write((line + "\n").data(using: .utf8)!)
}
