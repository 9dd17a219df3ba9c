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
      let given = PageRoutes.filtersWhenGiven.filter { p.value($0.name) != nil }
      fields = (PageRoutes.filters + given + extra).map { f in
        Field(name: f.name, label: f.label, value: p.get(f.name) ?? "", hint: f.hint)
      }
      let filled = fields.filter { !$0.value.isEmpty }.map {
        "\($0.label.lowercased()) \($0.value)"
      }
      active = filled.isEmpty ? [] : [filled.joined(separator: ", ")]
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

  /// Filters the form shows only when the request has them: the day a timeline counts an event
  /// at, which a timeline's bars link to.
  static let filtersWhenGiven: [(name: String, label: String, hint: String)] = [
    ("counted_from", "Counted from", ""), ("counted_to", "Counted to", ""),
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

  /// The timeline of any query: its events per week, month or year on a continuous axis.
  struct TimelinePage: HTML.View {
    let title = "Timeline"
    let search: String
    let form: FilterForm
    let warnings: [String]
    /// What is counted, and the range.
    let summary: [String]
    let chart: [Chart]
  }

  static let timelineTemplate = """
    {{<shell}}{{$body}}{{#form}}{{>filterForm}}{{/form}}{{#warnings}}<p class="warn">{{.}}</p>{{/warnings}}\
    {{#summary}}<p class="muted">{{.}}</p>{{/summary}}{{#chart}}{{>chart}}{{/chart}}{{/body}}{{/shell}}
    """

  /// The most periods a timeline draws.
  static let maxPeriods = 600

  func timeline(_ request: Request) async throws -> Response {
    let p = QueryParameters(request)
    let form = FilterForm(
      p, action: "/timeline", folded: true, extra: [("by", "Period", "week, month, year")])
    func failed(_ e: APIError) -> Response {
      HTML.response(
        status: e.status,
        TimelinePage(search: form.text, form: form, warnings: [e.message], summary: [], chart: []),
        .timeline)
    }
    let asked = p.value("by").map { $0.lowercased() }
    do {
      guard let by = Timeline.Period(rawValue: asked ?? "month") else {
        throw APIError(
          status: .badRequest,
          message: "by \"\(asked?.prefix(40) ?? "")\": periods are week, month and year",
          parameter: "by")
      }
      var q = try p.eventQuery(lexicon: lexicon)
      q.limit = nil
      q.offset = 0
      // Plans and denials are counted only when the query asks for a modality.
      var counted = q
      if counted.modality.isEmpty { counted.modality = [.occurred] }
      let days = try await store.tallies(matching: counted, by: .countedDay).compactMap { t in
        CivilDate.strict(t.key[0]).map { (day: $0, tally: t) }
      }
      // (Without a period asked for, a long range is shown by year.)
      let periods = try Self.periods(days.map(\.day), query: q, by: by, fixed: asked != nil)
      return HTML.response(
        Self.timelinePage(days, periods: periods, query: q, parameters: p, form: form),
        .timeline)
    } catch let e as APIError {
      return failed(e)
    } catch let e as QueryError {
      return failed(APIError(e))
    }
  }

  /// The periods of the axis: from the start of the query's range (the later of `from` and
  /// `counted_from`), or else the first day counted, to the end of its range, or else the last
  /// day counted, every one; a month axis longer than ``maxPeriods`` becomes a year axis unless
  /// the period was asked for, when it is a 400 naming `by`.
  static func periods(
    _ days: [CivilDate], query q: EventQuery, by: Timeline.Period, fixed: Bool
  ) throws -> (by: Timeline.Period, keys: [String]) {
    var first = days.min().flatMap { by.firstDay(by.key($0)) }
    var last = days.max().flatMap { by.firstDay(by.key($0)) }
    let starts = [q.from, q.countedFrom].compactMap {
      $0.flatMap(EventDate.period).flatMap { CivilDate.strict($0.first) }
    }
    let ends = [q.to, q.countedTo].compactMap {
      $0.flatMap(EventDate.period).flatMap { CivilDate.strict($0.last) }
    }
    if let start = starts.max() { first = by.firstDay(by.key(start)) }
    if let end = ends.min() { last = by.firstDay(by.key(end)) }
    guard let first, let last, first <= last else { return (by, []) }
    var keys: [String] = []
    var day = first
    while day <= last {
      keys.append(by.key(day))
      if keys.count > maxPeriods {
        if !fixed, by == .month {
          return try periods(days, query: q, by: .year, fixed: true)
        }
        throw APIError(
          status: .badRequest,
          message:
            "by \(by.rawValue): from \(first) to \(last) is over \(maxPeriods) periods; choose a longer period or narrow from and to",
          parameter: "by")
      }
      day = by.next(day)
    }
    return (by, keys)
  }

  /// The timeline of the query's tallies by counted day (those of events that occurred unless
  /// the query asks for a modality), on the axis of `periods`: each period's bar and row a
  /// link to the events counted in it, the query's own filters kept.
  static func timelinePage(
    _ days: [(day: CivilDate, tally: EventTally)], periods: (by: Timeline.Period, keys: [String]),
    query q: EventQuery, parameters p: QueryParameters, form: FilterForm
  ) -> TimelinePage {
    let by = periods.by
    let all = !q.modality.isEmpty
    var found: [String: (quad: [Int], tenths: Int)] = [:]
    for (day, t) in days {
      let key = by.key(day)
      var b = found[key] ?? ([0, 0, 0, 0], 0)
      if (1...4).contains(t.quadClass) { b.quad[t.quadClass - 1] += t.count }
      b.tenths += t.goldsteinTenths
      found[key] = b
    }
    let buckets = periods.keys.map { key in
      found[key].map {
        Timeline.Bucket(period: key, quad: $0.quad, goldstein: Double($0.tenths) / 10)
      } ?? Timeline.Bucket(period: key)
    }
    func link(_ period: String) -> String {
      let span = countedSpan(period, by: by, within: (q.countedFrom, q.countedTo))
      return p.link(
        "/events",
        replacing: Set(["counted_from", "counted_to", "by"] + (all ? [] : ["modality"])),
        with: [("counted_from", span.from), ("counted_to", span.to)]
          + (all ? [] : [("modality", "occurred")]))
    }
    let counted = buckets.reduce(0) { $0 + $1.quad.reduce(0, +) }
    let what = all ? "events" : "events that occurred (ask for a modality to count others)"
    let summary =
      buckets.isEmpty
      ? "No events for these filters."
      : "\(counted) \(what) per \(by.rawValue), \(buckets.first?.period ?? "") to \(buckets.last?.period ?? ""); an event counts at the first day of its date (2013 at 2013-01-01), an undated one at its article's date."
    return TimelinePage(
      search: form.text, form: form, warnings: [], summary: [summary],
      chart: buckets.isEmpty ? [] : [Chart(buckets, by: by, link: link)])
  }

  /// The `counted_from` and `counted_to` of a period's events: the period (a week as its Monday
  /// and Sunday), within the query's own counted range when it has one.
  static func countedSpan(
    _ period: String, by: Timeline.Period, within range: (from: String?, to: String?)
  ) -> (from: String, to: String) {
    var span = (from: period, to: period)
    if by == .week, let d = CivilDate.strict(period) {
      span.to = d.adding(days: 6).description
    }
    if let f = range.from, let a = EventDate.period(f)?.first,
      let b = EventDate.period(span.from)?.first, a > b
    {
      span.from = f
    }
    if let t = range.to, let a = EventDate.period(t)?.last,
      let b = EventDate.period(span.to)?.last, a < b
    {
      span.to = t
    }
    return span
  }
}
