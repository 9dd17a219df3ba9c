import DetenteCore
import DetenteStore
import Foundation
import Logging
import PostgresNIO

extension PostgresStore {
  /// How many articles share one write transaction. Smaller than SQLite's: a transaction holds
  /// the locks of its articles and of its events' participants until it commits, and other
  /// workers linking the same pairs wait for them.
  public static let articlesPerTransaction = 500
  public var articlesPerTransaction: Int { Self.articlesPerTransaction }

  public func ingest(_ a: CodedArticle) async throws -> IngestOutcome {
    try await write([a], force: false)[0]
  }

  /// Stores the batch in transactions of up to `articlesPerTransaction` articles. When one
  /// fails, its articles are written again one transaction each, so that one article that
  /// cannot be stored is left out alone; a killed process leaves whole articles only.
  public func ingest(batch articles: [CodedArticle]) async throws -> [Result<
    IngestOutcome, Error
  >] {
    try await ingest(batch: articles, finishing: nil)
  }

  /// `ingest(batch:)`, and `finish` run in the last transaction before it commits (the work
  /// queue marks its piece done there, so that a piece is done exactly when its articles are
  /// stored).
  func ingest(
    batch articles: [CodedArticle],
    finishing finish: (@Sendable (PostgresConnection) async throws -> Void)?
  ) async throws -> [Result<IngestOutcome, Error>] {
    var results: [Result<IngestOutcome, Error>] = []
    results.reserveCapacity(articles.count)
    var start = 0
    repeat {
      let part = Array(articles[start..<min(start + Self.articlesPerTransaction, articles.count)])
      let last = start + part.count >= articles.count
      do {
        let outcomes = try await write(part, force: false, finishing: last ? finish : nil)
        results += outcomes.map { .success($0) }
      } catch let e as PostgresFailure where e.sqlState != nil {
        // One of them was refused: each on its own, to keep the others.
        for a in part {
          do {
            results.append(.success(try await write([a], force: false)[0]))
          } catch let e as PostgresFailure where e.sqlState != nil {
            results.append(.failure(e))
          }
        }
        if last, let finish { try await transaction { c in try await finish(c) } }
      }
      start += part.count
    } while start < articles.count
    return results
  }

  public func replaceCoding(_ a: CodedArticle) async throws {
    _ = try await write([a], force: true)
  }

  /// Writes the articles in one transaction under their locks.
  func write(
    _ part: [CodedArticle], force: Bool,
    finishing finish: (@Sendable (PostgresConnection) async throws -> Void)? = nil
  ) async throws -> [IngestOutcome] {
    let now = SQLiteStore.timestamp(Date())
    let logger = self.logger
    let locks = locksLinking
    return try await transaction { c in
      var w = PostgresWrite(c, logger, locks: locks)
      let outcomes = try await w.write(part, force: force, ingestedAt: now)
      if let finish { try await finish(c) }
      return outcomes
    }
  }
}

/// One write transaction: its locks, the clusters of its participants, and the rows it has
/// still to send.
struct PostgresWrite {
  let c: PostgresConnection
  let logger: Logger
  /// Each participants key's clusters, in the order they were made.
  var clusters: [String: [ClusterProfile]] = [:]
  /// Clusters changed since the last flush, by id, and their ids in that order.
  var changed: [String: ClusterProfile] = [:]
  var order: [String] = []
  var articles = RowInserts(
    table: "article", columns: ArticleRecord.CodingKeys.allCases.map(\.rawValue))
  var sentences = RowInserts(
    table: "sentence", columns: ["article_id", "idx", "text", "search"],
    template: "?, ?, ?, to_tsvector('simple', ?)")
  // (The same id twice in one article is stored once.)
  var events = RowInserts(
    table: "event", columns: EventRecord.columnNames, tail: "ON CONFLICT (id) DO NOTHING")
  var members = RowInserts(
    table: "cluster_member", columns: ["event_id", "cluster_id"],
    tail: "ON CONFLICT (event_id) DO UPDATE SET cluster_id = excluded.cluster_id")

  /// Whether `lock` takes its locks.
  let locks: Bool

  init(_ c: PostgresConnection, _ logger: Logger, locks: Bool = true) {
    self.c = c
    self.logger = logger
    self.locks = locks
  }

  /// Stores the articles (each unchanged, added or replaced) inside the caller's transaction.
  mutating func write(_ part: [CodedArticle], force: Bool, ingestedAt now: String) async throws
    -> [IngestOutcome]
  {
    let ids = part.map(\.article.id)
    try await lock(ids.map { "article\u{0}" + $0 })
    var hashes = try await storedHashes(ids)
    let replacing = part.contains { a in
      hashes[a.article.id].map { $0 != a.contentHash || force } ?? false
    }
    if !replacing, Set(ids).count == ids.count {
      return try await writeNew(part, hashes, ingestedAt: now)
    }
    let replaced = ids.filter { hashes[$0] != nil }
    let oldKeys = replaced.isEmpty ? [] : try await clusterKeys(ofArticles: replaced)
    let keys = Set(oldKeys).union(Self.linkKeys(part))
    try await lock(keys.map { "link\u{0}" + $0 })
    try await loadClusters(Array(keys))
    var outcomes: [IngestOutcome] = []
    for a in part {
      let id = a.article.id
      let hash = a.contentHash
      if let old = hashes[id] {
        if old == hash, !force {
          outcomes.append(.unchanged)
          continue
        }
        try await flush()
        try await delete(id, keys: Array(keys))
        outcomes.append(.replaced)
      } else {
        outcomes.append(.added)
      }
      add(a, ingestedAt: now)
      link(a)
      hashes[id] = hash
    }
    try await flush()
    return outcomes
  }

  /// `write` when no article replaces a stored one (the common case): the articles' rows are
  /// sent first, and only then are their participants locked and their events linked, so that
  /// another writer linking the same pairs waits for the linking alone, not for the rows.
  mutating func writeNew(_ part: [CodedArticle], _ stored: [String: String], ingestedAt now: String)
    async throws -> [IngestOutcome]
  {
    var outcomes: [IngestOutcome] = []
    var added: [CodedArticle] = []
    for a in part {
      if stored[a.article.id] != nil {
        outcomes.append(.unchanged)
      } else {
        outcomes.append(.added)
        add(a, ingestedAt: now)
        added.append(a)
      }
    }
    try await flush()
    let keys = Self.linkKeys(added)
    try await lock(keys.map { "link\u{0}" + $0 })
    try await loadClusters(Array(keys))
    for a in added { link(a) }
    try await flush()
    return outcomes
  }

  /// Takes a transaction-level advisory lock on each name, in one order (the names' 64-bit
  /// hashes, ascending): two transactions never hold one lock each while waiting for the
  /// other's.
  func lock(_ names: [String]) async throws {
    let ids = Set(names.map(Self.lockID)).sorted()
    guard locks, !ids.isEmpty else { return }
    try await c.query(
      """
      SELECT count(pg_advisory_xact_lock(k)) FROM (SELECT k FROM unnest(\(ids)::bigint[])
        WITH ORDINALITY AS t(k, n) ORDER BY n) s
      """, logger: logger)
  }

  /// A lock id for a name: its FNV-1a hash (the same in every process, unlike Swift's `Hasher`).
  static func lockID(_ name: String) -> Int64 {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for b in name.utf8 {
      h ^= UInt64(b)
      h = h &* 0x100_0000_01b3
    }
    return Int64(bitPattern: h)
  }

  /// The content hashes of the articles already stored, by id.
  func storedHashes(_ ids: [String]) async throws -> [String: String] {
    var out: [String: String] = [:]
    let rows = try await c.query(
      "SELECT id, content_hash FROM article WHERE id = ANY(\(ids)::text[])", logger: logger)
    for try await (id, hash) in rows.decode((String, String).self) { out[id] = hash }
    return out
  }

  /// The participants keys of the clusters the articles' events belong to.
  func clusterKeys(ofArticles ids: [String]) async throws -> [String] {
    var out: [String] = []
    let rows = try await c.query(
      """
      SELECT DISTINCT c.key FROM event e JOIN cluster_member m ON m.event_id = e.id
        JOIN cluster c ON c.id = m.cluster_id WHERE e.article_id = ANY(\(ids)::text[])
      """, logger: logger)
    for try await key in rows.decode(String.self) { out.append(key) }
    return out
  }

  /// Reads the clusters of the keys, each key's in the order they were made.
  mutating func loadClusters(_ keys: [String]) async throws {
    clusters = [:]
    guard !keys.isEmpty else { return }
    let columns = ClusterRecord.columnNames.joined(separator: ", ")
    let rows = try await c.query(
      PostgresQuery(
        unsafeSQL: "SELECT \(columns) FROM cluster WHERE key = ANY($1::text[]) ORDER BY seq",
        binds: {
          var b = PostgresBindings()
          b.append(keys)
          return b
        }()), logger: logger)
    for try await row in rows {
      var r = PostgresColumns(row.makeRandomAccess())
      let p = try ClusterRecord(reading: &r).profile
      clusters[p.key, default: []].append(p)
    }
  }

  /// Deletes a stored article (its sentences, events and memberships go with it) and the
  /// clusters of `keys` it leaves empty, then reads the keys' clusters again.
  mutating func delete(_ id: String, keys: [String]) async throws {
    try await c.query("DELETE FROM article WHERE id = \(id)", logger: logger)
    try await c.query(
      """
      DELETE FROM cluster c WHERE c.key = ANY(\(keys)::text[])
        AND NOT EXISTS (SELECT 1 FROM cluster_member m WHERE m.cluster_id = c.id)
      """, logger: logger)
    try await loadClusters(keys)
  }

  /// Gathers an article's rows.
  mutating func add(_ a: CodedArticle, ingestedAt now: String) {
    articles.add(ArticleRecord(a, ingestedAt: now).databaseValues)
    for s in a.sentences {
      sentences.add([a.article.id, s.index, s.text, TextSearch.searchable(s.text)])
    }
    for (n, e) in a.events.enumerated() {
      events.add(EventRecord(e, ordinal: n, occasion: a.occasions[e.id]).databaseValues)
    }
  }

  /// The participants keys the articles' events link under.
  static func linkKeys(_ articles: [CodedArticle]) -> Set<String> {
    var keys = Set<String>()
    for a in articles {
      for e in a.events { keys.insert(LinkedEvent(e, occasion: a.occasions[e.id]?.key).key) }
    }
    return keys
  }

  /// Links an article's events (each id once), in order.
  mutating func link(_ a: CodedArticle) {
    var linked = Set<String>()
    for e in a.events where linked.insert(e.id).inserted {
      link(LinkedEvent(e, occasion: a.occasions[e.id]?.key))
    }
  }

  /// Links one event as the SQLite store does: against its key's clusters that the window of
  /// `LinkRules.window(for:)` admits, in the order they were made.
  mutating func link(_ e: LinkedEvent) {
    let all = clusters[e.key] ?? []
    let candidates = LinkRules.window(for: e).map { all.filter($0.admits) } ?? all
    var linker = EventLinker(existing: candidates)
    let id = linker.add(e)
    guard let profile = linker.clusters.last(where: { $0.id == id }) else { return }
    if let i = all.firstIndex(where: { $0.id == id }) {
      clusters[e.key]![i] = profile
    } else {
      clusters[e.key, default: []].append(profile)
    }
    if changed.updateValue(profile, forKey: id) == nil { order.append(id) }
    members.add([e.id, id])
  }

  /// Sends the rows gathered: articles, sentences, events, then the clusters changed (the new
  /// ones in the order they were made) and the memberships.
  mutating func flush() async throws {
    try await articles.write(c, logger)
    try await sentences.write(c, logger)
    try await events.write(c, logger)
    if !order.isEmpty {
      let names = ClusterRecord.columnNames
      var upserts = RowInserts(
        table: "cluster", columns: names,
        tail: "ON CONFLICT (id) DO UPDATE SET "
          + names.filter { $0 != "id" }.map { "\"\($0)\" = excluded.\"\($0)\"" }.joined(
            separator: ", "))
      for id in order { if let p = changed[id] { upserts.add(ClusterRecord(p).databaseValues) } }
      try await upserts.write(c, logger)
    }
    try await members.write(c, logger)
    changed.removeAll(keepingCapacity: true)
    order.removeAll(keepingCapacity: true)
  }
}
