import DetenteCore
import DetenteStore
import Foundation
import Hummingbird

/// The map: the events of a query at their places on a world map (``WorldMap``), a point per
/// place sized by its number of events and divided by quad class, each part a link to those
/// events; a table of the same numbers below it.
extension PageRoutes {
  struct MapPage: HTML.View {
    let title = "Map"
    let search: String
    let form: FilterForm
    let warnings: [String]
    /// The drawing (none when there is a warning).
    let map: [MapDrawing]
  }

  /// The drawing: the outlines, the points (largest first, so that small ones stay on top) and
  /// the table of places.
  struct MapDrawing {
    let width: Int
    let height: Int
    let summary: String
    let countries: [Outline]
    let points: [MapPoint]
    let legend: [QuadLegend]
    let places: [PlaceRow]
  }

  struct Outline {
    let name: String
    let path: String
  }

  /// A place's point: one slice per quad class it has events of.
  struct MapPoint {
    let slices: [Slice]
  }

  /// A part of a point or a graph, linked to its events.
  struct Slice {
    let href: String
    let path: String
    let colour: String
    let title: String
  }

  /// A quad class's colour and name.
  struct QuadLegend {
    let colour: String
    let name: String
  }

  /// A row of the table: a place, its events and those of each quad class, each linked.
  struct PlaceRow {
    let name: String
    let country: String
    let href: String
    let total: Int
    let cells: [CountCell]
  }

  /// A number of events, linked to them when there are any.
  struct CountCell {
    let count: Int
    let link: [String]
  }

  /// The quad classes' names and colours (1 verbal cooperation … 4 material conflict).
  static let quadNames = [
    "verbal cooperation", "material cooperation", "verbal conflict", "material conflict",
  ]
  static let quadColours = ["#74a9cf", "#0b559f", "#f4a582", "#b2182b"]
  static let quadLegend = zip(quadColours, quadNames).map { QuadLegend(colour: $0, name: $1) }

  static let mapTemplate = """
    {{<shell}}{{$body}}{{#form}}{{>filterForm}}{{/form}}{{#warnings}}<p class="warn">{{.}}</p>{{/warnings}}\
    {{#map}}<p class="muted">{{summary}}</p>\
    {{>quadLegend}}\
    <svg class="map" viewBox="0 0 {{width}} {{height}}" role="img" aria-label="Events by place on a world map" xmlns="http://www.w3.org/2000/svg">\
    <rect width="{{width}}" height="{{height}}" fill="#eaf1f8"/>\
    <g fill="#fbfbf8" stroke="#a9b3bd" stroke-width="0.5">{{#countries}}<path d="{{path}}"><title>{{name}}</title></path>{{/countries}}</g>\
    <g stroke="#fff" stroke-width="0.8" fill-opacity="0.9">{{#points}}<g>{{#slices}}<a href="{{href}}"><path d="{{path}}" fill="{{colour}}"><title>{{title}}</title></path></a>{{/slices}}</g>{{/points}}</g>\
    </svg>\
    <p class="muted">Equal Earth projection; country outlines from Natural Earth 1:110m (public domain). A point's area is its number of events.</p>\
    <div class="wide"><table><tr><th>Place</th><th>Country</th><th>Events</th>{{#legend}}<th>{{name}}</th>{{/legend}}</tr>\
    {{#places}}<tr><td><a href="{{href}}">{{name}}</a></td><td>{{country}}</td><td>{{total}}</td>{{#cells}}<td>{{#link}}<a href="{{.}}">{{count}}</a>{{/link}}{{^link}}{{count}}{{/link}}</td>{{/cells}}</tr>{{/places}}\
    </table></div>{{/map}}{{/body}}{{/shell}}
    """

  /// The four quad classes' colours, named.
  static let quadLegendTemplate = """
    <ul class="legend">{{#legend}}<li><svg viewBox="0 0 10 10" width="12" height="12" aria-hidden="true"><rect width="10" height="10" fill="{{colour}}"/></svg> {{name}}</li>{{/legend}}</ul>
    """

  func map(_ request: Request) async throws -> Response {
    let p = QueryParameters(request)
    let form = FilterForm(p, action: "/map", folded: true)
    let tallies: [EventTally]
    do {
      var q = try p.eventQuery(lexicon: lexicon)
      q.limit = nil
      q.offset = 0
      tallies = try await store.tallies(matching: q, by: .place)
    } catch let e as APIError {
      return HTML.response(
        status: e.status,
        MapPage(search: form.text, form: form, warnings: [e.message], map: []), .map)
    } catch let e as QueryError {
      let e = APIError(e)
      return HTML.response(
        status: e.status,
        MapPage(search: form.text, form: form, warnings: [e.message], map: []), .map)
    }
    let events = tallies.reduce(0) { $0 + $1.count }
    let drawing = Self.drawing(PlaceCounts(tallies), events: events, parameters: p)
    return HTML.response(
      MapPage(search: form.text, form: form, warnings: [], map: [drawing]), .map)
  }

  /// The map of places' counts.
  static func drawing(_ counts: PlaceCounts, events: Int, parameters p: QueryParameters)
    -> MapDrawing
  {
    let most = counts.places.map(\.total).max() ?? 1
    func link(_ place: String, quad: Int?) -> String {
      // (A class's link replaces the query's classes; the place's keeps them.)
      guard let quad else {
        return p.link("/events", replacing: ["place"], with: [("place", place)])
      }
      return p.link(
        "/events", replacing: ["place", "quad"], with: [("place", place), ("quad", String(quad))])
    }
    let points = counts.places.map { place -> MapPoint in
      let at = WorldMap.point(lon: place.lon, lat: place.lat)
      // (Area in step with the count; the smallest still big enough to tap.)
      let r = 3 + 15 * (Double(place.total) / Double(most)).squareRoot()
      let slices = Pie.slices(place.quad, x: at.x, y: at.y, r: r).map { s in
        Slice(
          href: link(place.name, quad: s.index + 1), path: s.path, colour: quadColours[s.index],
          title: "\(place.name): \(place.quad[s.index]) \(quadNames[s.index])")
      }
      return MapPoint(slices: slices)
    }
    let rows = counts.places.map { place in
      PlaceRow(
        name: place.name, country: place.country, href: link(place.name, quad: nil),
        total: place.total,
        cells: place.quad.enumerated().map { k, n in
          CountCell(count: n, link: n > 0 ? [link(place.name, quad: k + 1)] : [])
        })
    }
    let placed = counts.places.reduce(0) { $0 + $1.total }
    return MapDrawing(
      width: Int(WorldMap.width), height: Int(WorldMap.height),
      summary:
        "\(events) event\(events == 1 ? "" : "s"), \(placed) with a place, at \(counts.places.count) place\(counts.places.count == 1 ? "" : "s")",
      countries: WorldMap.countries.map { Outline(name: $0.name, path: $0.path) },
      points: points, legend: quadLegend, places: rows)
  }
}

/// Events counted by place (a place is its name, as the `place` filter reads it, in any case),
/// most events first, then by name, from the store's tallies by place. A place spelled or placed
/// in more than one way is drawn as the way most of its events have it.
struct PlaceCounts {
  struct Place {
    let name: String
    let country: String
    let lat: Double
    let lon: Double
    /// Events per quad class, 1 to 4.
    var quad: [Int]
    var total: Int { quad.reduce(0, +) }
  }

  /// One way a place is stored: its name, country and coordinates.
  struct Spelling: Hashable {
    let name: String
    let country: String
    let lat: Double
    let lon: Double
  }

  let places: [Place]

  init(_ tallies: [EventTally]) {
    var byName: [String: (quad: [Int], spellings: [Spelling: Int])] = [:]
    for t in tallies where !t.key[0].isEmpty && (1...4).contains(t.quadClass) {
      let spelling = Spelling(
        name: t.key[0], country: t.key[1], lat: t.lat ?? 0, lon: t.lon ?? 0)
      var place = byName[t.key[0].lowercased()] ?? ([0, 0, 0, 0], [:])
      place.quad[t.quadClass - 1] += t.count
      place.spellings[spelling, default: 0] += t.count
      byName[t.key[0].lowercased()] = place
    }
    places = byName.values.compactMap { place -> Place? in
      let most = place.spellings.max {
        ($0.value, $1.key.name, $1.key.country, $1.key.lat, $1.key.lon)
          < ($1.value, $0.key.name, $0.key.country, $0.key.lat, $0.key.lon)
      }
      guard let s = most?.key else { return nil }
      return Place(name: s.name, country: s.country, lat: s.lat, lon: s.lon, quad: place.quad)
    }
    .sorted { ($0.total, $1.name) > ($1.total, $0.name) }
  }
}

/// A pie's slices as SVG paths: one per non-zero count, clockwise from the top; a single class
/// is a whole circle.
enum Pie {
  static func slices(_ counts: [Int], x: Double, y: Double, r: Double)
    -> [(index: Int, path: String)]
  {
    let total = counts.reduce(0, +)
    guard total > 0 else { return [] }
    let f = WorldMap.fixed
    let nonZero = counts.enumerated().filter { $0.element > 0 }
    if nonZero.count == 1 {
      let k = nonZero[0].offset
      return [
        (
          k,
          "M\(f(x - r)) \(f(y))a\(f(r)) \(f(r)) 0 1 0 \(f(2 * r)) 0a\(f(r)) \(f(r)) 0 1 0 \(f(-2 * r)) 0Z"
        )
      ]
    }
    var out: [(Int, String)] = []
    var start = 0.0
    for (k, n) in nonZero {
      let end = start + Double(n) / Double(total)
      func at(_ t: Double) -> String {
        let a = 2 * Double.pi * t - Double.pi / 2
        return f(x + r * cos(a)) + " " + f(y + r * sin(a))
      }
      let large = end - start > 0.5 ? 1 : 0
      out.append((k, "M\(f(x)) \(f(y))L\(at(start))A\(f(r)) \(f(r)) 0 \(large) 1 \(at(end))Z"))
      start = end
    }
    return out
  }
}
