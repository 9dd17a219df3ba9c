import DetenteCore
import DetenteStore
import Foundation
import Testing

/// The views' numbers from the stores: the counted-day filter a timeline's bars link to, and the
/// tallies (`GROUP BY`) the timeline, the map and the network draw.
@Suite("Store: tallies and counted days")
struct TallyTests {
  /// A store of the examples, shared by the tests of one kind.
  static func examples(_ kind: StoreKind) async throws -> any EventStore {
    let s = try await kind.make()
    _ = try await s.ingest(batch: StoreSupport.examples())
    return s
  }

  /// Every event of a (validated) query.
  static func all(_ s: any EventStore, _ build: (inout EventQuery) -> Void = { _ in }) async throws
    -> [Event]
  {
    var q = EventQuery()
    build(&q)
    return try await s.events(matching: q.validated(lexicon: StoreSupport.lexicon))
  }

  @Test(
    "a period's counted_from and counted_to find exactly the events the timeline counts in it, by week, month and year",
    arguments: StoreKind.allCases)
  func periodsFindTheirEvents(_ kind: StoreKind) async throws {
    let s = try await Self.examples(kind)
    let events = try await Self.all(s)
    for by in Timeline.Period.allCases {
      for includeAll in [false, true] {
        let t = Timeline(events, by: by, includeAll: includeAll)
        #expect(!t.buckets.isEmpty)
        for b in t.buckets {
          let first = try #require(by.firstDay(b.period))
          let found = try await Self.all(s) {
            $0.countedFrom = first.description
            $0.countedTo = by.next(first).adding(days: -1).description
            if !includeAll { $0.modality = [.occurred] }
          }
          #expect(Set(found.map(\.id)) == Set(b.events), "\(by) \(b.period) \(includeAll)")
          #expect(found.count == b.events.count, "\(by) \(b.period) \(includeAll)")
        }
      }
    }
  }

  @Test(
    "a year-dated event is counted on its first day and an undated one at its article's date",
    arguments: StoreKind.allCases)
  func countedDays(_ kind: StoreKind) async throws {
    let s = try await kind.make()
    let year = StoreSupport.coded(
      id: "year", date: "2012-01-05", body: "Russia will impose sanctions on Ukraine in 2014.")
    let undated = StoreSupport.coded(
      id: "undated", date: "2015-02-03", body: "Russia expelled 23 British diplomats.")
    #expect(year.events.first?.date?.precision == "year")
    #expect(!undated.events.isEmpty && undated.events.allSatisfy { $0.date == nil })
    for a in [year, undated] { _ = try await s.ingest(a) }
    func ids(_ build: (inout EventQuery) -> Void) async throws -> [String] {
      Array(Set(try await Self.all(s, build).map(\.article.id))).sorted()
    }
    // By event date, 2014 overlaps June; counted, it is January's alone.
    #expect(
      try await ids {
        $0.from = "2014-06"
        $0.to = "2014-06"
      } == ["year"])
    #expect(
      try await ids {
        $0.countedFrom = "2014-06"
        $0.countedTo = "2014-06"
      } == [])
    #expect(
      try await ids {
        $0.countedFrom = "2014-01-01"
        $0.countedTo = "2014-01-01"
      } == ["year"])
    // An undated event has no event date to match, but a counted day.
    #expect(try await ids { $0.from = "2015" } == [])
    #expect(try await ids { $0.countedFrom = "2015-02" } == ["undated"])
    #expect(try await ids { $0.countedTo = "2015-02-02" } == ["year"])
    #expect(
      try await ids {
        $0.countedFrom = "2015"
        $0.countedTo = "2015-02-03"
      } == ["undated"])
    for (option, bad) in [("--counted-from", "2015-13"), ("--counted-to", "soon")] {
      var q = EventQuery()
      if option == "--counted-from" { q.countedFrom = bad } else { q.countedTo = bad }
      #expect {
        _ = try q.validated(lexicon: StoreSupport.lexicon)
      } throws: { error in
        (error as? QueryError)?.option == option
      }
    }
  }

  /// The tallies worked out from the events themselves, by key and quad class: count and
  /// Goldstein sum in tenths, exactly (and a place's coordinates).
  static func expected(_ events: [Event], by grouping: EventTally.Grouping) -> [String: String] {
    var out: [String: (n: Int, tenths: Int)] = [:]
    for e in events {
      let key: [String]
      switch grouping {
      case .countedDay:
        key = [
          e.date.flatMap { EventDate.period($0.value)?.first } ?? e.article.published ?? ""
        ]
      case .place:
        key = [
          e.location?.name ?? "", e.location?.country ?? "",
          e.location.map { String(format: "%.4f %.4f", $0.lat, $0.lon) } ?? "",
        ]
      case .sides: key = [e.source.code, e.target?.code ?? ""]
      }
      let id = (key + [String(e.quadClass)]).joined(separator: "|")
      var x = out[id] ?? (0, 0)
      x.n += 1
      x.tenths += Int((e.goldstein * 10).rounded())
      out[id] = x
    }
    return out.mapValues { "\($0.n) \($0.tenths)" }
  }

  /// A store's tallies in the same form.
  static func tallied(_ tallies: [EventTally], by grouping: EventTally.Grouping) -> [String: String]
  {
    var out: [String: String] = [:]
    for t in tallies {
      var key = t.key
      if grouping == .place {
        key.append(
          t.lat.map { String(format: "%.4f %.4f", $0, t.lon ?? 0) } ?? "")
      }
      let id = (key + [String(t.quadClass)]).joined(separator: "|")
      #expect(out[id] == nil, "\(id) twice")
      out[id] = "\(t.count) \(t.goldsteinTenths)"
    }
    return out
  }

  @Test(
    "tallies by counted day, place and sides are the query's events counted, in both stores",
    arguments: StoreKind.allCases)
  func talliesCountTheEvents(_ kind: StoreKind) async throws {
    let s = try await Self.examples(kind)
    let queries: [(inout EventQuery) -> Void] = [
      { _ in }, { $0.actors = ["RUS"] }, { $0.dyad = ("USA", "CHN") },
      { $0.modality = [.occurred] }, { $0.text = "talks" }, { $0.quadClass = [3, 4] },
    ]
    for (i, build) in queries.enumerated() {
      var q = EventQuery()
      build(&q)
      let v = try q.validated(lexicon: StoreSupport.lexicon)
      let events = try await s.events(matching: v)
      #expect(!events.isEmpty, "query \(i)")
      for grouping in EventTally.Grouping.allCases {
        let tallies = try await s.tallies(matching: v, by: grouping)
        #expect(tallies.reduce(0) { $0 + $1.count } == events.count, "query \(i) \(grouping)")
        #expect(
          Self.tallied(tallies, by: grouping) == Self.expected(events, by: grouping),
          "query \(i) \(grouping)")
      }
    }
  }
}
