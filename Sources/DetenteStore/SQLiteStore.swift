import DetenteCore
import Foundation
import GRDB

/// The default store: one SQLite file, through GRDB, in WAL mode so that readers never wait
/// for a writer and two ingests into one file take turns instead of failing.
public final class SQLiteStore: EventStore {
  let pool: DatabasePool
  /// The database file.
  public let path: String
  /// The database file (`EventStore.location`).
  public var location: String { path }
  /// The clusters ingest links events to, kept between write transactions.
  let clusters = ClusterCache()
  /// The limits on the store's reads (none unless a server asked for some).
  public let limits: ReadLimits

  /// Opens (or creates) the database at `path` and brings its schema up to date; its reads
  /// run under `limits`. `readOnly` opens an existing database without writing anything (a
  /// file on read-only media, or one this user may only read): it must be up to date already.
  public init(path: String, limits: ReadLimits = .none, readOnly: Bool = false) throws {
    self.path = path
    self.limits = limits
    var config = Configuration()
    config.readonly = readOnly
    // Another process writing: wait for it rather than fail.
    config.busyMode = .timeout(30)
    // Up to four reads at once (the server's pages and API), each on its own connection: in WAL
    // mode they read the last committed state and never wait for a writer, this process's or
    // another's.
    config.maximumReaderCount = 4
    config.foreignKeysEnabled = true
    // The writing connection keeps up to 128 MB of pages (SQLite's default is 2 MB): ingest
    // updates the event and full-text indexes of a growing file, and re-reads evicted pages
    // otherwise (with 32 MB, a fifth of ingest's CPU time was the system's, reading and writing
    // pages; 256 MB took no less than 128). A connection that reads or writes little never fills it.
    // The log is copied back into the file every 64 MB rather than every 4 MB: a page ingest
    // changes in several transactions is copied once. A read connection keeps 8 MB (a page of
    // results reads few pages; the system's file cache holds the rest): a server's memory stays
    // near its size as the store grows under it.
    config.prepareDatabase { db in
      if db.configuration.readonly {
        try db.execute(sql: "PRAGMA cache_size = -8192")
        // (Reads can be stopped: a search's time limit, the server's `ReadLimits`.)
        StatementClock.install(on: db)
      } else {
        try db.execute(sql: "PRAGMA cache_size = -131072; PRAGMA wal_autocheckpoint = 16384")
      }
    }
    try Self.checkBeforeOpening(path)
    pool = try Self.open(readOnly ? Self.readOnlyName(path) : path, config)
    if readOnly {
      try pool.read { db in
        try Self.refuseNewerSchema(db)
        if try !Schema.migrator.hasCompletedMigrations(db) { throw SchemaTooOld() }
      }
    } else {
      try Self.bringUpToDate(pool)
    }
  }

  /// Throws ``SchemaTooNew`` when a newer Detente changed the database: this version would
  /// write rows its schema does not describe.
  static func refuseNewerSchema(_ db: Database) throws {
    let migrator = Schema.migrator
    let unknown = try migrator.appliedIdentifiers(db).subtracting(migrator.migrations).sorted()
    if !unknown.isEmpty { throw SchemaTooNew(unknown: unknown, known: migrator.migrations.count) }
  }

  /// Looks at an existing file through a read-only connection first, so that a database from
  /// a newer Detente is refused before the pool is opened (opening it writes: GRDB makes sure
  /// the write-ahead log is not empty). Any other problem is left for the pool to report.
  static func checkBeforeOpening(_ path: String) throws {
    guard FileManager.default.fileExists(atPath: path) else { return }
    var config = Configuration()
    config.readonly = true
    config.busyMode = .timeout(30)
    let unknown: SchemaTooNew?
    do {
      let queue = try DatabaseQueue(path: path, configuration: config)
      unknown = try queue.read { db -> SchemaTooNew? in
        do { try refuseNewerSchema(db) } catch let e as SchemaTooNew { return e }
        return nil
      }
    } catch {
      return
    }
    if let unknown { throw unknown }
  }

  /// Whether this process may write the database at `path`: the file, and the folder SQLite
  /// makes its log files in.
  public static func isWritable(_ path: String) -> Bool {
    access(path, W_OK) == 0 && folderIsWritable(path)
  }

  /// Whether this process may write the folder of `path`.
  static func folderIsWritable(_ path: String) -> Bool {
    let folder = (path as NSString).deletingLastPathComponent
    return access(folder.isEmpty ? "." : folder, W_OK) == 0
  }

  /// The name SQLite opens a read-only database by. SQLite reads a database in WAL mode through
  /// its log and shared-memory files, and makes them when they are missing; where they cannot
  /// be made (a folder this user may not write, read-only media) and are not there, no one is
  /// writing the database, and it is opened as immutable (a `file:` name with `immutable=1`).
  static func readOnlyName(_ path: String) -> String {
    guard !folderIsWritable(path), !FileManager.default.fileExists(atPath: path + "-wal")
    else { return path }
    var escaped = ""
    for c in path.unicodeScalars {
      if c == "%" || c == "?" || c == "#" {
        escaped += String(format: "%%%02X", c.value)
      } else {
        escaped.unicodeScalars.append(c)
      }
    }
    return "file:\(escaped)?immutable=1"
  }

  /// Opens the pool, trying again for a while when the file is busy. Switching a new file to WAL
  /// needs a lock that SQLite does not wait for (its busy handler is not called there), so a
  /// process that opens a file another process is creating at the same moment can be told
  /// "database is locked" at once; the other process's change is the one wanted, so wait and
  /// look again.
  static func open(_ path: String, _ config: Configuration) throws -> DatabasePool {
    var attempt = 0
    while true {
      do {
        return try DatabasePool(path: path, configuration: config)
      } catch let error as DatabaseError
        where error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED
      {
        attempt += 1
        // About 8 s in all before giving up.
        if attempt >= 40 { throw error }
        usleep(UInt32(min(10_000 * attempt, 400_000)))
      }
    }
  }

  /// Applies the migrations the database lacks. GRDB checks which migrations are applied and
  /// then applies the rest, each in its own transaction; two processes opening one new file at
  /// the same moment can both see a migration as missing, and the second one's change then
  /// fails (and is rolled back whole). The schema the other process made is the one wanted, so
  /// look again and go on; fail only if the schema is still not up to date after a few tries.
  static func bringUpToDate(_ pool: DatabasePool) throws {
    let migrator = Schema.migrator
    try pool.read { try refuseNewerSchema($0) }
    var attempt = 0
    while true {
      do {
        try migrator.migrate(pool)
        return
      } catch let error as DatabaseError {
        attempt += 1
        if try pool.read({ try migrator.hasCompletedMigrations($0) }) { return }
        if attempt >= 5 { throw error }
        usleep(UInt32(20_000 * attempt))
      }
    }
  }

  public func ingest(_ a: CodedArticle) async throws -> IngestOutcome {
    try await store(a, force: false)
  }

  /// How many articles share one write transaction in `ingest(batch:)` (and how many
  /// `detente ingest` gathers before it writes): a page that many articles change is written
  /// to the log once, and another process still gets its turn between transactions (one
  /// holds the lock for a second or two).
  public static let articlesPerTransaction = 4000
  public var articlesPerTransaction: Int { Self.articlesPerTransaction }

  /// Stores the batch in write transactions of up to `articlesPerTransaction` articles. An
  /// article that fails is rolled back alone and the others are kept; a killed process leaves
  /// whole articles only.
  ///
  /// Each part is first written without savepoints: a savepoint per article makes SQLite copy
  /// every page an article touches into a sub-journal first (about 1.2 GB of temporary-file
  /// writes for 2.6 MB of articles). Only when an article of the part fails is the part rolled
  /// back and written again with one savepoint per article.
  public func ingest(batch articles: [CodedArticle]) async throws -> [Result<
    IngestOutcome, Error
  >] {
    let now = Self.timestamp(Date())
    var results: [Result<IngestOutcome, Error>] = []
    results.reserveCapacity(articles.count)
    for start in stride(from: 0, to: articles.count, by: Self.articlesPerTransaction) {
      let part = articles[start..<min(start + Self.articlesPerTransaction, articles.count)]
      results += try await pool.writeWithoutTransaction { db in
        if let done = try Self.writeWhole(part, now, clusters, db) { return done }
        return try Self.writeEach(part, now, clusters, db)
      }
    }
    return results
  }

  /// Writes the articles in one transaction, or rolls it back and returns nil when one of
  /// them fails (the caller then writes them one savepoint each).
  static func writeWhole(
    _ part: ArraySlice<CodedArticle>, _ now: String, _ clusters: ClusterCache, _ db: Database
  ) throws -> [Result<IngestOutcome, Error>]? {
    struct ArticleFailed: Error {}
    var done: [Result<IngestOutcome, Error>] = []
    do {
      try db.inTransaction(.immediate) {
        let batch = try WriteBatch(clusters, db)
        for a in part {
          do {
            done.append(.success(try Self.write(a, force: false, ingestedAt: now, batch, db)))
          } catch {
            throw ArticleFailed()
          }
        }
        try batch.flush(db)
        return .commit
      }
      return done
    } catch {
      // Rolled back: the clusters kept in memory may hold what was not written.
      clusters.clear()
      if error is ArticleFailed { return nil }
      throw error
    }
  }

  /// Writes the articles in one transaction, each in its own savepoint, so that one that fails
  /// is rolled back alone.
  static func writeEach(
    _ part: ArraySlice<CodedArticle>, _ now: String, _ clusters: ClusterCache, _ db: Database
  ) throws -> [Result<IngestOutcome, Error>] {
    var done: [Result<IngestOutcome, Error>] = []
    do {
      try writeEach(part, now, clusters, db, into: &done)
    } catch {
      // Rolled back: the clusters kept in memory may hold what was not written.
      clusters.clear()
      throw error
    }
    return done
  }

  /// The transaction of `writeEach`.
  private static func writeEach(
    _ part: ArraySlice<CodedArticle>, _ now: String, _ clusters: ClusterCache, _ db: Database,
    into done: inout [Result<IngestOutcome, Error>]
  ) throws {
    try db.inTransaction(.immediate) {
      for a in part {
        var outcome = IngestOutcome.added
        do {
          try db.inSavepoint {
            let batch = try WriteBatch(clusters, db)
            outcome = try Self.write(a, force: false, ingestedAt: now, batch, db)
            try batch.flush(db)
            return .commit
          }
          done.append(.success(outcome))
        } catch {
          // Its savepoint was rolled back: forget what it linked.
          clusters.clear()
          done.append(.failure(error))
        }
      }
      return .commit
    }
  }

  public func replaceCoding(_ a: CodedArticle) async throws {
    _ = try await store(a, force: true)
  }

  func store(_ a: CodedArticle, force: Bool) async throws -> IngestOutcome {
    let now = Self.timestamp(Date())
    return try await pool.writeWithoutTransaction { db in
      var outcome = IngestOutcome.added
      // One IMMEDIATE transaction per article: it is stored whole or not at all, and a second
      // process waits for the lock instead of failing half-way.
      do {
        try db.inTransaction(.immediate) {
          let batch = try WriteBatch(clusters, db)
          outcome = try Self.write(a, force: force, ingestedAt: now, batch, db)
          try batch.flush(db)
          return .commit
        }
      } catch {
        clusters.clear()
        throw error
      }
      return outcome
    }
  }

  /// Writes one article with its sentences, mentions and events, inside the caller's
  /// transaction, leaving their full-text indexing and linking to `batch` (which the caller
  /// flushes before it commits).
  static func write(
    _ a: CodedArticle, force: Bool, ingestedAt now: String, _ batch: WriteBatch, _ db: Database
  ) throws -> IngestOutcome {
    let article = ArticleRecord(a, ingestedAt: now)
    var outcome = IngestOutcome.added
    if let old = try ArticleRecord.fetchOne(
      db.cachedStatement(sql: "SELECT * FROM article WHERE id = ?"), arguments: [article.id])
    {
      if old.contentHash == article.contentHash, !force { return .unchanged }
      outcome = .replaced
      // What this transaction wrote so far is indexed and linked first: the old sentences leave
      // the full-text index by a trigger, and no cluster of this transaction may look empty.
      try batch.flush(db)
      try old.delete(db)
    }
    try article.insert(db)
    try batch.willWriteSentences(db)
    for s in a.sentences {
      try SentenceRecord(id: nil, articleId: article.id, idx: s.index, text: s.text)
        .write(db, sql: RowSQL.sentence)
    }
    if outcome == .replaced {
      // Clusters the old version alone made are gone with it.
      try db.execute(
        sql: "DELETE FROM cluster WHERE id NOT IN (SELECT cluster_id FROM cluster_member)")
      batch.cache.clear()
    }
    var linked = Set<String>()
    for (n, e) in a.events.enumerated() {
      // The same id twice in one article (identical events) is stored once.
      try EventRecord(e, ordinal: n, occasion: a.occasions[e.id]).write(db, sql: RowSQL.event)
      if linked.insert(e.id).inserted {
        try batch.link(LinkedEvent(e, occasion: a.occasions[e.id]?.key), db)
      }
    }
    return outcome
  }

  /// The statements ingest writes rows with, built once.
  enum RowSQL {
    static let sentence = SentenceRecord.insertSQL()
    // (The same id twice in one article is stored once.)
    static let event = EventRecord.insertSQL("INSERT OR IGNORE")
    static let cluster = ClusterRecord.upsertSQL()
  }

  /// A UTC time stamp as ISO 8601 (`2026-11-23T17:03:06Z`), without making a formatter.
  package static func timestamp(_ date: Date) -> String {
    var t = time_t(date.timeIntervalSince1970.rounded(.down))
    var parts = tm()
    gmtime_r(&t, &parts)
    func two(_ v: Int32) -> String { v < 10 ? "0\(v)" : "\(v)" }
    return
      "\(parts.tm_year + 1900)-\(two(parts.tm_mon + 1))-\(two(parts.tm_mday))T\(two(parts.tm_hour)):\(two(parts.tm_min)):\(two(parts.tm_sec))Z"
  }

  public func storedArticles() async throws -> [Article] {
    try await read { db in
      try ArticleRecord.order(Column("id")).fetchAll(db).map(\.article)
    }
  }

  public func events(matching query: EventQuery) async throws -> [Event] {
    try await eventPage(matching: query, counting: false).items
  }

  /// A page of the events that match a query and how many match in all, read together (one
  /// snapshot, the search's syntax checked once).
  public func eventPage(matching query: EventQuery) async throws -> Page<Event> {
    try await eventPage(matching: query, counting: true)
  }

  /// The events of a query's page, and (`counting`) how many match in all. A page (a query with
  /// a limit) is counted first in any case, to choose how to read it (`walksDateIndex`).
  func eventPage(matching query: EventQuery, counting: Bool) async throws -> Page<Event> {
    let (countSQL, countArguments) = try Self.sql(for: query, count: true)
    return try await read { db in
      try Self.checkSyntax(query, db)
      var total = 0
      var inDateOrder = false
      if counting || query.limit != nil {
        if let n = try Self.outletCount(query, db) {
          total = n
        } else {
          total = try Self.limited(query, db) {
            try Int.fetchOne(db, sql: countSQL, arguments: countArguments) ?? 0
          }
        }
        // (The largest rowid: as many events as the store holds, give or take deletions.)
        let events = try Int.fetchOne(db, sql: "SELECT max(rowid) FROM event") ?? 0
        inDateOrder = Self.walksDateIndex(query, matches: total, events: events)
      }
      let (sql, arguments) = try Self.sql(for: query, inDateOrder: inDateOrder)
      let events = try Self.events(
        Self.limited(query, db) { try Row.fetchAll(db, sql: sql, arguments: arguments) })
      return Page(items: events, total: total, limit: query.limit ?? 0, offset: query.offset)
    }
  }

  /// Events from rows of `event` joined with their article (`a_` columns), each article's
  /// reference made once.
  static func events(_ rows: [Row]) throws -> [Event] {
    var refs: [String: Event.ArticleRef] = [:]
    var out: [Event] = []
    out.reserveCapacity(rows.count)
    for (row, record) in zip(rows, try EventRecord.records(rows)) {
      let ref: Event.ArticleRef
      if let r = refs[record.articleId] {
        ref = r
      } else {
        ref = articleRef(row)
        refs[record.articleId] = ref
      }
      out.append(record.event(ref))
    }
    return out
  }

  /// The article of a row of `event` joined with its article (`a_` columns).
  static func articleRef(_ row: Row) -> Event.ArticleRef {
    Event.ArticleRef(
      id: row["a_id"], title: row["a_title"], outlet: row["a_outlet"], url: row["a_url"],
      published: row["a_published"], dateSource: row["a_date_source"])
  }

  public func event(id: String) async throws -> StoredEvent? {
    try await read { db in
      guard let record = try EventRecord.fetchOne(db, key: id),
        let article = try ArticleRecord.fetchOne(db, key: record.articleId)
      else { return nil }
      return StoredEvent(
        event: record.event(article.ref), article: try Self.stored(article, db))
    }
  }

  public func articles(limit: Int?, offset: Int) async throws -> [StoredArticle] {
    try await read { db in try Self.articles(db, limit: limit, offset: offset) }
  }

  /// The articles of a page, newest first.
  static func articles(_ db: Database, limit: Int?, offset: Int) throws -> [StoredArticle] {
    try Row.fetchAll(db, sql: articlesSQL(limit: limit, offset: offset)).map { row in
      let a = try ArticleRecord(row: row)
      return stored(a, sentences: row["sentence_count"], events: row["event_count"])
    }
  }

  /// The page of stored articles with their counts, newest first: one statement, not two more
  /// per article; the page is chosen on the ids alone (off the `article_by_published` index),
  /// so that the articles skipped over are neither read whole nor counted.
  package static func articlesSQL(
    limit: Int?, offset: Int, _ dialect: SQLDialect = .sqlite, columns: String = "a.*"
  ) -> String {
    let newest = dialect.order("published", true)
    let page =
      "SELECT id FROM article ORDER BY \(newest), id" + dialect.page(limit: limit, offset: offset)
    return """
      SELECT \(columns), \
      (SELECT COUNT(*) FROM sentence s WHERE s.article_id = a.id) AS sentence_count, \
      (SELECT COUNT(*) FROM event e WHERE e.article_id = a.id) AS event_count \
      FROM (\(page)) p JOIN article a ON a.id = p.id ORDER BY a.\(newest), a.id
      """
  }

  public func counts() async throws -> (articles: Int, events: Int) {
    try await read { db in
      (try ArticleRecord.fetchCount(db), try EventRecord.fetchCount(db))
    }
  }

  static func stored(_ a: ArticleRecord, _ db: Database) throws -> StoredArticle {
    let sentences =
      try Int.fetchOne(
        db, sql: "SELECT COUNT(*) FROM sentence WHERE article_id = ?", arguments: [a.id]) ?? 0
    let events =
      try Int.fetchOne(
        db, sql: "SELECT COUNT(*) FROM event WHERE article_id = ?", arguments: [a.id]) ?? 0
    return stored(a, sentences: sentences, events: events)
  }

  package static func stored(_ a: ArticleRecord, sentences: Int, events: Int) -> StoredArticle {
    StoredArticle(
      id: a.id, title: a.title, outlet: a.outlet, url: a.url, published: a.published,
      dateSource: a.dateSource, path: a.path, contentHash: a.contentHash,
      ingestedAt: a.ingestedAt, sentenceCount: sentences, eventCount: events)
  }
}
