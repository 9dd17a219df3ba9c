import DetenteCore
import GRDB

/// The stored clusters of the keys ingest has linked events of, kept in memory between write
/// transactions, so that linking an event reads no rows: each key's clusters are read once,
/// in the order they were made, and the window of `LinkRules.window(for:)` is applied here.
///
/// Only the store's writer uses it, inside its write transactions, which GRDB runs one at a
/// time on one connection: that is what makes it safe to share (`@unchecked Sendable`). It is
/// emptied when another connection has written to the file since (SQLite's `data_version`),
/// when a transaction fails (its changes were rolled back), when an old article's clusters may
/// have been deleted, and when it grows past `limit` clusters.
final class ClusterCache: @unchecked Sendable {
  /// A cluster, with its dates as numbers for the window test.
  struct Entry {
    var profile: ClusterProfile
    var span: DaySpan
    init(_ c: ClusterProfile) {
      profile = c
      span = DaySpan(c)
    }
  }
  /// The clusters of each key read so far, in the order they were made.
  private var byKey: [String: [Entry]] = [:]
  /// Where each cached cluster sits in its key's list.
  private var position: [String: Int] = [:]
  /// The file's `data_version` when the cache was last checked.
  private var version: Int?

  /// The most clusters kept (some 250 bytes each).
  static let limit = 500_000

  /// Empties the cache if another connection wrote to the file since it was last checked.
  func check(_ db: Database) throws {
    let v = try Int.fetchOne(db, sql: "PRAGMA data_version")
    if v != version { clear() }
    version = v
  }

  /// Forgets every cluster.
  func clear() {
    byKey.removeAll()
    position.removeAll()
  }

  /// The clusters of `e`'s key that the window of `LinkRules.window(for:)` admits, in the
  /// order they were made; the key's clusters are read from the store the first time.
  /// (Ingest links through `link(_:_:)`; this plain reading, a copy of the key's list, is what
  /// the tests compare it with.)
  func candidates(for e: LinkedEvent, _ db: Database) throws -> [ClusterProfile] {
    try load(e.key, db)
    let all = byKey[e.key]?.map(\.profile) ?? []
    guard let window = LinkRules.window(for: e) else { return all }
    return all.filter(window.admits)
  }

  /// Links `e`: it joins the cluster of its key that fits it best (`EventLinker.fit`) among
  /// those the window of `LinkRules.window(for:)` admits, in the order they were made, or
  /// starts one. The same choice as an `EventLinker` made from `candidates(for:)`, without
  /// copying the key's clusters: the one joined is changed where it lies. Returns the cluster
  /// as it is now and how many clusters were compared.
  func link(_ e: LinkedEvent, _ db: Database) throws -> (ClusterProfile, compared: Int) {
    try load(e.key, db)
    let (joined, compared) = Self.join(e, LinkRules.window(for: e), &byKey[e.key, default: []])
    if let joined { return (joined, compared) }
    let c = ClusterProfile(e)
    keep(c)
    return (c, compared)
  }

  /// Joins `e` to the best-fitting cluster of `list` inside `window` and returns it (nil when
  /// none fits), with how many clusters the window admitted.
  private static func join(
    _ e: LinkedEvent, _ window: LinkRules.Window?, _ list: inout [Entry]
  ) -> (ClusterProfile?, Int) {
    var best: (index: Int, score: Int)?
    var compared = 0
    // The window is tested on the dates as numbers where they are plain days, on their text
    // otherwise (the same answer either way).
    let days = window.flatMap(DayWindow.init)
    // (Through a buffer pointer: the clusters are compared where they lie, not copied out of the
    // array one by one, a retain for each of their strings.)
    list.withUnsafeBufferPointer { clusters in
      for i in clusters.indices {
        if let window {
          let span = clusters[i].span
          if let days, span.isPlain {
            if !days.admits(span) { continue }
          } else if !window.admits(clusters[i].profile) {
            continue
          }
        }
        compared += 1
        if let score = EventLinker.fit(e, clusters[i].profile), best == nil || score >= best!.score
        {
          best = (i, score)
        }
      }
    }
    guard let i = best?.index else { return (nil, compared) }
    list[i] = Entry(list[i].profile.adding(e))
    return (list[i].profile, compared)
  }

  /// Reads the clusters of `key` unless they are here.
  private func load(_ key: String, _ db: Database) throws {
    if byKey[key] != nil { return }
    if position.count > Self.limit { clear() }
    let read = try ClusterRecord.fetchAll(
      db.cachedStatement(sql: "SELECT * FROM cluster WHERE key = ? ORDER BY rowid"),
      arguments: [key]
    ).map { Entry($0.profile) }
    for (n, c) in read.enumerated() { position[c.profile.id] = n }
    byKey[key] = read
  }

  /// Keeps a cluster an event joined or started (after the key's clusters were read).
  func keep(_ c: ClusterProfile) {
    if let n = position[c.id], byKey[c.key]?.indices.contains(n) == true {
      byKey[c.key]![n] = Entry(c)
    } else {
      position[c.id] = byKey[c.key, default: []].count
      byKey[c.key, default: []].append(Entry(c))
    }
  }
}
