import Foundation

/// The world map the map page draws points on: country outlines from Natural Earth's 1:110m
/// countries (public domain), kept in `Resources/world-110m.txt` (made by
/// `scripts/make-world-map.py`), in the Equal Earth projection (Šavrič, Patterson and Jenny,
/// 2018: equal-area, so a region's points are not spread out by the map), from 60° south to
/// 84° north. Read once; a missing file gives a map without outlines, never a failure.
enum WorldMap {
  /// The drawing's width; its height follows from the projection.
  static let width = 960.0
  static let south = -58.0
  static let north = 84.0

  /// A country's outline, ready for a `<path d="…">`.
  struct Country {
    let iso: String
    let name: String
    let path: String
  }

  /// Equal Earth's coefficients.
  private static let a1 = 1.340264
  private static let a2 = -0.081106
  private static let a3 = 0.000893
  private static let a4 = 0.003796

  /// Equal Earth: longitude and latitude (degrees) to the projection's plane (unit sphere).
  static func equalEarth(lon: Double, lat: Double) -> (x: Double, y: Double) {
    let lambda = lon * .pi / 180
    let theta = asin(sqrt(3) / 2 * sin(lat * .pi / 180))
    let t2 = theta * theta
    let t6 = t2 * t2 * t2
    let x =
      2 * sqrt(3) * lambda * cos(theta) / (3 * (9 * a4 * t6 * t2 + 7 * a3 * t6 + 3 * a2 * t2 + a1))
    let y = theta * (a1 + a2 * t2 + t6 * (a3 + a4 * t2))
    return (x, y)
  }

  /// Pixels per unit of the projection's plane, and its top edge.
  static let scale = width / (2 * equalEarth(lon: 180, lat: 0).x)
  static let top = equalEarth(lon: 0, lat: north).y
  static let height = ((top - equalEarth(lon: 0, lat: south).y) * scale).rounded()

  /// A point of the drawing (SVG coordinates: y grows downwards), latitudes outside the map
  /// held at its edge.
  static func point(lon: Double, lat: Double) -> (x: Double, y: Double) {
    let p = equalEarth(lon: max(-180, min(180, lon)), lat: max(south, min(north, lat)))
    return (width / 2 + p.x * scale, (top - p.y) * scale)
  }

  /// The countries, read and projected once.
  static let countries: [Country] = {
    guard let url = file(), let text = try? String(contentsOf: url, encoding: .utf8) else {
      return []
    }
    return parse(text)
  }()

  /// The outlines file: in the resources folder next to the program, then in the source tree.
  static func file() -> URL? {
    let name = "world-110m.txt"
    var places: [URL] = []
    var programs = [Bundle.main.bundleURL]
    if let exe = Bundle.main.executableURL {
      programs.append(exe.resolvingSymlinksInPath().deletingLastPathComponent())
    }
    for dir in programs {
      places.append(
        dir.appendingPathComponent("Detente_DetenteServer.resources").appendingPathComponent(name))
      places.append(
        dir.appendingPathComponent("Detente_DetenteServer.bundle").appendingPathComponent(name))
    }
    places.append(
      URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Resources").appendingPathComponent(name))
    return places.first { FileManager.default.fileExists(atPath: $0.path) }
  }

  /// `ISO3|Name|ring;ring` lines; a ring is tenths of a degree, the first point whole and the
  /// others as differences from the one before.
  static func parse(_ text: String) -> [Country] {
    var out: [Country] = []
    for line in text.split(separator: "\n") where !line.hasPrefix("#") {
      let fields = line.split(separator: "|", maxSplits: 2, omittingEmptySubsequences: false)
      guard fields.count == 3 else { continue }
      var path = ""
      for ring in fields[2].split(separator: ";") {
        let v = ring.split(separator: " ").compactMap { Int($0) }
        guard v.count >= 6, v.count % 2 == 0 else { continue }
        var lon = 0
        var lat = 0
        for i in stride(from: 0, to: v.count, by: 2) {
          lon += v[i]
          lat += v[i + 1]
          let p = point(lon: Double(lon) / 10, lat: Double(lat) / 10)
          path += (i == 0 ? "M" : i == 2 ? "L" : " ") + fixed(p.x) + " " + fixed(p.y)
        }
        path += "Z"
      }
      out.append(Country(iso: String(fields[0]), name: String(fields[1]), path: path))
    }
    return out
  }

  /// A coordinate with one decimal.
  static func fixed(_ v: Double) -> String {
    let tenths = Int((v * 10).rounded())
    let sign = tenths < 0 ? "-" : ""
    return "\(sign)\(abs(tenths) / 10).\(abs(tenths) % 10)"
  }
}
