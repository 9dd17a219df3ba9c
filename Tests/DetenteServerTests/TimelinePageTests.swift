import DetenteCore
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import DetenteServer

/// The timeline page: a continuous axis, and numbers that are those of the query's events.
@Suite("Timeline page")
struct TimelinePageTests {
  typealias Row = (period: String, quad: [Int], total: Int, goldstein: String, href: String)

  /// The rows of the page's table.
  static func rows(_ html: String) -> [Row] {
    let row =
      /<tr><td>([0-9-]+)<\/td><td>(\d+)<\/td><td>(\d+)<\/td><td>(\d+)<\/td><td>(\d+)<\/td><td>(?:<a href="([^"]*)">)?(\d+)(?:<\/a>)?<\/td><td>(-?[\d.]+)<\/td><\/tr>/
    return html.matches(of: row).map { m in
      let o = m.output
      return (
        String(o.1), [o.2, o.3, o.4, o.5].map { Int($0) ?? -1 }, Int(o.7) ?? -1, String(o.8),
        o.6.map(MapAndNetworkTests.unescaped) ?? ""
      )
    }
  }

  /// The period after `p` on the axis.
  static func next(_ p: String, _ by: Timeline.Period) -> String {
    guard let d = by.firstDay(p) else { return "" }
    return by.key(by.next(d))
  }

  @Test(
    "every period from the first to the last is on the axis, and its numbers are the query's events that occurred",
    arguments: [
      ("dyad=USA,CHN", Timeline.Period.month), ("dyad=USA,CHN&by=week", .week),
      ("actor=RUS&by=year", .year), ("person=Putin", .month), ("", .month), ("by=year", .year),
    ])
  func numbers(_ query: String, _ by: Timeline.Period) async throws {
    let app = try await ServerSupport.app()
    try await app.test(.router) { client in
      let (all, _) = try await MapAndNetworkTests.events(client, query + "&modality=occurred")
      var expected: [String: (quad: [Int], sum: Double)] = [:]
      for e in all {
        let dated = ((e["date"] as? [String: Any])?["value"] as? String).flatMap(EventDate.period)
        let published = (e["article"] as? [String: Any])?["published"] as? String
        guard let day = (dated?.first ?? published).flatMap(CivilDate.strict),
          let quad = e["quad_class"] as? Int, let g = e["goldstein"] as? Double
        else { continue }
        var x = expected[by.key(day)] ?? ([0, 0, 0, 0], 0)
        x.quad[quad - 1] += 1
        x.sum += g
        expected[by.key(day)] = x
      }
      let (status, html) = try await MapAndNetworkTests.page(client, "/timeline?" + query)
      #expect(status == .ok)
      let rows = Self.rows(html)
      #expect(!rows.isEmpty)
      #expect(html.contains("per \(by.rawValue)"))
      for (a, b) in zip(rows, rows.dropFirst()) {
        #expect(Self.next(a.period, by) == b.period, "\(a.period) then \(b.period)")
      }
      #expect(rows.first?.period == expected.keys.min())
      #expect(rows.last?.period == expected.keys.max())
      for r in rows {
        let x = expected[r.period] ?? ([0, 0, 0, 0], 0)
        #expect(r.quad == x.quad, "\(r.period)")
        #expect(r.total == x.quad.reduce(0, +))
        #expect(r.goldstein == String(format: "%.1f", x.sum), "\(r.period)")
        #expect(r.href.contains("modality=occurred") == (r.total > 0), "\(r.period)")
      }
      // One bar per period, each with a part per class it has events of.
      #expect(html.components(separatedBy: "<a href=\"/events?").count - 1 >= rows.count)
      let parts = html.components(separatedBy: "<rect x=").count - 1
      #expect(parts == rows.map { $0.quad.filter { $0 > 0 }.count }.reduce(0, +))
    }
  }

  @Test("a month's link lists its events; from and to set the axis; bad periods are 400s")
  func linksAndRange() async throws {
    let app = try await ServerSupport.app()
    try await app.test(.router) { client in
      let (_, html) = try await MapAndNetworkTests.page(
        client, "/timeline?dyad=GBR,RUS&from=2017-11&to=2018-06")
      let rows = Self.rows(html)
      #expect(
        rows.map(\.period) == [
          "2017-11", "2017-12", "2018-01", "2018-02", "2018-03", "2018-04", "2018-05", "2018-06",
        ])
      for r in rows where r.total > 0 {
        let query = String(r.href.dropFirst("/events?".count))
        #expect(
          query
            == "dyad=GBR,RUS&from=2017-11&to=2018-06&counted_from=\(r.period)&counted_to=\(r.period)&modality=occurred"
        )
      }
      // A long axis without a period asked for is drawn by year; asked for by week, a 400.
      let (ok, long) = try await MapAndNetworkTests.page(client, "/timeline?from=1900&to=2020")
      #expect(ok == .ok)
      #expect(long.contains("per year"))
      for (uri, says) in [
        ("/timeline?from=1900&to=2020&by=week", "by week"), ("/timeline?by=decade", "by"),
        ("/timeline?from=yesterday-ish", "not a date"),
      ] {
        let (status, page) = try await MapAndNetworkTests.page(client, uri)
        #expect(status == .badRequest, "\(uri)")
        #expect(page.contains(says), "\(uri)")
      }
    }
  }

  @Test(
    "every bar's count is the number of events its link lists, and the bars link where the table does",
    arguments: [
      "", "by=week", "by=year", "dyad=USA,CHN", "actor=RUS&by=week",
      "person=Putin&modality=occurred,planned",
      "from=2013-06&to=2018-12", "counted_from=2018-03-10&counted_to=2018-05-20&by=month",
    ])
  func barsFindTheirEvents(_ query: String) async throws {
    let app = try await ServerSupport.app()
    try await app.test(.router) { client in
      let (status, html) = try await MapAndNetworkTests.page(client, "/timeline?" + query)
      #expect(status == .ok)
      let rows = Self.rows(html)
      #expect(rows.contains { $0.total > 0 }, "\(query)")
      let bars = html.matches(of: /<a href="([^"]*)"><g><title>([0-9-]+): (\d+) event/).map {
        (period: String($0.output.2), href: MapAndNetworkTests.unescaped($0.output.1))
      }
      #expect(bars.map(\.period) == rows.map(\.period))
      for (bar, r) in zip(bars, rows) {
        if r.total > 0 { #expect(bar.href == r.href, "\(r.period)") }
        let (linked, n) = try await MapAndNetworkTests.linked(client, bar.href[...])
        #expect(n == r.total, "\(query): \(r.period) counts \(r.total), its link lists \(n)")
        #expect(linked.count == n)
      }
      // The counted range of a query is kept within each bar's.
      if query.contains("counted_from") {
        #expect(rows.first?.period == "2018-03" && rows.last?.period == "2018-05")
        #expect(bars.first?.href.contains("counted_from=2018-03-10&") == true)
        #expect(bars.last?.href.contains("counted_to=2018-05-20") == true)
      }
    }
  }
}
