import DetenteCore
import Foundation

/// The timeline chart, drawn by the server as inline SVG: a continuous time axis (periods
/// without events shown empty), per period the four quad classes stacked, cooperation above the
/// zero line and conflict below, on a labelled scale of events; the Goldstein sum as a line on
/// its own scale (right), whose zero is the same line; each period a link to its events. The
/// numbers are worked out here; the SVG is written by ``template``, which escapes every value
/// like every page's, and ``rows`` are the same numbers as a table.
struct Chart {
  let width = 900
  let height = 340
  let left = 56
  let right = 844
  let top = 20
  let bottom = 300
  let zero: String
  let bars: [Bar]
  let ticks: [Tick]
  let scoreTicks: [Tick]
  let labels: [Label]
  /// The Goldstein sums' line (`x,y x,y …`) and its points.
  let line: String
  let dots: [Dot]
  let legend: [PageRoutes.QuadLegend]
  let rows: [Row]
  /// "month", "week" or "year".
  let period: String

  /// A period's stacked bar, a link to its events.
  struct Bar {
    let href: String
    let title: String
    let parts: [Part]
  }

  struct Part {
    let x: String
    let y: String
    let width: String
    let height: String
    let colour: String
  }

  /// A labelled line of a scale.
  struct Tick {
    let y: String
    let label: String
  }

  /// A period's name under the axis.
  struct Label {
    let x: String
    let text: String
  }

  struct Dot {
    let x: String
    let y: String
    let title: String
  }

  /// A period's numbers.
  struct Row {
    let period: String
    /// The period's events, when it has any.
    let link: [String]
    let quad: [Int]
    let total: Int
    let goldstein: String
  }

  /// A scale's step, the smallest whole round number (1, 2 or 5 times a power of ten) that
  /// divides `most` into at most three, and its end: the first multiple at least `most`.
  static func scale(_ most: Double) -> (step: Double, end: Double) {
    let most = max(most, 3)
    let rough = most / 3
    let power = pow(10, floor(log10(rough)))
    let step = [1.0, 2, 5, 10].map { $0 * power }.first { $0 >= rough } ?? rough
    return (step, step * (most / step).rounded(.up))
  }

  /// The chart of `buckets`, one per period of the axis in order (empty ones included).
  init(_ buckets: [Timeline.Bucket], by period: Timeline.Period, link: (String) -> String) {
    let f = WorldMap.fixed
    self.period = period.rawValue
    let mid = Double(top + bottom) / 2
    let half = Double(bottom - top) / 2
    zero = f(mid)
    let counts = Self.scale(
      Double(buckets.map { max($0.quad[0] + $0.quad[1], $0.quad[2] + $0.quad[3]) }.max() ?? 1))
    let scores = Self.scale(buckets.map { abs($0.goldstein) }.max() ?? 1)
    let unit = half / counts.end
    let scoreUnit = half / scores.end
    ticks = stride(from: -counts.end, through: counts.end, by: counts.step).map {
      Tick(y: f(mid - $0 * unit), label: String(Int(abs($0))))
    }
    scoreTicks = stride(from: -scores.end, through: scores.end, by: scores.step).map {
      Tick(y: f(mid - $0 * scoreUnit), label: String(Int($0)))
    }
    let slot = Double(right - left) / Double(max(1, buckets.count))
    let barWidth = max(1, slot * 0.7)
    let colours = PageRoutes.quadColours
    var bars: [Bar] = []
    var points: [String] = []
    var dots: [Dot] = []
    for (i, b) in buckets.enumerated() {
      let x = Double(left) + Double(i) * slot + (slot - barWidth) / 2
      // Cooperation stacked up from the line (verbal first), conflict down (verbal first).
      var parts: [Part] = []
      var up = mid
      var down = mid
      for k in 0..<4 where b.quad[k] > 0 {
        let h = Double(b.quad[k]) * unit
        let y = k < 2 ? up - h : down
        if k < 2 { up -= h } else { down += h }
        parts.append(
          Part(x: f(x), y: f(y), width: f(barWidth), height: f(h), colour: colours[k]))
      }
      let total = b.quad.reduce(0, +)
      let names = zip(b.quad, PageRoutes.quadNames).map { "\($0) \($1)" }.joined(separator: ", ")
      let sum = String(format: "%.1f", b.goldstein)
      bars.append(
        Bar(
          href: link(b.period),
          title:
            "\(b.period): \(total) event\(total == 1 ? "" : "s") (\(names)); Goldstein sum \(sum)",
          parts: parts))
      let cx = f(x + barWidth / 2)
      let cy = f(mid - b.goldstein * scoreUnit)
      points.append(cx + "," + cy)
      dots.append(Dot(x: cx, y: cy, title: "\(b.period): Goldstein sum \(sum)"))
    }
    self.bars = bars
    line = points.joined(separator: " ")
    self.dots = dots
    // A label every so many periods, so that they do not run into each other.
    let every = max(1, Int((Double(period == .week ? 80 : 64) / slot).rounded(.up)))
    let x0 = Double(left)
    labels = buckets.enumerated().filter { $0.offset % every == 0 }.map { i, b in
      Label(x: f(x0 + (Double(i) + 0.5) * slot), text: b.period)
    }
    legend = PageRoutes.quadLegend
    rows = buckets.map { b in
      Row(
        period: b.period, link: b.quad.reduce(0, +) == 0 ? [] : [link(b.period)], quad: b.quad,
        total: b.quad.reduce(0, +),
        goldstein: String(format: "%.1f", b.goldstein))
    }
  }

  static let template = """
    {{>quadLegend}}<p class="muted">Line: the Goldstein sum of each {{period}} (scale on the right).</p>\
    <div class="wide"><svg class="chart" viewBox="0 0 {{width}} {{height}}" role="img" aria-label="Events per {{period}} by quad class, and their Goldstein sum" xmlns="http://www.w3.org/2000/svg">\
    <g font-size="11" fill="#444">{{#ticks}}<line x1="{{left}}" y1="{{y}}" x2="{{right}}" y2="{{y}}" stroke="#e5e8ec"/><text x="50" y="{{y}}" text-anchor="end" dominant-baseline="middle">{{label}}</text>{{/ticks}}\
    {{#scoreTicks}}<text x="850" y="{{y}}" dominant-baseline="middle" fill="#6a3d9a">{{label}}</text>{{/scoreTicks}}\
    <text transform="translate(14 {{zero}}) rotate(-90)" text-anchor="middle">events (cooperation up, conflict down)</text>\
    <text transform="translate(890 {{zero}}) rotate(90)" text-anchor="middle" fill="#6a3d9a">Goldstein sum</text></g>\
    {{#bars}}<a href="{{href}}"><g><title>{{title}}</title>{{#parts}}<rect x="{{x}}" y="{{y}}" width="{{width}}" height="{{height}}" fill="{{colour}}"/>{{/parts}}</g></a>{{/bars}}\
    <line x1="{{left}}" y1="{{zero}}" x2="{{right}}" y2="{{zero}}" stroke="#555"/><line x1="{{left}}" y1="{{top}}" x2="{{left}}" y2="{{bottom}}" stroke="#555"/>\
    <polyline points="{{line}}" fill="none" stroke="#6a3d9a" stroke-width="1.5"/>{{#dots}}<circle cx="{{x}}" cy="{{y}}" r="2.5" fill="#6a3d9a"><title>{{title}}</title></circle>{{/dots}}\
    <g font-size="11" fill="#444" text-anchor="middle">{{#labels}}<text x="{{x}}" y="318">{{text}}</text>{{/labels}}</g>\
    </svg></div>\
    <div class="wide"><table><tr><th>Period</th>{{#legend}}<th>{{name}}</th>{{/legend}}<th>Events</th><th>Goldstein sum</th></tr>\
    {{#rows}}<tr><td>{{period}}</td>{{#quad}}<td>{{.}}</td>{{/quad}}<td>{{#link}}<a href="{{.}}">{{total}}</a>{{/link}}{{^link}}{{total}}{{/link}}</td><td>{{goldstein}}</td></tr>{{/rows}}</table></div>
    """
}
