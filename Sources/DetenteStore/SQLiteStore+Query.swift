import DetenteCore
import Foundation
import GRDB
import GRDBSQLite

extension SQLiteStore {
  /// The SQL and its arguments for a (validated) query: the events' rows in the query's order
  /// and page, or (`count`) how many there are in all (`EventQuery.sql`).
  static func sql(
    for q: EventQuery, count: Bool = false, inDateOrder: Bool = false
  ) throws(QueryError) -> (String, StatementArguments) {
    let (sql, values) = try q.sql(.sqlite, count: count, inDateOrder: inDateOrder)
    return (sql, SQLValue.arguments(values))
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

  /// How many events a query that filters by outlet alone matches, when most articles are of
  /// the outlets asked for: all events less those of the other articles (`outlet IS NULL` or
  /// another outlet), so that the count reads the few, not a million events and their
  /// articles. Nil for any other query, or when the outlets' articles are the fewer (the
  /// plain count reads them through `article_outlet`).
  static func outletCount(_ q: EventQuery, _ db: Database) throws -> Int? {
    guard !q.outlet.isEmpty else { return nil }
    var rest = q
    rest.outlet = []
    guard try !rest.sql(.sqlite, count: true).0.contains(" WHERE ") else { return nil }
    let outlets = StatementArguments(q.outlet.map { $0.lowercased() })
    let list = "(" + Array(repeating: "?", count: q.outlet.count).joined(separator: ",") + ")"
    let ofOutlets =
      try Int.fetchOne(
        db, sql: "SELECT COUNT(*) FROM article WHERE lower(outlet) IN \(list)",
        arguments: outlets) ?? 0
    let articles = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM article") ?? 0
    guard ofOutlets * 2 > articles else { return nil }
    let all = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM event") ?? 0
    let others =
      try Int.fetchOne(
        db,
        sql: """
          SELECT COUNT(*) FROM event WHERE article_id IN (SELECT id FROM article \
          WHERE outlet IS NULL OR lower(outlet) NOT IN \(list))
          """, arguments: outlets) ?? 0
    return all - others
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
      && q.countedFrom == nil && q.countedTo == nil && q.text == nil
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
