import DetenteCore
import DetenteStore
import Foundation
import Testing

@Suite("Store: queries")
struct QueryTests {
  /// Four small articles with known events.
  static func store(_ kind: StoreKind) async throws -> any EventStore {
    let s = try await kind.make()
    let articles = [
      StoreSupport.coded(
        id: "expel", date: "2018-03-17", body: "Russia expelled 23 British diplomats on Saturday.",
        outlet: "Wire"),
      StoreSupport.coded(
        id: "bali", date: "2013-10-10", body: "Obama met Putin in Bali on Monday.", outlet: "Wire"
      ),
      StoreSupport.coded(
        id: "plan", date: "2013-04-16", body: "Putin will meet Obama in September.",
        outlet: "Wire"),
      StoreSupport.coded(
        id: "gas", date: "2019-06-12",
        body: "Hong Kong police fired tear gas at protesters on Wednesday.", outlet: "Other"),
    ]
    for a in articles {
      #expect(!a.events.isEmpty, "\(a.article.id) codes no event")
      _ = try await s.ingest(a)
    }
    return s
  }

  func ids(_ s: any EventStore, _ build: (inout EventQuery) -> Void) async throws -> [String] {
    var q = EventQuery()
    q.sort = .article
    build(&q)
    let v = try q.validated(lexicon: StoreSupport.lexicon)
    return Array(Set(try await s.events(matching: v).map(\.article.id))).sorted()
  }

  @Test(
    "actors are listed most frequent first (as source and target together)",
    arguments: StoreKind.allCases)
  func actorsByFrequency(_ kind: StoreKind) async throws {
    let store = try await kind.make()
    _ = try await store.ingest(batch: StoreSupport.examples())
    let actors = try await store.actors(limit: 40, offset: 0)
    let totals = actors.map { $0.asSource + $0.asTarget }
    #expect(actors.count == 40)
    #expect(
      totals == totals.sorted(by: >), "\(actors.map { "\($0.code) \($0.asSource)+\($0.asTarget)" })"
    )
  }

  @Test("every filter selects what it names", arguments: StoreKind.allCases)
  func filters(_ kind: StoreKind) async throws {
    let s = try await Self.store(kind)
    #expect(try await ids(s) { $0.actors = ["rus"] } == ["bali", "expel", "plan"])
    #expect(try await ids(s) { $0.sources = ["RUS"] } == ["expel", "plan"])
    #expect(try await ids(s) { $0.targets = ["GBRGOV"] } == ["expel"])
    #expect(try await ids(s) { $0.actors = ["HKGCOP"] } == ["gas"])
    #expect(try await ids(s) { $0.dyad = ("RUS", "USA") } == ["bali", "plan"])
    #expect(try await ids(s) { $0.dyad = ("USA", "RUS") } == ["bali", "plan"])
    #expect(try await ids(s) { $0.person = "putin" } == ["bali", "plan"])
    #expect(try await ids(s) { $0.cameo = ["16"] } == ["expel"])
    #expect(try await ids(s) { $0.cameo = ["036"] } == ["plan"])
    #expect(try await ids(s) { $0.cameo = ["04", "17"] } == ["bali", "gas"])
    #expect(try await ids(s) { $0.plover = ["sanction"] } == ["expel"])
    #expect(try await ids(s) { $0.quadClass = [4] } == ["expel", "gas"])
    #expect(try await ids(s) { $0.modality = [.planned] } == ["plan"])
    #expect(try await ids(s) { $0.outlet = ["other"] } == ["gas"])
    #expect(try await ids(s) { $0.article = "bali" } == ["bali"])
    #expect(try await ids(s) { $0.text = "\"tear gas\"" } == ["gas"])
    #expect(try await ids(s) { $0.text = "diplomats" } == ["expel"])
    // A prefix is FTS5 syntax, read as such only when asked for (and only by SQLite).
    #expect(try await ids(s) { $0.text = "diplomat*" } == [])
    guard kind == .sqlite else { return }
    #expect(
      try await ids(s) {
        $0.text = "diplomat*"
        $0.textSyntax = .fts
      } == ["expel"])
  }

  @Test(
    "date ranges match events whose day, month or year overlaps them", arguments: StoreKind.allCases
  )
  func dates(_ kind: StoreKind) async throws {
    let s = try await Self.store(kind)
    // "in September" (2013-09, month precision) overlaps a range inside September.
    #expect(
      try await ids(s) {
        $0.from = "2013-09-15"
        $0.to = "2013-09-20"
      } == ["plan"])
    #expect(
      try await ids(s) {
        $0.from = "2013-10-07"
        $0.to = "2013-10-07"
      } == ["bali"])
    #expect(try await ids(s) { $0.from = "2018" } == ["expel", "gas"])
    #expect(try await ids(s) { $0.to = "2013" } == ["bali", "plan"])
    // A year (2014-01-01 … 2014-12-31) overlaps a range that starts in its June: the range's
    // start bounds the first day only down to the first of January.
    let year = StoreSupport.coded(
      id: "year", date: "2012-01-05", body: "Russia will impose sanctions on Ukraine in 2014.")
    #expect(year.events.first?.date?.precision == "year")
    _ = try await s.ingest(year)
    #expect(try await ids(s) { $0.from = "2014-06-01" } == ["expel", "gas", "year"])
    #expect(
      try await ids(s) {
        $0.from = "2014-06-01"
        $0.to = "2014-06-30"
        $0.limit = 5
      } == ["year"])
    #expect(
      try await ids(s) {
        $0.publishedFrom = "2013-10"
        $0.publishedTo = "2018-03-17"
      } == ["bali", "expel"])
  }

  @Test("sorting and limits", arguments: StoreKind.allCases)
  func sorting(_ kind: StoreKind) async throws {
    let s = try await Self.store(kind)
    var q = EventQuery()
    q.sort = .goldstein
    q.limit = 1
    let worst = try await s.events(matching: q)
    #expect(worst.count == 1)
    #expect(worst.first?.goldstein ?? 0 <= -5)
    q.sort = .published
    q.descending = true
    q.limit = 2
    #expect(try await s.events(matching: q).map(\.article.id) == ["gas", "expel"])
    q.offset = 1
    q.limit = 1
    #expect(try await s.events(matching: q).map(\.article.id) == ["expel"])
  }

  @Test(
    "a bad filter value is an error that names the option, not an empty result",
    arguments: [
      ("--from", "yesterday-ish"), ("--published-to", "2013-13"), ("--cameo", "999"),
      ("--actor", "XYZ"), ("--source", "RUSABC"), ("--dyad", "IGO"), ("--plover", "HUGS"),
      ("--quad", "5"), ("--text", "  "),
    ])
  func badValues(_ option: String, _ value: String) {
    var q = EventQuery()
    switch option {
    case "--from": q.from = value
    case "--published-to": q.publishedTo = value
    case "--cameo": q.cameo = [value]
    case "--actor": q.actors = [value]
    case "--source": q.sources = [value]
    case "--dyad": q.dyad = ("USA", value)
    case "--plover": q.plover = [value]
    case "--quad": q.quadClass = [Int(value)!]
    default: q.text = value
    }
    #expect {
      _ = try q.validated(lexicon: StoreSupport.lexicon)
    } throws: { error in
      (error as? QueryError)?.option == option
    }
  }
}
