import Foundation

/// Scores coded events against a gold file with the rules of the project's reference scorer:
/// a gold event is found by a system event of the same article whose sentence contains the gold
/// sentence text, with the same source and target countries (either order when symmetric) and
/// the same event class (the CAMEO root; 036 and 04x form one MEET class).
public struct Scorer: Sendable {
  /// One gold line.
  public struct Gold: Sendable, Hashable {
    public var article: String
    public var sentence: String
    public var source: String
    public var target: String
    public var cameo: String
    public var modality: String
    public var date: String
    public var location: String
    public var plover: String
    public var symmetric: Bool
    public var optional: Bool

    /// Creates a gold line.
    public init(
      article: String, sentence: String, source: String, target: String, cameo: String,
      modality: String, date: String,
      location: String, plover: String, symmetric: Bool, optional: Bool
    ) {
      self.article = article
      self.sentence = sentence
      self.source = source
      self.target = target
      self.cameo = cameo
      self.modality = modality
      self.date = date
      self.location = location
      self.plover = plover
      self.symmetric = symmetric
      self.optional = optional
    }
  }

  /// The scores.
  public struct Result: Sendable {
    public var goldRequired: Int
    public var systemEvents: Int
    public var truePositives: Int
    public var precision: Double
    public var recall: Double
    public var f1: Double
    /// Over matched events: share with the exact CAMEO code, modality, date, location country.
    public var cameoExact: Double?
    public var modality: Double?
    public var date: Double?
    public var location: Double?
    /// Over matched events: share with both sides right to the role, and with the PLOVER type.
    public var roles: Double?
    public var plover: Double?
    /// Gold events not found, and system events matching nothing.
    public var misses: [Gold]
    public var falseAlarms: [Event]
    /// Precision, recall and F1 per event class (CAMEO root, MEET for meetings).
    public var byClass: [Breakdown]
    /// The same per modality.
    public var byModality: [Breakdown]

    /// The summary line, in the layout of `shared/tools/score.py` (same keys, same rounding).
    public var summary: String {
      func r(_ v: Double?) -> String {
        guard let v else { return "None" }
        return String((v * 1000).rounded() / 1000)
      }
      return
        "gold_required=\(goldRequired) system_events=\(systemEvents) tp=\(truePositives) precision=\(r(precision)) recall=\(r(recall)) f1=\(r(f1)) cameo_exact=\(r(cameoExact)) modality=\(r(modality)) date=\(r(date)) location=\(r(location)) roles=\(r(roles)) plover=\(r(plover))"
    }
  }

  /// Scores for one slice (an event class or a modality).
  public struct Breakdown: Sendable, Hashable {
    /// The class or modality.
    public var key: String
    /// Required gold events in the slice.
    public var required: Int
    /// Of them, found.
    public var found: Int
    /// System events in the slice (not counting those matched to optional gold).
    public var system: Int
    /// Of them, right.
    public var right: Int
    /// right / system.
    public var precision: Double { system > 0 ? Double(right) / Double(system) : 0 }
    /// found / required.
    public var recall: Double { required > 0 ? Double(found) / Double(required) : 0 }
    /// Their harmonic mean.
    public var f1: Double {
      precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0
    }
  }

  /// Creates a scorer.
  public init() {}

  /// Reads a gold JSON Lines file.
  public static func loadGold(_ path: String) throws -> [Gold] {
    guard let data = FileManager.default.contents(atPath: path),
      let text = String(data: data, encoding: .utf8)
    else {
      throw ReadError(.unreadable, path: path, "cannot read the gold file")
    }
    var out: [Gold] = []
    for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let l = String(line).trimmingWhitespace()
      if l.isEmpty { continue }
      guard let obj = try? JSONSerialization.jsonObject(with: Data(l.utf8)) as? [String: Any] else {
        throw ReadError(.malformedRecord, path: path, line: n + 1, "not a JSON object")
      }
      func s(_ k: String) -> String { obj[k] as? String ?? "" }
      out.append(
        Gold(
          article: s("article"), sentence: s("sentence"), source: s("source"), target: s("target"),
          cameo: s("cameo"),
          modality: s("modality"), date: s("date"), location: s("location"), plover: s("plover"),
          symmetric: obj["symmetric"] as? Bool ?? false, optional: obj["optional"] as? Bool ?? false
        ))
    }
    return out
  }

  /// White space folded to single spaces, as gold fragments and sentences are compared.
  static func fold(_ s: String) -> String {
    s.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
  }

  /// The event class the scorer compares: the CAMEO root, with 036 and 04x as MEET.
  public static func eventClass(_ code: String) -> String { CameoCode.eventClass(code) }

  static func codeMatches(_ g: String, _ a: Actor?, role: Bool) -> Bool {
    if g.isEmpty { return true }
    guard let a else { return false }
    if g.hasPrefix("IGO") { return a.code.hasPrefix(g) || (!role && a.code.hasPrefix("IGO")) }
    if a.country != String(g.prefix(3)) { return false }
    if role, g.count > 3 { return a.role == Role(String(g.dropFirst(3).prefix(3))) }
    return true
  }

  static func dyad(_ g: Gold, _ e: Event, role: Bool) -> Bool {
    if codeMatches(g.source, e.source, role: role) && codeMatches(g.target, e.target, role: role) {
      return true
    }
    if g.symmetric || e.symmetric {
      return codeMatches(g.source, e.target, role: role)
        && codeMatches(g.target, e.source, role: role)
    }
    return false
  }

  /// Scores `system` against `gold`.
  public func score(gold: [Gold], system allSystem: [Event]) -> Result {
    let articles = Set(gold.map(\.article))
    let system = allSystem.filter { articles.contains($0.article.id) }
    var pairs: [(Int, Int, Int)] = []
    for (gi, g) in gold.enumerated() {
      let gs = Self.fold(g.sentence)
      for (si, e) in system.enumerated()
      where e.article.id == g.article && Self.fold(e.sentenceText).contains(gs)
        && Self.eventClass(e.cameo) == Self.eventClass(g.cameo)
        && Self.dyad(g, e, role: false)
      {
        var affinity = 0
        if e.modality.rawValue == g.modality { affinity += 4 }
        if Self.dyad(g, e, role: true) { affinity += 2 }
        if e.cameo == g.cameo { affinity += 1 }
        if (e.date?.value ?? "") == g.date { affinity += 1 }
        pairs.append((-(affinity + (g.optional ? 0 : 10)), gi, si))
      }
    }
    pairs.sort { ($0.0, $0.1, $0.2) < ($1.0, $1.1, $1.2) }
    var gm: [Int: Int] = [:]
    var sm: [Int: Int] = [:]
    for (_, gi, si) in pairs where gm[gi] == nil && sm[si] == nil {
      gm[gi] = si
      sm[si] = gi
    }
    let required = gold.indices.filter { !gold[$0].optional }
    let tp = required.filter { gm[$0] != nil }.count
    let optionalMatched = gm.keys.filter { gold[$0].optional }.count
    let counted = system.count - optionalMatched
    let p = counted > 0 ? Double(tp) / Double(counted) : 0
    let r = required.isEmpty ? 0 : Double(tp) / Double(required.count)
    let f1 = p + r > 0 ? 2 * p * r / (p + r) : 0
    func acc(_ keep: (Gold) -> Bool, _ ok: (Gold, Event) -> Bool) -> Double? {
      let rows = gm.filter { keep(gold[$0.key]) }
      guard !rows.isEmpty else { return nil }
      return Double(rows.filter { ok(gold[$0.key], system[$0.value]) }.count) / Double(rows.count)
    }
    // Slices: a required gold event counts in its own class; a system event in its own, unless
    // it matched an optional gold event (then it counts nowhere, as in the totals).
    func breakdown(_ goldKey: (Gold) -> String, _ eventKey: (Event) -> String) -> [Breakdown] {
      var slices: [String: Breakdown] = [:]
      for i in required {
        let k = goldKey(gold[i])
        slices[k, default: Breakdown(key: k, required: 0, found: 0, system: 0, right: 0)]
          .required += 1
        if gm[i] != nil { slices[k]!.found += 1 }
      }
      for si in system.indices {
        if let gi = sm[si], gold[gi].optional { continue }
        let k = eventKey(system[si])
        slices[k, default: Breakdown(key: k, required: 0, found: 0, system: 0, right: 0)]
          .system += 1
        if sm[si] != nil { slices[k]!.right += 1 }
      }
      return slices.values.sorted { $0.key < $1.key }
    }
    return Result(
      goldRequired: required.count, systemEvents: system.count, truePositives: tp, precision: p,
      recall: r, f1: f1,
      cameoExact: acc({ _ in true }) { g, e in e.cameo == g.cameo },
      modality: acc({ _ in true }) { g, e in e.modality.rawValue == g.modality },
      date: acc({ !$0.date.isEmpty }) { g, e in (e.date?.value ?? "") == g.date },
      location: acc({ !$0.location.isEmpty }) { g, e in (e.location?.country ?? "") == g.location },
      roles: acc({ _ in true }) { g, e in Self.dyad(g, e, role: true) },
      plover: acc({ !$0.plover.isEmpty }) { g, e in (e.plover ?? "") == g.plover },
      misses: required.filter { gm[$0] == nil }.map { gold[$0] },
      falseAlarms: system.indices.filter { sm[$0] == nil }.map { system[$0] },
      byClass: breakdown({ Self.eventClass($0.cameo) }, { Self.eventClass($0.cameo) }),
      byModality: breakdown({ $0.modality }, { $0.modality.rawValue }))
  }
}
