import DetenteCore
import DetenteStore
import Foundation
import Hummingbird

/// The server-rendered pages: no JavaScript, nothing fetched from elsewhere, everything escaped.
struct PageRoutes {
  let store: SQLiteStore
  let lexicon: Lexicon

  func add(to router: Router<BasicRequestContext>) {
    router.get("/") { _, _ in try await home() }
    router.get("articles") { _, _ in try await articles() }
    router.get("articles/:id") { _, context in try await article(context.parameters.require("id")) }
    router.get("events") { request, _ in try await events(request) }
    router.get("events/:id") { _, context in try await event(context.parameters.require("id")) }
    router.get("meetings") { request, _ in try await meetings(request) }
    router.get("timeline") { request, _ in try await timeline(request) }
  }

  func home() async throws -> Response {
    let (articles, events) = try await store.counts()
    let recent = try await store.articles(limit: 10)
    let (clusters, _) = try await store.linkCounts()
    let list = recent.map { a in
      "<li><a href=\"/articles/\(HTML.escape(a.id.urlPath))\">\(HTML.escape(a.title))</a> <span class=\"muted\">\(HTML.escape(a.published ?? ""))</span></li>"
    }.joined()
    let body = """
      <p>\(articles) articles, \(events) events, \(clusters) linked events and meetings.</p>
      <h2>Recent articles</h2><ul>\(list)</ul>
      """
    return HTMLBody.response(HTML.page(title: "Detente", body: body))
  }

  func articles() async throws -> Response {
    let all = try await store.articles(limit: nil)
    let rows = all.map { a in
      "<tr><td>\(HTML.escape(a.published ?? ""))</td><td><a href=\"/articles/\(HTML.escape(a.id.urlPath))\">\(HTML.escape(a.title))</a></td><td>\(HTML.escape(a.outlet ?? ""))</td><td>\(a.eventCount)</td></tr>"
    }.joined()
    let body =
      "<table><tr><th>Published</th><th>Title</th><th>Outlet</th><th>Events</th></tr>\(rows)</table>"
    return HTMLBody.response(HTML.page(title: "Articles", body: body))
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
        "<label>\(label)<input name=\"\(name)\" value=\"\(HTML.escape(p.params.get(name) ?? ""))\" placeholder=\"\(HTML.escape(hint))\"></label>"
      }.joined() + "<button type=\"submit\">Filter</button></form>"
    let query: EventQuery
    do {
      query = try p.eventQuery(lexicon: lexicon)
    } catch let e as APIError {
      return HTMLBody.response(
        status: .badRequest,
        HTML.page(
          title: "Events", body: form + "<p class=\"warn\">\(HTML.escape(e.message))</p>",
          search: p.params.get("text") ?? ""))
    }
    let events = try await store.events(matching: query)
    let rows = events.map { e in
      "<tr><td>\(HTML.escape(e.date?.value ?? ""))</td><td><a href=\"/events/\(HTML.escape(e.id.urlPath))\">\(HTML.escape(e.cameo))</a></td><td>\(HTML.escape(e.source.code))</td><td>\(HTML.escape(e.target?.code ?? ""))</td><td>\(HTML.escape(e.modality.rawValue))</td><td><a href=\"/articles/\(HTML.escape(e.article.id.urlPath))\">\(HTML.escape(String(e.sentenceText.prefix(140))))</a></td></tr>"
    }.joined()
    var more = ""
    if let l = query.limit, events.count == l {
      var items = request.uri.queryParameters.filter { $0.key != "offset" }.map {
        (String($0.key), String($0.value))
      }
      items.append(("offset", String(query.offset + l)))
      more = "<p><a href=\"/events?\(HTML.escape(HTML.query(items)))\">Next \(l)</a></p>"
    }
    let body =
      form + "<p class=\"muted\">\(events.count) event(s)</p>"
      + "<table><tr><th>Date</th><th>Code</th><th>Source</th><th>Target</th><th>Modality</th><th>Sentence</th></tr>\(rows)</table>"
      + more
    return HTMLBody.response(
      HTML.page(title: "Events", body: body, search: p.params.get("text") ?? ""))
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

  func meetings(_ request: Request) async throws -> Response {
    let p = QueryParameters(request)
    let q: MeetingQuery
    do {
      q = try p.meetingQuery()
    } catch let e as APIError {
      return HTMLBody.response(
        status: .badRequest,
        HTML.page(title: "Meetings", body: "<p class=\"warn\">\(HTML.escape(e.message))</p>"))
    }
    let meetings = try await store.meetings(matching: q)
    let form = """
      <form class="filters" action="/meetings" method="get"><label>Person<input name="person" value="\(HTML.escape(p.params.get("person") ?? ""))"></label>\
      <label>Dyad<input name="dyad" value="\(HTML.escape(p.params.get("dyad") ?? ""))" placeholder="USA,RUS"></label>\
      <label>From<input name="from" value="\(HTML.escape(p.params.get("from") ?? ""))"></label>\
      <label>To<input name="to" value="\(HTML.escape(p.params.get("to") ?? ""))"></label><button type="submit">Filter</button></form>
      """
    let list = meetings.map { m -> String in
      let history = m.history.map { r in
        "<li>\(HTML.escape(r.published ?? "")) <span class=\"status\">\(HTML.escape(r.status.rawValue))</span> <a href=\"/articles/\(HTML.escape(r.articleId.urlPath))\">\(HTML.escape(r.articleId))</a>: \(HTML.escape(String(r.sentence.prefix(160))))</li>"
      }.joined()
      let contradictions = m.contradictions.map { c in
        "<p class=\"warn\">Sources disagree on the \(HTML.escape(c.field)): \(HTML.escape(c.first.value)) (\(HTML.escape(c.first.articleId))) vs \(HTML.escape(c.second.value)) (\(HTML.escape(c.second.articleId)))</p>"
      }.joined()
      return """
        <div class="meeting"><h2>\(HTML.escape(m.participants.joined(separator: " – ")))\(m.occasion.map { ", " + HTML.escape($0) } ?? "") <span class="status">[\(HTML.escape(m.status.rawValue))]</span></h2>
        <p>\(HTML.escape(m.date.map { "\($0.value) (\($0.precision))" } ?? "date unknown")) · \(HTML.escape(m.place ?? "place unknown"))</p>
        <ul>\(history)</ul>\(contradictions)</div>
        """
    }.joined()
    return HTMLBody.response(
      HTML.page(
        title: "Meetings", body: form + "<p class=\"muted\">\(meetings.count) meeting(s)</p>" + list
      ))
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
