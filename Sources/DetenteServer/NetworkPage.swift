import DetenteCore
import DetenteStore
import Foundation
import Hummingbird

/// The network: the most active pairs of a query's actors as a graph laid out on the server,
/// actors on a circle in an order that puts those who deal with each other side by side (fewer
/// crossings), each pair an edge as wide as its number of events and coloured by their mean
/// Goldstein score, linked to the pair's events; a table of the same numbers below it.
extension PageRoutes {
  struct NetworkPage: HTML.View {
    let title = "Network"
    let search: String
    let form: FilterForm
    let warnings: [String]
    let graph: [NetworkDrawing]
  }

  struct NetworkDrawing {
    let size: Int
    let summary: String
    let edges: [NetworkEdge]
    let nodes: [NetworkNode]
    let legend: [QuadLegend]
    let pairs: [PairRow]
  }

  struct NetworkEdge {
    let href: String
    let x1: String
    let y1: String
    let x2: String
    let y2: String
    let width: String
    let colour: String
    let title: String
  }

  /// An actor: a link to its events among the query's (none when the query's filters cannot
  /// say them, see ``actorLink(_:parameters:)``).
  struct NetworkNode {
    let href: [String]
    let x: String
    let y: String
    let r: String
    let labelX: String
    let labelY: String
    let anchor: String
    let label: String
    let title: String
  }

  /// A row of the table: the pair, linked to its events, its count and mean Goldstein score.
  struct PairRow {
    let a: String
    let b: String
    let href: String
    let count: Int
    let goldstein: String
  }

  /// The mean Goldstein scores the legend shows.
  static let goldsteinLegend = [-10.0, -5, 0, 5, 10].map {
    QuadLegend(colour: goldsteinColour($0), name: "Goldstein \(Int($0))")
  }

  static let networkTemplate = """
    {{<shell}}{{$body}}{{#form}}{{>filterForm}}{{/form}}{{#warnings}}<p class="warn">{{.}}</p>{{/warnings}}\
    {{#graph}}<p class="muted">{{summary}}</p>{{>quadLegend}}\
    <div class="wide"><svg class="network" viewBox="0 0 {{size}} {{size}}" role="img" aria-label="The most active pairs of actors" xmlns="http://www.w3.org/2000/svg">\
    <g stroke-linecap="round">{{#edges}}<a href="{{href}}"><line x1="{{x1}}" y1="{{y1}}" x2="{{x2}}" y2="{{y2}}" stroke="{{colour}}" stroke-width="{{width}}"><title>{{title}}</title></line></a>{{/edges}}</g>\
    <g font-size="13">{{#nodes}}{{#href}}<a href="{{.}}">{{/href}}<g><circle cx="{{x}}" cy="{{y}}" r="{{r}}" fill="#1f3a5f"><title>{{title}}</title></circle>\
    <text x="{{labelX}}" y="{{labelY}}" text-anchor="{{anchor}}" dominant-baseline="middle">{{label}}</text></g>{{#href}}</a>{{/href}}{{/nodes}}</g>\
    </svg></div>\
    <p class="muted">An edge's width is its number of events (either direction), its colour their mean Goldstein score (red conflict, blue cooperation); a node's size is its actor's events among these pairs, and it links to all the actor's events among the query's.</p>\
    <div class="wide"><table><tr><th>Actor</th><th>Actor</th><th>Events</th><th>Mean Goldstein</th></tr>\
    {{#pairs}}<tr><td>{{a}}</td><td>{{b}}</td><td><a href="{{href}}">{{count}}</a></td><td>{{goldstein}}</td></tr>{{/pairs}}\
    </table></div>{{/graph}}{{/body}}{{/shell}}
    """

  func network(_ request: Request) async throws -> Response {
    let p = QueryParameters(request)
    let form = FilterForm(
      p, action: "/network", folded: true, extra: [("pairs", "Pairs", "25, up to 200")])
    func failed(_ e: APIError) -> Response {
      HTML.response(
        status: e.status,
        NetworkPage(search: form.text, form: form, warnings: [e.message], graph: []), .network)
    }
    let tallies: [EventTally]
    let most: Int
    do {
      most = try p.int("pairs", max: 200) ?? 25
      guard most > 0 else {
        throw APIError(
          status: .badRequest, message: "pairs \"0\": must be a whole number from 1 to 200",
          parameter: "pairs")
      }
      var q = try p.eventQuery(lexicon: lexicon)
      q.limit = nil
      q.offset = 0
      tallies = try await store.tallies(matching: q, by: .sides)
    } catch let e as APIError {
      return failed(e)
    } catch let e as QueryError {
      return failed(APIError(e))
    }
    let pairs = PairCounts(tallies, lexicon: lexicon, most: most)
    let drawing = Self.drawing(pairs, parameters: p, lexicon: lexicon)
    return HTML.response(
      NetworkPage(search: form.text, form: form, warnings: [], graph: [drawing]), .network)
  }

  /// Red (−10) through grey (0) to blue (+10).
  static func goldsteinColour(_ g: Double) -> String {
    let t = max(-1, min(1, g / 10))
    let grey = (187.0, 187.0, 187.0)
    let end = t < 0 ? (178.0, 24.0, 43.0) : (33.0, 102.0, 172.0)
    let k = abs(t)
    func hex(_ a: Double, _ b: Double) -> String {
      let v = Int((a + (b - a) * k).rounded())
      return String(format: "%02x", v)
    }
    return "#" + hex(grey.0, end.0) + hex(grey.1, end.1) + hex(grey.2, end.2)
  }

  /// The query's events with the actor `key` (as the `actor` filter reads it) on a side: the
  /// query with `actor=key` added when it has no actor filter, or with its actor filter
  /// replaced — by `key` when that is narrower than one of its values (`IGONATOMIL` of
  /// `IGONATO`); by nothing when every value is narrower than `key` (`USAGOV` of `USA`), so
  /// that every event already has it; by `dyad=value,key` when there is one value that does
  /// not overlap `key`, and no dyad. Otherwise (several values that do not overlap `key`, or a
  /// dyad as well) the filters cannot say it, and `nil`.
  static func actorLink(_ key: String, parameters p: QueryParameters) -> String? {
    let values = p.list("actor").map { $0.uppercased() }
    /// Whether every actor the `actor` filter `a` matches, `b` matches too.
    func within(_ a: String, _ b: String) -> Bool {
      if Actor.isOrganisation(b) { return a.hasPrefix(b) }
      return !Actor.isOrganisation(a) && (b.count == 3 ? a.prefix(3) == b : a == b)
    }
    if values.isEmpty {
      return p.link("/events", replacing: [], with: [("actor", key)])
    }
    if values.contains(where: { within(key, $0) }) {
      return p.link("/events", replacing: ["actor"], with: [("actor", key)])
    }
    if values.allSatisfy({ within($0, key) }) {
      return p.link("/events", replacing: [], with: [])
    }
    if values.count == 1, p.value("dyad") == nil {
      return p.link("/events", replacing: ["actor"], with: [("dyad", values[0] + "," + key)])
    }
    return nil
  }

  /// An actor's key with its name, when the lexicon has one.
  static func actorName(_ key: String, _ lexicon: Lexicon) -> String {
    lexicon.countries[key].map { "\(key) (\($0.name))" } ?? key
  }

  static func drawing(_ pairs: PairCounts, parameters p: QueryParameters, lexicon: Lexicon)
    -> NetworkDrawing
  {
    let layout = CircleLayout(pairs, size: 640)
    let f = WorldMap.fixed
    let mostCount = pairs.pairs.map(\.count).max() ?? 1
    let mostActive = layout.activity.values.max() ?? 1
    func link(_ pair: PairCounts.Pair) -> String {
      p.link("/events", replacing: ["dyad"], with: [("dyad", pair.a + "," + pair.b)])
    }
    // (Wide edges first, so that narrow ones stay visible on top.)
    let edges = pairs.pairs.filter { $0.a != $0.b }.sorted { $0.count > $1.count }.compactMap {
      pair -> NetworkEdge? in
      guard let u = layout.position[pair.a], let v = layout.position[pair.b] else { return nil }
      return NetworkEdge(
        href: link(pair), x1: f(u.x), y1: f(u.y), x2: f(v.x), y2: f(v.y),
        width: f(1.5 + 10.5 * Double(pair.count) / Double(mostCount)),
        colour: goldsteinColour(pair.goldstein),
        title:
          "\(pair.a)–\(pair.b): \(pair.count) event\(pair.count == 1 ? "" : "s"), mean Goldstein \(String(format: "%.1f", pair.goldstein))"
      )
    }
    let nodes = layout.order.map { key -> NetworkNode in
      let at = layout.position[key] ?? (0, 0)
      let angle = layout.angle[key] ?? 0
      let n = layout.activity[key] ?? 0
      let r = 4 + 8 * (Double(n) / Double(mostActive)).squareRoot()
      let out = r + 6
      return NetworkNode(
        href: actorLink(key, parameters: p).map { [$0] } ?? [], x: f(at.x), y: f(at.y), r: f(r),
        labelX: f(at.x + out * cos(angle)),
        labelY: f(at.y + out * sin(angle)),
        anchor: cos(angle) < -0.2 ? "end" : cos(angle) > 0.2 ? "start" : "middle",
        label: key, title: "\(actorName(key, lexicon)): \(n) event\(n == 1 ? "" : "s")")
    }
    let rows = pairs.pairs.map { pair in
      PairRow(
        a: actorName(pair.a, lexicon), b: actorName(pair.b, lexicon), href: link(pair),
        count: pair.count, goldstein: String(format: "%.1f", pair.goldstein))
    }
    let summary =
      "\(pairs.events) event\(pairs.events == 1 ? "" : "s") with a target, \(pairs.total) pair\(pairs.total == 1 ? "" : "s") of actors; the \(pairs.pairs.count) most active shown (pairs=N for more, up to 200)"
    return NetworkDrawing(
      size: 640, summary: summary, edges: edges, nodes: nodes, legend: goldsteinLegend,
      pairs: rows)
  }
}
