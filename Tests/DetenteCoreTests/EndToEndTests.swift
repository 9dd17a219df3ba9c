import DetenteCore
import Foundation
import Testing

@Suite("End to end")
struct EndToEndTests {
  func codeFolder(_ url: URL) -> [Event] {
    let loaded = ArticleLoader().load([url.path])
    let coder = EventCoder(lexicon: Support.lexicon)
    return loaded.articles.flatMap { coder.code($0) }
  }

  @Test("the seed stories: the events a careful coder finds")
  func seeds() throws {
    guard let shared = Support.shared else {
      print("skipped: ../shared is not beside this checkout, so the seed stories cannot be read")
      return
    }
    let events = codeFolder(shared.appendingPathComponent("seeds"))
    func find(_ evidence: String, _ cameo: String) -> Event? {
      events.first {
        $0.sentenceText.contains(evidence)
          && Scorer.eventClass($0.cameo) == Scorer.eventClass(cameo)
      }
    }
    let bali = try #require(find("could meet", "036"))
    #expect(bali.modality == .possible)
    #expect(bali.date?.value == "2013-10-07")
    #expect(bali.location?.country == "IDN")
    let g20 = try #require(events.first { $0.evidence.contains("stopped short of") })
    #expect(g20.modality == .negated)
    #expect(g20.date?.value == "2013-08")
    let visit = try #require(
      events.first { $0.cameo == "042" && $0.source.person == "Tom Donilon" })
    #expect(visit.date?.value == "2013-04-15")
    #expect(visit.target?.country == "RUS")
    let usList = try #require(
      events.first {
        $0.cameo == "172" && $0.source.country == "USA"
          && $0.sentenceText.contains("released a blacklist")
      })
    #expect(usList.date?.value == "2013-04-12")
    let ruList = try #require(
      events.first {
        $0.cameo == "172" && $0.source.country == "RUS"
          && $0.sentenceText.contains("publishing a blacklist")
      })
    #expect(ruList.date?.value == "2013-04-13")
    let gold = try Scorer.loadGold(shared.appendingPathComponent("gold/seeds.jsonl").path)
    let result = Scorer().score(gold: gold, system: events)
    #expect(result.f1 >= 0.85, "F1 \(result.f1)")
    #expect((result.modality ?? 0) >= 0.85)
    #expect((result.date ?? 0) >= 0.85)
  }

  @Test("the bundled example articles against their gold")
  func examples() throws {
    let events = codeFolder(Support.root.appendingPathComponent("Examples/articles"))
    let gold = try Scorer.loadGold(
      Support.root.appendingPathComponent("Examples/gold/examples.jsonl").path)
    let result = Scorer().score(gold: gold, system: events)
    print("examples: P \(result.precision) R \(result.recall) F1 \(result.f1)")
    // These articles were used to write the lexicons and rules: a drop here is a regression.
    // (F1 may not fall below the 0.935 of f1b5e3b, where issue 27's work started; precision
    // and recall may trade a little within it: acts criticised whose doer the story is about,
    // "the OAS condemned the raid", are coded where the gold leaves several out.)
    #expect(
      result.f1 >= 0.935 && result.precision >= 0.94 && result.recall >= 0.925,
      "misses: \(result.misses.map(\.sentence)) false alarms: \(result.falseAlarms.map(\.evidence))"
    )
  }

  @Test(
    "the wire-style batches against their gold: no lower than measured",
    arguments: [
      // Floors just under the figures after the fixes since (a ratchet, raised as they rise;
      // last raised on 2026-12-06 after issue 28's vocabulary, exclusions and captions).
      // Batches 25–29: blind at P 0.577 R 0.302; P 0.636 R 0.384 on 2026-12-06.
      ("Examples/wire", 0.65, 0.44),
      // Batches 30–32: blind at P 0.515 R 0.232; P 0.580 R 0.315 on 2026-12-06.
      ("Examples/wire2", 0.60, 0.41),
      // Batches 33–35: blind at P 0.642 R 0.337; P 0.688 R 0.454 after fixes made for them.
      ("Examples/wire3", 0.68, 0.49),
      // Batches 36–37: blind at P 0.562 R 0.274; P 0.603 R 0.340 after fixes made for them.
      ("Examples/wire4", 0.60, 0.38),
      // Batches 38–41: blind at P 0.656 R 0.304 (38–39) and P 0.561 R 0.354 (40–41); P 0.656
      // R 0.423 after fixes made for them.
      ("Examples/wire5", 0.67, 0.45),
      // Batches 42–45: blind at P 0.565 R 0.324; P 0.637 R 0.413 after fixes made for them.
      ("Examples/wire6", 0.64, 0.43),
      // Batches 46–47: blind at P 0.542 R 0.318 (4276ae7); P 0.583 R 0.368 after fixes made
      // for them.
      ("Examples/wire7", 0.62, 0.42),
      // Batches 48–51: blind at P 0.615 R 0.411 (48 with the session's first changes, 49 with
      // its appositions, 51 with d17526a, 50 with dac49bc); P 0.64 R 0.445 after fixes made
      // for 48–49.
      ("Examples/wire8", 0.64, 0.45),
      // Batches 52–55: blind at P 0.552 R 0.403 (52–53 with f4cad93, 54–55 with d93ee38).
      ("Examples/wire9", 0.54, 0.39),
      // Batches 56–57: blind at P 0.450 R 0.266 (7e3b07d).
      ("Examples/wire10", 0.47, 0.28),
      // Batches 58–59: blind at P 0.593 R 0.469 (f9bcc6a); P 0.605 R 0.493 after fixes made
      // for them.
      ("Examples/wire11", 0.59, 0.47),
      // Batches 60–61: blind at P 0.671 R 0.482 (6af79cd); P 0.712 R 0.531 after fixes made
      // for them.
      ("Examples/wire12", 0.69, 0.51),
      // Batches 62–63: blind at P 0.512 R 0.325 (b9909e8).
      ("Examples/wire13", 0.50, 0.32),
      // Batches 64–65: blind at P 0.475 R 0.411 (544cc9e); P 0.489 R 0.435 after fixes made
      // for them.
      ("Examples/wire14", 0.47, 0.42),
      // Batches 66–67: blind at P 0.550 R 0.423 (48b93bf).
      ("Examples/wire15", 0.53, 0.40),
      // Batches 68–69: blind at P 0.504 R 0.315 (6fdd3ed).
      ("Examples/wire16", 0.48, 0.30),
      // Batches 70–71: blind at P 0.504 R 0.364 (af74f51); P 0.527 R 0.405 after fixes made
      // for them.
      ("Examples/wire17", 0.50, 0.39),
      // Batches 72–73: blind at P 0.476 R 0.409 (716d6a5); P 0.494 R 0.435 after fixes made
      // for them.
      ("Examples/wire18", 0.47, 0.42),
      // Batches 74–75: blind at P 0.407 R 0.323 (f27f886); P 0.426 R 0.333 after fixes made
      // for them.
      ("Examples/wire19", 0.40, 0.31),
      // Batches 76–77: blind at P 0.457 R 0.292 (1cab0fd).
      ("Examples/wire20", 0.44, 0.28),
      // Batches 78–79: blind at P 0.477 R 0.385 (bd7d840).
      ("Examples/wire21", 0.46, 0.37),
      // Batches 80–81: blind at P 0.540 R 0.394 (bd36c2d).
      ("Examples/wire22", 0.52, 0.38),
      // Batches 82–83: blind at P 0.443 R 0.314 (0ce367b).
      ("Examples/wire23", 0.42, 0.30),
      // Batches 84–85: blind at P 0.575 R 0.334 (d530896).
      ("Examples/wire24", 0.55, 0.32),
    ])
  func wire(_ path: String, _ minPrecision: Double, _ minRecall: Double) throws {
    let folder = Support.root.appendingPathComponent(path)
    let events = codeFolder(folder.appendingPathComponent("articles"))
    let gold = try Scorer.loadGold(folder.appendingPathComponent("gold.jsonl").path)
    let result = Scorer().score(gold: gold, system: events)
    print("\(path): P \(result.precision) R \(result.recall) F1 \(result.f1)")
    // (So that a change that loses events here is seen.)
    #expect(
      result.precision >= minPrecision && result.recall >= minRecall,
      "P \(result.precision) R \(result.recall)")
    // Every gold fragment is in its article.
    for g in gold {
      let text = try String(
        contentsOf: folder.appendingPathComponent("articles/\(g.article).txt"), encoding: .utf8)
      let folded = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
      #expect(
        folded.contains(g.sentence.split(whereSeparator: \.isWhitespace).joined(separator: " ")),
        "\(g.article): \(g.sentence)")
    }
  }

  @Test("the scorer agrees with the reference scorer's rules on a small case")
  func scorer() {
    let g = Scorer.Gold(
      article: "t", sentence: "met Obama", source: "RUSGOV", target: "USAGOV", cameo: "040",
      modality: "occurred",
      date: "", location: "", plover: "CONSULT", symmetric: true, optional: false)
    let events = Support.code("Putin met Obama.")
    let r = Scorer().score(gold: [g], system: events)
    #expect(r.truePositives == 1 && r.f1 == 1)
    let none = Scorer().score(gold: [g], system: [])
    #expect(none.f1 == 0 && none.misses.count == 1)
  }
}
