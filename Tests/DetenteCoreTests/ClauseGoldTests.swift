import Foundation
import Testing

/// The clause-structure gold (`Examples/clauses/gold.jsonl`, format in `docs/clauses.md`) is
/// consistent: what it names is in its sentences, and every construction is covered.
@Suite("Clause gold")
struct ClauseGoldTests {
  static let constructions: Set<String> = [
    "reported-speech", "control", "passive", "relative", "participle", "coordination-verbs",
    "coordination-actors", "apposition-possessive", "reference", "plain",
  ]
  static let modalities: Set<String> = ["occurred", "planned", "possible", "negated", "cancelled"]

  /// The phrases of an argument (a phrase or a list of them).
  static func phrases(_ v: Any?) -> [String] {
    if let s = v as? String { return [s] }
    return (v as? [Any] ?? []).compactMap { $0 as? String }
  }

  @Test("every trigger, argument and attachment occurs in its sentence (or its context)")
  func consistent() throws {
    let url = Support.root.appendingPathComponent("Examples/clauses/gold.jsonl")
    let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n")
    #expect(lines.count >= 300)
    var covered: [String: Int] = [:]
    var ids: Set<String> = []
    for line in lines {
      let o = try #require(
        try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any], "\(line)")
      let id = o["id"] as? String ?? ""
      #expect(ids.insert(id).inserted, "\(id) repeated")
      let text = o["text"] as? String ?? ""
      let context = (o["context"] as? String ?? "") + " " + text
      let kinds = o["constructions"] as? [String] ?? []
      #expect(!kinds.isEmpty && kinds.allSatisfy(Self.constructions.contains), "\(id)")
      for k in kinds { covered[k, default: 0] += 1 }
      let predicates = o["predicates"] as? [[String: Any]] ?? []
      #expect(!predicates.isEmpty, "\(id)")
      for p in predicates {
        let trigger = p["trigger"] as? String ?? ""
        #expect(!trigger.isEmpty && text.contains(trigger), "\(id): \(trigger)")
        #expect(Self.modalities.contains(p["modality"] as? String ?? ""), "\(id): \(trigger)")
        var named = Self.phrases(p["subject"]) + Self.phrases(p["object"])
        named += Self.phrases(p["complement"])
        named += (p["preps"] as? [String: Any] ?? [:]).values.flatMap(Self.phrases)
        for a in named { #expect(text.contains(a), "\(id): \(a)") }
        let refers = Self.phrases(p["subject_refers_to"]) + Self.phrases(p["object_refers_to"])
        for r in refers { #expect(context.contains(r), "\(id): \(r)") }
      }
    }
    for k in Self.constructions {
      #expect((covered[k] ?? 0) >= (k == "plain" ? 20 : 30), "\(k): \(covered[k] ?? 0)")
    }
  }
}
