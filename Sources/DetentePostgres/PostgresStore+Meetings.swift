import DetenteCore
import DetenteStore
import Logging
import PostgresNIO

extension PostgresStore {
  /// The columns of `cluster c`, in `ClusterRecord` order.
  static let clusterColumns = ClusterRecord.columnNames.map { "c." + $0 }.joined(separator: ", ")

  /// The meetings of a query's page, each read whole.
  static func meetings(
    _ c: PostgresConnection, matching q: MeetingQuery, _ logger: Logger
  ) async throws -> [MeetingRecord] {
    let (conditions, values) = q.conditions(.postgres)
    let sql =
      "SELECT \(clusterColumns) FROM cluster c WHERE " + conditions + q.orderAndPage(.postgres)
    var clusters: [ClusterRecord] = []
    for try await row in try await c.query(query(sql, values), logger: logger) {
      var r = PostgresColumns(row.makeRandomAccess())
      clusters.append(try ClusterRecord(reading: &r))
    }
    var out: [MeetingRecord] = []
    for cluster in clusters { out.append(try await meeting(c, cluster, asOf: q.asOf, logger)) }
    return out
  }

  /// The record of one cluster, from all its events.
  static func meeting(
    _ c: PostgresConnection, _ cluster: ClusterRecord, asOf: String?, _ logger: Logger
  ) async throws -> MeetingRecord {
    let sql = """
      SELECT \(EventQuery.eventColumns) FROM cluster_member m JOIN event e ON e.id = m.event_id \
      JOIN article a ON a.id = e.article_id WHERE m.cluster_id = ?
      """
    let members = try await records(c, query(sql, [.text(cluster.id)]), logger)
    return MeetingRecord(
      id: cluster.id, events: members.map { ($0.0.event($0.1), $0.0.occasion) }, asOf: asOf)
  }

  static func meetingCount(
    _ c: PostgresConnection, matching q: MeetingQuery, _ logger: Logger
  ) async throws -> Int {
    let (conditions, values) = q.conditions(.postgres)
    return try await count(
      c, query("SELECT COUNT(*) FROM cluster c WHERE " + conditions, values), logger)
  }

  public func meetings(matching q: MeetingQuery) async throws -> [MeetingRecord] {
    let logger = self.logger
    return try await read { c in try await Self.meetings(c, matching: q, logger) }
  }

  public func meetingCount(matching q: MeetingQuery) async throws -> Int {
    let logger = self.logger
    return try await read { c in try await Self.meetingCount(c, matching: q, logger) }
  }

  public func meetingPage(matching q: MeetingQuery) async throws -> Page<MeetingRecord> {
    let logger = self.logger
    return try await read { c in
      Page(
        items: try await Self.meetings(c, matching: q, logger),
        total: try await Self.meetingCount(c, matching: q, logger), limit: q.limit ?? 0,
        offset: q.offset)
    }
  }

  public func meeting(id: String, asOf: String?) async throws -> MeetingRecord? {
    let logger = self.logger
    return try await read { c -> MeetingRecord? in
      var found: ClusterRecord?
      for try await row in try await c.query(
        Self.query(
          "SELECT \(Self.clusterColumns) FROM cluster c WHERE c.id = ? AND c.event_class = 'MEET'",
          [.text(id)]), logger: logger)
      {
        var r = PostgresColumns(row.makeRandomAccess())
        found = try ClusterRecord(reading: &r)
      }
      guard let found else { return nil }
      return try await Self.meeting(c, found, asOf: asOf, logger)
    }
  }

  public func linkCounts() async throws -> (clusters: Int, linked: Int) {
    let logger = self.logger
    return try await read { c in
      (
        try await Self.count(c, "SELECT COUNT(*) FROM cluster", logger),
        try await Self.count(c, "SELECT COUNT(*) FROM cluster_member", logger)
      )
    }
  }

  public func actors(limit: Int, offset: Int) async throws -> [ActorCount] {
    let logger = self.logger
    return try await read { c in
      var out: [ActorCount] = []
      for try await (code, s, t) in try await c.query(
        """
        SELECT code, SUM(s)::bigint, SUM(t)::bigint FROM (
          SELECT source_code AS code, COUNT(*) AS s, 0 AS t FROM event GROUP BY source_code
          UNION ALL
          SELECT target_code AS code, 0 AS s, COUNT(*) AS t FROM event
            WHERE target_code IS NOT NULL GROUP BY target_code) x
        GROUP BY code ORDER BY SUM(s) + SUM(t) DESC, code NULLS FIRST LIMIT \(limit) OFFSET \(offset)
        """, logger: logger
      ).decode((String?, Int, Int).self) {
        out.append(ActorCount(code: code ?? "", asSource: s, asTarget: t))
      }
      return out
    }
  }

  public func actorCount() async throws -> Int {
    let logger = self.logger
    return try await read { c in
      try await Self.count(
        c,
        """
        SELECT COUNT(*) FROM (SELECT source_code FROM event UNION
          SELECT target_code FROM event WHERE target_code IS NOT NULL) x
        """, logger)
    }
  }

  public func statistics() async throws -> StoreStatistics {
    let logger = self.logger
    return try await read { c in
      var counts: [Int] = []
      for table in ["article", "sentence", "event", "cluster", "cluster_member"] {
        counts.append(
          try await Self.count(c, PostgresQuery(unsafeSQL: "SELECT COUNT(*) FROM \(table)"), logger)
        )
      }
      let size = try await Self.count(
        c, "SELECT pg_database_size(current_database())::bigint", logger)
      let applied = try await Self.applied(c, logger)
      let last = PostgresSchema.migrations.last { applied.contains($0.name) }?.name ?? "none"
      return StoreStatistics(
        articles: counts[0], sentences: counts[1], events: counts[2], clusters: counts[3],
        linkedEvents: counts[4], fileBytes: size, logBytes: 0,
        schemaVersion: String(last.prefix { $0 != ":" }), migrations: applied.count)
    }
  }
}
