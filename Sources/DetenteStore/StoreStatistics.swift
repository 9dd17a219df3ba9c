import Foundation
import GRDB

/// What a store holds and what it costs on disk: `detente stats`, and the scaling benchmark.
public struct StoreStatistics: Sendable, Codable, Hashable {
  /// Rows of each kind.
  public var articles: Int
  public var sentences: Int
  public var events: Int
  /// Linked-event clusters, and how many events belong to one.
  public var clusters: Int
  public var linkedEvents: Int
  /// Bytes of the database file and of its write-ahead log.
  public var fileBytes: Int
  public var logBytes: Int
  /// The last schema migration applied (`v6`), and how many migrations that is.
  public var schemaVersion: String
  public var migrations: Int

  package init(
    articles: Int, sentences: Int, events: Int, clusters: Int, linkedEvents: Int, fileBytes: Int,
    logBytes: Int, schemaVersion: String, migrations: Int
  ) {
    self.articles = articles
    self.sentences = sentences
    self.events = events
    self.clusters = clusters
    self.linkedEvents = linkedEvents
    self.fileBytes = fileBytes
    self.logBytes = logBytes
    self.schemaVersion = schemaVersion
    self.migrations = migrations
  }

  /// Bytes of the file (and its log) per stored event, or 0 for an empty store.
  public var bytesPerEvent: Double {
    events > 0 ? Double(fileBytes + logBytes) / Double(events) : 0
  }
}

extension SQLiteStore {
  /// Counts, sizes and schema version, read in one snapshot.
  public func statistics() async throws -> StoreStatistics {
    let (counts, applied) = try await pool.read { db in
      let counts = try [
        "article", "sentence", "event", "cluster", "cluster_member",
      ].map { try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \($0)") ?? 0 }
      return (counts, try Schema.migrator.appliedIdentifiers(db))
    }
    func size(_ p: String) -> Int {
      ((try? FileManager.default.attributesOfItem(atPath: p))?[.size] as? NSNumber)?.intValue ?? 0
    }
    let last = Schema.migrator.migrations.last(where: applied.contains) ?? "none"
    let file = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
    return StoreStatistics(
      articles: counts[0], sentences: counts[1], events: counts[2], clusters: counts[3],
      linkedEvents: counts[4], fileBytes: size(file), logBytes: size(file + "-wal"),
      schemaVersion: String(last.prefix { $0 != ":" }), migrations: applied.count)
  }
}
