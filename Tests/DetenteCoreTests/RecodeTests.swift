import Foundation
import Testing

@testable import DetenteCore

/// Every recode of `recodes.lex`, tested on the facts it is written for (and switched off by a
/// user's `keep`), and the code-changing ones on sentences, where the event's rule names them.
@Suite("Recodes")
struct RecodeTests {
  /// An actor with a code (and a person number when named).
  static func actor(_ code: String, person: Bool = false) -> CodedActor {
    CodedActor(text: .empty, code: Code(code), person: person ? 1 : nil)
  }

  /// The tokens of a text (for tests on the words after the trigger).
  static func tokens(_ text: String) -> [Token] {
    var out: [Token] = []
    var bytes = Array(text.utf8)
    bytes.withUnsafeMutableBufferPointer { b in
      Support.lexicon.tokenize(UnsafeBufferPointer(b), into: &out)
    }
    return out
  }

  static func facts(
    _ source: String, _ target: String?, sourcePerson: Bool = false, targetPerson: Bool = false,
    place: Bool = false, future: Bool = false, conditional: Bool = false,
    trigger: String = "attacked", after: String = "", refused: Bool = false
  ) -> RecodeFacts {
    let s = actor(source, person: sourcePerson)
    return RecodeFacts(
      sourceRole: s.role, sourcePerson: sourcePerson,
      target: target.map { actor($0, person: targetPerson) }, sourceCountry: s.country,
      targetIsPlace: place, conditional: conditional, future: future,
      triggerHash: TokenHash.of(trigger), after: tokens(after)[...], refused: refused)
  }

  /// Each recode: a code, facts it applies to, and what it makes of them (`nil`: dropped).
  static let cases: [(name: String, code: String, facts: RecodeFacts, result: String?)] = [
    ("meeting-to-come", "042", facts("AUSGOV", "PNG", future: true), "036"),
    ("state-gathers", "141", facts("CHNGOV", "JPN", trigger: "gathered"), nil),
    ("state-protest", "141", facts("VNM", "CHN", trigger: "protested"), "114"),
    ("state-bombing", "183", facts("IGONATO", "CHNGOV"), "195"),
    ("crowd-attack", "190", facts("CODCVL", "RWAGOV"), "145"),
    ("conditional-sanction", "163", facts("USAGOV", "ISR", future: true, conditional: true), "131"),
    ("conditional-force", "190", facts("ISR", "LBNREB", future: true, conditional: true), "138"),
    ("own-country", "190", facts("ETHMIL", "ETH"), nil),
    ("crowd-visit", "043", facts("POL", "POLREF"), nil),
    ("press-talk", "040", facts("CANGOV", "CANMED", sourcePerson: true, trigger: "spoke"), nil),
    ("press-question", "020", facts("USAMED", "CUBGOV", trigger: "asked"), nil),
    (
      "call-on-visit", "020",
      facts("PAKGOV", "SAUGOV", trigger: "called", after: "Crown Prince Mohammed bin Salman"), "042"
    ),
    ("refuse-talks", "046", facts("IRNGOV", "USA", trigger: "negotiations", refused: true), "125"),
    (
      "sports-match", "040",
      facts("KOR", "JPN", trigger: "met", after: "in the bronze medal match"), nil
    ),
    ("mass-killing", "190", facts("SDNREB", "SDNCVL", after: "hundreds of civilians"), "202"),
    ("mass-execution", "186", facts("MLIMIL", "MLICVL"), "202"),
    ("repression", "190", facts("KENCOP", "KENCVL"), "175"),
    ("seat-of-organisation", "043", facts("NLD", "IGOICC", trigger: "hosts"), nil),
    ("protest-at-home", "114", facts("CHNGOV", "CHNCOP"), nil),
    ("forces-storm", "145", facts("BOLMIL", "BOLGOV"), "170"),
    ("seize-territory", "171", facts("CODREB", "COD", place: true, after: "the cities of"), "192"),
    ("beat-is-a-result", "182", facts("ARG", "FRA", trigger: "beat"), nil),
    (
      "leaders-clash", "190", facts("FRAGOV", "ITAGOV", sourcePerson: true, trigger: "clashed"),
      "111"
    ),
    ("business-pulls-out", "0874", facts("GBRBUS", "RUS", trigger: "pulled"), nil),
    ("country-on-itself", "020", facts("CHN", "CHNGOV", trigger: "urged"), nil),
  ]

  @Test("every bundled recode has a case here, and the cases are in the file's order")
  func allCovered() {
    #expect(Support.lexicon.recodes.map(\.name) == Self.cases.map(\.name))
    #expect(Support.lexicon.recodes.allSatisfy { $0.source.hasPrefix("recodes.lex:") })
  }

  @Test("each recode applies to its facts, and a user's keep switches it off")
  func eachRecode() throws {
    let sources = try Lexicon.bundledSources()
    for c in Self.cases {
      var applied: [Int32] = []
      let got = Support.lexicon.recode(Code(c.code), c.facts, applied: &applied)
      #expect(got.map(\.string) == c.result, "\(c.name)")
      if c.result != nil {
        #expect(applied.map { Support.lexicon.recodes[Int($0)].name }.contains(c.name), "\(c.name)")
      }
      // Switched off, the recode no longer decides.
      let off = "[recodes]\n\(c.name) | * | keep |\n"
      let (lexicon, errors) = Lexicon.build(sources + [("off.lex", off)], userCount: 1)
      #expect(errors.isEmpty, "\(errors)")
      var none: [Int32] = []
      let without = lexicon.recode(Code(c.code), c.facts, applied: &none)
      #expect(
        !none.contains { lexicon.recodes[Int($0)].name == c.name }
          && (c.result == nil ? without != nil : true), "\(c.name) still applies when switched off")
    }
  }

  @Test(
    "sentences: the recoded event names its recode in its rule",
    arguments: [
      ("Albanese will visit Papua New Guinea next month.", "036", "meeting-to-come"),
      (
        "Vietnam has repeatedly protested against Chinese activities near islands it claims.",
        "114", "state-protest"
      ),
      ("Protesters in Kinshasa attacked the embassy of Rwanda on Tuesday.", "145", "crowd-attack"),
      (
        "Netanyahu said Israel would strike Hezbollah if the group violated the truce.", "138",
        "conditional-force"
      ),
      (
        "President Joe Biden said he would stop supplying offensive weapons to Israel if its forces invaded Rafah.",
        "131", "conditional-sanction"
      ),
      (
        "Bolivian troops stormed the presidential palace in La Paz on Wednesday.", "170",
        "forces-storm"
      ),
      ("NATO bombed the Chinese embassy in Belgrade in 1999.", "195", "state-bombing"),
      ("Iran's supreme leader refused to negotiate with Washington.", "125", "refuse-talks"),
      (
        "French President Emmanuel Macron clashed with Italian Prime Minister Giorgia Meloni over migration.",
        "111", "leaders-clash"
      ),
    ])
  func sentences(_ sentence: String, _ cameo: String, _ name: String) {
    let events = Support.code(sentence, date: "2024-05-08")
    #expect(
      events.contains { $0.cameo == cameo && $0.rule.contains("/recode:\(name)") },
      "\(events.map { "\($0.cameo) \($0.rule)" })")
    // (A refusal coded as a rejection is a rejection that happened.)
    if name == "refuse-talks" {
      #expect(events.first { $0.cameo == cameo }?.modality == .occurred)
    }
  }

  @Test(
    "a recode that cannot be read is an error naming its file and line",
    arguments: [
      ("bad | 19x | 195 |", "is not a CAMEO code"), ("bad | 190 | 999 |", "is not a code of the"),
      ("bad | 190 | 195 | source.colour=red", "unknown test"),
      ("bad | 190 | 195 | next:3=@nouns", "unknown word class"),
      ("bad | 190 | 195 | source.role=GOVERNMENT", "unknown role"),
      ("bad | 190 | 195 | !target.role=CVL,XYZ", "unknown role"),
    ])
  func errors(_ line: String, _ message: String) throws {
    let (_, errors) = Lexicon.build(
      try Lexicon.bundledSources() + [("mine.lex", "[recodes]\n" + line + "\n")], userCount: 1)
    #expect(
      errors.contains { $0.description.contains("mine.lex:2") && $0.description.contains(message) },
      "\(errors)")
  }

  @Test(
    "a dropping recode leaves no event where its pattern fired",
    arguments: [
      "Argentina beat France on penalties in the World Cup final.",
      "British oil company BP pulled out from Russia on Monday.",
      "In Beijing, China urged the government to protect Chinese citizens.",
    ])
  func dropped(_ sentence: String) {
    let events = Support.code(sentence, date: "2022-12-19")
    #expect(events.isEmpty, "\(events.map { "\($0.cameo) \($0.rule)" })")
  }
}
