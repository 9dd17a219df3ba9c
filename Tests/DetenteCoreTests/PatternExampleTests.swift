import DetenteCore
import Foundation
import Testing

/// One line of `Examples/patterns/examples.txt`.
struct PatternExample: CustomTestStringConvertible, Sendable {
  let pattern: String
  let sentence: String
  let source: String
  let target: String
  let date: String
  let line: Int
  var testDescription: String { "\(pattern) (line \(line))" }

  static let all: [PatternExample] = {
    let url = Support.root.appendingPathComponent("Examples/patterns/examples.txt")
    guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
    var out: [PatternExample] = []
    for (n, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let line = raw.trimmingCharacters(in: .whitespaces)
      if line.isEmpty || line.hasPrefix("#") { continue }
      let f = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
      guard f.count == 5 else { continue }
      out.append(
        PatternExample(
          pattern: f[0], sentence: f[1], source: f[2], target: f[3], date: f[4], line: n + 1))
    }
    return out
  }()
}

@Suite("Event pattern examples")
struct PatternExampleTests {
  @Test("the examples file is read whole: every line that is not a comment has five fields")
  func fileIsWellFormed() throws {
    let url = Support.root.appendingPathComponent("Examples/patterns/examples.txt")
    let text = try String(contentsOf: url, encoding: .utf8)
    let records = text.split(separator: "\n").filter {
      !$0.trimmingCharacters(in: .whitespaces).isEmpty && !$0.hasPrefix("#")
    }
    #expect(records.count == PatternExample.all.count)
    #expect(PatternExample.all.count >= 30)
    let ids = Set(Support.lexicon.patterns.map(\.id))
    for e in PatternExample.all { #expect(ids.contains(e.pattern), "unknown pattern \(e.pattern)") }
  }

  @Test(
    "each example codes an event of its pattern between its countries",
    arguments: PatternExample.all)
  func exampleFires(_ e: PatternExample) {
    let events = Support.code(e.sentence, date: e.date)
    let found = events.contains { ev in
      let rule = ev.rule.split(separator: "/").first.map(String.init) ?? ""
      // (A country's code is its first three letters; an organisation's is whole.)
      func side(_ code: String) -> String { code.hasPrefix("IGO") ? code : String(code.prefix(3)) }
      let target = ev.target.map { side($0.code) } ?? "-"
      let source = side(ev.source.code)
      return (rule == "verb:" + e.pattern || rule == "noun:" + e.pattern)
        && source == e.source && (target == e.target || (ev.symmetric && source == e.target))
    }
    #expect(
      found,
      "\(e.pattern): \(events.map { "\($0.source.code)->\($0.target?.code ?? "-") \($0.cameo) \($0.rule)" })"
    )
  }
}
