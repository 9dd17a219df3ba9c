import DetenteCore
import Foundation
import GRDB
import GRDBSQLite

extension SQLiteStore {
  /// The SQL and its arguments for a (validated) query: the events' rows in the query's order
  /// and page, or (`count`) how many there are in all.
  ///
  /// `inDateOrder` reads the events off the `event_by_date` index (`event_by_date_desc` for
  /// `descending`) in the list's order, checking the conditions on each, until the page is
  /// full: far cheaper than finding every match and sorting them when matches are common, far
  /// dearer when they are rare (`walksDateIndex`).
  static func sql(
    for q: EventQuery, count: Bool = false, inDateOrder: Bool = false
  ) throws(QueryError) -> (String, StatementArguments) {
    var conditions: [String] = []
    var args: [any DatabaseValueConvertible] = []
    /// Whether a condition reads the article's columns (`a.`).
    var readsArticle = false

    /// An actor value matches a code exactly, or a country (three letters) on its country column.
    func actorCondition(_ side: String, _ v: String) -> String {
      if v.count == 3, !Actor.isOrganisation(v) {
        args.append(v)
        return "e.\(side)_country = ?"
      }
      // IGONATO matches IGONATO and its parts (IGONATOMIL): a range the code's index serves.
      args.append(v)
      args.append(Self.afterPrefix(v))
      return "(e.\(side)_code >= ? AND e.\(side)_code < ?)"
    }
    func either(_ values: [String], _ sides: [String]) {
      guard !values.isEmpty else { return }
      var ors: [String] = []
      for v in values { for s in sides { ors.append(actorCondition(s, v)) } }
      conditions.append("(" + ors.joined(separator: " OR ") + ")")
    }
    either(q.actors, ["source", "target"])
    either(q.sources, ["source"])
    either(q.targets, ["target"])
    if let d = q.dyadPair {
      let ab = "(" + actorCondition("source", d[0]) + " AND " + actorCondition("target", d[1]) + ")"
      let ba = "(" + actorCondition("source", d[1]) + " AND " + actorCondition("target", d[0]) + ")"
      conditions.append("(\(ab) OR \(ba))")
    }
    if let p = q.person {
      args.append(likeContaining(p))
      args.append(likeContaining(p))
      conditions.append(
        "(e.source_person LIKE ? ESCAPE '\\' OR e.target_person LIKE ? ESCAPE '\\')")
    }
    if !q.cameo.isEmpty {
      var ors: [String] = []
      for c in q.cameo {
        // A code and those under it ("04" holds "042"), as a range the cameo index serves.
        args.append(c)
        args.append(Self.afterPrefix(c))
        ors.append("(e.cameo >= ? AND e.cameo < ?)")
      }
      conditions.append("(" + ors.joined(separator: " OR ") + ")")
    }
    func oneOf(_ column: String, _ values: [any DatabaseValueConvertible]) {
      guard !values.isEmpty else { return }
      args.append(contentsOf: values)
      conditions.append(
        "\(column) IN (" + Array(repeating: "?", count: values.count).joined(separator: ",") + ")")
    }
    oneOf("e.plover", q.plover)
    oneOf("e.quad_class", q.quadClass)
    oneOf("e.modality", q.modality.map(\.rawValue))
    if !q.outlet.isEmpty {
      readsArticle = true
      oneOf("lower(a.outlet)", q.outlet.map { $0.lowercased() })
    }
    if let id = q.article {
      args.append(id)
      conditions.append("e.article_id = ?")
    }
    // A date of any precision matches when its period overlaps the range.
    if let f = q.from.flatMap(EventQuery.period) {
      // A stored date is a day, a month or a year, so one that ends on or after `from` begins
      // on or after the first of January of `from`'s year: a bound the date index can seek to
      // (without it, the index was read from its start).
      args.append(f.first)
      args.append(String(f.first.prefix(4)) + "-01-01")
      conditions.append("e.date_last >= ? AND e.date_first >= ?")
    }
    if let t = q.to.flatMap(EventQuery.period) {
      args.append(t.last)
      conditions.append("e.date_first <= ?")
    }
    if let f = q.publishedFrom.flatMap(EventQuery.period) {
      args.append(f.first)
      readsArticle = true
      conditions.append("a.published >= ?")
    }
    if let t = q.publishedTo.flatMap(EventQuery.period) {
      args.append(t.last)
      readsArticle = true
      conditions.append("a.published <= ?")
    }
    if let text = try q.matchExpression() {
      args.append(text)
      conditions.append(
        """
        (e.article_id, e.sentence_index) IN (SELECT s.article_id, s.idx FROM sentence s \
        JOIN sentence_fts f ON f.rowid = s.id WHERE sentence_fts MATCH ?)
        """)
    }
    if count {
      // The article is joined only when a condition reads it: counting a million events takes
      // a tenth of the time without a lookup of each one's article.
      var sql = "SELECT COUNT(*) FROM event e"
      if readsArticle { sql += " JOIN article a ON a.id = e.article_id" }
      if !conditions.isEmpty { sql += " WHERE " + conditions.joined(separator: " AND ") }
      return (sql, StatementArguments(args.map { $0.databaseValue }))
    }
    var sql = """
      SELECT e.*, a.id AS a_id, a.title AS a_title, a.outlet AS a_outlet, a.url AS a_url, \
      a.published AS a_published, a.date_source AS a_date_source \
      FROM event e\(inDateOrder ? " INDEXED BY \(q.descending ? "event_by_date_desc" : "event_by_date")" : "") \
      JOIN article a ON a.id = e.article_id
      """
    if !conditions.isEmpty { sql += " WHERE " + conditions.joined(separator: " AND ") }
    let dir = q.descending ? "DESC" : "ASC"
    switch q.sort {
    case .date:
      // Undated events last either way; each order is that of its index (`IS NULL` ascending
      // is `IS NOT NULL` descending, read backwards off `event_by_date_desc`).
      let undatedLast = q.descending ? "e.date_first IS NOT NULL DESC" : "e.date_first IS NULL"
      sql +=
        " ORDER BY \(undatedLast), e.date_first \(dir), a.published \(dir), e.article_id, e.ordinal"
    case .published:
      sql += " ORDER BY a.published \(dir), e.article_id, e.ordinal"
    case .goldstein:
      sql += " ORDER BY e.goldstein \(dir), e.article_id, e.ordinal"
    case .article:
      sql += " ORDER BY e.article_id \(dir), e.ordinal"
    }
    if let l = q.limit {
      sql += " LIMIT \(l)"
      if q.offset > 0 { sql += " OFFSET \(q.offset)" }
    } else if q.offset > 0 {
      sql += " LIMIT -1 OFFSET \(q.offset)"
    }
    return (sql, StatementArguments(args.map { $0.databaseValue }))
  }

  /// Whether a page of `q`'s events is best read off the date index (`sql(inDateOrder:)`):
  /// only for the date order, and when the rows read to fill the page — about
  /// (offset + limit) × all events / matches — stay few. Otherwise SQLite's own plan finds
  /// the matches through the filters' indexes and sorts them.
  static func walksDateIndex(_ q: EventQuery, matches: Int, events: Int) -> Bool {
    guard q.sort == .date, let limit = q.limit, matches > 0 else { return false }
    // Matches of a date range lie together on the index: at the start of the walk for an end
    // date alone (oldest first) or a start date alone (newest first), far along it otherwise.
    guard q.descending ? q.to == nil : q.from == nil else { return false }
    let (end, overflow) = q.offset.addingReportingOverflow(limit)
    guard !overflow else { return false }
    let most = testsOnIndex(q) ? indexWalkLimit : walkLimit
    return Double(end) * Double(events) / Double(matches) <= Double(most)
  }

  /// The most rows a page may read off the date index when each must be read from `event` to
  /// test the filters: rows read in date order, not in the file's order (some 15 µs each on a
  /// store of a million events).
  static let walkLimit = 4_000
  /// The most entries a page may read off the date index when its filters are tested on the
  /// index itself (`testsOnIndex`): about a microsecond each.
  static let indexWalkLimit = 100_000

  /// Whether every filter of `q` is on a column the date indexes hold: countries (as actor,
  /// source, target or dyad) and CAMEO codes.
  static func testsOnIndex(_ q: EventQuery) -> Bool {
    let countries = q.actors + q.sources + q.targets + (q.dyadPair ?? [])
    guard countries.allSatisfy({ $0.count == 3 && !Actor.isOrganisation($0) }) else {
      return false
    }
    return q.person == nil && q.plover.isEmpty && q.quadClass.isEmpty && q.modality.isEmpty
      && q.outlet.isEmpty && q.article == nil && q.publishedFrom == nil && q.publishedTo == nil
      && q.text == nil
  }

  /// The first text after every text that begins with `prefix` (its last character moved up
  /// by one): `prefix` ≤ x < `afterPrefix(prefix)` holds exactly the texts that begin with it.
  static func afterPrefix(_ prefix: String) -> String {
    var scalars = Array(prefix.unicodeScalars)
    guard let last = scalars.popLast(), let next = Unicode.Scalar(last.value + 1) else {
      return prefix + "\u{10FFFF}"
    }
    scalars.append(next)
    return String(String.UnicodeScalarView(scalars))
  }
}

extension SQLiteStore {
  /// How long a search may run before it is stopped, in seconds.
  public static let searchTimeLimit = 5.0

  /// An FTS5 expression typed by a user (`--text-syntax fts`) is tried on its own first, so
  /// that a mistake in it is reported as the user's (a ``QueryError`` naming `--text`, with
  /// SQLite's words for it) and not as a failed statement.
  static func checkSyntax(_ q: EventQuery, _ db: Database) throws {
    guard q.textSyntax == .fts, let text = q.text else { return }
    do {
      _ = try limited(q, db) {
        try Int.fetchOne(
          db,
          sql:
            "SELECT COUNT(*) FROM (SELECT 1 FROM sentence_fts WHERE sentence_fts MATCH ? LIMIT 1)",
          arguments: [text])
      }
    } catch let e as DatabaseError where e.resultCode == .SQLITE_ERROR {
      throw QueryError.text(
        text,
        "not a valid FTS5 query (SQLite says: \(e.message ?? "refused")); leave out the FTS syntax option to search plain words"
      )
    }
  }

  /// Runs a query's statements with a time limit when it searches text: a search that runs
  /// longer than ``searchTimeLimit`` (thousands of prefix terms, a huge NEAR) is stopped and
  /// reported as the user's, so that it cannot hold a reader of the pool for minutes.
  static func limited<T>(
    _ q: EventQuery, _ db: Database, seconds: Double = searchTimeLimit, _ body: () throws -> T
  ) throws -> T {
    guard let text = q.text, let clock = StatementClock.of(db) else { return try body() }
    return try clock.within(seconds, body) { mine in
      guard mine else { return }
      throw QueryError.text(
        text,
        "this search takes more than \(Int(seconds.rounded(.up))) seconds; use fewer prefix terms (word*) or a smaller NEAR, or add filters"
      )
    }
  }
}

/// A LIKE pattern for text containing `s`, its own `%`, `_` and `\` taken literally (with
/// `ESCAPE '\'`): a person called "%" matches no one, not everyone.
func likeContaining(_ s: String) -> String {
  var out = "%"
  for c in s {
    if c == "%" || c == "_" || c == "\\" { out.append("\\") }
    out.append(c)
  }
  return out + "%"
}

extension SQLiteStore {
  /// Runs `sql` (a test's deliberately slow statement) under the time limit of a search.
  func timeLimitedForTesting(_ q: EventQuery, seconds: Double, sql: String) async throws -> Int {
    try await read { db in
      try Self.limited(q, db, seconds: seconds) { try Int.fetchOne(db, sql: sql) ?? 0 }
    }
  }
}

/// Seconds on the monotonic clock (for time limits: never moved by a clock change).
func monotonicSeconds() -> Double {
  var t = timespec()
  clock_gettime(CLOCK_MONOTONIC, &t)
  return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
}
