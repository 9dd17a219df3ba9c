import DetenteCore
import Foundation
import Testing

@Suite("Coding: meetings told again by a definite noun")
struct RetellingTests {
  static let story = [
    "ENNISKILLEN, June 17 (Wire) - U.S. President Barack Obama and Russian President Vladimir Putin met on Monday on the sidelines of the G8 summit for talks on Syria.",
    "The talks lasted two hours, an aide said.",
    "Speaking to reporters once the meeting was over, Obama said the two men disagreed.",
    "On Tuesday, Obama spoke by telephone with German Chancellor Angela Merkel.",
    "The call lasted 30 minutes.",
  ].joined(separator: "\n\n")

  @Test("\"the talks\" after the meeting is a report of it, not a second event")
  func talksRetold() throws {
    let events = Support.code(Self.story, date: "2013-06-18")
    #expect(events.filter { $0.cameo.hasPrefix("04") || $0.cameo == "036" }.count == 2)
    let summit = try #require(events.first { $0.target?.code == "RUSGOV" })
    #expect(summit.retold.map(\.sentenceIndex) == [1, 2])
    #expect(summit.retold.map(\.evidence) == ["talks", "meeting"])
    #expect(summit.retold.allSatisfy { $0.modality == .occurred })
    #expect(summit.retold.first?.sentenceText == "The talks lasted two hours, an aide said.")
    #expect(!events.contains { $0.sentenceIndex == 1 || $0.sentenceIndex == 2 })
  }

  @Test("\"the call\" goes with the story's telephone call, not the meeting in person")
  func callRetold() throws {
    let events = Support.code(Self.story, date: "2013-06-18")
    let call = try #require(events.first { $0.cameo == "041" })
    #expect(call.retold.map(\.sentenceIndex) == [4])
    #expect(call.retold.first?.evidence == "call")
  }

  @Test("a call for restraint, or a call with no call told before, retells nothing")
  func appealNotRetold() {
    let appeal = Support.code(
      [
        "Russian President Vladimir Putin and Turkish President Recep Tayyip Erdogan spoke by telephone on Monday.",
        "The call for restraint by the United Nations went unheeded.",
      ].joined(separator: "\n\n"), date: "2020-03-03")
    #expect(appeal.allSatisfy { $0.retold.isEmpty })
    let noCall = Support.code(
      [
        "Russian President Vladimir Putin met Turkish President Recep Tayyip Erdogan in Moscow on Monday.",
        "The call lasted an hour.",
      ].joined(separator: "\n\n"), date: "2020-03-06")
    #expect(noCall.allSatisfy { $0.retold.isEmpty })
  }

  @Test("a summit called off later stays an event of its own, not a retelling")
  func calledOffIsNews() {
    let events = Support.code(
      [
        "U.S. President Donald Trump will meet North Korean leader Kim Jong Un in Singapore on June 12.",
        "On Thursday the summit was called off.",
      ].joined(separator: "\n\n"), date: "2018-05-24")
    #expect(events.contains { $0.sentenceIndex == 1 && $0.modality == .cancelled })
    #expect(events.allSatisfy { $0.retold.allSatisfy { $0.sentenceIndex != 1 } })
  }

  @Test("retellings are written to JSON and read back, by both writers alike")
  func retoldJSON() throws {
    let a = Article(
      id: "t", title: "Test", published: CivilDate.strict("2013-06-18"),
      paragraphs: Self.story.components(separatedBy: "\n\n"))
    let coder = EventCoder(lexicon: Support.lexicon)
    var fast: [UInt8] = []
    coder.appendJSONLines(a, to: &fast, workspace: EventCoder.Workspace())
    var slow: [UInt8] = []
    let events = coder.code(a)
    EventFormat.jsonl.append(events, to: &slow)
    #expect(fast == slow)
    let line = try #require(
      String(decoding: slow, as: UTF8.self).split(separator: "\n").first { $0.contains("RUSGOV") })
    #expect(
      line.contains(
        "\"retold\":[{\"sentence\":{\"index\":1,\"text\":\"The talks lasted two hours, an aide said.\"},\"evidence\":\"talks\",\"modality\":\"occurred\"}"
      ))
    let o = try #require(
      try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
    let back = try #require(Event(jsonObject: o))
    let original = try #require(events.first { $0.target?.code == "RUSGOV" })
    #expect(back.retold == original.retold)
    #expect(Event.retold(json: try #require(original.retoldJSON)) == original.retold)
  }
}

@Suite("Coding: a meeting noun's own verb after it")
struct MeetingNounModalTests {
  static func meeting(_ sentence: String, date: String) -> Event? {
    Support.code(sentence, date: date).first { $0.cameo.hasPrefix("04") || $0.cameo == "036" }
  }

  @Test("\"his meeting with Kim would take place … on June 12\" in reported speech is planned")
  func reportedWould() throws {
    let e = try #require(
      Self.meeting(
        "President Donald Trump said on Thursday that his meeting with North Korean leader Kim Jong Un would take place in Singapore on June 12.",
        date: "2018-05-10"))
    #expect(e.cameo == "036" && e.modality == .planned)
    #expect(e.date?.value == "2018-06-12")
    #expect(e.rule.contains("/modal:would"))
  }

  @Test("\"will\" after the noun and the names of both sides makes it planned")
  func willAfterNames() throws {
    let e = try #require(
      Self.meeting(
        "A summit between Presidents Joe Biden and Vladimir Putin will take place in Geneva on June 16.",
        date: "2021-05-25"))
    #expect(e.modality == .planned)
    #expect(e.date?.value == "2021-06-16")
  }

  @Test("\"could\", or a hedged \"would\", makes it possible")
  func possible() throws {
    let could = try #require(
      Self.meeting(
        "Diplomats in Moscow said a state visit to Russia by Chinese President Xi Jinping could follow in the spring.",
        date: "2023-02-22"))
    #expect(could.modality == .possible)
    let hedged = try #require(
      Self.meeting(
        "Trump told reporters that a meeting with Russian President Vladimir Putin would \"probably\" go ahead.",
        date: "2018-11-29"))
    #expect(hedged.modality == .possible)
  }

  @Test(
    "a meeting noun after a meeting verb takes no time from it: 'chatted … at the summit on Nov. 30'"
  )
  func nounAfterVerbSharesTime() throws {
    for sentence in [
      "Indian Prime Minister Narendra Modi chatted briefly with Pakistan's Nawaz Sharif on the sidelines of the climate summit in Paris on Nov. 30.",
      "Indian Prime Minister Narendra Modi chatted briefly with Pakistan's Nawaz Sharif at the climate summit on Nov. 30.",
    ] {
      let e = try #require(Self.meeting(sentence, date: "2015-12-26"), "\(sentence)")
      #expect(e.date?.value == "2015-11-30", "\(sentence)")
    }
    let paris = try #require(
      Self.meeting(
        "Indian Prime Minister Narendra Modi chatted briefly with Pakistan's Nawaz Sharif on the sidelines of the climate summit in Paris on Nov. 30.",
        date: "2015-12-26"))
    #expect(paris.location?.name == "Paris")
  }

  @Test("the month May is no modal")
  func monthMay() throws {
    let events = Support.code(
      "U.S. President Joe Biden will meet Papua New Guinea Prime Minister James Marape in Port Moresby on May 22, and will then hold talks with Australian Prime Minister Anthony Albanese in Sydney on May 24.",
      date: "2023-05-10")
    let sydney = try #require(events.first { $0.target?.code == "AUSGOV" })
    #expect(sydney.modality == .planned)
    #expect(sydney.rule.contains("/modal:will"))
    let after = try #require(
      Self.meeting(
        "A meeting between Chinese President Xi Jinping and Russian President Vladimir Putin in May ended without a joint statement.",
        date: "2023-06-01"))
    #expect(after.modality == .occurred)
  }

  @Test("a modal of a coordinated or relative clause is not the meeting's")
  func otherClause() throws {
    let e = try #require(
      Self.meeting(
        "Brazilian President Luiz Inacio Lula da Silva met Chinese President Xi Jinping in Beijing on Friday, and said the meeting was more than a routine bilateral meeting and could mark a new beginning.",
        date: "2023-04-14"))
    #expect(e.modality == .occurred)
  }
}

@Suite("Lexicon: every modality marker")
struct ModalityMarkerTests {
  /// Markers whose plain sentence gives another reading, with the sentence that shows them.
  static let ownSentences: [String: (sentence: String, modality: Modality?)] = [
    // (A bare "going to" after a name is a trip: the marker needs its "is".)
    "going to": (
      "U.S. President Joe Biden is going to meet Russian President Vladimir Putin.", .planned
    ),
    // (Outside reported speech "would" alone is possible, and the strongest marker wins.)
    "would hold": (
      "U.S. President Joe Biden said the United States would hold a meeting with Russian President Vladimir Putin.",
      .planned
    ),
    // (Ruling out a meeting is a rejection of it, coded 12x, not a meeting denied.)
    "ruled out": (
      "U.S. President Joe Biden ruled out a meeting with Russian President Vladimir Putin.", nil
    ),
    "rules out": (
      "U.S. President Joe Biden rules out a meeting with Russian President Vladimir Putin.", nil
    ),
  ]

  /// Each marker of modality.lex with its modality.
  static let markers: [(phrase: String, modality: Modality)] = {
    let text = (try? Lexicon.bundledSources())?.first { $0.name == "modality.lex" }?.text ?? ""
    return LexiconRecord.parse(text, file: "modality.lex", defaultSection: "modality").0
      .flatMap { r -> [(String, Modality)] in
        guard let m = Modality(rawValue: r[0]) else { return [] }
        return r[1].split(separator: ";").map { ($0.trimmingCharacters(in: .whitespaces), m) }
      }
  }()

  @Test("each marker gives its modality to a meeting after it")
  func eachMarker() {
    #expect(Self.markers.count > 150)
    for (phrase, modality) in Self.markers {
      var sentence =
        phrase.hasSuffix(" to")
        ? "U.S. President Joe Biden \(phrase) meet Russian President Vladimir Putin in Geneva."
        : "U.S. President Joe Biden \(phrase) a meeting with Russian President Vladimir Putin in Geneva."
      var expected: Modality? = modality
      if let own = Self.ownSentences[phrase] { (sentence, expected) = own }
      let meeting = Support.code(sentence, date: "2021-06-01").first {
        $0.cameo.hasPrefix("04") || $0.cameo == "036"
      }
      #expect(meeting?.modality == expected, "\(phrase): \(sentence)")
    }
  }
}

@Suite("Coding: the gathering a meeting is held at")
struct GatheringTests {
  func gatherings(_ body: String) -> [String] {
    let article = Article(
      id: "g", title: "Test", published: CivilDate.strict("2019-06-30"), paragraphs: [body])
    let analysis = EventCoder(lexicon: Support.lexicon).analyze(article)
    return analysis.occasions.values.map { "\($0.key) / \($0.name)" }.sorted()
  }

  @Test(
    "each of @gathering-nouns after an occasion names the gathering",
    arguments: ["summit", "meeting", "forum", "conference", "talks", "session"])
  func eachNoun(_ noun: String) {
    #expect(
      gatherings("Obama met Putin on Friday at the G20 \(noun) in Osaka.")
        == ["IGOG20 \(noun) / G20 \(noun)"])
  }

  @Test("another word after the occasion makes it a summit; no meeting, no gathering")
  func otherWord() {
    #expect(
      gatherings("Obama met Putin on Friday at the G20 gathering in Osaka.")
        == ["IGOG20 summit / G20 summit"])
    #expect(gatherings("Obama criticised the G20 summit in Osaka.").isEmpty)
  }
}
