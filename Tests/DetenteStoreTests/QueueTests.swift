import DetenteCore
import DetentePostgres
import DetenteStore
import Foundation
import Testing

/// The work queue of a PostgreSQL store, driven through the `detente` program as a team would.
@Suite("Store: PostgreSQL work queue", .serialized)
struct QueueTests {
  /// The example articles five times over (new ids) as one JSON Lines file of about 900 KB:
  /// four pieces of the queue.
  static func batchFile() throws -> String {
    let loaded = ArticleLoader(fallback: .fileTime).load([
      StoreSupport.root.appendingPathComponent("Examples/articles").path
    ])
    var lines: [String] = []
    for round in 0..<5 {
      for a in loaded.articles {
        let record: [String: Any] = [
          "id": "\(a.id)-\(round)", "title": a.title, "published": a.published?.description ?? "",
          "outlet": a.outlet ?? "", "text": a.body,
        ]
        let data = try JSONSerialization.data(withJSONObject: record, options: [.sortedKeys])
        lines.append(String(decoding: data, as: UTF8.self))
      }
    }
    let path = URL(fileURLWithPath: StoreSupport.databasePath()).deletingLastPathComponent()
      .appendingPathComponent("batch.jsonl").path
    try (lines.joined(separator: "\n") + "\n").write(
      toFile: path, atomically: true, encoding: .utf8)
    return path
  }

  /// Runs `detente` to its end; its exit status and standard error.
  func run(_ args: [String]) throws -> (status: Int32, err: String) {
    try FaultTests().shell(":", args)
  }

  @Test("a worker killed with SIGKILL mid-piece: nothing lost, nothing stored twice")
  func killedWorker() async throws {
    guard let binary = StoreCommandTests.binary else {
      print("skipped: build the detente executable first (swift build)")
      return
    }
    let batch = try Self.batchFile()
    // A kill can land just after the worker finished its piece (the status was read a moment
    // before): then the run is made again on a new database, up to three times.
    var killed: (url: String, pieces: Int, store: PostgresStore)?
    for _ in 0..<3 where killed == nil {
      killed = try await killMidPiece(binary, batch)
    }
    let (url, pieces, store) = try #require(killed, "the worker was never killed holding a piece")
    // Another worker, once the lease has run out, takes the rest and the abandoned piece.
    try await Task.sleep(for: .seconds(2.5))
    let rescue = try run(["worker", "--db", url, "--name", "rescue"])
    #expect(rescue.status == 0, "\(rescue.err)")
    let end = try await store.queueStatus()
    #expect(end.pieces["done"] == pieces && end.failures.isEmpty)
    // Everything stored once: the same events as one SQLite ingest of the file.
    let sqlite = try SQLiteStore(path: StoreSupport.databasePath())
    let coded = ArticleLoader(fallback: .fileTime).load([batch]).articles.map {
      CodedArticle(EventCoder(lexicon: StoreSupport.lexicon).analyze($0))
    }
    _ = try await sqlite.ingest(batch: coded)
    #expect(try await store.counts() == sqlite.counts())
    var q = EventQuery()
    q.sort = .article
    #expect(
      try await store.events(matching: q).map(\.jsonLine)
        == sqlite.events(matching: q).map(\.jsonLine))
    #expect(end.articles == coded.count)
  }

  /// Queues `batch` in a new database, starts a worker with a 2-second lease and kills it with
  /// SIGKILL once it holds a piece after finishing one. Returns the database, its number of
  /// pieces and a store on it when the worker died holding its piece (the queue shows it taken
  /// and not done, and the store holds only the finished pieces' articles), or nil.
  func killMidPiece(_ binary: URL, _ batch: String) async throws
    -> (url: String, pieces: Int, store: PostgresStore)?
  {
    let url = try await StoreKind.postgres.newPlace()
    let added = try run(["queue", "add", "--db", url, batch])
    #expect(added.status == 0, "\(added.err)")
    let pieces = Int(added.err.prefix { $0.isNumber }) ?? 0
    #expect(pieces >= 3, "\(added.err)")
    let store = try await PostgresStore(url: url)
    let victim = Process()
    victim.executableURL = binary
    victim.arguments = ["worker", "--db", url, "--lease", "2", "--name", "victim"]
    victim.standardError = FileHandle.nullDevice
    try victim.run()
    for _ in 0..<6000 {
      let s = try await store.queueStatus()
      if s.pieces["done", default: 0] >= 1, s.pieces["taken", default: 0] == 1 {
        kill(victim.processIdentifier, SIGKILL)
        break
      }
      try await Task.sleep(for: .milliseconds(10))
    }
    kill(victim.processIdentifier, SIGKILL)
    victim.waitUntilExit()
    let afterKill = try await store.queueStatus()
    let holding = afterKill.pieces["taken", default: 0] + afterKill.pieces["expired", default: 0]
    guard holding == 1, afterKill.pieces["done", default: 0] < pieces else { return nil }
    // What the killed worker was storing is not there: only its finished pieces' articles.
    #expect(try await store.counts().articles == afterKill.articles)
    return (url, pieces, store)
  }

  @Test("queue commands need a PostgreSQL store, and a missing file fails its piece")
  func misuse() async throws {
    guard StoreCommandTests.binary != nil else { return }
    let sqlite = try run(["queue", "status", "--db", StoreSupport.databasePath()])
    #expect(sqlite.status == 2 && sqlite.err.contains("lives in a PostgreSQL store"))
    let url = try await StoreKind.postgres.newPlace()
    let folder = URL(fileURLWithPath: StoreSupport.databasePath()).deletingLastPathComponent()
    let file = folder.appendingPathComponent("gone.txt").path
    try "Russia expelled 23 British diplomats on Saturday.".write(
      toFile: file, atomically: true, encoding: .utf8)
    #expect(try run(["queue", "add", "--db", url, file]).status == 0)
    try FileManager.default.removeItem(atPath: file)
    let worker = try run(["worker", "--db", url])
    #expect(worker.err.contains("gone.txt: error: cannot read the file"), "\(worker.err)")
    let status = try await PostgresStore(url: url).queueStatus()
    #expect(status.pieces["failed"] == 1 && status.failures.first?.path == file)
  }
}
