import DetenteCore
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import DetenteServer

@Suite("Pages")
struct PageTests {
  @Test("every page renders, with the search box, for a narrow screen too")
  func pages() async throws {
    let app = try await ServerSupport.app()
    try await app.test(.router) { client in
      for uri in [
        "/", "/articles", "/articles/biden-xi-bali", "/events", "/events?dyad=USA,CHN&cameo=04",
        "/meetings", "/meetings?dyad=USA,CHN", "/timeline?dyad=GBR,RUS", "/events?text=diplomats",
      ] {
        try await client.execute(uri: uri, method: .get) { r in
          #expect(r.status == .ok, "\(uri)")
          #expect(r.headers[.contentType]?.hasPrefix("text/html") == true)
          let html = String(buffer: r.body)
          #expect(html.contains("<form class=\"search\" action=\"/events\""), "\(uri)")
          #expect(html.contains("name=\"viewport\""))
          #expect(!html.contains("<script"), "\(uri) has a script")
        }
      }
    }
  }

  @Test("the article page marks actors, times, places and triggers, with events beside")
  func articlePage() async throws {
    let app = try await ServerSupport.app()
    try await app.test(.router) { client in
      try await client.execute(uri: "/articles/biden-xi-bali", method: .get) { r in
        let html = String(buffer: r.body)
        #expect(html.contains("<mark class=\"actor\""))
        #expect(html.contains("<mark class=\"time\""))
        #expect(html.contains("<mark class=\"place\""))
        #expect(html.contains("<mark class=\"trigger\""))
        #expect(html.contains("<a href=\"/events/e-"))
      }
    }
  }

  @Test("the timeline page draws an SVG chart whose bars link to their events")
  func timeline() async throws {
    let app = try await ServerSupport.app()
    try await app.test(.router) { client in
      try await client.execute(uri: "/timeline?dyad=GBR,RUS", method: .get) { r in
        let html = String(buffer: r.body)
        #expect(html.contains("<svg"))
        #expect(html.contains("<rect"))
        #expect(
          html.contains(
            "<a href=\"/events?dyad=GBR,RUS&amp;counted_from=2018-03&amp;counted_to=2018-03&amp;modality=occurred\">"
          ))
      }
    }
  }

  @Test("a bad filter on a page is a message, unknown ids are 404 pages")
  func pageErrors() async throws {
    let app = try await ServerSupport.app()
    try await app.test(.router) { client in
      try await client.execute(uri: "/events?from=yesterday-ish", method: .get) { r in
        #expect(r.status == .badRequest)
        #expect(String(buffer: r.body).contains("not a date"))
      }
      try await client.execute(uri: "/articles/nothing", method: .get) { r in
        #expect(r.status == .notFound)
      }
      try await client.execute(uri: "/events/e-nothing", method: .get) { r in
        #expect(r.status == .notFound)
      }
    }
  }

  @Test("no page template writes a value unescaped: no {{{value}}}, {{& value}} nor new delimiters")
  func templatesEscape() {
    for t in HTML.Template.allCases {
      #expect(!t.text.contains(/\{\{\s*[{&=]/), "\(t.rawValue) writes a value as it is")
    }
  }

  @Test(
    "article text and what a request says are escaped on every page that shows them: <script> and \"><img onerror=…> stay text"
  )
  func escaping() async throws {
    let app = try await ServerSupport.app()
    try await app.test(.router) { client in
      // The hostile article's event in the sentence with the <img>, and its meeting.
      func items(_ uri: String, _ key: String) async throws -> [[String: Any]] {
        var items: [[String: Any]] = []
        try await client.execute(uri: uri, method: .get) { r in
          let o = try JSONSerialization.jsonObject(with: Data(String(buffer: r.body).utf8))
          items = (o as? [String: Any])?[key] as? [[String: Any]] ?? []
        }
        return items
      }
      let event =
        try await items("/api/events?article=hostile", "events")
        .first { "\($0["sentence"] ?? "")".contains("onerror") }?["id"] as? String ?? ""
      let meeting =
        try await items("/api/meetings?person=Sergei+Lavrov", "meetings").first?["id"] as? String
        ?? ""
      #expect(!event.isEmpty && !meeting.isEmpty)
      let title = "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;"
      let sentence = "&quot;&gt;&lt;img onerror=alert(1) src=x&gt;"
      let met = "&lt;script&gt;alert(2)&lt;/script&gt; in "
      // What a request says comes back in the search box, the filters, a message or a heading.
      let typed = "%22%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E%20%26%20'x'"
      let echoed = "&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; &#39;x&#39;"
      let pages: [(uri: String, shows: [String])] = [
        ("/articles/hostile", [title, sentence, "&lt;i&gt;Wire&lt;/i&gt;", met]),
        ("/articles", [title]), ("/", [title]), ("/events?text=diplomats", []),
        ("/events?article=hostile", [sentence]), ("/events/\(event)", [title, sentence]),
        ("/meetings?person=Sergei+Lavrov", [met]), ("/meetings/\(meeting)", [met]),
        ("/events?text=\(typed)", ["value=\"\(echoed)\""]),
        ("/events?outlet=\(typed)&person=\(typed)", ["value=\"\(echoed)\""]),
        ("/meetings?person=\(typed)", ["value=\"\(echoed)\""]),
        ("/meetings?from=\(typed)", ["value=\"\(echoed)\""]),
        ("/timeline?dyad=\(typed),RUS", [echoed]),
      ]
      for (uri, shows) in pages {
        try await client.execute(uri: uri, method: .get) { r in
          let html = String(buffer: r.body)
          #expect(r.status.code < 500, "\(uri)")
          #expect(!html.contains("<script>alert"), "\(uri)")
          #expect(!html.contains("<img onerror"), "\(uri)")
          #expect(!html.contains("<b>loudly"), "\(uri)")
          #expect(!html.contains("<i>Wire"), "\(uri)")
          #expect(!html.contains("href=\"javascript:"), "\(uri)")
          for text in shows { #expect(html.contains(text), "\(uri) does not show \(text)") }
        }
      }
      try await client.execute(uri: "/articles/hostile", method: .get) { r in
        #expect(r.headers[.contentSecurityPolicy]?.contains("default-src 'none'") == true)
      }
      try await client.execute(uri: "/api/articles/hostile", method: .get) { r in
        // In JSON the text stays as it was, as data.
        let o =
          try JSONSerialization.jsonObject(with: Data(String(buffer: r.body).utf8))
          as? [String: Any]
        let article = o?["article"] as? [String: Any]
        #expect(article?["title"] as? String == ServerSupport.hostileTitle)
        #expect(r.headers[.contentType]?.hasPrefix("application/json") == true)
      }
    }
  }
}
