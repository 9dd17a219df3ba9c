import DetenteCore

extension MeetingQuery {
  /// The WHERE clause of this query over `cluster c` in `dialect`, and its arguments.
  package func conditions(_ dialect: SQLDialect) -> (String, [SQLValue]) {
    var conditions = ["c.event_class = 'MEET'"]
    var args: [SQLValue] = []
    if let d = dyad, d.count == 2 {
      let key = "MEET:" + d.map { String($0.prefix(3)) }.sorted().joined(separator: "|")
      args.append(.text(key))
      conditions.append("c.key = ?")
    }
    if let f = from.flatMap(EventDate.period) {
      args.append(.text(f.first))
      conditions.append("(c.date_last IS NULL OR c.date_last >= ?)")
    }
    if let t = to.flatMap(EventDate.period) {
      args.append(.text(t.last))
      conditions.append("(c.date_first IS NULL OR c.date_first <= ?)")
    }
    if let p = person {
      // The cluster's list of people narrows the meetings to read (a scan of the cluster
      // table, not of every event); its members then say whether one names the person.
      let like = dialect.likeIgnoringCase
      args += Array(repeating: .text(likeContaining(p)), count: 3)
      conditions.append(
        """
        c.people \(like) ? ESCAPE '\\' AND EXISTS (SELECT 1 FROM cluster_member m \
        JOIN event e ON e.id = m.event_id WHERE m.cluster_id = c.id \
        AND (e.source_person \(like) ? ESCAPE '\\' OR e.target_person \(like) ? ESCAPE '\\'))
        """)
    }
    return (conditions.joined(separator: " AND "), args)
  }

  /// `ORDER BY` and the page of a meetings query.
  package func orderAndPage(_ dialect: SQLDialect) -> String {
    " ORDER BY COALESCE(c.date_first, c.published_first), c.id"
      + dialect.page(limit: limit, offset: offset)
  }
}
