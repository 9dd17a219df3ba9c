import DetenteCore
import DetenteStore
import Foundation

/// Events counted by pair of actors, in either direction (from the store's tallies by sides). An actor is its country (`RUS` for
/// `RUSGOV`) or, for an organisation, its code (`IGONATO`): what the `dyad` filter matches, so
/// that a pair's count is the number of events its `dyad` link finds. Events without a target,
/// or with a side the filter cannot name, are left out.
struct PairCounts {
  struct Pair {
    /// The two actors, in alphabetical order (the same for a pair with itself).
    let a: String
    let b: String
    let count: Int
    /// The mean Goldstein score of its events.
    let goldstein: Double
  }

  /// The most active pairs, most events first, then by name.
  let pairs: [Pair]
  /// The number of pairs there are, and of the events they hold.
  let total: Int
  let events: Int

  /// The pairs of the store's tallies by sides.
  init(_ tallies: [EventTally], lexicon: Lexicon, most: Int) {
    var counts: [String: (a: String, b: String, n: Int, tenths: Int)] = [:]
    var held = 0
    for t in tallies {
      guard let s = Self.key(t.key[0], lexicon), let u = Self.key(t.key[1], lexicon) else {
        continue
      }
      let (a, b) = s <= u ? (s, u) : (u, s)
      let id = a + "," + b
      var c = counts[id] ?? (a, b, 0, 0)
      c.n += t.count
      c.tenths += t.goldsteinTenths
      counts[id] = c
      held += t.count
    }
    let all = counts.values.map {
      Pair(a: $0.a, b: $0.b, count: $0.n, goldstein: Double($0.tenths) / Double(10 * $0.n))
    }
    .sorted { ($0.count, $1.a, $1.b) > ($1.count, $0.a, $0.b) }
    pairs = Array(all.prefix(most))
    total = all.count
    self.events = held
  }

  /// The actor of a stored code (empty: none) as the `dyad` filter names it, or `nil`.
  static func key(_ code: String, _ lexicon: Lexicon) -> String? {
    code.isEmpty ? nil : key(Actor(text: "", code: code), lexicon)
  }

  /// The actor as the `dyad` filter names it, or `nil` when it cannot.
  static func key(_ actor: Actor, _ lexicon: Lexicon) -> String? {
    if Actor.isOrganisation(actor.code) {
      return actor.code.count > 3 && actor.code.allSatisfy { $0.isLetter && $0.isASCII }
        ? actor.code : nil
    }
    return actor.country.count == 3 && lexicon.countries[actor.country] != nil
      ? actor.country : nil
  }
}

/// Actors on a circle, in an order that keeps pairs side by side: the most active actor first,
/// then each time the one with the most events with the actor placed last (ties: with all
/// placed, then the most active, then by name). Deterministic: the same pairs give the same
/// drawing.
struct CircleLayout {
  let order: [String]
  let position: [String: (x: Double, y: Double)]
  /// Each actor's direction from the centre (radians), for its label.
  let angle: [String: Double]
  /// Each actor's events among the pairs drawn.
  let activity: [String: Int]

  init(_ pairs: PairCounts, size: Double) {
    var weight: [String: [String: Int]] = [:]
    var activity: [String: Int] = [:]
    for p in pairs.pairs {
      activity[p.a, default: 0] += p.count
      if p.a != p.b {
        activity[p.b, default: 0] += p.count
        weight[p.a, default: [:]][p.b] = p.count
        weight[p.b, default: [:]][p.a] = p.count
      }
    }
    var left = Set(activity.keys)
    var order: [String] = []
    func better(_ x: (Int, Int, Int, String), than y: (Int, Int, Int, String)) -> Bool {
      (x.0, x.1, x.2, y.3) > (y.0, y.1, y.2, x.3)
    }
    while true {
      let scores = left.map { c in
        let toLast = order.last.flatMap { weight[c]?[$0] } ?? 0
        let toPlaced = order.reduce(0) { $0 + (weight[c]?[$1] ?? 0) }
        return (toLast, toPlaced, activity[c] ?? 0, c)
      }
      guard let best = scores.max(by: { better($1, than: $0) }) else { break }
      order.append(best.3)
      left.remove(best.3)
    }
    let radius = size / 2 - 90
    var position: [String: (x: Double, y: Double)] = [:]
    var angle: [String: Double] = [:]
    for (i, key) in order.enumerated() {
      let a = 2 * Double.pi * Double(i) / Double(max(1, order.count)) - Double.pi / 2
      angle[key] = a
      position[key] = (size / 2 + radius * cos(a), size / 2 + radius * sin(a))
    }
    self.order = order
    self.position = position
    self.angle = angle
    self.activity = activity
  }
}
