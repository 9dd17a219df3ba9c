import DetenteStore
import Foundation
import GRDB
import Testing

#if canImport(FoundationNetworking)
  import FoundationNetworking
#endif

/// Faults a user meets: each a clear message naming the file, the right exit status, and
/// nothing lost or half-written.
@Suite("Faults: bad files, a newer schema, a full disk, a missing lexicon", .serialized)
struct FaultTests {
  let cli = StoreCommandTests()
  let article = StoreSupport.root.appendingPathComponent("Examples/articles/biden-xi-bali.txt")
    .path
  let folder = StoreSupport.root.appendingPathComponent("Examples/articles").path

  /// Runs `detente` under bash, with `setup` run first (`ulimit`, `trap`).
  func shell(_ setup: String, _ args: [String]) throws -> (status: Int32, err: String) {
    let quoted = args.map { "'\($0)'" }.joined(separator: " ")
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/bin/bash")
    p.arguments = ["-c", "\(setup); exec '\(StoreCommandTests.binary!.path)' \(quoted)"]
    let err = Pipe()
    p.standardError = err
    p.standardOutput = FileHandle.nullDevice
    try p.run()
    let e = err.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return (p.terminationStatus, String(decoding: e, as: UTF8.self))
  }

  @Test("a file that is not a database is refused, and left as it was")
  func notADatabase() throws {
    guard StoreCommandTests.binary != nil else {
      print("skipped: build the detente executable first (swift build)")
      return
    }
    let db = StoreSupport.databasePath()
    try Data("not a database\n".utf8).write(to: URL(fileURLWithPath: db))
    for args in [["events", "--db", db], ["ingest", "--db", db, article], ["stats", "--db", db]] {
      let r = try cli.run(args)
      #expect(r.status == 1, "\(args[0])")
      #expect(r.err.hasPrefix("\(db): error: cannot open the database"), "\(r.err)")
      #expect(r.err.contains("file is not a database"))
    }
    #expect(try Data(contentsOf: URL(fileURLWithPath: db)) == Data("not a database\n".utf8))
    #expect(!FileManager.default.fileExists(atPath: db + "-wal"))
  }

  @Test("a database a newer Detente changed is refused before anything is written")
  func newerSchema() throws {
    guard StoreCommandTests.binary != nil else {
      print("skipped: build the detente executable first (swift build)")
      return
    }
    let db = StoreSupport.databasePath()
    #expect(try cli.run(["ingest", "--db", db, article]).status == 0)
    do {
      let q = try DatabaseQueue(path: db)
      try q.write { try $0.execute(sql: "INSERT INTO grdb_migrations VALUES ('v99: from later')") }
      // (Everything in the main file, so that its bytes are the whole database.)
      try q.writeWithoutTransaction { try $0.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
    }
    let before = try Data(contentsOf: URL(fileURLWithPath: db))
    let other = StoreSupport.root.appendingPathComponent(
      "Examples/articles/uk-expels-russian-diplomats.txt"
    ).path
    for args in [["ingest", "--db", db, other], ["events", "--db", db], ["serve", "--db", db]] {
      let r = try cli.run(args)
      #expect(r.status == 1, "\(args[0])")
      #expect(r.err.contains("changed by a newer version of Detente"), "\(r.err)")
      #expect(r.err.contains("v99: from later"))
    }
    #expect(try Data(contentsOf: URL(fileURLWithPath: db)) == before)
  }

  /// The number of events of each article in JSON Lines of events.
  static func eventsByArticle(_ jsonl: String) -> [String: Int] {
    var out: [String: Int] = [:]
    for line in jsonl.split(separator: "\n") {
      guard let o = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
        let a = o["article"] as? [String: Any], let id = a["id"] as? String
      else { continue }
      out[id, default: 0] += 1
    }
    return out
  }

  @Test("a disk that fills during ingest: a message, whole articles kept, a later run completes")
  func diskFull() throws {
    guard StoreCommandTests.binary != nil else {
      print("skipped: build the detente executable first (swift build)")
      return
    }
    let db = StoreSupport.databasePath()
    #expect(try cli.run(["ingest", "--db", db, article]).status == 0)
    // Files may grow to 400 KB at most: the examples' store is several megabytes. (A file
    // that would grow past the limit gets EFBIG, as on a full disk, once the signal is ignored.)
    let full = try shell("trap '' XFSZ; ulimit -f 400", ["ingest", "--db", db, folder])
    #expect(full.status == 1)
    #expect(full.err.contains("\(db): error: cannot store the next"), "\(full.err)")
    #expect(full.err.contains("(is the disk full?)"))
    #expect(full.err.contains("none half-written"))
    let stats = try cli.run(["stats", "--db", db])
    #expect(stats.status == 0)
    // Ingest commits a quarter-second's worth of articles at a time, so a slow machine may have
    // stored a few before the file reached its limit; each stored article is whole: its events
    // are all there, the same as coding it gives.
    let files = try FileManager.default.contentsOfDirectory(atPath: folder).filter {
      $0.hasSuffix(".txt")
    }
    let stored = stats.out.split(separator: "\n").first { $0.hasPrefix("articles ") }
      .flatMap { Int($0.split(separator: " ").last ?? "") }
    #expect((stored ?? 0) >= 1 && (stored ?? .max) < files.count, "\(stats.out)")
    let kept = Self.eventsByArticle(try cli.run(["events", "--db", db, "--format", "jsonl"]).out)
    let coded = Self.eventsByArticle(try cli.run(["code", "--format", "jsonl", folder]).out)
    for (id, n) in kept {
      #expect(coded[id] == n, "\(id): \(n) events stored, \(coded[id] ?? 0) coded")
    }
    let q = try DatabaseQueue(path: db)
    #expect(try q.read { try String.fetchOne($0, sql: "PRAGMA integrity_check") } == "ok")
    let again = try cli.run(["ingest", "--db", db, folder])
    #expect(again.status == 0, "\(again.err)")
    #expect(try cli.run(["stats", "--db", db]).out.contains("articles   \(files.count)\n"))
  }

  @Test("a missing lexicon file or folder: a message naming it, exit status 2")
  func missingLexicon() throws {
    guard StoreCommandTests.binary != nil else {
      print("skipped: build the detente executable first (swift build)")
      return
    }
    let missing = StoreSupport.databasePath() + ".lex"
    let file = try cli.run(["code", "--lexicon", missing, article])
    #expect(file.status == 2)
    #expect(file.err == "\(missing): error: no such lexicon file\n")
    let gone = StoreSupport.databasePath() + "-lexicon"
    let folder = try shell("export DETENTE_LEXICON='\(gone)'", ["code", article])
    #expect(folder.status == 2)
    #expect(folder.err.contains("the bundled lexicon files are not installed (looked in \(gone))"))
    #expect(!folder.err.contains(":0:"))
  }

  @Test("a database opened read-only is read without a byte written, and must be up to date")
  func readOnlyStore() async throws {
    let db = StoreSupport.databasePath()
    _ = try SQLiteStore(path: db)
    let before = try Data(contentsOf: URL(fileURLWithPath: db))
    let store = try SQLiteStore(path: db, limits: .server, readOnly: true)
    let counts = try await store.counts()
    #expect(counts.articles == 0 && counts.events == 0)
    #expect(try await store.events(matching: EventQuery()).isEmpty)
    #expect(try Data(contentsOf: URL(fileURLWithPath: db)) == before)
    // A database an older Detente made cannot be brought up to date read-only.
    let old = StoreSupport.databasePath()
    do {
      let q = try DatabaseQueue(path: old)
      try q.inDatabase { db in
        try db.execute(sql: "CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY)")
        try db.execute(
          sql:
            "INSERT INTO grdb_migrations VALUES ('v1: articles, sentences, mentions, events, full-text search')"
        )
      }
    }
    #expect(throws: SchemaTooOld.self) { _ = try SQLiteStore(path: old, readOnly: true) }
  }

  @Test("serve answers from a database its user may only read")
  func serveReadOnly() async throws {
    guard let binary = StoreCommandTests.binary, getuid() == 0,
      FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv")
    else {
      print("skipped: needs the detente executable, root (to serve as nobody) and setpriv")
      return
    }
    let db = StoreSupport.databasePath()
    #expect(try cli.run(["ingest", "--db", db, article]).status == 0)
    let folder = (db as NSString).deletingLastPathComponent
    try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder)
    try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: db)
    let before = try Data(contentsOf: URL(fileURLWithPath: db))
    // A port the kernel found free; if another process takes it before the server binds it,
    // the server stops at once, and the test tries again on a new port (up to three times).
    var result: (answer: (Int, String)?, log: String) = (nil, "")
    for _ in 0..<3 where result.answer == nil {
      result = try await serveAsNobody(binary: binary, db: db, port: try StoreSupport.freePort())
    }
    #expect(result.answer?.0 == 200, "\(result.log)")
    #expect(result.answer?.1.contains("biden-xi-bali") == true)
    #expect(try Data(contentsOf: URL(fileURLWithPath: db)) == before)
  }

  /// Starts `detente serve` as `nobody` on `port` and asks it for one event; the answer, or nil
  /// when the server stopped or did not answer within 10 s, and what it wrote to stderr.
  func serveAsNobody(binary: URL, db: String, port: Int) async throws -> (
    answer: (Int, String)?, log: String
  ) {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
    p.arguments = [
      "--reuid=nobody", "--regid=nogroup", "--clear-groups", binary.path, "serve", "--db", db,
      "--port", String(port),
    ]
    let err = Pipe()
    p.standardError = err
    try p.run()
    defer { p.terminate() }
    var answer: (Int, String)?
    for _ in 0..<100 where answer == nil {
      try await Task.sleep(nanoseconds: 100_000_000)
      let url = URL(string: "http://127.0.0.1:\(port)/api/events?limit=1")!
      if let (data, response) = try? await URLSession.shared.data(from: url) {
        answer = (
          (response as? HTTPURLResponse)?.statusCode ?? 0, String(decoding: data, as: UTF8.self)
        )
      }
      if !p.isRunning { break }
    }
    p.terminate()
    p.waitUntilExit()
    let log = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    return (answer, log)
  }
}
