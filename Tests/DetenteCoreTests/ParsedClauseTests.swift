import Foundation
import Testing

@testable import DetenteCore

/// The bundled parser's model, and the rules' clause structure with the parse merged in.
@Suite("Parsed clause structure")
struct ParsedClauseTests {
  static let model: DependencyModel = {
    switch DependencyModel.bundled {
    case .success(let m): return m
    case .failure(let e): fatalError("the bundled parser model does not load: \(e)")
    }
  }()

  /// The merged predicates of a one-sentence article, written as in `ClauseStructureTests`.
  static func read(_ sentence: String) -> [String] {
    let a = Article(
      id: "t", title: "Test", published: CivilDate.strict("2024-03-06"), paragraphs: [sentence])
    let analysis = EventCoder(lexicon: Support.lexicon).analyze(a)
    let bytes = Array(analysis.body.utf8)
    return analysis.sentences.flatMap { s in
      let predicates = model.merge(
        analysis.clauses[s.index], bytes: bytes, tokens: analysis.tokens, sentence: s.tokens,
        mentions: analysis.actors[s.index].map(\.range))
      return ClauseStructureTests.describe(predicates, analysis)
    }
  }

  @Test(
    "the parse supplies objects, attachments and verbs the rules missed; the rules keep their subjects",
    arguments: [
      // a passive's grammatical subject is its object
      (
        "Two Ugandan diplomats were expelled by Kenya on Monday.",
        "expelled: subject=Kenya (agent) object=Two Ugandan diplomats (parsed) on=Monday"
      ),
      // the words of an actor mention are read as nouns ("diplomats" is no verb here)
      (
        "Kenya expelled two Ugandan diplomats on Monday.",
        "expelled: subject=Kenya (subject) object=two Ugandan diplomats (parsed) on=Monday"
      ),
      // control: the one urged does what the infinitive says
      (
        "The envoy urged Riyadh to release the detained activists.",
        "urged: subject=envoy (subject) object=Riyadh (parsed) governs=release"
      ),
      (
        "The envoy urged Riyadh to release the detained activists.",
        "release: subject=Riyadh (controller) object=detained activists (parsed)"
      ),
      // a relative clause's attachments
      (
        "Lavrov, who met Kerry in Geneva on Friday, said the talks had been useful.",
        "met: subject=Lavrov (relative) object=Kerry (parsed) in=Geneva on=Friday"
      ),
      // a verb the rules did not take as a predicate
      (
        "Japan's foreign ministry said on Thursday that it had protested to Beijing after "
          + "Chinese coast guard vessels entered waters near the Senkaku Islands.",
        "entered: subject=Chinese coast guard vessels (parsed) object=waters (parsed) "
          + "near=Senkaku Islands"
      ),
      // a causative's object acts
      (
        "Seoul and Tokyo agreed to resume talks, prompting Pyongyang to condemn the move.",
        "condemn: subject=Pyongyang (controller) object=move (parsed)"
      ),
      (
        "Seoul and Tokyo agreed to resume talks, prompting Pyongyang to condemn the move.",
        "agreed: subject=Seoul and Tokyo (subject) governs=resume"
      ),
    ])
  func merged(sentence: String, expected: String) {
    let lines = Self.read(sentence)
    #expect(lines.contains(expected), "got: \(lines)")
  }

  @Test("the bundled model reads the treebank's held-out sentences as measured")
  func heldOutAccuracy() throws {
    guard let shared = Support.shared else {
      print("skipped: ../shared is not beside this checkout, so the treebank cannot be read")
      return
    }
    let url = shared.appendingPathComponent("data/ud-english-ewt/dev.conllu")
    let dev = Treebank.read(try String(contentsOf: url, encoding: .utf8))
    // (The first 500 sentences: a debug build parses slowly.)
    let s = Self.model.attachmentScores(Array(dev.prefix(500)))
    print("parser on 500 dev sentences: tags \(s.tagged), UAS \(s.unlabelled), LAS \(s.labelled)")
    #expect(s.tagged > 0.92)
    #expect(s.unlabelled > 0.80)
    #expect(s.labelled > 0.74)
  }
}
