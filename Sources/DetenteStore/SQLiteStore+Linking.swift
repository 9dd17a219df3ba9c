import DetenteCore
import GRDB

extension SQLiteStore {
  /// The meetings (clusters of 036 and 04x events) that match, oldest first, in the query's
  /// page.
  public func meetings(matching q: MeetingQuery) async throws -> [MeetingRecord] {
    try await read { db in try Self.meetings(db, matching: q) }
  }

  /// The meetings of a query's page.
  static func meetings(_ db: Database, matching q: MeetingQuery) throws -> [MeetingRecord] {
    let (conditions, args) = meetingConditions(q)
    let sql = "SELECT c.* FROM cluster c WHERE " + conditions + q.orderAndPage(.sqlite)
    let clusters = try ClusterRecord.fetchAll(db, sql: sql, arguments: args)
    return try clusters.map { try meeting($0, db, asOf: q.asOf) }
  }

  /// How many meetings match, whatever the page.
  public func meetingCount(matching q: MeetingQuery) async throws -> Int {
    try await read { db in try Self.meetingCount(db, matching: q) }
  }

  static func meetingCount(_ db: Database, matching q: MeetingQuery) throws -> Int {
    let (conditions, args) = meetingConditions(q)
    return try Int.fetchOne(
      db, sql: "SELECT COUNT(*) FROM cluster c WHERE " + conditions, arguments: args) ?? 0
  }

  /// One meeting by its id (the cluster id), or `nil` when there is none; `asOf` as in
  /// `MeetingQuery`.
  public func meeting(id: String, asOf: String?) async throws -> MeetingRecord? {
    try await read { db in
      guard let c = try ClusterRecord.fetchOne(db, key: id), c.eventClass == "MEET" else {
        return nil
      }
      return try Self.meeting(c, db, asOf: asOf)
    }
  }

  /// The WHERE clause of a meetings query over `cluster c`, and its arguments.
  static func meetingConditions(_ q: MeetingQuery) -> (String, StatementArguments) {
    let (sql, values) = q.conditions(.sqlite)
    return (sql, SQLValue.arguments(values))
  }

  /// The record of one cluster, from all its events.
  static func meeting(_ c: ClusterRecord, _ db: Database, asOf: String? = nil) throws
    -> MeetingRecord
  {
    let rows = try Row.fetchAll(
      db,
      sql: """
        SELECT e.*, a.id AS a_id, a.title AS a_title, a.outlet AS a_outlet, a.url AS a_url, \
        a.published AS a_published, a.date_source AS a_date_source \
        FROM cluster_member m JOIN event e ON e.id = m.event_id \
        JOIN article a ON a.id = e.article_id WHERE m.cluster_id = ?
        """, arguments: [c.id])
    let members = try zip(rows, EventRecord.records(rows)).map {
      row, r -> (event: Event, occasion: String?) in (r.event(articleRef(row)), r.occasion)
    }
    return MeetingRecord(id: c.id, events: members, asOf: asOf)
  }

  /// How many clusters the store holds, and how many events are linked.
  public func linkCounts() async throws -> (clusters: Int, linked: Int) {
    try await read { db in
      (
        try ClusterRecord.fetchCount(db),
        try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM cluster_member") ?? 0
      )
    }
  }
}

extension SQLiteStore {
  /// One article with its sentences, mentions and events, or `nil`.
  public func article(id: String) async throws -> ArticleDetail? {
    try await read { db in
      guard let a = try ArticleRecord.fetchOne(db, key: id) else { return nil }
      let sentences = try SentenceRecord.filter(Column("article_id") == id).order(Column("idx"))
        .fetchAll(db)
      let events = try EventRecord.filter(Column("article_id") == id).order(Column("ordinal"))
        .fetchAll(db).map { $0.event(a.ref) }
      return ArticleDetail(
        article: try Self.stored(a, db), sentences: sentences.map { ($0.idx, $0.text) },
        mentions: a.mentions, events: events)
    }
  }

  /// The actors of stored events, most frequent first: `limit` of them after the first `offset`.
  public func actors(limit: Int, offset: Int) async throws -> [ActorCount] {
    try await read { db in
      let rows = try Row.fetchAll(
        db,
        sql: """
          SELECT code, SUM(s) AS s, SUM(t) AS t FROM (
            SELECT source_code AS code, COUNT(*) AS s, 0 AS t FROM event GROUP BY source_code
            UNION ALL
            SELECT target_code AS code, 0 AS s, COUNT(*) AS t FROM event
              WHERE target_code IS NOT NULL GROUP BY target_code)
          GROUP BY code ORDER BY SUM(s) + SUM(t) DESC, code LIMIT ? OFFSET ?
          """, arguments: [limit, offset])
      return rows.map { ActorCount(code: $0["code"], asSource: $0["s"], asTarget: $0["t"]) }
    }
  }
}

extension SQLiteStore {
  /// How many different actor codes stored events have.
  public func actorCount() async throws -> Int {
    try await read { db in
      try Int.fetchOne(
        db,
        sql: """
          SELECT COUNT(*) FROM (SELECT source_code FROM event UNION \
          SELECT target_code FROM event WHERE target_code IS NOT NULL)
          """) ?? 0
    }
  }
}
