import DetenteCore
import Foundation
import GRDB
import Testing

@testable import DetenteStore

/// The query plans SQLite makes for the store's queries: each indexed filter is read through its
/// index, and the first page of a list is read off an index in its order, never by scanning and
/// sorting every event (a million events take a second that way).
@Suite("Store: query plans")
struct QueryPlanTests {
  /// A store holding the examples.
  static func store() async throws -> SQLiteStore {
    let store = try SQLiteStore(path: StoreSupport.databasePath())
    _ = try await store.ingest(batch: StoreSupport.examples())
    return store
  }

  /// SQLite's plan for a statement, one step a line.
  static func plan(
    _ store: SQLiteStore, _ sql: String, _ arguments: StatementArguments
  ) throws -> [String] {
    try store.pool.read { db in
      try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql, arguments: arguments).map {
        $0["detail"] as String
      }
    }
  }

  static func query(_ set: (inout EventQuery) -> Void) -> EventQuery {
    var q = EventQuery()
    q.limit = 50
    set(&q)
    return q
  }

  static let cases: [(String, EventQuery, [String])] = [
    ("first page", query { _ in }, ["SCAN e USING INDEX event_by_date"]),
    ("newest first", query { $0.descending = true }, ["SCAN e USING INDEX event_by_date_desc"]),
    (
      "one article", query { $0.article = "x" },
      ["SEARCH e USING INDEX event_article_sentence (article_id=?)"]
    ),
    (
      "an actor", query { $0.actors = ["RUS"] },
      ["USING INDEX event_sides", "USING INDEX event_target_country"]
    ),
    ("a source", query { $0.sources = ["RUS"] }, ["USING INDEX event_sides (source_country=?)"]),
    (
      "an organisation", query { $0.actors = ["IGONATO"] },
      ["USING INDEX event_source_code", "USING INDEX event_target_code"]
    ),
    ("a PLOVER type", query { $0.plover = ["ACCUSE"] }, ["USING INDEX event_plover"]),
    ("a modality", query { $0.modality = [.planned] }, ["USING INDEX event_modality"]),
    ("by Goldstein", query { $0.sort = .goldstein }, ["SCAN e USING INDEX event_goldstein"]),
    ("a person", query { $0.person = "Putin" }, ["SCAN e USING INDEX event_people"]),
    (
      "a dyad that occurred",
      query {
        $0.dyad = ("USA", "RUS")
        $0.modality = [.occurred]
        $0.quadClass = [1]
      },
      ["USING INDEX event_sides (source_country=? AND target_country=?)"]
    ),
    (
      "a dyad", query { $0.dyad = ("USA", "RUS") },
      ["USING INDEX event_sides (source_country=? AND target_country=?)"]
    ),
    ("a CAMEO code", query { $0.cameo = ["04"] }, ["SEARCH e USING INDEX event_cameo"]),
    (
      "a month",
      query {
        $0.from = "2013-06-01"
        $0.to = "2013-06-30"
      },
      ["USING INDEX event_"]
    ),
    ("a search", query { $0.text = "summit" }, ["SCAN f VIRTUAL TABLE INDEX 0:M"]),
  ]

  @Test("every indexed filter is read through an index, the first page off the date index")
  func eventPlans() async throws {
    let store = try await Self.store()
    for (name, q, expected) in Self.cases {
      let (sql, args) = try SQLiteStore.sql(for: q)
      let plan = try Self.plan(store, sql, args)
      for step in expected {
        #expect(plan.contains { $0.contains(step) }, "\(name): \(plan)")
      }
      // No step reads every event row.
      #expect(!plan.contains { $0 == "SCAN e" }, "\(name): \(plan)")
      // Counting the matches reads no article unless a condition is on the article.
      let (count, countArgs) = try SQLiteStore.sql(for: q, count: true)
      let counting = try Self.plan(store, count, countArgs)
      #expect(!counting.contains { $0.contains(" a ") }, "\(name): \(counting)")
      #expect(!counting.contains { $0 == "SCAN e" }, "\(name): \(counting)")
    }
  }

  @Test("the Goldstein order is read off its index, ties and all")
  func goldsteinOrder() async throws {
    let store = try await Self.store()
    let (sql, args) = try SQLiteStore.sql(for: Self.query { $0.sort = .goldstein })
    let plan = try Self.plan(store, sql, args)
    #expect(!plan.contains { $0.contains("TEMP B-TREE") }, "\(plan)")
  }

  @Test("a timeline's tally of a dyad's events that occurred is read off the dyad's index")
  func tallyPlan() async throws {
    let store = try await Self.store()
    var q = EventQuery()
    q.dyad = ("USA", "RUS")
    q.modality = [.occurred]
    let (sql, values) = try q.tallySQL(.sqlite, by: .countedDay)
    let plan = try Self.plan(store, sql, SQLValue.arguments(values))
    #expect(plan.contains { $0.contains("USING INDEX event_sides") }, "\(plan)")
    #expect(!plan.contains { $0.contains("event_modality") }, "\(plan)")
  }

  @Test("a search is counted on the index of events by article and sentence")
  func searchCount() async throws {
    let store = try await Self.store()
    let (sql, args) = try SQLiteStore.sql(for: Self.query { $0.text = "summit" }, count: true)
    let plan = try Self.plan(store, sql, args)
    #expect(
      plan.contains { $0.contains("USING COVERING INDEX event_article_sentence") }, "\(plan)")
  }

  @Test("a search walked in date order, or with a dyad, looks each event's sentence up")
  func searchByEvent() async throws {
    let store = try await Self.store()
    let sentence = "SEARCH s USING COVERING INDEX sqlite_autoindex_sentence_1"
    let search = Self.query { $0.text = "talks" }
    let (walk, walkArgs) = try SQLiteStore.sql(for: search, inDateOrder: true)
    let walkPlan = try Self.plan(store, walk, walkArgs)
    #expect(walkPlan.contains("SCAN e USING INDEX event_by_date"), "\(walkPlan)")
    #expect(walkPlan.contains { $0.contains(sentence) }, "\(walkPlan)")
    var dyad = search
    dyad.dyad = ("USA", "RUS")
    for count in [false, true] {
      let (sql, args) = try SQLiteStore.sql(for: dyad, count: count)
      let plan = try Self.plan(store, sql, args)
      #expect(plan.contains { $0.contains("USING INDEX event_sides") }, "\(plan)")
      #expect(plan.contains { $0.contains(sentence) }, "\(plan)")
    }
    // The same events either way: walked, found by the search, or by the dyad.
    for descending in [false, true] {
      var page = search
      page.descending = descending
      let (plain, plainArgs) = try SQLiteStore.sql(for: page)
      let (walked, walkedArgs) = try SQLiteStore.sql(for: page, inDateOrder: true)
      let (a, b) = try await store.pool.read { db in
        (
          try SQLiteStore.events(Row.fetchAll(db, sql: plain, arguments: plainArgs)).map(\.id),
          try SQLiteStore.events(Row.fetchAll(db, sql: walked, arguments: walkedArgs)).map(\.id)
        )
      }
      #expect(!a.isEmpty && a == b)
    }
    var unpaged = dyad
    unpaged.limit = nil
    let byDyad = try await store.events(matching: unpaged).map(\.id)
    var bySearch = search
    bySearch.limit = nil
    let found = try await store.events(matching: bySearch).filter {
      Set([$0.source.country, $0.target?.country]) == Set<String?>(["USA", "RUS"])
    }
    #expect(byDyad == found.map(\.id))
  }

  @Test("an outlet's events are found through its articles, and counted without the rows")
  func outletPlans() async throws {
    let store = try await Self.store()
    let q = Self.query { $0.outlet = ["The Example Times"] }
    let (sql, args) = try SQLiteStore.sql(for: q)
    let page = try Self.plan(store, sql, args)
    #expect(page.contains { $0.contains("SEARCH a USING INDEX article_outlet") }, "\(page)")
    #expect(!page.contains { $0 == "SCAN e" }, "\(page)")
    let (count, countArgs) = try SQLiteStore.sql(for: q, count: true)
    let counting = try Self.plan(store, count, countArgs)
    #expect(
      counting.contains { $0.contains("SEARCH a USING COVERING INDEX article_outlet") }
        && counting.contains { $0.contains("USING COVERING INDEX event_article_sentence") },
      "\(counting)")
    // The outlet most articles are of is counted as all events less the others'; the others
    // are counted plainly. The same totals either way.
    let wire = "Detente Example Wire"
    for outlets in [[wire], [wire.lowercased(), "The Example Post"], ["the example times"], ["x"]] {
      var some = q
      some.outlet = outlets
      let (plain, plainArgs) = try SQLiteStore.sql(for: some, count: true)
      let asked = some
      let (counted, expected) = try await store.pool.read { db in
        (
          try SQLiteStore.outletCount(asked, db),
          try Int.fetchOne(db, sql: plain, arguments: plainArgs) ?? 0
        )
      }
      #expect((counted ?? expected) == expected, "\(outlets)")
      #expect((counted != nil) == outlets.contains { $0.lowercased() == wire.lowercased() })
    }
    // With another filter, never.
    var both = q
    both.outlet = [wire]
    both.actors = ["USA"]
    let mixedQuery = both
    let mixed = try await store.pool.read { db in try SQLiteStore.outletCount(mixedQuery, db) }
    #expect(mixed == nil)
  }

  @Test("the newest articles are read off the publication index, one event by its id")
  func otherPlans() async throws {
    let store = try await Self.store()
    let page = try Self.plan(store, SQLiteStore.articlesSQL(limit: 50, offset: 0), [])
    #expect(page.contains { $0.contains("USING COVERING INDEX article_by_published") }, "\(page)")
    // (Only the ties of one day are sorted there; the last sort is of the page's rows.)
    #expect(page.contains("USE TEMP B-TREE FOR RIGHT PART OF ORDER BY"), "\(page)")
    let one = try Self.plan(store, "SELECT * FROM event WHERE id = ?", ["e-x"])
    #expect(one.contains { $0.contains("SEARCH event USING INDEX sqlite_autoindex_event_1") })
  }

  @Test("a page of common matches is read off the date index; rare ones are found and sorted")
  func dateWalk() async throws {
    let store = try await Self.store()
    let actor = Self.query { $0.actors = ["RUS"] }
    let (sql, args) = try SQLiteStore.sql(for: actor, inDateOrder: true)
    let plan = try Self.plan(store, sql, args)
    #expect(plan.contains("SCAN e USING INDEX event_by_date"), "\(plan)")
    #expect(!plan.contains("USE TEMP B-TREE FOR ORDER BY"), "\(plan)")
    // One event in ten matches: a page of 50 reads about 500 rows.
    #expect(SQLiteStore.walksDateIndex(actor, matches: 100_000, events: 1_000_000))
    // One in a thousand: 50,000 rows. Countries are tested on the index's own entries, so that
    // is still cheap; a PLOVER type must be read from each row, so the 1,000 are found and
    // sorted instead. One in ten thousand: found and sorted either way.
    #expect(SQLiteStore.walksDateIndex(actor, matches: 1_000, events: 1_000_000))
    #expect(!SQLiteStore.walksDateIndex(actor, matches: 100, events: 1_000_000))
    let plover = Self.query { $0.plover = ["ACCUSE"] }
    #expect(SQLiteStore.walksDateIndex(plover, matches: 100_000, events: 1_000_000))
    #expect(!SQLiteStore.walksDateIndex(plover, matches: 1_000, events: 1_000_000))
    // Newest first too; but a far page, another order, no page, or a whole date range: never.
    #expect(
      !SQLiteStore.walksDateIndex(
        Self.query {
          $0.actors = ["RUS"]
          $0.offset = 20_000
        }, matches: 100_000, events: 1_000_000))
    #expect(
      SQLiteStore.walksDateIndex(Self.query { $0.descending = true }, matches: 10, events: 10))
    #expect(
      !SQLiteStore.walksDateIndex(Self.query { $0.sort = .goldstein }, matches: 10, events: 10))
    #expect(!SQLiteStore.walksDateIndex(Self.query { $0.limit = nil }, matches: 10, events: 10))
    #expect(
      !SQLiteStore.walksDateIndex(Self.query { $0.from = "2013-06" }, matches: 10, events: 10))
    // Until a day, oldest first (or from a day, newest first): the matches come first.
    #expect(SQLiteStore.walksDateIndex(Self.query { $0.to = "2013-06" }, matches: 10, events: 10))
    #expect(
      SQLiteStore.walksDateIndex(
        Self.query {
          $0.from = "2013-06"
          $0.descending = true
        }, matches: 10, events: 10))
    #expect(
      !SQLiteStore.walksDateIndex(
        Self.query {
          $0.to = "2013-06"
          $0.descending = true
        }, matches: 10, events: 10))
    // Either way, the same events in the same order, oldest or newest first.
    for descending in [false, true] {
      var page = actor
      page.descending = descending
      let (walk, walkArgs) = try SQLiteStore.sql(for: page, inDateOrder: true)
      let walked = try await store.pool.read { db in
        try SQLiteStore.events(Row.fetchAll(db, sql: walk, arguments: walkArgs)).map(\.id)
      }
      let (plain, plainArgs) = try SQLiteStore.sql(for: page)
      let sorted = try await store.pool.read { db in
        try SQLiteStore.events(Row.fetchAll(db, sql: plain, arguments: plainArgs)).map(\.id)
      }
      #expect(walked.count == 50 && walked == sorted)
    }
  }
}
