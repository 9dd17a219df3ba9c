import DetenteCore
import DetenteServer
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@Suite("API")
struct APITests {
  /// The OpenAPI document in the repository.
  static var spec: [String: Any] {
    let url = ServerSupport.root.appendingPathComponent("docs/openapi.json")
    let data = (try? Data(contentsOf: url)) ?? Data()
    return (try? JSONSerialization.jsonObject(with: data) as? [String: Any]) ?? [:]
  }

  static func schema(_ ref: String) -> [String: Any] {
    let name = ref.replacingOccurrences(of: "#/components/schemas/", with: "")
    let schemas = (spec["components"] as? [String: Any])?["schemas"] as? [String: Any]
    return schemas?[name] as? [String: Any] ?? [:]
  }

  /// Problems of `value` against `schema`: required keys, and the items of arrays and the
  /// properties that refer to other schemas.
  static func check(_ value: Any, _ schema: [String: Any], _ path: String = "") -> [String] {
    var s = schema
    if let ref = s["$ref"] as? String { s = Self.schema(ref) }
    var problems: [String] = []
    if let required = s["required"] as? [String] {
      guard let o = value as? [String: Any] else { return ["\(path): not an object"] }
      for k in required where o[k] == nil { problems.append("\(path).\(k) missing") }
      for (k, p) in s["properties"] as? [String: Any] ?? [:] {
        guard let v = o[k], !(v is NSNull), let ps = p as? [String: Any] else { continue }
        if ps["$ref"] != nil || ps["required"] != nil { problems += check(v, ps, "\(path).\(k)") }
        if let items = ps["items"] as? [String: Any], let a = v as? [Any] {
          for (i, item) in a.prefix(5).enumerated()
          where items["$ref"] != nil || items["required"] != nil {
            problems += check(item, items, "\(path).\(k)[\(i)]")
          }
        }
      }
    }
    return problems
  }

  static func json(_ buffer: ByteBuffer) -> Any? {
    try? JSONSerialization.jsonObject(with: Data(String(buffer: buffer).utf8))
  }

  @Test("the OpenAPI document is in the repository and names every route")
  func specExists() {
    let paths = Self.spec["paths"] as? [String: Any] ?? [:]
    #expect(
      Set(paths.keys) == [
        "/api/events", "/api/events/{id}", "/api/articles", "/api/articles/{id}", "/api/meetings",
        "/api/meetings/{id}", "/api/timeline", "/api/actors",
      ])
  }

  @Test("every route answers what the OpenAPI document says")
  func routesMatchSpec() async throws {
    let app = try await ServerSupport.app()
    try await app.test(.router) { client in
      var eventId = ""
      try await client.execute(uri: "/api/events?dyad=USA,CHN&limit=5", method: .get) { r in
        #expect(r.status == .ok)
        #expect(r.headers[.contentType]?.hasPrefix("application/json") == true)
        let v = try #require(Self.json(r.body))
        #expect(Self.check(v, ["$ref": "#/components/schemas/EventPage"]) == [])
        let events = (v as? [String: Any])?["events"] as? [[String: Any]] ?? []
        #expect(!events.isEmpty)
        eventId = events.first?["id"] as? String ?? ""
      }
      var meetingId = ""
      try await client.execute(uri: "/api/meetings?limit=1", method: .get) { r in
        let o = Self.json(r.body) as? [String: Any]
        meetingId = ((o?["meetings"] as? [[String: Any]])?.first?["id"] as? String) ?? ""
      }
      #expect(!meetingId.isEmpty)
      let cases: [(String, String)] = [
        ("/api/meetings/\(meetingId)?limit=2", "MeetingDetail"),
        ("/api/events/\(eventId)", "Event"), ("/api/articles?limit=3", "ArticleList"),
        ("/api/articles/hostile", "ArticleDetail"), ("/api/meetings?dyad=USA,CHN", "MeetingList"),
        ("/api/meetings", "MeetingList"), ("/api/timeline?dyad=GBR,RUS&by=month", "Timeline"),
        ("/api/timeline?person=Biden&by=week", "Timeline"), ("/api/actors?limit=5", "ActorList"),
        ("/api/events?text=diplomats&cameo=16&sort=published&desc=1", "EventPage"),
      ]
      for (uri, ref) in cases {
        try await client.execute(uri: uri, method: .get) { r in
          #expect(r.status == .ok, "\(uri)")
          let v = try #require(Self.json(r.body), "\(uri) is not JSON")
          #expect(Self.check(v, ["$ref": "#/components/schemas/\(ref)"]) == [], "\(uri)")
        }
      }
      // Pages of events: `next` leads to the following page.
      try await client.execute(uri: "/api/events?limit=2", method: .get) { r in
        let next = (Self.json(r.body) as? [String: Any])?["next"] as? String
        #expect(next?.contains("offset=2") == true)
      }
    }
  }

  @Test(
    "bad parameters answer 400 naming the parameter; unknown ids and paths 404, as JSON",
    arguments: [
      ("/api/events?from=yesterday-ish", 400, "from"), ("/api/events?cameo=999", 400, "cameo"),
      ("/api/events?actor=XYZ", 400, "actor"), ("/api/events?dyad=USA", 400, "dyad"),
      ("/api/events?quad=9", 400, "quad"), ("/api/events?modality=maybe", 400, "modality"),
      ("/api/events?limit=5000", 400, "limit"), ("/api/events?offset=-1", 400, "offset"),
      ("/api/events?sort=random", 400, "sort"),
      ("/api/events?published_to=2013-13", 400, "published_to"),
      ("/api/articles?limit=x", 400, "limit"), ("/api/meetings?from=soon", 400, "from"),
      ("/api/meetings?dyad=USA", 400, "dyad"), ("/api/meetings?as_of=2013", 400, "as_of"),
      ("/api/timeline", 400, "dyad"),
      ("/api/timeline?dyad=USA,RUS&by=decade", 400, "by"), ("/api/actors?limit=-3", 400, "limit"),
      ("/api/events/e-nothing", 404, "id"), ("/api/articles/nothing", 404, "id"),
      ("/api/meetings/nothing", 404, "id"), ("/api/meetings?limit=1001", 400, "limit"),
      ("/api/meetings?offset=x", 400, "offset"), ("/api/actors?offset=1e99", 400, "offset"),
      ("/api/events?text=*", 400, "text"), ("/api/events?text_syntax=regex", 400, "text_syntax"),
      ("/api/events?text=NEAR(a%20b&text_syntax=fts", 400, "text"),
      ("/api/events?person=\(String(repeating: "x", count: 5000))", 400, "person"),
      (
        "/api/events?cameo=\(Array(repeating: "036", count: 101).joined(separator: ","))", 400,
        "cameo"
      ),
      (
        "/api/timeline?dyad=USA,RUS&actor=\(Array(repeating: "RUS", count: 600).joined(separator: ","))",
        400, "actor"
      ),
      ("/api/meetings?dyad=XYZ,QQQ", 400, "dyad"),
      ("/api/events?text=\(String(repeating: "a", count: 1500))", 400, "text"),
      ("/api", 404, ""), ("/api/", 404, ""),
      ("/api/nothing/here", 404, ""),
    ])
  func errors(_ uri: String, _ status: Int, _ parameter: String) async throws {
    let app = try await ServerSupport.app()
    try await app.test(.router) { client in
      try await client.execute(uri: uri, method: .get) { r in
        #expect(r.status.code == status, "\(uri)")
        let o = try #require(Self.json(r.body) as? [String: Any], "\(uri) is not JSON")
        #expect(Self.check(o, ["$ref": "#/components/schemas/Error"]) == [])
        #expect((o["parameter"] as? String ?? "") == parameter, "\(uri)")
      }
    }
  }

  @Test("the API is read-only")
  func readOnly() async throws {
    let app = try await ServerSupport.app()
    try await app.test(.router) { client in
      for method in [HTTPRequest.Method.post, .put, .delete, .patch] {
        try await client.execute(uri: "/api/events", method: method) { r in
          #expect(!(200..<300).contains(r.status.code))
        }
      }
    }
  }
}
