import DetenteCore

extension EventQuery {
  /// The SQL and its arguments for this (validated) query in `dialect`: the events' rows (with
  /// their article's columns as `a_id` … `a_date_source`) in the query's order and page, or
  /// (`count`) how many there are in all. Both stores run it, so a filter means the same on
  /// each.
  ///
  /// `inDateOrder` (SQLite) reads the events off the `event_by_date` index (`event_by_date_desc`
  /// for `descending`) in the list's order, checking the conditions on each, until the page is
  /// full: far cheaper than finding every match and sorting them when matches are common, far
  /// dearer when they are rare (`SQLiteStore.walksDateIndex`).
  package func sql(
    _ dialect: SQLDialect, count: Bool = false, inDateOrder: Bool = false
  ) throws(QueryError) -> (String, [SQLValue]) {
    var w = Conditions(dialect: dialect)
    w.walking = inDateOrder
    try w.add(self)
    if count {
      // The article is joined only when a condition reads it: counting a million events takes
      // a tenth of the time without a lookup of each one's article.
      var sql = "SELECT COUNT(*) FROM event e"
      if w.readsArticle { sql += " JOIN article a ON a.id = e.article_id" }
      return (sql + w.whereClause, w.args)
    }
    let index =
      inDateOrder && dialect == .sqlite
      ? " INDEXED BY \(descending ? "event_by_date_desc" : "event_by_date")" : ""
    let sql =
      "SELECT \(Self.eventColumns) FROM event e\(index) JOIN article a ON a.id = e.article_id"
    return (
      sql + w.whereClause + orderClause(dialect) + dialect.page(limit: limit, offset: offset),
      w.args
    )
  }

  /// The SQL and its arguments for what a timeline reads of this (validated) query's events
  /// (``Timeline/Entry``: id, counted day, quad class, Goldstein score), in the query's order
  /// and page.
  package func timelineSQL(_ dialect: SQLDialect) throws(QueryError) -> (String, [SQLValue]) {
    var w = Conditions(dialect: dialect)
    try w.add(self)
    let sql =
      "SELECT e.id, \(Self.countedDay), e.quad_class, e.goldstein FROM event e "
      + "JOIN article a ON a.id = e.article_id"
    return (
      sql + w.whereClause + orderClause(dialect) + dialect.page(limit: limit, offset: offset),
      w.args
    )
  }

  /// The columns of an event row joined with its article (`event e`, `article a`): the event's,
  /// then its article's reference as `a_id` … `a_date_source`.
  package static let eventColumns = """
    e.*, a.id AS a_id, a.title AS a_title, a.outlet AS a_outlet, a.url AS a_url, \
    a.published AS a_published, a.date_source AS a_date_source
    """

  /// The day a timeline counts an event at (`YYYY-MM-DD`): the first day of its date, or its
  /// article's publication date when it has none (`Timeline` in DetenteCore does the same).
  package static let countedDay = "COALESCE(e.date_first, a.published)"

  /// Whether a filter that finds few events through its index is there: actors (any side),
  /// CAMEO codes, an article, a person or a search.
  var hasNarrowFilter: Bool { hasSideFilter || person != nil || text != nil }

  /// Whether actors (any side), CAMEO codes or an article are asked for: filters whose index
  /// finds their events before a search is tested on them.
  var hasSideFilter: Bool {
    !actors.isEmpty || !sources.isEmpty || !targets.isEmpty || dyadPair != nil || !cameo.isEmpty
      || article != nil
  }

  /// `ORDER BY …` for the query's order, ties broken by article and position.
  func orderClause(_ dialect: SQLDialect) -> String {
    let d = descending
    let dir = d ? "DESC" : "ASC"
    switch sort {
    case .date:
      // Undated events last either way; each order is that of SQLite's index (`IS NULL`
      // ascending is `IS NOT NULL` descending, read backwards off `event_by_date_desc`).
      let undatedLast = d ? "e.date_first IS NOT NULL DESC" : "e.date_first IS NULL"
      return " ORDER BY \(undatedLast), e.date_first \(dir), "
        + dialect.order("a.published", d) + ", e.article_id, e.ordinal"
    case .published:
      return " ORDER BY " + dialect.order("a.published", d) + ", e.article_id, e.ordinal"
    case .goldstein:
      return " ORDER BY e.goldstein \(dir), e.article_id, e.ordinal"
    case .article:
      return " ORDER BY e.article_id \(dir), e.ordinal"
    }
  }

  /// The conditions of a query on `event e` (and `article a`), and their arguments.
  struct Conditions {
    let dialect: SQLDialect
    var conditions: [String] = []
    var args: [SQLValue] = []
    /// Whether the rows are read off the date index (`sql(inDateOrder:)`): a search is then
    /// tested on each row read, not found first.
    var walking = false
    /// Whether a condition reads the article's columns (`a.`).
    var readsArticle = false

    var whereClause: String {
      conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")
    }

    /// An actor value matches a code exactly, or a country (three letters) on its country
    /// column.
    mutating func actor(_ side: String, _ v: String) -> String {
      if v.count == 3, !Actor.isOrganisation(v) {
        args.append(.text(v))
        return "e.\(side)_country = ?"
      }
      // IGONATO matches IGONATO and its parts (IGONATOMIL): a range the code's index serves.
      args += [.text(v), .text(SQLiteStore.afterPrefix(v))]
      return "(e.\(side)_code >= ? AND e.\(side)_code < ?)"
    }

    mutating func either(_ values: [String], _ sides: [String]) {
      guard !values.isEmpty else { return }
      var ors: [String] = []
      for v in values { for s in sides { ors.append(actor(s, v)) } }
      conditions.append("(" + ors.joined(separator: " OR ") + ")")
    }

    mutating func oneOf(_ column: String, _ values: [SQLValue]) {
      guard !values.isEmpty else { return }
      args += values
      conditions.append(
        "\(column) IN (" + Array(repeating: "?", count: values.count).joined(separator: ",") + ")")
    }

    mutating func add(_ q: EventQuery) throws(QueryError) {
      either(q.actors, ["source", "target"])
      either(q.sources, ["source"])
      either(q.targets, ["target"])
      if let d = q.dyadPair {
        let ab = "(" + actor("source", d[0]) + " AND " + actor("target", d[1]) + ")"
        let ba = "(" + actor("source", d[1]) + " AND " + actor("target", d[0]) + ")"
        conditions.append("(\(ab) OR \(ba))")
      }
      if let p = q.person {
        args += [.text(likeContaining(p)), .text(likeContaining(p))]
        let like = dialect.likeIgnoringCase
        // (Said outright, so that SQLite reads the events that name someone off their partial
        // index, `event_people`, instead of every row: a LIKE matches no missing name anyway.)
        conditions.append("(e.source_person IS NOT NULL OR e.target_person IS NOT NULL)")
        conditions.append(
          "(e.source_person \(like) ? ESCAPE '\\' OR e.target_person \(like) ? ESCAPE '\\')")
      }
      if !q.cameo.isEmpty {
        var ors: [String] = []
        for c in q.cameo {
          // A code and those under it ("04" holds "042"), as a range the cameo index serves.
          args += [.text(c), .text(SQLiteStore.afterPrefix(c))]
          ors.append("(e.cameo >= ? AND e.cameo < ?)")
        }
        conditions.append("(" + ors.joined(separator: " OR ") + ")")
      }
      oneOf("e.plover", q.plover.map(SQLValue.text))
      // A quad class or a modality holds a large share of the events (most occurred): when a
      // narrower filter is there, SQLite is kept off their indexes (`+`), which it would
      // otherwise prefer to a dyad's, not knowing how many rows each holds.
      let broad = dialect == .sqlite && q.hasNarrowFilter ? "+" : ""
      oneOf(broad + "e.quad_class", q.quadClass.map(SQLValue.integer))
      oneOf(broad + "e.modality", q.modality.map { .text($0.rawValue) })
      if !q.outlet.isEmpty {
        readsArticle = true
        oneOf("lower(a.outlet)", q.outlet.map { .text($0.lowercased()) })
      }
      if let id = q.article {
        args.append(.text(id))
        conditions.append("e.article_id = ?")
      }
      if let place = q.place {
        args.append(.text(place.lowercased()))
        conditions.append("lower(e.location_name) = ?")
      }
      addDates(q)
      try addText(q)
    }

    /// Event and publication dates: a date of any precision matches when its period overlaps
    /// the range; the counted day (``EventQuery/countedDay``) when it is in the range.
    mutating func addDates(_ q: EventQuery) {
      if let f = q.from.flatMap(EventQuery.period) {
        // A stored date is a day, a month or a year, so one that ends on or after `from` begins
        // on or after the first of January of `from`'s year: a bound the date index can seek
        // to (without it, the index was read from its start).
        args += [.text(f.first), .text(String(f.first.prefix(4)) + "-01-01")]
        conditions.append("e.date_last >= ? AND e.date_first >= ?")
      }
      if let t = q.to.flatMap(EventQuery.period) {
        args.append(.text(t.last))
        conditions.append("e.date_first <= ?")
      }
      addDayRange(q.publishedFrom, q.publishedTo, of: "a.published")
      addDayRange(q.countedFrom, q.countedTo, of: EventQuery.countedDay)
    }

    /// A day (`YYYY-MM-DD`, read off the article) from the first day of `from`'s period to the
    /// last of `to`'s.
    private mutating func addDayRange(_ from: String?, _ to: String?, of day: String) {
      for (bound, op) in [
        (from.flatMap(EventQuery.period)?.first, ">="), (to.flatMap(EventQuery.period)?.last, "<="),
      ] {
        guard let bound else { continue }
        args.append(.text(bound))
        readsArticle = true
        conditions.append("\(day) \(op) ?")
      }
    }

    /// The full-text search: SQLite's FTS5 index, or PostgreSQL's `tsvector` column.
    mutating func addText(_ q: EventQuery) throws(QueryError) {
      switch dialect {
      case .sqlite:
        guard let text = try q.matchExpression() else { return }
        args.append(.text(text))
        if walking || q.hasSideFilter {
          // Each event read (a page's walk, or a dyad's events) looks its sentence up by its
          // key, and tests it against the matching sentences' rowids: the matches are not
          // each read from `sentence` first (a common word has tens of thousands).
          conditions.append(
            """
            (SELECT s.id FROM sentence s WHERE s.article_id = e.article_id \
            AND s.idx = e.sentence_index) IN \
            (SELECT rowid FROM sentence_fts WHERE sentence_fts MATCH ?)
            """)
        } else {
          conditions.append(
            """
            (e.article_id, e.sentence_index) IN (SELECT s.article_id, s.idx FROM sentence s \
            JOIN sentence_fts f ON f.rowid = s.id WHERE sentence_fts MATCH ?)
            """)
        }
      case .postgres:
        guard let text = try q.searchQuery() else { return }
        args.append(.text(text))
        conditions.append(
          """
          (e.article_id, e.sentence_index) IN (SELECT s.article_id, s.idx FROM sentence s \
          WHERE s.search @@ CAST(? AS tsquery))
          """)
      }
    }
  }
}
