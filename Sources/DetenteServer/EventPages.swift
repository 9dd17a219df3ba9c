import DetenteCore
import DetenteStore
import Foundation
import Hummingbird
import Mustache

/// The events' pages: the filters and a page of events, one event, and the timeline of a dyad.
extension PageRoutes {
  /// The filters and a page of the events they find.
  struct Events: HTML.View {
    let title = "Events"
    let search: String
    let form: FilterForm
    /// A filter that cannot be used, said instead of the list.
    let warnings: [String]
    /// The list (none when there is a warning).
    let list: [EventList]
  }

  /// The filters of `detente events` as a form (the events, map and network pages show it),
  /// with links to the same events on the other pages.
  struct FilterForm {
    let action: String
    let fields: [Field]
    /// Whether the text filter is read as FTS5 syntax.
    let fts: Bool
    /// The text filter (the search box shows it too).
    let text: String
    let eventsHref: String
    let mapHref: String
    let networkHref: String
    /// Folded away under "Filters" (the map and network pages, so that a narrow screen shows
    /// the drawing first).
    let folded: Bool
    /// The filters given, said beside "Filters" when folded.
    let active: [String]

    /// The form of `action`, with `extra` fields after the filters of `detente events`.
    init(
      _ p: QueryParameters, action: String, folded: Bool = false,
      extra: [(name: String, label: String, hint: String)] = []
    ) {
      self.action = action
      self.folded = folded
      fields = (PageRoutes.filters + extra).map { f in
        Field(name: f.name, label: f.label, value: p.get(f.name) ?? "", hint: f.hint)
      }
      let given = fields.filter { !$0.value.isEmpty }.map { "\($0.label.lowercased()) \($0.value)" }
      active = given.isEmpty ? [] : [given.joined(separator: ", ")]
      fts = p.get("text_syntax")?.lowercased() == "fts"
      text = p.get("text") ?? ""
      eventsHref = p.link("/events", replacing: [], with: [])
      mapHref = p.link("/map", replacing: [], with: [])
      networkHref = p.link("/network", replacing: [], with: [])
    }
  }

  static let filterFormTemplate = """
    {{#folded}}<details class="filterbox"><summary>Filters{{#active}}: {{.}}{{/active}}</summary>{{/folded}}<form class="filters" action="{{action}}" method="get">\
    {{#fields}}<label>{{label}}<input name="{{name}}" value="{{value}}" placeholder="{{hint}}"></label>{{/fields}}\
    <label>Text as<select name="text_syntax"><option value="words"{{^fts}} selected{{/fts}}>words</option><option value="fts"{{#fts}} selected{{/fts}}>FTS5 syntax</option></select></label>\
    <button type="submit">Filter</button></form>{{#folded}}</details>{{/folded}}\
    <p class="views">These events: <a href="{{eventsHref}}">list</a> · <a href="{{mapHref}}">map</a> · <a href="{{networkHref}}">network</a></p>
    """

  /// A filter of the form: its parameter, label, value and an example.
  struct Field {
    let name: String
    let label: String
    let value: String
    let hint: String
  }

  /// A page of events.
  struct EventList {
    let pageLine: HTML.PageLine
    let rows: [EventRow]
  }

  /// An event in the list: date, code, sides, modality and the start of its sentence. (Its
  /// values are handed to the template by name, not found by reflection, which made a page of
  /// a thousand events three times slower to write.)
  struct EventRow: MustacheParent {
    let date: String
    let path: String
    let cameo: String
    let source: String
    let target: String
    let modality: String
    let articlePath: String
    /// The sentence's first 140 characters.
    let sentence: String

    func child(named name: String) -> Any? {
      switch name {
      case "date": self.date
      case "path": self.path
      case "cameo": self.cameo
      case "source": self.source
      case "target": self.target
      case "modality": self.modality
      case "articlePath": self.articlePath
      case "sentence": self.sentence
      default: nil
      }
    }
  }

  static let eventsTemplate = """
    {{<shell}}{{$body}}{{#form}}{{>filterForm}}{{/form}}{{#warnings}}<p class="warn">{{.}}</p>{{/warnings}}\
    {{#list}}{{#pageLine}}{{>pageLine}}{{/pageLine}}<table><tr><th>Date</th><th>Code</th><th>Source</th><th>Target</th><th>Modality</th><th>Sentence</th></tr>\
    {{#rows}}<tr><td>{{date}}</td><td><a href="/events/{{path}}">{{cameo}}</a></td><td>{{source}}</td><td>{{target}}</td><td>{{modality}}</td><td><a href="/articles/{{articlePath}}">{{sentence}}</a></td></tr>{{/rows}}\
    </table>{{/list}}{{/body}}{{/shell}}
    """

  /// The filters of `detente events`, each with an example.
  static let filters: [(name: String, label: String, hint: String)] = [
    ("actor", "Actor", "RUS, IGONATO"), ("dyad", "Dyad", "USA,RUS"), ("person", "Person", ""),
    ("cameo", "CAMEO", "16, 042"), ("plover", "PLOVER", "SANCTION"), ("quad", "Quad", "1-4"),
    ("modality", "Modality", "planned"), ("from", "From", "2013-01"), ("to", "To", "2013-12"),
    ("outlet", "Outlet", ""), ("place", "Place", "Moscow"), ("text", "Text", "words"),
  ]

  func events(_ request: Request) async throws -> Response {
    let p = QueryParameters(request)
    let form = FilterForm(p, action: "/events")
    func failed(_ e: APIError) -> Response {
      HTML.response(
        status: e.status, Events(search: form.text, form: form, warnings: [e.message], list: []),
        .events)
    }
    let page: Page<Event>
    do {
      page = try await store.eventPage(matching: p.eventQuery(lexicon: lexicon))
    } catch let e as APIError {
      return failed(e)
    } catch let e as QueryError {
      return failed(APIError(e))
    }
    let rows = page.items.map { e in
      EventRow(
        date: e.date?.value ?? "", path: e.id.urlPath, cameo: e.cameo, source: e.source.code,
        target: e.target?.code ?? "", modality: e.modality.rawValue,
        articlePath: e.article.id.urlPath, sentence: String(e.sentenceText.prefix(140)))
    }
    let list = EventList(
      pageLine: .init(page, noun: "event", next: p.next("/events", offset: page.nextOffset)),
      rows: rows)
    return HTML.response(
      Events(search: form.text, form: form, warnings: [], list: [list]), .events)
  }

  /// One event: what was coded, from which words, by which rule.
  struct EventPage: HTML.View {
    let title: String
    let search = ""
    /// Every row but the article's.
    let rows: [Row]
    let articlePath: String
    let articleTitle: String

    /// A heading and its text.
    struct Row {
      let name: String
      let value: String
    }
  }

  static let eventTemplate = """
    {{<shell}}{{$body}}<table>{{#rows}}<tr><th>{{name}}</th><td>{{value}}</td></tr>{{/rows}}\
    <tr><th>Article</th><td><a href="/articles/{{articlePath}}">{{articleTitle}}</a></td></tr></table>{{/body}}{{/shell}}
    """

  func event(_ id: String) async throws -> Response {
    guard let found = try await store.event(id: id) else {
      return Self.notFound("No event \(id).")
    }
    let e = found.event
    func actor(_ a: Actor?) -> String {
      guard let a else { return "-" }
      return a.code + " “" + a.text + "”" + (a.person.map { " (" + $0 + ")" } ?? "")
    }
    let rows: [(String, String)] = [
      (
        "Code",
        "\(e.cameo) \(e.plover ?? "") · Goldstein \(e.goldstein) · quad class \(e.quadClass)"
      ),
      ("Modality", e.modality.rawValue), ("Source", actor(e.source)), ("Target", actor(e.target)),
      ("When", e.date.map { "\($0.value) (\($0.precision), “\($0.text)”)" } ?? "-"),
      ("Where", e.location.map { "\($0.name), \($0.country)" } ?? "-"),
      ("Sentence", e.sentenceText), ("Evidence", e.evidence),
      ("Rule", "\(e.rule) (\(e.ruleSource))"),
    ]
    let view = EventPage(
      title: "Event \(e.id)", rows: rows.map { EventPage.Row(name: $0.0, value: $0.1) },
      articlePath: e.article.id.urlPath,
      articleTitle: found.article.title)
    return HTML.response(view, .event)
  }

  /// A dyad's chart, with the dyad to change.
  struct TimelinePage: HTML.View {
    let title: String
    let search = ""
    let dyad: String
    let chart: Chart
  }

  static let timelineTemplate = """
    {{<shell}}{{$body}}<form class="filters" action="/timeline" method="get"><label>Dyad<input name="dyad" value="{{dyad}}"></label><button type="submit">Show</button></form>\
    {{#chart}}{{>chart}}{{/chart}}\
    <p class="muted">Bars above the line: cooperation (verbal, material); below: conflict (verbal, material). Each bar links to its events.</p>{{/body}}{{/shell}}
    """

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
      return HTML.message(
        status: .badRequest, .init(title: "Timeline", message: e.message, warn: true))
    }
    q.limit = nil
    let events = try await store.events(matching: q)
    let chart = Chart(
      Timeline(events, by: .month),
      link: { period in
        "/events?" + HTML.query([("dyad", dyad), ("from", period), ("to", period)])
      })
    return HTML.response(
      TimelinePage(title: "Timeline \(dyad)", dyad: dyad, chart: chart), .timeline)
  }
}
