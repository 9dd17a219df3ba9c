import DetenteStore
import Foundation
import Hummingbird
import Mustache

/// The pages' HTML, written by Mustache templates: a `{{value}}` is always escaped (`& < > " '`),
/// in element text and in quoted attributes alike, so page code hands over plain values and never
/// escapes by hand. Article text is untrusted.
///
/// (Plot, the typed alternative, was not taken: its 0.14.0 writes attribute values as given, so
/// a search echoed in the search box's `value` would close the attribute, and it leaves `&amp;`
/// or `&lt;` in text as they are, so they would show as `&` and `<`.)
///
/// A page's template fills the shell's `body` block: `{{<shell}}{{$body}}…{{/body}}{{/shell}}`.
/// Rules for a template's view, which Mustache reads by reflection:
/// - stored properties only (a computed one is invisible, and renders as nothing);
/// - no optionals: a value that is `nil` is looked up again in the views around it, which could
///   show another value; an array of none or one item, or a `Bool`, says "maybe" instead;
/// - no `{{{triple}}}` (unescaped) tags: a template holds other templates as partials
///   (`PageTests` checks this).
/// The rows of the long lists (an event, a meeting, its head, a report) hand their values by
/// name instead (`MustacheParent`), which is faster than reflection; `TemplateValueTests`
/// checks that each hands every stored property under its own name.
enum HTML {
  /// A page's view: the shell reads the title and the search box's value from it.
  protocol View {
    var title: String { get }
    var search: String { get }
  }

  /// A page that is only a message: not found, a parameter that cannot be used, a failure.
  struct Message: View {
    let title: String
    var search = ""
    let message: String
    /// Shown as a warning (`class="warn"`).
    var warn = false
  }

  /// The templates, each registered under its name (a partial is included as `{{>name}}`).
  enum Template: String, CaseIterable {
    case shell, message, pageLine, home, articles, article, events, event, timeline, chart
    case meetings, meeting, meetingHead, report, filterForm, quadLegend, map, network

    var text: String {
      switch self {
      case .shell: HTML.shellTemplate
      case .message: HTML.messageTemplate
      case .pageLine: HTML.pageLineTemplate
      case .home: PageRoutes.homeTemplate
      case .articles: PageRoutes.articlesTemplate
      case .article: PageRoutes.articleTemplate
      case .events: PageRoutes.eventsTemplate
      case .event: PageRoutes.eventTemplate
      case .timeline: PageRoutes.timelineTemplate
      case .chart: Chart.template
      case .meetings: PageRoutes.meetingsTemplate
      case .meeting: PageRoutes.meetingTemplate
      case .meetingHead: PageRoutes.meetingHeadTemplate
      case .report: PageRoutes.reportTemplate
      case .filterForm: PageRoutes.filterFormTemplate
      case .quadLegend: PageRoutes.quadLegendTemplate
      case .map: PageRoutes.mapTemplate
      case .network: PageRoutes.networkTemplate
      }
    }
  }

  /// The answer for a page: its view laid out by its template, in the shell.
  static func response(
    status: HTTPResponse.Status = .ok, _ view: some View, _ template: Template
  ) -> Response {
    HTMLBody.response(status: status, render(view, template))
  }

  /// A message page.
  static func message(status: HTTPResponse.Status, _ view: Message) -> Response {
    response(status: status, view, .message)
  }

  /// `view` laid out by `template`.
  static func render(_ view: some View, _ template: Template) -> String {
    // (Every template is in the library: see below.)
    library.render(view, withTemplate: template.rawValue) ?? ""
  }

  /// Every template, parsed once. The templates are constants: one that does not parse is a
  /// mistake in this code, met by the first test that renders a page.
  static let library: MustacheLibrary = {
    var library = MustacheLibrary()
    for t in Template.allCases {
      do { try library.register(t.text, named: t.rawValue) } catch {
        fatalError("page template \(t.rawValue) does not parse: \(error)")
      }
    }
    return library
  }()

  /// The whole page: title, navigation, the search box, and the page's `body` block.
  static let shellTemplate = """
    <!doctype html>
    <html lang="en">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>{{title}} · Detente</title>
    <style>\(style)</style>
    </head>
    <body>
    <header>
    <a class="brand" href="/">Detente</a>
    <nav><a href="/articles">Articles</a> <a href="/events">Events</a> <a href="/meetings">Meetings</a> <a href="/timeline?dyad=USA,RUS">Timeline</a> <a href="/map">Map</a> <a href="/network">Network</a></nav>
    <form class="search" action="/events" method="get" role="search">
    <input type="search" name="text" value="{{search}}" placeholder="Search sentences" aria-label="Search sentences">
    <button type="submit">Search</button>
    </form>
    </header>
    <main>
    <h1>{{title}}</h1>
    {{$body}}{{/body}}
    </main>
    </body>
    </html>
    """

  /// A message: not found, or a warning.
  static let messageTemplate = """
    {{<shell}}{{$body}}<p{{#warn}} class="warn"{{/warn}}>{{message}}</p>{{/body}}{{/shell}}
    """

  /// "Showing 51–100 of 1,234 meetings · Next 50" above a list (a ``PageLine``).
  static let pageLineTemplate = """
    <p class="muted">{{summary}}{{#next}} · <a href="{{href}}">Next {{limit}}</a>{{/next}}</p>
    """

  /// What a list page says above its items.
  struct PageLine {
    let summary: String
    /// The next page's link, when there is one.
    let next: [Next]

    struct Next {
      let href: String
      let limit: Int
    }

    init<T>(_ page: Page<T>, noun: String, next: String?) {
      let shown =
        page.items.isEmpty
        ? "No \(noun)s" + (page.total > 0 ? " on this page" : "")
        : "\(page.offset + 1)–\(page.offset + page.items.count)"
      summary = "\(shown) of \(page.total) \(noun)\(page.total == 1 ? "" : "s")"
      self.next = next.map { [Next(href: $0, limit: page.limit)] } ?? []
    }
  }

  /// A query string from parameters, each name and value escaped for a URL.
  static func query(_ items: [(String, String)]) -> String {
    let allowed = CharacterSet.urlQueryAllowed.subtracting(CharacterSet(charactersIn: "&=+?#"))
    return items.filter { !$0.1.isEmpty }.map {
      "\($0.0.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")=\($0.1.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")"
    }.joined(separator: "&")
  }

  static let style = """
    *{box-sizing:border-box}body{margin:0;font:16px/1.5 system-ui,sans-serif;color:#1d232a;background:#f6f7f9}
    header{display:flex;flex-wrap:wrap;gap:.5rem 1.5rem;align-items:center;padding:.6rem 1rem;background:#1f3a5f;color:#fff}
    header a{color:#fff;text-decoration:none;margin-right:.8rem}.brand{font-weight:700;font-size:1.2rem}
    .search{display:flex;gap:.3rem;margin-left:auto}.search input{padding:.3rem .5rem;min-width:12rem}
    main{max-width:72rem;margin:0 auto;padding:1rem}h1{font-size:1.4rem}
    table{border-collapse:collapse;width:100%;background:#fff}td,th{padding:.35rem .5rem;border-bottom:1px solid #e2e5ea;text-align:left;vertical-align:top}
    .sentence{display:flex;flex-wrap:wrap;gap:1rem;background:#fff;margin:.5rem 0;padding:.6rem;border-radius:6px}
    .sentence p{flex:3 1 24rem;margin:0}.sentence ul{flex:2 1 16rem;margin:0;padding-left:1rem;font-size:.9rem}
    mark.actor{background:#d7e9ff}mark.time{background:#fff2b3}mark.place{background:#d9f5dd}mark.trigger{background:#ffd6d6;font-weight:600}
    .filters{display:flex;flex-wrap:wrap;gap:.5rem;background:#fff;padding:.6rem;border-radius:6px}
    .filters label{display:flex;flex-direction:column;font-size:.85rem}
    .meeting{background:#fff;margin:.6rem 0;padding:.6rem;border-radius:6px}.meeting h2{font-size:1.1rem;margin:.2rem 0}.status{font-weight:700}
    .views{margin:.4rem 0;font-size:.9rem}.legend{display:flex;flex-wrap:wrap;gap:.2rem 1.2rem;list-style:none;padding:0;margin:.4rem 0;font-size:.9rem}
    .legend svg{width:12px;height:12px;background:none;vertical-align:-1px}.wide{overflow-x:auto}
    .filterbox{background:#fff;padding:.4rem .6rem;border-radius:6px}.filterbox summary{cursor:pointer}.filterbox .filters{padding:.6rem 0 0}
    svg.network{max-width:42rem;min-width:30rem;display:block;margin:0 auto}svg.chart{min-width:44rem}svg.network text{fill:#1d232a}
    .warn{color:#a33}.muted{color:#666;font-size:.9rem}svg{width:100%;height:auto;background:#fff}
    @media (max-width:40rem){.search{margin-left:0;width:100%}.search input{flex:1;min-width:0}td,th{font-size:.85rem}}
    """
}
