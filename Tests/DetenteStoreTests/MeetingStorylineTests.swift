import DetenteCore
import DetenteStore
import Foundation
import Testing

@Suite("Linking: distinct gatherings, plans and what became of them")
struct MeetingStorylineTests {
  func meetings(_ articles: [CodedArticle], asOf: String? = nil) async throws -> [MeetingRecord] {
    let s = try SQLiteStore(path: StoreSupport.databasePath())
    for a in articles { _ = try await s.ingest(a) }
    var q = MeetingQuery()
    q.asOf = asOf
    return try await s.meetings(matching: q)
  }

  /// A USA–RUS talks event of a report published on `published`, for the linker alone.
  static func event(
    _ id: String, _ date: String?, precision: String = "day", _ modality: Modality = .occurred,
    published: String, article: String? = nil, sentence: Int = 0, cameo: String = "040"
  ) -> Event {
    Event(
      id: id,
      article: .init(
        id: article ?? "a-" + id, title: "", outlet: nil, url: nil, published: published,
        dateSource: "article"),
      sentenceIndex: sentence, sentenceText: "", source: Actor(text: "USA", code: "USA"),
      target: Actor(text: "RUS", code: "RUS"), cameo: cameo, plover: nil, ploverMode: nil,
      goldstein: 1, quadClass: 1, modality: modality,
      date: date.map { EventDate(value: $0, precision: precision, text: "") }, location: nil,
      symmetric: true, topics: [], attribution: nil, evidence: "", rule: "", ruleSource: "",
      triggerTokens: 0..<1)
  }

  @Test("a foreign minister's cancelled visit is not the leaders' meeting nine days before")
  func ministerNotLeaders() async throws {
    let all = try await meetings([
      StoreSupport.coded(
        id: "jet", date: "2015-11-24",
        body:
          "Foreign Minister Sergei Lavrov cancelled a visit to Turkey that had been planned for Wednesday.\n\nErdogan and Putin had met in Antalya at a summit of the Group of 20 only nine days earlier."
      )
    ])
    let pair = all.filter { $0.countries == ["RUS", "TUR"] }
    #expect(pair.count == 2, "\(pair.map(\.participants))")
    let lavrov = try #require(pair.first { $0.participants.contains("Sergei Lavrov") })
    #expect(lavrov.status == .cancelled)
    let leaders = try #require(pair.first { $0.participants.contains("Vladimir Putin") })
    #expect(leaders.status == .held)
    #expect(leaders.history.count == 1)
  }

  @Test("a later report that the leaders met on the sidelines resolves the possible meeting")
  func sidelinesHeld() async throws {
    let all = try await meetings([
      StoreSupport.coded(
        id: "a", date: "2013-10-03",
        body:
          "President Vladimir Putin could meet U.S. President Barack Obama on the sidelines of an economic summit in Indonesia next week, a Kremlin aide said on Thursday."
      ),
      StoreSupport.coded(
        id: "b", date: "2013-10-08",
        body:
          "NUSA DUA, Indonesia, Oct 8 (Wire) - Russian President Vladimir Putin and U.S. Secretary of State John Kerry met on the sidelines of the APEC summit on Monday."
      ),
      StoreSupport.coded(
        id: "c", date: "2013-10-09",
        body:
          "Obama and Putin met briefly on the sidelines of the APEC summit in Bali on Monday, a White House official said."
      ),
    ])
    let leaders = try #require(all.first { $0.participants.contains("Barack Obama") })
    #expect(leaders.status == .held)
    #expect(leaders.history.map(\.status) == [.possible, .held])
    #expect(all.contains { $0.participants.contains("John Kerry") && $0.id != leaders.id })
  }

  @Test("a trip after a future main clause stays planned")
  func beforeFlying() async throws {
    let all = try await meetings([
      StoreSupport.coded(
        id: "havana", date: "2016-03-21",
        body: "Obama will attend a baseball game with Castro on Tuesday before flying to Argentina."
      )
    ])
    let argentina = try #require(all.first { $0.countries.contains("ARG") })
    #expect(argentina.status == .planned)
  }

  @Test("an aide's \"our proposal\" stays with the leaders' meeting it proposes")
  func aideSpeaking() async throws {
    let all = try await meetings([
      StoreSupport.coded(
        id: "apec", date: "2013-10-03",
        body:
          "President Vladimir Putin could meet U.S. President Barack Obama on the sidelines of an economic summit in Indonesia next week, a Kremlin aide said Thursday.\n\n\"This was our proposal, which was taken up immediately by the American side,\" Yury Ushakov said at a briefing."
      )
    ])
    let pair = all.filter { $0.countries == ["RUS", "USA"] }
    #expect(pair.count == 1, "\(pair.map(\.participants))")
    #expect(pair.first?.history.count == 2)
  }

  @Test("a phone call and a meeting in person the same week are two meetings")
  func callAndVisit() async throws {
    let all = try await meetings([
      StoreSupport.coded(
        id: "call", date: "2021-04-14",
        body: "Biden spoke to Putin by phone on Tuesday and raised the idea of a summit."),
      StoreSupport.coded(
        id: "visit", date: "2021-04-16",
        body: "Biden and Putin met in Reykjavik on Thursday."),
    ])
    let pair = all.filter { $0.countries == ["RUS", "USA"] && $0.status == .held }
    #expect(pair.count == 2, "\(pair.map { $0.history.map(\.sentence) })")
  }

  @Test("\"the summit was called off\": the story's planned meeting, called off, keeps its date")
  func calledOffByReference() async throws {
    let all = try await meetings([
      StoreSupport.coded(
        id: "plan", date: "2018-05-11",
        body:
          "U.S. President Donald Trump will meet North Korean leader Kim Jong Un in Singapore on June 12."
      ),
      StoreSupport.coded(
        id: "off", date: "2018-05-25",
        body:
          "Trump had been due to meet Kim Jong Un in Singapore on June 12.\n\nThe summit was called off on Thursday, the White House said."
      ),
    ])
    let singapore = all.filter { $0.countries == ["PRK", "USA"] && $0.history.count > 1 }
    let m = try #require(singapore.first, "\(all.map { $0.history.map(\.sentence) })")
    #expect(m.status == .cancelled)
    #expect(m.date?.value == "2018-06-12")
    let report = try #require(m.history.last)
    #expect(report.sentence.hasPrefix("The summit was called off"))
  }

  @Test("a meeting is not called off after it took place")
  func notCalledOffAfter() {
    var linker = EventLinker()
    let alaska = linker.add(
      LinkedEvent(Self.event("1", "2025-08-15", published: "2025-08-16"), occasion: nil))
    let plan = linker.add(
      LinkedEvent(Self.event("2", "2025-10-30", .planned, published: "2025-10-17"), occasion: nil))
    let off = linker.add(
      LinkedEvent(Self.event("3", nil, .cancelled, published: "2025-10-22"), occasion: nil))
    #expect(plan != alaska)
    #expect(off == plan)
  }

  @Test("a coarse date does not stretch a meeting over its whole year")
  func coarseDate() {
    var linker = EventLinker()
    let june = linker.add(
      LinkedEvent(Self.event("1", "2021-06-16", published: "2021-06-17"), occasion: nil))
    let year = linker.add(
      LinkedEvent(
        Self.event("2", "2021", precision: "year", published: "2021-06-20"), occasion: nil))
    #expect(june == year)
    #expect(linker.clusters.first?.dateFirst == "2021-06-16")
    let april = linker.add(
      LinkedEvent(Self.event("3", "2021-04-13", published: "2021-06-21"), occasion: nil))
    #expect(april != june)
  }

  @Test("a visit of a few days takes a report of the day after; a longer span does not")
  func shortSpan() {
    var linker = EventLinker()
    let first = linker.add(
      LinkedEvent(Self.event("1", "2024-05-05", published: "2024-05-07"), occasion: nil))
    _ = linker.add(
      LinkedEvent(Self.event("2", "2024-05-06", published: "2024-05-07"), occasion: nil))
    let dayAfter = linker.add(
      LinkedEvent(Self.event("3", "2024-05-07", published: "2024-05-08"), occasion: nil))
    #expect(dayAfter == first)
    // May 3, then May 5 and May 7 (each two days after a span of at most three), but not May 9
    // (two days after a span of four).
    var long = EventLinker()
    let days = ["2024-05-03", "2024-05-05", "2024-05-07", "2024-05-09"].enumerated().map {
      long.add(LinkedEvent(Self.event("l\($0)", $1, published: "2024-05-10"), occasion: nil))
    }
    #expect(days[1] == days[0] && days[2] == days[0])
    #expect(days[3] != days[0])
  }

  @Test("a meeting still to come whose date has passed is unconfirmed as of a later day")
  func unconfirmed() async throws {
    let plan = StoreSupport.coded(
      id: "plan", date: "2021-06-01",
      body:
        "U.S. President Joe Biden will meet Russian President Vladimir Putin in Geneva on June 16.")
    let before = try #require(try await meetings([plan], asOf: "2021-06-10").first)
    #expect(before.status == .planned)
    let after = try #require(try await meetings([plan], asOf: "2021-07-01").first)
    #expect(after.status == .unconfirmed)
    let asTold = try #require(try await meetings([plan]).first)
    #expect(asTold.status == .planned)
  }

  @Test("a trip to two countries called off calls off the meeting planned in each")
  func tripCalledOff() async throws {
    let all = try await meetings([
      StoreSupport.coded(
        id: "plan", date: "2023-05-10",
        body:
          "WASHINGTON, May 10 (Wire) - U.S. President Joe Biden will meet Papua New Guinea Prime Minister James Marape in Port Moresby on May 22, and will then hold talks with Australian Prime Minister Anthony Albanese in Sydney on May 24, the White House said."
      ),
      StoreSupport.coded(
        id: "off", date: "2023-05-17",
        body:
          "WASHINGTON, May 17 (Wire) - President Joe Biden on Tuesday cancelled his trip to Papua New Guinea and Australia to return to Washington for talks on the debt ceiling, the White House said."
      ),
    ])
    let png = try #require(all.first { $0.countries == ["PNG", "USA"] })
    let aus = try #require(all.first { $0.countries == ["AUS", "USA"] })
    #expect(png.history.map(\.status) == [.planned, .cancelled])
    #expect(aus.history.map(\.status) == [.planned, .cancelled])
    #expect(aus.place == "Australia" || aus.place == "Sydney")
  }

  @Test("a meeting told again by a definite noun lists that sentence, keeping its own status")
  func retoldReports() async throws {
    let all = try await meetings([
      StoreSupport.coded(
        id: "plan", date: "2018-05-10",
        body:
          "U.S. President Donald Trump will meet North Korean leader Kim Jong Un in Singapore on June 12.\n\nThe summit could still be postponed, an official said.\n\nPreparations for the meeting were under way in the city-state."
      )
    ])
    let m = try #require(all.first)
    #expect(m.history.map(\.retold) == [false, true, true])
    #expect(m.history.map(\.sentenceIndex) == [0, 1, 2])
    #expect(m.history[1].sentence == "The summit could still be postponed, an official said.")
    #expect(m.status == .planned)
    #expect(m.date?.value == "2018-06-12")
    #expect(m.stories == 1)
    #expect(m.history.last?.json["retold"] as? Bool == true)
    #expect(m.history.first?.json["retold"] == nil)
  }
}

@Suite("Linking: scoring against a linking gold file")
struct LinkScorerTests {
  func record(_ id: String, _ reports: [(String, String)], status: MeetingRecord.Status)
    -> MeetingRecord
  {
    let events = reports.enumerated().map { i, r in
      (
        event: Event(
          id: "\(id)-\(i)",
          article: .init(
            id: r.0, title: "", outlet: nil, url: nil, published: "2020-01-0\(i + 1)",
            dateSource: "article"),
          sentenceIndex: i, sentenceText: r.1, source: Actor(text: "USA", code: "USA"),
          target: Actor(text: "RUS", code: "RUS"),
          cameo: status == .held ? "040" : "036", plover: nil, ploverMode: nil, goldstein: 1,
          quadClass: 1, modality: status == .held ? .occurred : .planned, date: nil,
          location: nil, symmetric: true, topics: [], attribution: nil, evidence: "", rule: "",
          ruleSource: "", triggerTokens: 0..<1),
        occasion: String?.none
      )
    }
    return MeetingRecord(id: id, events: events)
  }

  @Test("a lead that tells a plan, in a story that says the meeting took place that day, is held")
  func planLeadHeldStory() {
    let lead = MeetingStorylineTests.event(
      "p", "2016-08-09", .planned, published: "2016-08-09", article: "s", sentence: 1,
      cameo: "036")
    let held = MeetingStorylineTests.event(
      "h", "2016-08-09", published: "2016-08-09", article: "s", sentence: 3)
    let record = MeetingRecord(id: "m", events: [(lead, nil), (held, nil)])
    #expect(record.status == .held)
    // (Not when the story's held report puts the meeting after its day.)
    let later = MeetingStorylineTests.event(
      "l", "2016-08-20", published: "2016-08-09", article: "s", sentence: 3)
    #expect(MeetingRecord(id: "m", events: [(lead, nil), (later, nil)]).status == .planned)
  }

  @Test("pairwise and B-cubed scores, statuses, merges and misses")
  func scores() throws {
    let gold = """
      {"meeting": "m1", "sides": [{"country": "USA", "person": ""}, {"country": "RUS", "person": ""}], "final_status": "held", "reports": [{"article": "a", "sentence": "will meet", "status": "planned"}, {"article": "b", "sentence": "met in Geneva", "status": "held"}, {"article": "c", "sentence": "the summit ended", "status": "held"}]}
      {"meeting": "m2", "sides": [{"country": "RUS", "person": ""}, {"country": "USA", "person": ""}], "final_status": "planned", "reports": [{"article": "c", "sentence": "will meet again", "status": "planned"}]}
      """
    let path = StoreSupport.databasePath() + ".jsonl"
    try gold.write(toFile: path, atomically: true, encoding: .utf8)
    let meetings = try LinkScorer.load(path)
    #expect(meetings.map(\.countries) == [["RUS", "USA"], ["RUS", "USA"]])
    // Record x holds m1's first two reports and m2's; m1's third is not found.
    let x = record(
      "x",
      [
        ("a", "Biden will meet Putin."), ("b", "They met in Geneva."),
        ("c", "They will meet again."),
      ],
      status: .held)
    let r = LinkScorer.score(gold: meetings, records: [x])
    #expect(r.reports == 4)
    #expect(r.found == 3)
    // Pairs put together: 3, of which 1 is right; gold pairs among the found: 1.
    #expect(abs(r.pairwise.precision - 1.0 / 3) < 1e-9)
    #expect(r.pairwise.recall == 1)
    // Over all reports, m1 has 3 gold pairs, of which 1 found.
    #expect(abs(r.pairwiseAll.recall - 1.0 / 3) < 1e-9)
    // B-cubed over the found: m1's reports 2/3 precision, full recall; m2's 1/3, full.
    #expect(abs(r.bcubed.precision - (2.0 / 3 + 2.0 / 3 + 1.0 / 3) / 3) < 1e-9)
    #expect(r.bcubed.recall == 1)
    #expect(r.statusRight == 1)
    #expect(r.merged.map(\.labels) == [["m1", "m2"]])
    #expect(r.missed.map(\.report.sentence) == ["the summit ended"])
  }

  @Test("a gold line that cannot be used names its file and line")
  func badLine() throws {
    let path = StoreSupport.databasePath() + ".jsonl"
    try "{\"meeting\": \"m1\", \"sides\": [], \"final_status\": \"held\", \"reports\": []}\n"
      .write(toFile: path, atomically: true, encoding: .utf8)
    #expect {
      try LinkScorer.load(path)
    } throws: { error in
      "\(error)".contains(path + ":1") && "\(error)".contains("sides")
    }
  }
}
