import DetenteCore
import Foundation
import Testing

@testable import DetenteStore

/// A small seeded generator, so that a failure can be replayed.
struct SplitMix: RandomNumberGenerator {
  var state: UInt64
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

@Suite("Linking: the clusters read from the store")
struct LinkWindowTests {
  static let keys = ["MEET:RUS|USA", "MEET:CHN|USA"]
  static let occasions: [String?] = [nil, nil, nil, "g20 summit", "nato summit"]

  static func day(_ n: Int) -> String { CivilDate(dayNumber: n).description }

  /// A random cluster or event's dates around 2013: dated or not, reported or not.
  static func dates(_ rng: inout SplitMix) -> (first: String?, last: String?, published: String?) {
    let middle = CivilDate(year: 2013, month: 6, day: 1)!.dayNumber
    let base = middle + Int.random(in: -500...500, using: &rng)
    let dated = Int.random(in: 0..<3, using: &rng) > 0
    let published: String? =
      Int.random(in: 0..<10, using: &rng) == 0
      ? nil : day(base + Int.random(in: -150...150, using: &rng))
    guard dated else { return (nil, nil, published) }
    return (day(base), day(base + Int.random(in: 0...30, using: &rng)), published)
  }

  static func cluster(_ n: Int, _ rng: inout SplitMix) -> ClusterRecord {
    let d = dates(&rng)
    let spread = Int.random(in: 0...200, using: &rng)
    let lastReport = d.published.flatMap(CivilDate.strict).map {
      day($0.dayNumber + spread)
    }
    return ClusterRecord(
      ClusterProfile(
        id: "c-\(n)", key: keys.randomElement(using: &rng)!, eventClass: "MEET",
        occasion: occasions.randomElement(using: &rng)!,
        placeCountry: ["CHE", "RUS", nil].randomElement(using: &rng)!, dateFirst: d.first,
        dateLast: d.last, publishedFirst: d.published, publishedLast: lastReport, size: 1))
  }

  static func event(_ n: Int, from template: LinkedEvent, _ rng: inout SplitMix) -> LinkedEvent {
    var e = template
    let d = dates(&rng)
    e.id = "e-test-\(n)"
    e.key = keys.randomElement(using: &rng)!
    e.dateFirst = d.first
    e.dateLast = d.last
    e.published = d.published
    e.occasion = occasions.randomElement(using: &rng)!
    e.placeCountry = ["CHE", "RUS", nil].randomElement(using: &rng)!
    e.modality = [.occurred, .planned, .possible, .cancelled].randomElement(using: &rng)!
    e.isPlan = e.modality == .planned || e.modality == .possible
    e.isCallingOff = e.modality == .cancelled
    e.isDay = d.first != nil && d.first == d.last
    return e
  }

  /// Random stored clusters and events of one key's kinds, made from a Putin–Obama meeting
  /// (the same seed gives the same ones).
  static func fixture(seed: UInt64, clusters: Int, events: Int) throws -> (
    clusters: [ClusterRecord], events: [LinkedEvent]
  ) {
    let coded = StoreSupport.coded(
      id: "t", date: "2013-06-01", body: "Putin met Obama in Geneva on Friday.")
    let template = LinkedEvent(try #require(coded.events.first), occasion: nil)
    var rng = SplitMix(state: seed)
    let made = (0..<clusters).map { Self.cluster($0, &rng) }
    return (made, (0..<events).map { Self.event($0, from: template, &rng) })
  }

  @Test("every cluster an event could join is read, in the order the clusters were made")
  func windowHoldsEveryCompatibleCluster() async throws {
    let store = try SQLiteStore(path: StoreSupport.databasePath())
    let (clusters, events) = try Self.fixture(seed: 2013, clusters: 600, events: 400)
    let (read, all) = try await store.pool.write { db in
      for c in clusters { try c.write(db, sql: SQLiteStore.RowSQL.cluster) }
      // What ingest links against: each key's stored clusters, narrowed by the window.
      let cache = ClusterCache()
      var read = 0
      var all = 0
      for e in events {
        let every = clusters.filter { $0.key == e.key }.map(\.profile)
        let window = try cache.candidates(for: e, db)
        let fits = Set(every.filter { LinkRules.compatible(e, $0) }.map(\.id))
        #expect(fits.isSubset(of: Set(window.map(\.id))), "\(e)")
        // In creation order: the linker breaks ties by it.
        #expect(
          window.map(\.id) == every.map(\.id).filter { id in window.contains { $0.id == id } })
        var narrow = EventLinker(existing: window)
        var wide = EventLinker(existing: every)
        #expect(narrow.add(e) == wide.add(e), "\(e)")
        read += window.count
        all += every.count
      }
      return (read, all)
    }
    // The window does narrow: far fewer clusters read than the key holds.
    #expect(read * 2 < all, "read \(read) of \(all)")
  }

  @Test("linking through the cache joins and starts the clusters an EventLinker does")
  func cacheLinksAsTheLinker() async throws {
    let store = try SQLiteStore(path: StoreSupport.databasePath())
    let (clusters, events) = try Self.fixture(seed: 2014, clusters: 300, events: 2000)
    // Every stored cluster, then each event in turn, with no window.
    var linker = EventLinker(existing: clusters.map(\.profile))
    let expected = events.map { linker.add($0) }
    let (ids, joined) = try await store.pool.write { db in
      for c in clusters { try c.write(db, sql: SQLiteStore.RowSQL.cluster) }
      let cache = ClusterCache()
      var profiles: [String: ClusterProfile] = [:]
      let ids = try events.map { e in
        let (c, _) = try cache.link(e, db)
        profiles[c.id] = c
        return c.id
      }
      return (ids, profiles)
    }
    #expect(ids == expected)
    // Some events joined a cluster, stored or new, and the clusters they changed look the same.
    #expect(Set(ids).count < ids.count)
    for c in linker.clusters where joined[c.id] != nil { #expect(joined[c.id] == c) }
  }

  @Test("the window on dates as numbers admits the clusters the window on their text admits")
  func windowInNumbers() throws {
    let coded = StoreSupport.coded(
      id: "t", date: "2013-06-01", body: "Putin met Obama in Geneva on Friday.")
    let template = LinkedEvent(try #require(coded.events.first), occasion: nil)
    var rng = SplitMix(state: 2015)
    var clusters = (0..<600).map { Self.cluster($0, &rng).profile }
    // Some dates that are not plain days: a month, a year, a day in another form.
    for i in stride(from: 0, to: clusters.count, by: 7) {
      clusters[i].dateFirst = ["2013-06", "2013", "2013-6-1", nil].randomElement(using: &rng)!
    }
    #expect(DaySpan.number("2013-06-01") == 20_130_601)
    #expect(DaySpan.number("2013-06") == DaySpan.odd && DaySpan.number(nil) == DaySpan.missing)
    var tested = 0
    for n in 0..<400 {
      let e = Self.event(n, from: template, &rng)
      guard let window = LinkRules.window(for: e) else { continue }
      let days = try #require(DayWindow(window))
      for c in clusters where DaySpan(c).isPlain {
        #expect(days.admits(DaySpan(c)) == window.admits(c), "\(e) \(c)")
        tested += 1
      }
    }
    #expect(tested > 100_000)
  }
}
