import DetenteCore
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import DetenteServer

/// The map and network pages: their numbers against the events of the query behind them (read
/// through the API), and their links against the events those links find.
@Suite("Map and network pages")
struct MapAndNetworkTests {
  /// Text of a page as it would be read: the entities the templates write turned back.
  static func unescaped(_ s: Substring) -> String {
    s.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
      .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
      .replacingOccurrences(of: "&amp;", with: "&")
  }

  /// A page's body.
  static func page(_ client: some TestClientProtocol, _ uri: String) async throws -> (
    HTTPResponse.Status, String
  ) {
    var out: (HTTPResponse.Status, String) = (.ok, "")
    try await client.execute(uri: uri, method: .get) { r in out = (r.status, String(buffer: r.body))
    }
    return out
  }

  /// The events of an API query (every one: the examples hold fewer than 1,000), and its total.
  static func events(_ client: some TestClientProtocol, _ query: String) async throws -> (
    [[String: Any]], Int
  ) {
    let (_, body) = try await page(client, "/api/events?limit=1000&" + query)
    let o = try JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any] ?? [:]
    return (o["events"] as? [[String: Any]] ?? [], o["total"] as? Int ?? -1)
  }

  /// What a page's link (`/events?…`) finds, through the API.
  static func linked(_ client: some TestClientProtocol, _ href: Substring) async throws -> (
    [[String: Any]], Int
  ) {
    let uri = unescaped(href)
    #expect(uri.hasPrefix("/events?"), "\(uri)")
    return try await events(client, String(uri.dropFirst("/events?".count)))
  }

  @Test(
    "the map's places and their counts by quad class are those of the query's events, and each link finds them",
    arguments: ["", "actor=RUS", "dyad=USA,CHN", "quad=3,4", "text=diplomats"])
  func mapCounts(_ query: String) async throws {
    let app = try await ServerSupport.app()
    try await app.test(.router) { client in
      let (all, total) = try await Self.events(client, query)
      #expect(total == all.count)
      var expected: [String: [Int]] = [:]
      for e in all {
        guard let l = e["location"] as? [String: Any], let name = l["name"] as? String,
          let quad = e["quad_class"] as? Int
        else { continue }
        expected[name.lowercased(), default: [0, 0, 0, 0]][quad - 1] += 1
      }
      let (status, html) = try await Self.page(client, "/map?" + query)
      #expect(status == .ok)
      #expect(html.contains("<svg class=\"map\""))
      #expect(html.contains("\(total) event"), "the summary counts \(total)")
      let row =
        /<tr><td><a href="([^"]*)">([^<]*)<\/a><\/td><td>[^<]*<\/td><td>(\d+)<\/td>((?:<td>[^\n]*?<\/td>){4})<\/tr>/
      var shown: [String: [Int]] = [:]
      for m in html.matches(of: row) {
        let cells = m.output.4.matches(of: /<td>(?:<a href="([^"]*)">)?(\d+)/)
        let counts = cells.map { Int($0.output.2) ?? -1 }
        let name = Self.unescaped(m.output.2)
        shown[name.lowercased()] = counts
        #expect(Int(m.output.3) == counts.reduce(0, +))
        // The place's link, and each class's, find its events.
        let (linked, n) = try await Self.linked(client, m.output.1)
        #expect(n == Int(m.output.3), "\(name)")
        #expect(
          linked.allSatisfy { ($0["location"] as? [String: Any])?["name"] as? String == name })
        for (k, c) in cells.enumerated() {
          guard let href = c.output.1 else { continue }
          #expect(try await Self.linked(client, href).1 == counts[k], "\(name) quad \(k + 1)")
        }
      }
      #expect(shown == expected)
      // The points: one slice per place and class with events, titled with its count.
      let slices = html.matches(
        of: /<title>([^<]*): (\d+) (verbal|material) (cooperation|conflict)<\/title>/)
      #expect(
        slices.reduce(0) { $0 + (Int($1.output.2) ?? 0) } == expected.values.joined().reduce(0, +))
      #expect(slices.count == expected.values.joined().filter { $0 > 0 }.count)
    }
  }

  @Test("the map draws the world's outlines and the four classes' legend")
  func mapDrawing() async throws {
    #expect(WorldMap.countries.count > 150)
    let p = WorldMap.point(lon: 0, lat: 0)
    #expect(abs(p.x - WorldMap.width / 2) < 0.01)
    #expect(WorldMap.point(lon: -180, lat: 0).x < 1 && WorldMap.point(lon: 180, lat: 0).x > 959)
    let app = try await ServerSupport.app()
    try await app.test(.router) { client in
      let (_, html) = try await Self.page(client, "/map")
      #expect(html.matches(of: /<path d="M[^"]*Z"><title>/).count == WorldMap.countries.count)
      for name in PageRoutes.quadNames { #expect(html.contains("</svg> \(name)</li>")) }
      #expect(!html.contains("<script"))
    }
  }

  @Test(
    "the network's pairs, counts and mean Goldstein scores are those of the query, and each edge's link finds them",
    arguments: ["pairs=200", "actor=RUS&pairs=200", "pairs=3"])
  func networkCounts(_ query: String) async throws {
    let app = try await ServerSupport.app()
    try await app.test(.router) { client in
      let (all, _) = try await Self.events(client, query)
      var expected: [String: Int] = [:]
      for e in all {
        guard let s = e["source"] as? [String: Any], let t = e["target"] as? [String: Any],
          let a = s["country"] as? String, let b = t["country"] as? String
        else { continue }
        expected[[a, b].sorted().joined(separator: ","), default: 0] += 1
      }
      let (status, html) = try await Self.page(client, "/network?" + query)
      #expect(status == .ok)
      let row =
        /<tr><td>([^<]*)<\/td><td>([^<]*)<\/td><td><a href="([^"]*)">(\d+)<\/a><\/td><td>(-?[\d.]+)<\/td><\/tr>/
      var shown: [String: Int] = [:]
      var distinct = 0
      for m in html.matches(of: row) {
        let a = String(m.output.1.prefix(while: { $0 != " " }))
        let b = String(m.output.2.prefix(while: { $0 != " " }))
        let count = Int(m.output.4) ?? -1
        shown[a + "," + b] = count
        if a != b { distinct += 1 }
        let (linked, n) = try await Self.linked(client, m.output.3)
        #expect(n == count, "\(a)–\(b)")
        let mean = linked.reduce(0.0) { $0 + ($1["goldstein"] as? Double ?? 0) } / Double(n)
        #expect(String(format: "%.1f", mean) == m.output.5, "\(a)–\(b)")
      }
      let most = query.contains("pairs=3") ? 3 : 200
      let top = expected.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(most)
      #expect(shown == Dictionary(uniqueKeysWithValues: top.map { ($0.key, $0.value) }))
      #expect(html.components(separatedBy: "<line ").count - 1 == distinct)
    }
  }

  /// Whether an event (as the API gives it) has `key` on a side, as the `actor` filter reads a
  /// country (its country column) or an organisation (its code and those under it).
  static func has(_ e: [String: Any], _ key: String) -> Bool {
    ["source", "target"].contains { side in
      guard let a = e[side] as? [String: Any] else { return false }
      if Actor.isOrganisation(key) { return (a["code"] as? String)?.hasPrefix(key) == true }
      return a["country"] as? String == key
    }
  }

  @Test(
    "each node links to its actor's events among the query's",
    arguments: [
      "pairs=200", "actor=RUS&pairs=200", "actor=USAGOV", "dyad=USA,CHN", "quad=4&pairs=200",
      "actor=RUS,GBR",
    ])
  func networkNodes(_ query: String) async throws {
    let app = try await ServerSupport.app()
    try await app.test(.router) { client in
      let (all, _) = try await Self.events(client, query)
      let ids = Set(all.compactMap { $0["id"] as? String })
      let (status, html) = try await Self.page(client, "/network?" + query)
      #expect(status == .ok)
      let node =
        /(?:<a href="([^"]*)">)?<g><circle [^>]*><title>([A-Z]+)[^<]*: (\d+) events?<\/title>/
      let nodes = html.matches(of: node)
      #expect(nodes.count > 1, "\(query)")
      var linkedNodes = 0
      for m in nodes {
        let key = String(m.output.2)
        let activity = Int(m.output.3) ?? -1
        guard let href = m.output.1 else {
          // Only a query with several actors of its own has actors it cannot link.
          #expect(query.hasPrefix("actor=RUS,GBR") && !["RUS", "GBR"].contains(key), "\(key)")
          continue
        }
        linkedNodes += 1
        let (linked, n) = try await Self.linked(client, href)
        let expected = all.filter { Self.has($0, key) }
        #expect(n == expected.count, "\(query): \(key)")
        #expect(n >= activity, "\(query): \(key)")
        #expect(linked.allSatisfy { Self.has($0, key) }, "\(query): \(key)")
        #expect(
          Set(linked.compactMap { $0["id"] as? String }).isSubset(of: ids), "\(query): \(key)")
      }
      #expect(linkedNodes > 1, "\(query)")
    }
  }

  @Test("bad parameters are 400s naming them; what a request says is escaped on both pages")
  func errorsAndEscaping() async throws {
    let app = try await ServerSupport.app()
    try await app.test(.router) { client in
      for (uri, says) in [
        ("/map?from=yesterday-ish", "not a date"), ("/network?quad=9", "quad"),
        ("/network?pairs=x", "pairs"), ("/network?pairs=0", "pairs"),
        ("/map?actor=XYZ", "XYZ"),
      ] {
        let (status, html) = try await Self.page(client, uri)
        #expect(status == .badRequest, "\(uri)")
        #expect(html.contains(says), "\(uri)")
      }
      let typed = "%22%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E%20%26%20'x'"
      let echoed = "&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; &#39;x&#39;"
      for path in ["/map", "/network"] {
        for uri in ["\(path)?outlet=\(typed)", "\(path)?place=\(typed)&text=\(typed)"] {
          let (status, html) = try await Self.page(client, uri)
          #expect(status != .internalServerError, "\(uri)")
          #expect(html.contains("value=\"\(echoed)\""), "\(uri)")
          #expect(!html.contains("<script"), "\(uri)")
        }
      }
    }
  }
}
