import DetenteCore
import DetenteStore
import Foundation
import Hummingbird

/// The server-rendered pages: no JavaScript, nothing fetched from elsewhere, everything escaped
/// (each page a view of plain values laid out by its template: see ``HTML``).
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
    router.get("map") { request, _ in try await map(request) }
    router.get("network") { request, _ in try await network(request) }
    // Any other path is a page that says so, with the navigation to go on from.
    router.get("**") { request, _ in
      Self.notFound("There is no page \(request.uri.path) here.")
    }
  }

  /// A 404 page saying what was not found.
  static func notFound(_ message: String) -> Response {
    HTML.message(status: .notFound, .init(title: "Not found", message: message))
  }

  /// A 400 page for a parameter that cannot be used.
  static func problem(_ title: String, _ e: APIError) -> Response {
    HTML.message(status: e.status, .init(title: title, message: e.message, warn: true))
  }

  /// The overview: counts and the latest articles.
  struct Home: HTML.View {
    let title = "Detente"
    let search = ""
    let articles: Int
    let events: Int
    let clusters: Int
    let recent: [ArticleLink]
  }

  /// An article in a list: its link, title, date, outlet and number of events.
  struct ArticleLink {
    let path: String
    let title: String
    let published: String
    let outlet: String
    let events: Int

    init(_ a: StoredArticle) {
      path = a.id.urlPath
      title = a.title
      published = a.published ?? ""
      outlet = a.outlet ?? ""
      events = a.eventCount
    }
  }

  static let homeTemplate = """
    {{<shell}}{{$body}}<p>{{articles}} articles, {{events}} events, {{clusters}} linked events and meetings.</p>
    <p class="views">All events: <a href="/events">list</a> · <a href="/map">map</a> · <a href="/network">network</a> · <a href="/timeline?dyad=USA,RUS">timeline</a></p>
    <h2>Recent articles</h2><ul>{{#recent}}<li><a href="/articles/{{path}}">{{title}}</a> <span class="muted">{{published}}</span></li>{{/recent}}</ul>{{/body}}{{/shell}}
    """

  func home() async throws -> Response {
    let o = try await store.overview(recent: 10)
    return HTML.response(
      Home(
        articles: o.articles, events: o.events, clusters: o.clusters,
        recent: o.recent.map(ArticleLink.init)), .home)
  }

  /// A page of articles, newest first.
  struct Articles: HTML.View {
    let title = "Articles"
    let search = ""
    let pageLine: HTML.PageLine
    let rows: [ArticleLink]
  }

  static let articlesTemplate = """
    {{<shell}}{{$body}}{{#pageLine}}{{>pageLine}}{{/pageLine}}<table><tr><th>Published</th><th>Title</th><th>Outlet</th><th>Events</th></tr>{{#rows}}<tr><td>{{published}}</td><td><a href="/articles/{{path}}">{{title}}</a></td><td>{{outlet}}</td><td>{{events}}</td></tr>{{/rows}}</table>{{/body}}{{/shell}}
    """

  func articles(_ request: Request) async throws -> Response {
    let p = QueryParameters(request)
    let asked: (limit: Int, offset: Int)
    do { asked = try p.listPage(defaultLimit: 100) } catch let e as APIError {
      return Self.problem("Articles", e)
    }
    let (limit, offset) = asked
    let page = try await store.articlePage(limit: limit, offset: offset)
    return HTML.response(
      Articles(
        pageLine: .init(page, noun: "article", next: p.next("/articles", offset: page.nextOffset)),
        rows: page.items.map(ArticleLink.init)), .articles)
  }

  /// One article: its sentences, marked, each with its events.
  struct ArticlePage: HTML.View {
    let title: String
    let search = ""
    let published: String
    let outlet: String
    /// The link to the original, when it is on the web.
    let original: [String]
    let sentences: [Sentence]
  }

  /// A sentence with its words marked, and its events.
  struct Sentence {
    let pieces: [Highlighter.Piece]
    let events: [SentenceEvent]
  }

  /// An event beside its sentence.
  struct SentenceEvent {
    let path: String
    let cameo: String
    let source: String
    let target: String
    /// The modality, and the date after a comma when there is one.
    let modality: String
  }

  static let articleTemplate = """
    {{<shell}}{{$body}}<p class="muted">{{published}} {{outlet}}
    {{#original}}· <a href="{{.}}" rel="noreferrer nofollow">original</a>{{/original}}</p>
    <p class="muted"><mark class="actor">actor</mark> <mark class="time">time</mark> <mark class="place">place</mark> <mark class="trigger">event</mark></p>\
    {{#sentences}}<div class="sentence"><p>\(Highlighter.template)</p><ul>\
    {{#events}}<li><a href="/events/{{path}}">{{cameo}}</a> {{source}} → {{target}} <span class="muted">{{modality}}</span></li>{{/events}}\
    </ul></div>{{/sentences}}{{/body}}{{/shell}}
    """

  /// The article's text with actors, times, places and triggers marked, and each sentence's
  /// events beside it.
  func article(_ id: String) async throws -> Response {
    guard let d = try await store.article(id: id) else {
      return Self.notFound("No article \(id).")
    }
    let sentences = d.sentences.map { s in
      var marks: [(text: String, kind: String, title: String)] = []
      for m in s.mentions where !m.text.isEmpty { marks.append((m.text, m.kind, m.code)) }
      for e in s.events where !e.evidence.isEmpty { marks.append((e.evidence, "trigger", e.cameo)) }
      let events = s.events.map { e in
        SentenceEvent(
          path: e.id.urlPath, cameo: e.cameo, source: e.source.code, target: e.target?.code ?? "-",
          modality: e.modality.rawValue + (e.date.map { ", " + $0.value } ?? ""))
      }
      return Sentence(pieces: Highlighter.pieces(s.text, marks), events: events)
    }
    let url = d.article.url ?? ""
    let view = ArticlePage(
      title: d.article.title, published: d.article.published ?? "no date",
      outlet: d.article.outlet ?? "",
      original: url.hasPrefix("https://") || url.hasPrefix("http://") ? [url] : [],
      sentences: sentences)
    return HTML.response(view, .article)
  }
}

extension String {
  /// The string as one path segment of a URL.
  var urlPath: String {
    addingPercentEncoding(
      withAllowedCharacters: .urlPathAllowed.subtracting(CharacterSet(charactersIn: "/?#"))) ?? self
  }
}
