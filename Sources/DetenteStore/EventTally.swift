import DetenteCore

/// The events of a query counted in groups by the database (`GROUP BY`), for the views that
/// draw numbers rather than events (the timeline, the map, the network): one tally per group
/// and quad class, however many events it holds.
public struct EventTally: Sendable, Hashable {
  /// What the events of a tally share.
  public enum Grouping: Sendable, Hashable, CaseIterable {
    /// The day the timeline counts an event at (``EventQuery/countedFrom``): ``key`` is
    /// `[day]`, empty for an event with neither a date nor a publication date.
    case countedDay
    /// The place: ``key`` is `[name, country]` and ``lat``, ``lon`` its coordinates; empty
    /// texts for the events without a place.
    case place
    /// The two sides: ``key`` is `[source code, target code]`, the target's empty for the
    /// events without one.
    case sides
  }

  /// The group's values (see ``Grouping``); a missing value is empty.
  public var key: [String]
  /// The place's coordinates (``Grouping/place`` only).
  public var lat: Double?
  public var lon: Double?
  /// The events' quad class (1 verbal cooperation … 4 material conflict).
  public var quadClass: Int
  /// How many events the group has of that class.
  public var count: Int
  /// The sum of their Goldstein scores in tenths: the scale's values are given to a tenth, so
  /// that the sum is exact (the same in both stores, whatever order the events are added in,
  /// and a mean is rounded as it should be).
  public var goldsteinTenths: Int
  /// The sum of their Goldstein scores.
  public var goldstein: Double { Double(goldsteinTenths) / 10 }

  public init(
    key: [String], lat: Double? = nil, lon: Double? = nil, quadClass: Int, count: Int,
    goldsteinTenths: Int
  ) {
    self.key = key
    self.lat = lat
    self.lon = lon
    self.quadClass = quadClass
    self.count = count
    self.goldsteinTenths = goldsteinTenths
  }
}

extension EventTally.Grouping {
  /// How many texts a tally's row begins with (its key), and whether coordinates follow them.
  package var texts: Int { self == .countedDay ? 1 : 2 }
  package var hasCoordinates: Bool { self == .place }
}

extension EventQuery {
  /// The SQL and its arguments that count this (validated) query's events by `grouping` and
  /// quad class in `dialect`: per group its key columns (texts; for places then `lat`, `lon`),
  /// `quad_class`, the number of events and the sum of their Goldstein scores in tenths. The query's
  /// order and page do not apply: every matching event is counted. Both stores run it, so a
  /// tally means the same on each.
  package func tallySQL(
    _ dialect: SQLDialect, by grouping: EventTally.Grouping
  ) throws(QueryError) -> (String, [SQLValue]) {
    var w = Conditions(dialect: dialect)
    try w.add(self)
    let keys: [String]
    switch grouping {
    case .countedDay:
      keys = [Self.countedDay]
      w.readsArticle = true
    case .place: keys = ["e.location_name", "e.location_country", "e.lat", "e.lon"]
    case .sides: keys = ["e.source_code", "e.target_code"]
    }
    let columns = keys + ["e.quad_class"]
    let groups = (1...columns.count).map(String.init).joined(separator: ", ")
    let tenths = "SUM(CAST(ROUND(e.goldstein * 10) AS INTEGER))"
    var sql = "SELECT \(columns.joined(separator: ", ")), COUNT(*), \(tenths) FROM event e"
    if w.readsArticle { sql += " JOIN article a ON a.id = e.article_id" }
    return (sql + w.whereClause + " GROUP BY \(groups) ORDER BY \(groups)", w.args)
  }
}
