import DetenteCore
import DetenteServer
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

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
        #expect(html.contains("<a href=\"/events?dyad=GBR,RUS&amp;from=2018-03&amp;to=2018-03\">"))
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

  @Test("article text is escaped everywhere: <script> and \"><img onerror=…> stay text")
  func escaping() async throws {
    let app = try await ServerSupport.app()
    try await app.test(.router) { client in
      for uri in [
        "/articles/hostile", "/articles", "/", "/events?text=diplomats", "/events?article=hostile",
      ] {
        try await client.execute(uri: uri, method: .get) { r in
          let html = String(buffer: r.body)
          #expect(!html.contains("<script>alert"), "\(uri)")
          #expect(!html.contains("<img onerror"), "\(uri)")
          #expect(!html.contains("<b>loudly"), "\(uri)")
          #expect(!html.contains("href=\"javascript:"), "\(uri)")
        }
      }
      try await client.execute(uri: "/articles/hostile", method: .get) { r in
        let html = String(buffer: r.body)
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("&quot;&gt;&lt;img onerror=alert(1) src=x&gt;"))
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
