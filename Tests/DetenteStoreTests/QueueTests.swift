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
    let url = try await StoreKind.postgres.newPlace()
    let batch = try Self.batchFile()
    let added = try run(["queue", "add", "--db", url, batch])
    #expect(added.status == 0, "\(added.err)")
    let pieces = Int(added.err.prefix { $0.isNumber }) ?? 0
    #expect(pieces >= 3, "\(added.err)")
    let store = try await PostgresStore(url: url)
    // The first worker is killed while it holds a piece, after it finished one.
    let victim = Process()
    victim.executableURL = binary
    victim.arguments = ["worker", "--db", url, "--lease", "2", "--name", "victim"]
    victim.standardError = FileHandle.nullDevice
    try victim.run()
    var held = false
    for _ in 0..<3000 {
      let s = try await store.queueStatus()
      if s.pieces["done", default: 0] >= 1, s.pieces["taken", default: 0] == 1 {
        kill(victim.processIdentifier, SIGKILL)
        held = true
        break
      }
      try await Task.sleep(for: .milliseconds(10))
    }
    victim.waitUntilExit()
    #expect(held, "the worker was never seen holding a piece after finishing one")
    let afterKill = try await store.queueStatus()
    // What the killed worker was storing is not there: only its finished pieces' articles.
    #expect(try await store.counts().articles == afterKill.articles)
    #expect(afterKill.pieces["done", default: 0] < pieces)
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
