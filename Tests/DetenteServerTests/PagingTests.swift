import DetenteCore
import DetenteServer
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// Lists that grow with the store are answered a page at a time, and say how to go on.
@Suite("Pages of lists")
struct PagingTests {
  static func json(_ b: ByteBuffer) -> [String: Any] {
    (try? JSONSerialization.jsonObject(with: Data(String(buffer: b).utf8)) as? [String: Any])
      ?? [:]
  }

  /// Follows `next` from `uri` to the end, and gives the ids seen and the first page's total.
  static func walk(_ client: some TestClientProtocol, _ uri: String, _ key: String) async throws
    -> (ids: [String], total: Int)
  {
    var ids: [String] = []
    var total = -1
    var next: String? = uri
    var pages = 0
    while let u = next, pages < 100 {
      try await client.execute(uri: u, method: .get) { r in
        #expect(r.status == .ok, "\(u)")
        let o = Self.json(r.body)
        if total < 0 { total = o["total"] as? Int ?? -1 }
        let items = o[key] as? [[String: Any]] ?? []
        #expect(o["count"] as? Int == items.count)
        ids += items.map { ($0["id"] as? String) ?? ($0["code"] as? String) ?? "" }
        next = o["next"] as? String
      }
      pages += 1
    }
    return (ids, total)
  }

  @Test(
    "following next visits every item once, and the total says how many",
    arguments: [
      ("/api/meetings?limit=1", "meetings"), ("/api/articles?limit=2", "articles"),
      ("/api/events?limit=3", "events"), ("/api/actors?limit=4", "actors"),
    ])
  func followNext(_ uri: String, _ key: String) async throws {
    let app = try await ServerSupport.app()
    try await app.test(.router) { client in
      let (ids, total) = try await Self.walk(client, uri, key)
      #expect(total > 1, "\(uri)")
      #expect(ids.count == total, "\(uri)")
      #expect(Set(ids).count == ids.count, "\(uri) repeats an item")
    }
  }

  @Test("a meeting in the list has counts and at most five latest reports; its page has all")
  func meetingDetail() async throws {
    let app = try await ServerSupport.app()
    try await app.test(.router) { client in
      var meetings: [[String: Any]] = []
      try await client.execute(uri: "/api/meetings?limit=1000", method: .get) { r in
        meetings = Self.json(r.body)["meetings"] as? [[String: Any]] ?? []
      }
      #expect(!meetings.isEmpty)
      for m in meetings {
        let id = m["id"] as? String ?? ""
        let reports = m["reports"] as? Int ?? 0
        let latest = m["latest"] as? [[String: Any]] ?? []
        #expect(latest.count == min(5, reports))
        #expect((m["stories"] as? Int ?? 0) >= 1)
        let counts = m["status_counts"] as? [String: Int] ?? [:]
        #expect(counts.values.reduce(0, +) == reports)
        // The whole history, one report a page.
        var seen: [String] = []
        var next: String? = "/api/meetings/\(id)?limit=1"
        while let u = next {
          try await client.execute(uri: u, method: .get) { r in
            let o = Self.json(r.body)
            #expect(o["total"] as? Int == reports)
            #expect((o["meeting"] as? [String: Any])?["id"] as? String == id)
            seen += (o["history"] as? [[String: Any]] ?? []).compactMap { $0["event"] as? String }
            next = o["next"] as? String
          }
        }
        #expect(seen.count == reports)
        // The list's latest reports are the history's last ones.
        #expect(Array(seen.suffix(latest.count)) == latest.compactMap { $0["event"] as? String })
        try await client.execute(uri: "/meetings/\(id)", method: .get) { r in
          #expect(r.status == .ok)
          #expect(String(buffer: r.body).contains("report"))
        }
      }
    }
  }

  @Test("pages say which items they show and link to the next page")
  func htmlPages() async throws {
    let app = try await ServerSupport.app()
    try await app.test(.router) { client in
      for (uri, noun) in [
        ("/meetings?limit=1", "meetings"), ("/articles?limit=1", "articles"),
        ("/events?limit=1", "events"),
      ] {
        try await client.execute(uri: uri, method: .get) { r in
          let html = String(buffer: r.body)
          #expect(r.status == .ok)
          #expect(html.contains("1–1 of "), "\(uri)")
          #expect(html.contains(" \(noun)"), "\(uri)")
          #expect(html.contains("offset=1\">Next 1</a>"), "\(uri)")
        }
      }
      for uri in ["/meetings/nothing", "/no/such/page"] {
        try await client.execute(uri: uri, method: .get) { r in
          #expect(r.status == .notFound)
          #expect(String(buffer: r.body).contains("<nav>"), "\(uri) is a page")
        }
      }
      try await client.execute(uri: "/meetings?limit=-1", method: .get) { r in
        #expect(r.status == .badRequest)
        #expect(String(buffer: r.body).contains("limit"))
      }
    }
  }

  @Test("next keeps odd parameter names as they were sent, and the answer stays JSON")
  func oddNames() async throws {
    let app = try await ServerSupport.app()
    try await app.test(.router) { client in
      for (uri, name) in [
        ("/api/events?limit=1&a%22b=1", "a%22b"), ("/api/actors?limit=1&x%23y=1", "x%23y"),
        ("/api/articles?limit=1&a%26b=1", "a%26b"), ("/api/meetings?limit=1&c%5Cd=1", "c%5Cd"),
      ] {
        try await client.execute(uri: uri, method: .get) { r in
          #expect(r.status == .ok, "\(uri)")
          let next = Self.json(r.body)["next"] as? String
          #expect(next?.contains("\(name)=1") == true, "\(uri): \(next ?? "no next")")
          #expect(next?.hasSuffix("offset=1") == true, "\(uri): \(next ?? "no next")")
        }
      }
    }
  }
}
