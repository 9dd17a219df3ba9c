import DetenteCore
import Foundation

/// The timeline chart, drawn by the server as inline SVG: per month, cooperation above the
/// line and conflict below, each bar a link to its events.
enum Chart {
  static func svg(_ t: Timeline, link: (String) -> String) -> String {
    guard !t.buckets.isEmpty else { return "<p>No events for this dyad.</p>" }
    let width = max(320, t.buckets.count * 44 + 60)
    let height = 260
    let mid = 130
    let maxCount = max(
      1, t.buckets.map { max($0.quad[0] + $0.quad[1], $0.quad[2] + $0.quad[3]) }.max() ?? 1)
    let scale = Double(mid - 30) / Double(maxCount)
    var s =
      "<svg viewBox=\"0 0 \(width) \(height)\" role=\"img\" aria-label=\"Cooperation and conflict per month\" xmlns=\"http://www.w3.org/2000/svg\">"
    s += "<line x1=\"40\" y1=\"\(mid)\" x2=\"\(width - 10)\" y2=\"\(mid)\" stroke=\"#888\"/>"
    for (n, b) in t.buckets.enumerated() {
      let x = 50 + n * 44
      let coop = b.quad[0] + b.quad[1]
      let conflict = b.quad[2] + b.quad[3]
      let up = Int(Double(coop) * scale)
      let down = Int(Double(conflict) * scale)
      s += "<a href=\"\(HTML.escape(link(b.period)))\">"
      s +=
        "<rect x=\"\(x)\" y=\"\(mid - up)\" width=\"16\" height=\"\(up)\" fill=\"#3a7bd5\"><title>\(HTML.escape(b.period)): \(coop) cooperation</title></rect>"
      s +=
        "<rect x=\"\(x + 18)\" y=\"\(mid)\" width=\"16\" height=\"\(down)\" fill=\"#d5533a\"><title>\(HTML.escape(b.period)): \(conflict) conflict</title></rect>"
      s += "</a>"
      s +=
        "<text x=\"\(x + 17)\" y=\"\(height - 8)\" font-size=\"10\" text-anchor=\"middle\">\(HTML.escape(b.period))</text>"
      s +=
        "<text x=\"\(x + 17)\" y=\"\(height - 22)\" font-size=\"9\" text-anchor=\"middle\" fill=\"#555\">\(Int(b.goldstein.rounded()))</text>"
    }
    s += "</svg>"
    return s
  }
}
