import DetenteCore
import DetenteStore
import Foundation
import Hummingbird

/// The server-rendered pages: no JavaScript, nothing fetched from elsewhere, everything escaped.
struct PageRoutes {
  let store: any EventStore
  let lexicon: Lexicon

  func add(to router: Router<BasicRequestContext>) {
    router.get("/") { _, _ in try await home() }
    router.get("articles") { request, _ in try await articles(request) }
    router.get("articles/:id") { _, context in try await article(context.parameters.require("id")) }
    router.get("events") { request, _ in try await events(request) }
    router.get("events/:id") { _, context in try await event(context.parameters.require("id")) }
    router.get("meetings") { request, _ in try await meetings(request) }
    router.get("meetings/:id") { request, context in
      try await meeting(request, id: context.parameters.require("id"))
    }
    router.get("timeline") { request, _ in try await timeline(request) }
    // Any other path is a page that says so, with the navigation to go on from.
    router.get("**") { request, _ in
      HTMLBody.response(
        status: .notFound,
        HTML.page(
          title: "Not found",
          body: "<p>There is no page \(HTML.escape(request.uri.path)) here.</p>"))
    }
  }

  func home() async throws -> Response {
    let o = try await store.overview(recent: 10)
    let list = o.recent.map { a in
      "<li><a href=\"/articles/\(HTML.escape(a.id.urlPath))\">\(HTML.escape(a.title))</a> <span class=\"muted\">\(HTML.escape(a.published ?? ""))</span></li>"
    }.joined()
    let body = """
      <p>\(o.articles) articles, \(o.events) events, \(o.clusters) linked events and meetings.</p>
      <h2>Recent articles</h2><ul>\(list)</ul>
      """
    return HTMLBody.response(HTML.page(title: "Detente", body: body))
  }

  func articles(_ request: Request) async throws -> Response {
    let p = QueryParameters(request)
    let asked: (limit: Int, offset: Int)
    do { asked = try p.listPage(defaultLimit: 100) } catch let e as APIError {
      return Self.problem("Articles", e)
    }
    let (limit, offset) = asked
    let page = try await store.articlePage(limit: limit, offset: offset)
    let rows = page.items.map { a in
      "<tr><td>\(HTML.escape(a.published ?? ""))</td><td><a href=\"/articles/\(HTML.escape(a.id.urlPath))\">\(HTML.escape(a.title))</a></td><td>\(HTML.escape(a.outlet ?? ""))</td><td>\(a.eventCount)</td></tr>"
    }.joined()
    let body =
      Self.pageLine(page, noun: "article", next: p.next("/articles", offset: page.nextOffset))
      + "<table><tr><th>Published</th><th>Title</th><th>Outlet</th><th>Events</th></tr>\(rows)</table>"
    return HTMLBody.response(HTML.page(title: "Articles", body: body))
  }

  /// The choice of how the text filter is read.
  static func syntaxChoice(_ current: String?) -> String {
    let fts = current?.lowercased() == "fts"
    return
      "<label>Text as<select name=\"text_syntax\"><option value=\"words\"\(fts ? "" : " selected")>words</option><option value=\"fts\"\(fts ? " selected" : "")>FTS5 syntax</option></select></label>"
  }

  /// A 400 page for a parameter that cannot be used.
  static func problem(_ title: String, _ e: APIError, before: String = "", search: String = "")
    -> Response
  {
    HTMLBody.response(
      status: e.status,
      HTML.page(
        title: title, body: before + "<p class=\"warn\">\(HTML.escape(e.message))</p>",
        search: search))
  }

  /// "Showing 51–100 of 1,234 meetings · Next 50" above a list.
  static func pageLine<T>(_ page: Page<T>, noun: String, next: String?) -> String {
    let shown =
      page.items.isEmpty
      ? "No \(noun)s" + (page.total > 0 ? " on this page" : "")
      : "\(page.offset + 1)–\(page.offset + page.items.count)"
    let link = next.map { " · <a href=\"\(HTML.escape($0))\">Next \(page.limit)</a>" } ?? ""
    return
      "<p class=\"muted\">\(shown) of \(page.total) \(noun)\(page.total == 1 ? "" : "s")\(link)</p>"
  }

  /// The article's text with actors, times, places and triggers marked, and each sentence's
  /// events beside it.
  func article(_ id: String) async throws -> Response {
    guard let d = try await store.article(id: id) else {
      return HTMLBody.response(
        status: .notFound,
        HTML.page(title: "Not found", body: "<p>No article \(HTML.escape(id)).</p>"))
    }
    var html = """
      <p class="muted">\(HTML.escape(d.article.published ?? "no date")) \(HTML.escape(d.article.outlet ?? ""))
      \(d.article.url.flatMap { u in u.hasPrefix("https://") || u.hasPrefix("http://") ? "· <a href=\"\(HTML.escape(u))\" rel=\"noreferrer nofollow\">original</a>" : nil } ?? "")</p>
      <p class="muted"><mark class="actor">actor</mark> <mark class="time">time</mark> <mark class="place">place</mark> <mark class="trigger">event</mark></p>
      """
    for s in d.sentences {
      var marks: [(text: String, kind: String, title: String)] = []
      for m in s.mentions where !m.text.isEmpty { marks.append((m.text, m.kind, m.code)) }
      for e in s.events where !e.evidence.isEmpty { marks.append((e.evidence, "trigger", e.cameo)) }
      let events = s.events.map { e in
        "<li><a href=\"/events/\(HTML.escape(e.id.urlPath))\">\(HTML.escape(e.cameo))</a> \(HTML.escape(e.source.code)) → \(HTML.escape(e.target?.code ?? "-")) <span class=\"muted\">\(HTML.escape(e.modality.rawValue))\(e.date.map { ", " + HTML.escape($0.value) } ?? "")</span></li>"
      }.joined()
      html +=
        "<div class=\"sentence\"><p>\(Highlighter.mark(s.text, marks))</p><ul>\(events)</ul></div>"
    }
    return HTMLBody.response(HTML.page(title: d.article.title, body: html))
  }

  func events(_ request: Request) async throws -> Response {
    let p = QueryParameters(request)
    let fields: [(String, String, String)] = [
      ("actor", "Actor", "RUS, IGONATO"), ("dyad", "Dyad", "USA,RUS"), ("person", "Person", ""),
      ("cameo", "CAMEO", "16, 042"), ("plover", "PLOVER", "SANCTION"), ("quad", "Quad", "1-4"),
      ("modality", "Modality", "planned"), ("from", "From", "2013-01"), ("to", "To", "2013-12"),
      ("outlet", "Outlet", ""), ("text", "Text", "words"),
    ]
    let form =
      "<form class=\"filters\" action=\"/events\" method=\"get\">"
      + fields.map { name, label, hint in
        "<label>\(label)<input name=\"\(name)\" value=\"\(HTML.escape(p.get(name) ?? ""))\" placeholder=\"\(HTML.escape(hint))\"></label>"
      }.joined() + Self.syntaxChoice(p.get("text_syntax"))
      + "<button type=\"submit\">Filter</button></form>"
    let search = p.get("text") ?? ""
    let page: Page<Event>
    do {
      page = try await store.eventPage(matching: p.eventQuery(lexicon: lexicon))
    } catch let e as APIError {
      return Self.problem("Events", e, before: form, search: search)
    } catch let e as QueryError {
      return Self.problem("Events", APIError(e), before: form, search: search)
    }
    let rows = page.items.map { e in
      "<tr><td>\(HTML.escape(e.date?.value ?? ""))</td><td><a href=\"/events/\(HTML.escape(e.id.urlPath))\">\(HTML.escape(e.cameo))</a></td><td>\(HTML.escape(e.source.code))</td><td>\(HTML.escape(e.target?.code ?? ""))</td><td>\(HTML.escape(e.modality.rawValue))</td><td><a href=\"/articles/\(HTML.escape(e.article.id.urlPath))\">\(HTML.escape(String(e.sentenceText.prefix(140))))</a></td></tr>"
    }.joined()
    let body =
      form + Self.pageLine(page, noun: "event", next: p.next("/events", offset: page.nextOffset))
      + "<table><tr><th>Date</th><th>Code</th><th>Source</th><th>Target</th><th>Modality</th><th>Sentence</th></tr>\(rows)</table>"
    return HTMLBody.response(HTML.page(title: "Events", body: body, search: search))
  }

  func event(_ id: String) async throws -> Response {
    guard let found = try await store.event(id: id) else {
      return HTMLBody.response(
        status: .notFound,
        HTML.page(title: "Not found", body: "<p>No event \(HTML.escape(id)).</p>"))
    }
    let e = found.event
    func actor(_ a: Actor?) -> String {
      guard let a else { return "-" }
      return HTML.escape(a.code) + " “" + HTML.escape(a.text) + "”"
        + (a.person.map { " (" + HTML.escape($0) + ")" } ?? "")
    }
    let rows: [(String, String)] = [
      (
        "Code",
        HTML.escape(
          "\(e.cameo) \(e.plover ?? "") · Goldstein \(e.goldstein) · quad class \(e.quadClass)")
      ),
      ("Modality", HTML.escape(e.modality.rawValue)), ("Source", actor(e.source)),
      ("Target", actor(e.target)),
      ("When", HTML.escape(e.date.map { "\($0.value) (\($0.precision), “\($0.text)”)" } ?? "-")),
      ("Where", HTML.escape(e.location.map { "\($0.name), \($0.country)" } ?? "-")),
      ("Sentence", HTML.escape(e.sentenceText)), ("Evidence", HTML.escape(e.evidence)),
      ("Rule", HTML.escape("\(e.rule) (\(e.ruleSource))")),
      (
        "Article",
        "<a href=\"/articles/\(HTML.escape(e.article.id.urlPath))\">\(HTML.escape(found.article.title))</a>"
      ),
    ]
    let body =
      "<table>" + rows.map { "<tr><th>\($0.0)</th><td>\($0.1)</td></tr>" }.joined() + "</table>"
    return HTMLBody.response(HTML.page(title: "Event \(e.id)", body: body))
  }

  func timeline(_ request: Request) async throws -> Response {
    let p = QueryParameters(request)
    let dyad = p.value("dyad") ?? "USA,RUS"
    var q: EventQuery
    do {
      q = try p.eventQuery(lexicon: lexicon, defaultLimit: 1000)
      if p.value("dyad") == nil, p.value("person") == nil {
        let parts = dyad.split(separator: ",").map(String.init)
        q.dyad = (parts[0], parts[1])
      }
    } catch let e as APIError {
      return HTMLBody.response(
        status: .badRequest,
        HTML.page(title: "Timeline", body: "<p class=\"warn\">\(HTML.escape(e.message))</p>"))
    }
    q.limit = nil
    let events = try await store.events(matching: q)
    let t = Timeline(events, by: .month)
    let form = """
      <form class="filters" action="/timeline" method="get"><label>Dyad<input name="dyad" value="\(HTML.escape(dyad))"></label><button type="submit">Show</button></form>
      """
    let body =
      form
      + Chart.svg(
        t,
        link: { period in
          "/events?" + HTML.query([("dyad", dyad), ("from", period), ("to", period)])
        })
      + "<p class=\"muted\">Bars above the line: cooperation (verbal, material); below: conflict (verbal, material). Each bar links to its events.</p>"
    return HTMLBody.response(HTML.page(title: "Timeline \(dyad)", body: body))
  }
}

extension String {
  /// The string as one path segment of a URL.
  var urlPath: String {
    addingPercentEncoding(
      withAllowedCharacters: .urlPathAllowed.subtracting(CharacterSet(charactersIn: "/?#"))) ?? self
  }
}
