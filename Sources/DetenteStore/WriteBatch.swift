import DetenteCore
import GRDB

/// What one write transaction leaves for its end: linking its events and indexing its sentences
/// for full-text search.
///
/// Sentences are added to `sentence_fts` by one statement per flush, not by a trigger per row:
/// FTS5 writes out its pending terms at the end of every statement that touches it, so a
/// statement per sentence made a tiny index segment per sentence (a third of ingest's time).
///
/// Events are linked against the clusters of `ClusterCache`, and a cluster an event joins or
/// starts is written once per flush, not once per event. `flush` writes them with their
/// members.
final class WriteBatch {
  /// The clusters read or made so far (kept by the store between transactions).
  let cache: ClusterCache
  /// The clusters changed or made since the last flush, by id, and their ids in that order.
  private var changed: [String: ClusterProfile] = [:]
  private var order: [String] = []
  /// Event id and cluster id of each event linked since the last flush.
  private var members: [(String, String)] = []
  /// The last sentence id in the full-text index, once a sentence of this batch is written.
  private var indexedThrough: Int64?

  /// A batch for one transaction that has just begun: `cache` is checked against the file.
  init(_ cache: ClusterCache, _ db: Database) throws {
    self.cache = cache
    try cache.check(db)
  }

  /// To be called before the batch writes sentences: notes the last sentence already indexed.
  func willWriteSentences(_ db: Database) throws {
    if indexedThrough == nil {
      indexedThrough = try Int64.fetchOne(db, sql: "SELECT coalesce(max(id), 0) FROM sentence")
    }
  }

  /// Links one stored event: it joins a cluster of the same participants that it fits, or
  /// starts one. Only the clusters of its key that `LinkRules.window(for:)` admits are compared
  /// (every cluster it could fit is among them, in the order they were made), so linking does
  /// not slow down as a pair's clusters pile up over the years.
  func link(_ e: LinkedEvent, _ db: Database) throws {
    let start = ContinuousClock.now
    let (profile, compared) = try cache.link(e, db)
    LinkStatistics.record(candidates: compared, since: start)
    if changed.updateValue(profile, forKey: profile.id) == nil { order.append(profile.id) }
    members.append((e.id, profile.id))
  }

  /// Indexes the sentences written since the last flush, and writes the clusters changed or
  /// made since then (each once, the new ones in the order they were made) and the events'
  /// memberships. Called before the transaction commits and before an old article is deleted
  /// (the index's delete trigger needs every deleted sentence indexed).
  func flush(_ db: Database) throws {
    if let from = indexedThrough {
      try db.cachedStatement(
        sql: "INSERT INTO sentence_fts (rowid, text) SELECT id, text FROM sentence WHERE id > ?"
      ).execute(arguments: [from])
      indexedThrough = nil
    }
    for id in order {
      if let c = changed[id] { try ClusterRecord(c).write(db, sql: SQLiteStore.RowSQL.cluster) }
    }
    let member = try db.cachedStatement(
      sql: "INSERT OR REPLACE INTO cluster_member (event_id, cluster_id) VALUES (?, ?)")
    for (event, cluster) in members { try member.execute(arguments: [event, cluster]) }
    changed.removeAll(keepingCapacity: true)
    order.removeAll(keepingCapacity: true)
    members.removeAll(keepingCapacity: true)
  }
}
