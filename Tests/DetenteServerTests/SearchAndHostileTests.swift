import DetenteCore
import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import Testing

@testable import DetenteServer

/// What a user types into a search box, and query strings nobody should send: every route
/// answers without a 5xx and without SQL.
@Suite("Search and hostile input")
struct SearchAndHostileTests {
  /// The searches of issue 26, and stray syntax.
  static let searches = [
    "U.S.", "Putin's", "G-20", "\"unterminated", "NEAR(a b", "<script>", "AND", "*", "-", "a:b",
    "(", "'", "OR", "NOT x", "x OR", "^", "\"\"", "a\"b\"c", "U.S.-Russia", "Putin’s", "{x}",
    "e-mail", "G20", "col:x*", "x AND (y", "'; DROP TABLE event; --", "G-20 summit",
    "G20 summit", "summit G20", "al-Assad Putin", "e-mail leak", "U.S. G20", "Putin -Xi",
    "G20,", "\"G-20 summit\"",
  ]

  static func json(_ b: ByteBuffer) -> [String: Any]? {
    try? JSONSerialization.jsonObject(with: Data(String(buffer: b).utf8)) as? [String: Any]
  }

  static func sentences(_ o: [String: Any]?) -> [String] {
    ((o?["events"] as? [[String: Any]]) ?? []).compactMap {
      ($0["sentence"] as? [String: Any])?["text"] as? String
    }
  }

  static func encoded(_ s: String) -> String {
    s.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
  }

  /// A response that must not be a server failure nor show SQL.
  static func expectClean(_ r: TestResponse, _ uri: String) {
    #expect(r.status.code < 500, "\(uri) answered \(r.status.code)")
    let body = String(buffer: r.body)
    for sql in ["SELECT ", "sentence_fts MATCH", "FROM event", "SQLite error"] {
      #expect(!body.contains(sql), "\(uri) shows SQL: \(body.prefix(300))")
    }
  }

  @Test("the searches people type answer 200 or 400 on /api/events and /events, never SQL")
  func searchBox() async throws {
    let app = try await ServerSupport.app()
    try await app.test(.router) { client in
      for text in Self.searches {
        for path in ["/api/events", "/events"] {
          let uri = "\(path)?text=\(Self.encoded(text))"
          try await client.execute(uri: uri, method: .get) { r in
            Self.expectClean(r, uri)
            #expect([200, 400].contains(r.status.code), "\(uri): \(r.status.code)")
          }
        }
      }
    }
  }

  @Test(
    "words with punctuation inside find the sentences that have them",
    arguments: [
      ("U.S.", ["U.S."]), ("Putin's", ["Putin's"]), ("G-20", ["G-20", "G20"]),
      ("G20", ["G-20", "G20"]), ("e-mail", ["e-mail"]), ("\"prime minister\"", ["prime minister"]),
      ("U.S. plan", ["U.S. plan"]), ("G-20 summit", ["G-20 summit"]),
      ("U.S. G-20", ["G-20"]), ("\"G20 summit\"", ["G-20 summit"]), ("\"unterminated", []),
      ("NEAR(a b", []), ("AND", ["and"]),
    ])
  func wordsFind(_ text: String, _ expected: [String]) async throws {
    let app = try await ServerSupport.app()
    try await app.test(.router) { client in
      try await client.execute(uri: "/api/events?text=\(Self.encoded(text))", method: .get) { r in
        #expect(r.status == .ok, "\(text)")
        let found = Self.sentences(Self.json(r.body))
        if expected.isEmpty {
          #expect(found.isEmpty, "\(text) found \(found)")
        } else {
          #expect(!found.isEmpty, "\(text) found nothing")
          for s in found {
            #expect(expected.contains { s.localizedCaseInsensitiveContains($0) }, "\(text): \(s)")
          }
        }
      }
    }
  }

  @Test("G-20 finds both spellings, and a form's + is a space")
  func spellings() async throws {
    let app = try await ServerSupport.app()
    try await app.test(.router) { client in
      try await client.execute(uri: "/api/events?text=G-20", method: .get) { r in
        let found = Self.sentences(Self.json(r.body))
        #expect(found.contains { $0.contains("G-20") } && found.contains { $0.contains("G20") })
      }
      try await client.execute(
        uri: "/api/events?person=Vladimir+Putin&text=U.S.+President", method: .get
      ) { r in
        #expect(r.status == .ok)
        #expect(Self.sentences(Self.json(r.body)).count == 1)
      }
    }
  }

  @Test(
    "FTS5 syntax only when asked for; what FTS5 refuses is a 400 naming text",
    arguments: [
      ("G20 OR Putin", 200), ("Puti*", 200), ("NEAR(Putin Obama, 5)", 200), ("text:Putin", 200),
      ("NEAR(a b", 400), ("\"unterminated", 400), ("a:b", 400), ("(", 400), ("AND", 400),
      ("Putin's", 400),
    ])
  func ftsSyntax(_ text: String, _ status: Int) async throws {
    let app = try await ServerSupport.app()
    try await app.test(.router) { client in
      let uri = "/api/events?text_syntax=fts&text=\(Self.encoded(text))"
      try await client.execute(uri: uri, method: .get) { r in
        Self.expectClean(r, uri)
        #expect(r.status.code == status, "\(text): \(String(buffer: r.body))")
        if status == 400 { #expect(Self.json(r.body)?["parameter"] as? String == "text") }
        if status == 200 { #expect(!Self.sentences(Self.json(r.body)).isEmpty, "\(text)") }
      }
      let page = "/events?text_syntax=fts&text=\(Self.encoded(text))"
      try await client.execute(uri: page, method: .get) { r in
        #expect(r.status.code == status, "\(page)")
        Self.expectClean(r, page)
      }
    }
  }

  /// Every route, with ids that exist.
  static let routes = [
    "/", "/articles", "/articles/hostile", "/events", "/events/ID", "/meetings", "/meetings/MID",
    "/timeline", "/api/events", "/api/events/ID", "/api/articles", "/api/articles/hostile",
    "/api/meetings", "/api/meetings/MID", "/api/timeline", "/api/actors", "/api/nothing",
    "/events/%FF%FE", "/meetings/%00", "/api/meetings/..%2F..%2Fetc", "/articles/%E2%80%A2",
    "/nothing/here",
  ]

  /// Query strings: every parameter name the routes read (and unknown ones), with values that
  /// are empty, repeated, absurd, over-long, not UTF-8, or syntax.
  static func hostileQueries() -> [String] {
    let names = [
      "text", "text_syntax", "limit", "offset", "actor", "source", "target", "dyad", "person",
      "cameo", "plover", "quad", "modality", "from", "to", "published_from", "published_to",
      "counted_from", "counted_to",
      "outlet", "article", "sort", "desc", "by", "unknown", "",
    ]
    let values = [
      "", "-1", "1e99", "999999999", "9223372036854775807", "-9223372036854775808",
      "0x10", "1.5", "%FF%FE", "%C3%28", "%00", "%", "%2", "%ZZ", "a%", "+", "%2B", "U.S.",
      "NEAR(a%20b", "%22", "'", "*", "XYZ", "USA,", ",", "USA,RUS,CHN", "9999-99-99", "2013-02-30",
      "fts", "words", String(repeating: "a", count: 100_000),
      String(repeating: "%E2%80%A2", count: 2000),
      "%3Cscript%3E", "%0D%0ASet-Cookie:x", "..%2F..%2Fetc%2Fpasswd", "1;DROP%20TABLE%20event",
    ]
    var out: [String] = []
    for (i, n) in names.enumerated() {
      for (j, v) in values.enumerated() where (i + j) % 3 == 0 || n == "text" || n == "limit" {
        out.append("\(n)=\(v)")
      }
    }
    // Repeated and combined parameters, and ones without a value.
    out += [
      "limit=1&limit=2000", "offset=5&offset=-5", "text&limit", "&&&", "=", "==", "a=b=c",
      "dyad=USA&dyad=RUS", "text=U.S.&text_syntax=fts", "text_syntax=fts&text=%22",
      "from=2013&to=2012", "limit=0", "offset=999999999999", "limit=1000&offset=1000000000000",
      "quad=0", "quad=1,2,3,4,5", "cameo=16,999", "person=%25", "person=_", "outlet=%25%25",
    ]
    return out
  }

  @Test("a few hundred hostile query strings on every route: no 5xx, no SQL")
  func hostileQueryStrings() async throws {
    let app = try await ServerSupport.app()
    let queries = Self.hostileQueries()
    #expect(queries.count >= 300)
    try await app.test(.router) { client in
      var eventId = ""
      var meetingId = ""
      try await client.execute(uri: "/api/events?limit=1", method: .get) { r in
        eventId =
          ((Self.json(r.body)?["events"] as? [[String: Any]])?.first?["id"] as? String) ?? ""
      }
      try await client.execute(uri: "/api/meetings?limit=1", method: .get) { r in
        meetingId =
          ((Self.json(r.body)?["meetings"] as? [[String: Any]])?.first?["id"] as? String) ?? ""
      }
      #expect(!eventId.isEmpty && !meetingId.isEmpty)
      var sent = 0
      for route in Self.routes {
        let path = route.replacingOccurrences(of: "/MID", with: "/\(meetingId)")
          .replacingOccurrences(of: "/ID", with: "/\(eventId)")
        for q in queries {
          let uri = path + "?" + q
          try await client.execute(uri: uri, method: .get) { r in Self.expectClean(r, uri) }
          sent += 1
        }
      }
      #expect(sent == Self.routes.count * queries.count)
    }
  }

  @Test("a handler that fails answers a plain error with a request id, and logs what failed")
  func unexpectedFailure() async throws {
    struct Broken: Error, CustomStringConvertible {
      var description: String { "SELECT * FROM secret failed" }
    }
    let log = LogCollector()
    let router = Router()
    router.add(middleware: FailureMiddleware())
    router.get("api/broken") { _, _ -> Response in throw Broken() }
    router.get("broken") { _, _ -> Response in throw Broken() }
    var logger = Logger(label: "test") { _ in log.handler }
    logger.logLevel = .info
    let app = Application(router: router, logger: logger)
    try await app.test(.router) { client in
      try await client.execute(uri: "/api/broken", method: .get) { r in
        #expect(r.status == .internalServerError)
        let o = try #require(Self.json(r.body))
        let id = try #require(o["request_id"] as? String)
        #expect((o["error"] as? String)?.contains(id) == true)
        #expect(!String(buffer: r.body).contains("SELECT"))
        #expect(
          log.lines.contains { $0.contains(id) && $0.contains("SELECT * FROM secret failed") })
      }
      try await client.execute(uri: "/broken", method: .get) { r in
        #expect(r.status == .internalServerError)
        #expect(r.headers[.contentType]?.hasPrefix("text/html") == true)
        #expect(String(buffer: r.body).contains("logged as request"))
      }
    }
  }

  @Test("the API only reads: any other method is 405 with Allow: GET, as JSON")
  func otherMethods() async throws {
    let app = try await ServerSupport.app()
    try await app.test(.router) { client in
      for (method, uri) in [
        (HTTPRequest.Method.post, "/api/events"), (.delete, "/api/events/e-0000000000"),
        (.put, "/api"), (.patch, "/api/nothing"), (.head, "/api/articles"),
        (HTTPRequest.Method(rawValue: "QUERY")!, "/api/actors"),
      ] {
        try await client.execute(uri: uri, method: method) { r in
          #expect(r.status == .methodNotAllowed, "\(method) \(uri)")
          #expect(r.headers[.allow] == "GET")
          #expect(r.headers[.contentType]?.hasPrefix("application/json") == true)
        }
      }
      // The pages are not the API: an unknown method there is not found.
      try await client.execute(uri: "/events", method: .post) { r in
        #expect(r.status == .notFound)
      }
    }
  }

  @Test("a request line far over 80 KB reaches the API and is a 400 naming the parameter")
  func longRequestLine() async throws {
    let store = try await ServerSupport.store()
    let app = DetenteServer.application(
      store: store, lexicon: ServerSupport.lexicon, port: 0)
    try await app.test(.live) { client in
      let value = String(repeating: "%F0%9F%8C%8D", count: 9_000)  // 108 KB encoded
      try await client.execute(uri: "/api/events?person=\(value)", method: .get) { r in
        #expect(r.status == .badRequest)
        #expect(String(buffer: r.body).contains("\"parameter\":\"person\""))
      }
    }
  }
}

/// Log lines kept for a test (message, metadata and the request id).
final class LogCollector: @unchecked Sendable {
  private let lock = NSLock()
  private var kept: [String] = []

  var lines: [String] { lock.withLock { kept } }

  func append(_ line: String) { lock.withLock { kept.append(line) } }

  /// A handler that writes here.
  var handler: CollectingHandler { CollectingHandler(collector: self) }
}

/// A log handler that writes every line to a ``LogCollector``.
struct CollectingHandler: LogHandler {
  let collector: LogCollector
  var metadata: Logger.Metadata = [:]
  var logLevel: Logger.Level = .trace

  subscript(metadataKey key: String) -> Logger.Metadata.Value? {
    get { metadata[key] }
    set { metadata[key] = newValue }
  }

  func log(
    level: Logger.Level, message: Logger.Message, metadata: Logger.Metadata?, source: String,
    file: String, function: String, line: UInt
  ) {
    let all = self.metadata.merging(metadata ?? [:]) { $1 }
    collector.append(
      "\(level) \(message) " + all.map { "\($0.key)=\($0.value)" }.sorted().joined(separator: " "))
  }
}
