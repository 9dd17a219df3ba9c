import DetenteCore
import Foundation

/// The timeline chart, drawn by the server as inline SVG: per month, cooperation above the
/// line and conflict below, each bar a link to its events. The numbers are worked out here; the
/// SVG is written by ``template``, which escapes the links and labels like every page's values.
struct Chart {
  /// Whether there is anything to draw (else a line says so).
  let drawn: Bool
  let width: Int
  let height: Int
  let mid: Int
  /// Where the axis ends.
  let axisEnd: Int
  /// Where the month's label and its score stand.
  let labelY: Int
  let scoreY: Int
  let bars: [Bar]

  /// One month: its two bars (each a link to its events), its label and its mean Goldstein score.
  struct Bar {
    let href: String
    let period: String
    let x: Int
    let coopY: Int
    let coopHeight: Int
    let coop: Int
    let conflictX: Int
    let conflictHeight: Int
    let conflict: Int
    let labelX: Int
    let goldstein: Int
  }

  init(_ t: Timeline, link: (String) -> String) {
    let mid = 130
    drawn = !t.buckets.isEmpty
    width = max(320, t.buckets.count * 44 + 60)
    height = 260
    self.mid = mid
    axisEnd = width - 10
    labelY = height - 8
    scoreY = height - 22
    let maxCount = max(
      1, t.buckets.map { max($0.quad[0] + $0.quad[1], $0.quad[2] + $0.quad[3]) }.max() ?? 1)
    let scale = Double(mid - 30) / Double(maxCount)
    bars = t.buckets.enumerated().map { n, b in
      let x = 50 + n * 44
      let coop = b.quad[0] + b.quad[1]
      let conflict = b.quad[2] + b.quad[3]
      let up = Int(Double(coop) * scale)
      return Bar(
        href: link(b.period), period: b.period, x: x, coopY: mid - up, coopHeight: up, coop: coop,
        conflictX: x + 18, conflictHeight: Int(Double(conflict) * scale), conflict: conflict,
        labelX: x + 17, goldstein: Int(b.goldstein.rounded()))
    }
  }

  static let template = """
    {{^drawn}}<p>No events for this dyad.</p>{{/drawn}}{{#drawn}}\
    <svg viewBox="0 0 {{width}} {{height}}" role="img" aria-label="Cooperation and conflict per month" xmlns="http://www.w3.org/2000/svg">\
    <line x1="40" y1="{{mid}}" x2="{{axisEnd}}" y2="{{mid}}" stroke="#888"/>\
    {{#bars}}<a href="{{href}}">\
    <rect x="{{x}}" y="{{coopY}}" width="16" height="{{coopHeight}}" fill="#3a7bd5"><title>{{period}}: {{coop}} cooperation</title></rect>\
    <rect x="{{conflictX}}" y="{{mid}}" width="16" height="{{conflictHeight}}" fill="#d5533a"><title>{{period}}: {{conflict}} conflict</title></rect>\
    </a>\
    <text x="{{labelX}}" y="{{labelY}}" font-size="10" text-anchor="middle">{{period}}</text>\
    <text x="{{labelX}}" y="{{scoreY}}" font-size="9" text-anchor="middle" fill="#555">{{goldstein}}</text>\
    {{/bars}}</svg>{{/drawn}}
    """
}
