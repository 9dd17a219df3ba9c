import DetenteCore
import DetentePostgres
import DetenteStore
import Foundation
import Testing

/// Many writers on one PostgreSQL database at once.
@Suite("Store: PostgreSQL, many writers")
struct PostgresWritersTests {
  /// Twelve reports of one planned meeting, each its own article.
  static let reports: [CodedArticle] = (0..<12).map { i in
    StoreSupport.coded(
      id: "report-\(i)", date: "2021-06-0\(1 + i % 9)",
      body:
        "U.S. President Joe Biden will meet Russian President Vladimir Putin in Geneva on June 16, report \(i) said."
    )
  }

  /// Stores the reports from `writers` stores at once (each its own connections, as separate
  /// processes would), and gives the meetings of the pair: how many records, and how many
  /// events each holds.
  static func race(writers: Int, locks: Bool) async throws -> [Int] {
    let place = try await StoreKind.postgres.newPlace()
    var stores: [PostgresStore] = []
    for _ in 0..<writers { stores.append(try await PostgresStore(url: place, locksLinking: locks)) }
    let frozen = stores
    try await withThrowingTaskGroup(of: Void.self) { group in
      for (n, store) in frozen.enumerated() {
        let mine = reports.enumerated().filter { $0.offset % writers == n }.map(\.element)
        group.addTask {
          for a in mine { _ = try await store.ingest(a) }
        }
      }
      try await group.waitForAll()
    }
    let meetings = try await frozen[0].meetings(matching: MeetingQuery())
    return meetings.filter { $0.countries == ["RUS", "USA"] }.map(\.history.count).sorted()
  }

  @Test("writers storing one meeting's reports at the same moment link them into one meeting")
  func oneMeeting() async throws {
    #expect(
      Self.reports.allSatisfy {
        $0.events.contains { $0.cameo.hasPrefix("03") || $0.cameo.hasPrefix("04") }
      })
    for _ in 0..<5 {
      #expect(try await Self.race(writers: 4, locks: true) == [12])
    }
  }

  @Test("without the locks, the same race splits the meeting (what the locks are for)")
  func withoutLocks() async throws {
    var split = 0
    for _ in 0..<5 where try await Self.race(writers: 4, locks: false) != [12] { split += 1 }
    #expect(split > 0, "four writers without locks never split the meeting in 5 runs")
  }
}
