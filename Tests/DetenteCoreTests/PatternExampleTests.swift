import DetenteCore
import Foundation
import Testing

extension PatternExample: CustomTestStringConvertible {
  public var testDescription: String { "\(pattern) (\(location))" }
}

@Suite("Event pattern examples")
struct PatternExampleTests {
  @Test("every pattern and every exclusion of events.lex has an example in examples.lex")
  func everyPatternHasAnExample() {
    let named = Set(Support.lexicon.examples.map(\.pattern))
    let missing = Support.lexicon.patterns.filter { !named.contains($0.id) }.map(\.id)
    #expect(missing.isEmpty, "patterns without an example: \(missing)")
    #expect(Support.lexicon.examples.count >= Support.lexicon.patterns.count)
  }

  @Test(
    "each example codes an event of its pattern between its sides (an exclusion's: stops its event)",
    arguments: Support.lexicon.examples)
  func exampleGivesItsEvent(_ e: PatternExample) {
    let result = EventCoder(lexicon: Support.lexicon).check(e)
    #expect(
      result.passed,
      "\(e.pattern): \(result.events.map { "\($0.source.code)->\($0.target?.code ?? "-") \($0.cameo) \($0.rule)" })"
    )
  }

  @Test(
    "without its exclusion, each exclusion's example codes the event it names",
    arguments: Support.lexicon.patterns.filter(\.isExclusion))
  func exclusionMatters(_ exclusion: EventPattern) throws {
    // The bundled files with the exclusion's line left out.
    let sources = try Lexicon.bundledSources().map { source in
      guard source.name == exclusion.file else { return source }
      var lines = source.text.components(separatedBy: "\n")
      lines[exclusion.line - 1] = ""
      return (name: source.name, text: lines.joined(separator: "\n"))
    }
    let (without, _) = Lexicon.build(sources)
    let coder = EventCoder(lexicon: without, includeUntargeted: true)
    for e in Support.lexicon.examples where e.pattern == exclusion.id {
      let events = coder.code(
        Article(id: "x", title: "Example", published: e.date, paragraphs: [e.sentence]))
      #expect(
        events.contains { e.names($0, rule: false) },
        "\(e.location): without \(exclusion.id) no \(e.source)->\(e.target) event")
    }
  }

  @Test("an example of an unknown pattern, a bad date or a bad side is an error at its line")
  func badExamples() throws {
    var sources = try Lexicon.bundledSources()
    sources.append(
      (
        "mine.lex",
        """
        [examples]
        no-such-pattern | France met Germany. | FRA | DEU | 2020-01-01
        meet | France met Germany. | FRA | DEU | 2020-13-01
        meet | France met Germany. | XXX | DEU | 2020-01-01
        meet | France met Germany on Monday. | FRA | DEU | 2020-01-01
        """
      ))
    let (lex, errors) = Lexicon.build(sources, userCount: 1)
    #expect(errors.map(\.line) == [2, 3, 4], "\(errors)")
    #expect(lex.examples.contains { $0.file == "mine.lex" && $0.line == 5 })
  }
}

extension EventPattern: CustomTestStringConvertible {
  public var testDescription: String { "\(id) (\(source))" }
}
