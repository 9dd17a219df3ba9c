import DetenteCore
import Foundation
import GRDB
import Testing

@testable import DetenteStore

@Suite("Store: schema and write batches")
struct SchemaTests {
  /// Events whose sentence holds `words`, by id.
  static func found(_ words: String, _ store: SQLiteStore) async throws -> Set<String> {
    var q = EventQuery()
    q.text = words
    return Set(try await store.events(matching: q).map(\.id))
  }

  /// Whether SQLite finds the full-text index in step with its sentences.
  static func indexIsSound(_ store: SQLiteStore) async throws -> Bool {
    do {
      try await store.pool.write { db in
        try db.execute(sql: "INSERT INTO sentence_fts (sentence_fts) VALUES ('integrity-check')")
      }
      return true
    } catch {
      return false
    }
  }

  @Test("a database made before v6 keeps its mentions and its search when it is opened")
  func migratesMentions() async throws {
    let path = StoreSupport.databasePath()
    let old = StoreSupport.coded(
      id: "old", date: "2018-03-17",
      body: "Russia expelled 23 British diplomats on Saturday.\n\nBritain condemned the move.")
    // The schema as version 5 left it, with the article written as version 5 wrote it.
    let queue = try DatabaseQueue(path: path)
    try Schema.migrator.migrate(queue, upTo: "v5: the later sentences that tell an event again")
    try await queue.write { db in
      try db.execute(
        sql: """
          INSERT INTO article (id, content_hash, title, date_source, path, body, ingested_at)
          VALUES ('old', 'h', 'Old', 'article', 'old.txt', 'body', '2026-01-01T00:00:00Z')
          """)
      for s in old.sentences {
        try db.execute(
          sql: "INSERT INTO sentence (article_id, idx, text) VALUES ('old', ?, ?)",
          arguments: [s.index, s.text])
      }
      for m in old.mentions {
        try db.execute(
          sql: """
            INSERT INTO mention (article_id, sentence_index, kind, text, code, person,
              token_start, token_end) VALUES ('old', ?, ?, ?, ?, ?, ?, ?)
            """,
          arguments: [
            m.sentenceIndex, m.kind, m.text, m.code, m.person, m.tokens.lowerBound,
            m.tokens.upperBound,
          ])
      }
    }
    try queue.close()
    let store = try SQLiteStore(path: path)
    let detail = try #require(try await store.article(id: "old"))
    let mentions = detail.sentences.flatMap { s in s.mentions.map { "\(s.index) \($0.code)" } }
    #expect(mentions == old.mentions.map { "\($0.sentenceIndex) \($0.code)" })
    #expect(mentions.contains("0 RUS"))
    // The old sentences are still searched; new ones are indexed without the insert trigger.
    try await store.pool.read { db in
      #expect(
        try Int.fetchOne(
          db, sql: "SELECT COUNT(*) FROM sentence_fts WHERE sentence_fts MATCH 'expelled'")
          == 1)
      #expect(try !db.tableExists("mention"))
      let triggers = try String.fetchAll(
        db, sql: "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'sentence'")
      #expect(triggers.count == 2 && !triggers.contains { $0.hasSuffix("_ai") })
    }
    let new = StoreSupport.coded(id: "new", date: "2018-03-18", body: "Germany condemned Russia.")
    _ = try await store.ingest(batch: [new])
    #expect(try await Self.found("Germany", store) == Set(new.events.map(\.id)))
    #expect(try await Self.indexIsSound(store))
  }

  @Test("an article replaced inside one write transaction leaves the search index sound")
  func replacedInOneBatch() async throws {
    let store = try SQLiteStore(path: StoreSupport.databasePath())
    let first = StoreSupport.coded(
      id: "a", date: "2018-03-17", body: "Russia expelled 23 British diplomats on Saturday.")
    let other = StoreSupport.coded(
      id: "b", date: "2018-03-17", body: "France condemned Russia on Saturday.")
    let second = StoreSupport.coded(
      id: "a", date: "2018-03-17", body: "Britain accused Russia of the attack on Saturday.")
    let results = try await store.ingest(batch: [first, other, second]).map { try? $0.get() }
    #expect(results == [.added, .added, .replaced])
    #expect(try await Self.found("expelled", store).isEmpty)
    #expect(try await Self.found("accused", store) == Set(second.events.map(\.id)))
    #expect(try await Self.found("France", store) == Set(other.events.map(\.id)))
    #expect(try await Self.indexIsSound(store))
    // Every stored event is linked, and no cluster is left without members.
    try await store.pool.read { db in
      let events = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM event") ?? 0
      let members = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM cluster_member") ?? 0
      let empty =
        try Int.fetchOne(
          db,
          sql:
            "SELECT COUNT(*) FROM cluster WHERE id NOT IN (SELECT cluster_id FROM cluster_member)"
        ) ?? 0
      #expect(events > 0 && members == events && empty == 0)
    }
  }

  @Test("linking sees what another process stored since the last transaction")
  func clustersFromAnotherConnection() async throws {
    let path = StoreSupport.databasePath()
    let one = try SQLiteStore(path: path)
    let two = try SQLiteStore(path: path)
    let a = StoreSupport.coded(
      id: "a", date: "2013-06-01", body: "Putin met Obama in Geneva on Friday.")
    let b = StoreSupport.coded(
      id: "b", date: "2014-06-07", body: "Putin met Obama in Paris on Friday.")
    let c = StoreSupport.coded(
      id: "c", date: "2014-06-07", body: "Vladimir Putin met Barack Obama in Paris on Friday.")
    // `one` keeps the pair's clusters in memory after a; `two` then starts b's meeting, which
    // c must join rather than start a third.
    _ = try await one.ingest(batch: [a])
    _ = try await two.ingest(batch: [b])
    _ = try await one.ingest(batch: [c])
    let meetings = try await one.meetings(matching: MeetingQuery())
    #expect(meetings.map { Set($0.history.map(\.articleId)) } == [["a"], ["b", "c"]])
  }
}
