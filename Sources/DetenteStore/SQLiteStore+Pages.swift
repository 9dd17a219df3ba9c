import DetenteCore
import GRDB

/// What a page of the server shows, each read in one go: one snapshot, and one turn for a
/// read connection instead of one per part (a request that queued for three reads under load
/// waited three times).
extension SQLiteStore {
  /// The store's counts and its `recent` latest articles.
  public func overview(recent: Int) async throws -> StoreOverview {
    try await read { db in
      StoreOverview(
        articles: try ArticleRecord.fetchCount(db), events: try EventRecord.fetchCount(db),
        clusters: try ClusterRecord.fetchCount(db),
        recent: try Self.articles(db, limit: recent, offset: 0))
    }
  }

  /// A page of articles, newest first, and how many there are.
  public func articlePage(limit: Int, offset: Int) async throws -> Page<StoredArticle> {
    try await read { db in
      Page(
        items: try Self.articles(db, limit: limit, offset: offset),
        total: try ArticleRecord.fetchCount(db), limit: limit, offset: offset)
    }
  }

  /// A page of the meetings that match, and how many match.
  public func meetingPage(matching q: MeetingQuery) async throws -> Page<MeetingRecord> {
    try await read { db in
      Page(
        items: try Self.meetings(db, matching: q), total: try Self.meetingCount(db, matching: q),
        limit: q.limit ?? 0, offset: q.offset)
    }
  }

  public func timelineEntries(matching query: EventQuery) async throws -> [Timeline.Entry] {
    let (sql, values) = try query.timelineSQL(.sqlite)
    return try await read { db in
      try Self.checkSyntax(query, db)
      let rows = try Self.limited(query, db) {
        try Row.fetchAll(db, sql: sql, arguments: SQLValue.arguments(values))
      }
      return rows.map { Timeline.Entry(id: $0[0], day: $0[1], quadClass: $0[2], goldstein: $0[3]) }
    }
  }

  public func tallies(matching query: EventQuery, by grouping: EventTally.Grouping)
    async throws -> [EventTally]
  {
    let (sql, values) = try query.tallySQL(.sqlite, by: grouping)
    return try await read { db in
      try Self.checkSyntax(query, db)
      let rows = try Self.limited(query, db) {
        try Row.fetchAll(db, sql: sql, arguments: SQLValue.arguments(values))
      }
      let keys = grouping.texts
      let n = keys + (grouping.hasCoordinates ? 2 : 0)
      return rows.map { row in
        EventTally(
          key: (0..<keys).map { (row[$0] as String?) ?? "" },
          lat: grouping.hasCoordinates ? row[keys] : nil,
          lon: grouping.hasCoordinates ? row[keys + 1] : nil,
          quadClass: row[n], count: row[n + 1], goldsteinTenths: row[n + 2] ?? 0)
      }
    }
  }
}
