import DetenteCore
import GRDB

extension SQLiteStore {
  /// The meetings (clusters of 036 and 04x events) that match, oldest first.
  public func meetings(matching q: MeetingQuery) async throws -> [MeetingRecord] {
    try await pool.read { db in
      var conditions = ["c.event_class = 'MEET'"]
      var args: [any DatabaseValueConvertible] = []
      if let d = q.dyad, d.count == 2 {
        let key = "MEET:" + d.map { String($0.prefix(3)) }.sorted().joined(separator: "|")
        args.append(key)
        conditions.append("c.key = ?")
      }
      if let f = q.from.flatMap(EventDate.period) {
        args.append(f.first)
        conditions.append("(c.date_last IS NULL OR c.date_last >= ?)")
      }
      if let t = q.to.flatMap(EventDate.period) {
        args.append(t.last)
        conditions.append("(c.date_first IS NULL OR c.date_first <= ?)")
      }
      if let p = q.person {
        args.append("%" + p + "%")
        args.append("%" + p + "%")
        conditions.append(
          """
          c.id IN (SELECT m.cluster_id FROM cluster_member m JOIN event e ON e.id = m.event_id \
          WHERE e.source_person LIKE ? OR e.target_person LIKE ?)
          """)
      }
      let clusters = try ClusterRecord.fetchAll(
        db,
        sql: "SELECT c.* FROM cluster c WHERE " + conditions.joined(separator: " AND ")
          + " ORDER BY COALESCE(c.date_first, c.published_first), c.id",
        arguments: StatementArguments(args.map { $0.databaseValue }))
      return try clusters.map { c in
        let rows = try Row.fetchAll(
          db,
          sql: """
            SELECT e.*, a.id AS a_id, a.title AS a_title, a.outlet AS a_outlet, a.url AS a_url, \
            a.published AS a_published, a.date_source AS a_date_source \
            FROM cluster_member m JOIN event e ON e.id = m.event_id \
            JOIN article a ON a.id = e.article_id WHERE m.cluster_id = ?
            """, arguments: [c.id])
        let members = try rows.map { row -> (event: Event, occasion: String?) in
          let r = try EventRecord(row: row)
          let ref = Event.ArticleRef(
            id: row["a_id"], title: row["a_title"], outlet: row["a_outlet"], url: row["a_url"],
            published: row["a_published"], dateSource: row["a_date_source"])
          return (r.event(ref), r.occasion)
        }
        return MeetingRecord(id: c.id, events: members)
      }
    }
  }

  /// How many clusters the store holds, and how many events are linked.
  public func linkCounts() async throws -> (clusters: Int, linked: Int) {
    try await pool.read { db in
      (
        try ClusterRecord.fetchCount(db),
        try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM cluster_member") ?? 0
      )
    }
  }
}
