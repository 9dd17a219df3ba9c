import DetenteCore
import DetenteStore
import Foundation
import Testing

@Suite("Linking: meetings across stories")
struct LinkingTests {
  func store(_ kind: StoreKind, _ articles: [CodedArticle]) async throws -> any EventStore {
    let s = try await kind.make()
    for a in articles { _ = try await s.ingest(a) }
    return s
  }

  @Test(
    "a meeting announced, then held, is one record whose status history follows the stories",
    arguments: StoreKind.allCases)
  func plannedThenHeld(_ kind: StoreKind) async throws {
    let s = try await store(
      kind,
      [
        StoreSupport.coded(
          id: "announce", date: "2021-06-01",
          body:
            "U.S. President Joe Biden will meet Russian President Vladimir Putin in Geneva on June 16, the White House said."
        ),
        StoreSupport.coded(
          id: "held", date: "2021-06-17",
          body: "Biden and Putin met in Geneva on Wednesday for more than three hours."),
        StoreSupport.coded(
          id: "after", date: "2021-06-18",
          body: "Putin said on Friday that his meeting with Biden had been constructive."),
      ])
    let meetings = try await s.meetings(matching: MeetingQuery())
    let geneva = meetings.filter { $0.countries == ["RUS", "USA"] }
    #expect(geneva.count == 1, "\(geneva.map(\.id))")
    let m = try #require(geneva.first)
    #expect(m.status == .held)
    #expect(m.history.map(\.status).first == .planned)
    #expect(
      m.history.map(\.articleId).contains("announce") && m.history.map(\.articleId).contains("held")
    )
    #expect(m.date?.value == "2021-06-16")
    #expect(m.placeCountry == "CHE")
    #expect(Set(m.participants) == ["Joe Biden", "Vladimir Putin"])
  }

  @Test(
    "a batch with a failing article links the others as a batch without it does",
    arguments: StoreKind.allCases)
  func batchWithFailure(_ kind: StoreKind) async throws {
    let announce = StoreSupport.coded(
      id: "announce", date: "2021-06-01",
      body:
        "U.S. President Joe Biden will meet Russian President Vladimir Putin in Geneva on June 16, the White House said."
    )
    var bad = StoreSupport.coded(
      id: "bad", date: "2021-06-10",
      body: "Biden and Putin will meet in Geneva.\n\nPutin will meet Biden on June 16.")
    // Two sentences with one index break a unique key half-way through the article: the
    // first write of the batch is rolled back whole and the batch written one article at a time.
    bad.sentences[1].index = bad.sentences[0].index
    let held = StoreSupport.coded(
      id: "held", date: "2021-06-17",
      body: "Biden and Putin met in Geneva on Wednesday for more than three hours.")
    func summary(_ s: any EventStore) async throws -> [String] {
      try await s.meetings(matching: MeetingQuery()).map {
        "\($0.countries) \($0.status) \($0.history.map(\.articleId).sorted())"
      }.sorted()
    }
    let withBad = try await kind.make()
    let results = try await withBad.ingest(batch: [announce, bad, held])
    #expect(results.map { (try? $0.get()) != nil } == [true, false, true])
    let clean = try await kind.make()
    _ = try await clean.ingest(batch: [announce, held])
    let expected = try await summary(clean)
    #expect(expected.contains { $0.contains("held") && $0.contains("announce") })
    #expect(try await summary(withBad) == expected)
  }

  @Test("a meeting planned and then called off ends cancelled", arguments: StoreKind.allCases)
  func calledOff(_ kind: StoreKind) async throws {
    let s = try await store(
      kind,
      [
        StoreSupport.coded(
          id: "plan", date: "2022-11-01",
          body:
            "Chinese President Xi Jinping will meet Australian Prime Minister Anthony Albanese in Bali on Nov. 15."
        ),
        StoreSupport.coded(
          id: "off", date: "2022-11-10",
          body: "Xi called off the planned meeting with Albanese in Bali."),
      ])
    let m = try #require(try await s.meetings(matching: MeetingQuery()).first)
    #expect(m.history.map(\.status) == [.planned, .cancelled])
    #expect(m.status == .cancelled)
  }

  @Test("two different meetings of the same pair stay apart", arguments: StoreKind.allCases)
  func twoMeetings(_ kind: StoreKind) async throws {
    let s = try await store(
      kind,
      [
        StoreSupport.coded(
          id: "both", date: "2013-04-16",
          body:
            "Presidents Vladimir Putin and Barack Obama will meet twice in the upcoming months.\n\nThe two presidents have agreed to hold talks on the sidelines of a Group of Eight summit in Northern Ireland in June and to meet for a U.S.-Russian summit in early September."
        )
      ])
    let meetings = try await s.meetings(matching: MeetingQuery())
    let dates = Set(meetings.compactMap { $0.date?.value })
    #expect(dates.isSuperset(of: ["2013-06", "2013-09"]))
  }

  @Test(
    "stories that disagree on a linked meeting's date: the record says so, with both sources",
    arguments: StoreKind.allCases)
  func contradiction(_ kind: StoreKind) async throws {
    let s = try await store(
      kind,
      [
        StoreSupport.coded(
          id: "one", date: "2013-10-03",
          body: "Obama and Putin last saw each other in August at the G20 summit in St. Petersburg."
        ),
        StoreSupport.coded(
          id: "two", date: "2013-09-10",
          body: "Obama met Putin on Sept. 5 at the G20 summit in St. Petersburg."),
      ])
    let m = try #require(try await s.meetings(matching: MeetingQuery()).first)
    #expect(m.occasion == "G20 summit")
    #expect(m.history.count == 2)
    let c = try #require(m.contradictions.first)
    #expect(c.field == "date")
    #expect(Set([c.first.articleId, c.second.articleId]) == ["one", "two"])
  }

  @Test(
    "a disagreement is reported when another story gives one of the values too",
    arguments: StoreKind.allCases)
  func contradictionFromFirstStory(_ kind: StoreKind) async throws {
    // The first story gives both dates; a later one repeats one of them. Two stories do
    // disagree (two against one), though the first of each value is the same story.
    let s = try await store(
      kind,
      [
        StoreSupport.coded(
          id: "one", date: "2013-09-07",
          body:
            "Obama met Putin on Sept. 5 at the G20 summit in St. Petersburg.\n\nObama and Putin also saw each other in August at the G20 summit in St. Petersburg."
        ),
        StoreSupport.coded(
          id: "two", date: "2013-09-10",
          body: "Obama met Putin on Sept. 5 at the G20 summit in St. Petersburg."),
      ])
    let m = try #require(try await s.meetings(matching: MeetingQuery()).first)
    let c = try #require(m.contradictions.first { $0.field == "date" }, "\(m.history)")
    #expect(Set([c.first.articleId, c.second.articleId]) == ["one", "two"])
    #expect(m.contradictions.count == 1)
  }

  @Test("linking compares an event only with clusters of its own participants")
  func linear() {
    var linker = EventLinker()
    var n = 0
    let countries = ["RUS", "USA", "CHN", "IND", "FRA", "DEU", "JPN", "BRA", "TUR", "IRN"]
    for day in 1...28 {
      for (i, a) in countries.enumerated() {
        let b = countries[(i + day) % countries.count]
        guard a != b else { continue }
        let e = Event(
          id: "e-\(day)-\(a)-\(b)",
          article: .init(
            id: "a\(day)", title: "", outlet: nil, url: nil,
            published: "2020-01-\(day < 10 ? "0" : "")\(day)", dateSource: "article"),
          sentenceIndex: 0, sentenceText: "", source: Actor(text: a, code: a),
          target: Actor(text: b, code: b), cameo: "040", plover: nil, ploverMode: nil,
          goldstein: 1, quadClass: 1, modality: .occurred,
          date: EventDate(
            value: "2020-01-\(day < 10 ? "0" : "")\(day)", precision: "day", text: ""),
          location: nil, symmetric: true, topics: [], attribution: nil, evidence: "", rule: "",
          ruleSource: "", triggerTokens: 0..<1)
        linker.add(LinkedEvent(e, occasion: nil))
        n += 1
      }
    }
    // Each event is compared with the clusters of its pair only (at most a few), never with
    // all the clusters made so far.
    #expect(linker.comparisons < 2 * n)
    #expect(linker.clusters.count > n / 2)
  }
}

@Suite("Linking: the seed stories")
struct SeedMeetingTests {
  @Test("the meetings tracker shows the seed stories' meetings with their status, date and place")
  func seeds() async throws {
    let seeds = StoreSupport.root.deletingLastPathComponent().appendingPathComponent("shared/seeds")
    guard FileManager.default.fileExists(atPath: seeds.path) else {
      print("skipped: ../shared is not beside this checkout, so the seed stories cannot be read")
      return
    }
    let loaded = ArticleLoader(fallback: .fileTime).load([seeds.path])
    let coder = EventCoder(lexicon: StoreSupport.lexicon)
    // Either order of ingest gives the same records.
    for order in [loaded.articles, loaded.articles.reversed()] {
      let s = try SQLiteStore(path: StoreSupport.databasePath())
      for a in order { _ = try await s.ingest(CodedArticle(coder.analyze(a))) }
      var q = MeetingQuery()
      q.dyad = ["USA", "RUS"]
      let meetings = try await s.meetings(matching: q)
      func find(_ date: String) -> MeetingRecord? { meetings.first { $0.date?.value == date } }
      let bali = try #require(find("2013-10-07"))
      #expect(bali.status == .possible)
      #expect(bali.placeCountry == "IDN")
      let g8 = try #require(find("2013-06"))
      #expect(g8.status == .planned)
      #expect(g8.place == "Northern Ireland")
      #expect(g8.occasion?.contains("Eight") == true)
      let september = try #require(find("2013-09"))
      #expect(september.status == .planned)
      #expect(september.id != g8.id)
      let g20 = try #require(meetings.first { $0.occasion == "G20 summit" })
      #expect(g20.status == .notHeld)
      #expect(g20.place == "St. Petersburg")
      let apec = try #require(find("2012-09"))
      #expect(apec.status == .cancelled)
      #expect(apec.place == "Vladivostok")
      // The host, named by the story: not "Barack Obama – RUS".
      #expect(Set(apec.participants) == ["Barack Obama", "Vladimir Putin"])
    }
  }
}

@Suite("Linking: timelines")
struct TimelineTests {
  @Test("a dyad's events per month, by quad class, with their Goldstein sum")
  func months() {
    func event(
      _ id: String, _ date: String, _ cameo: String, _ quad: Int, _ g: Double,
      _ m: Modality = .occurred
    ) -> Event {
      Event(
        id: id,
        article: .init(
          id: "a", title: "", outlet: nil, url: nil, published: "2018-03-20", dateSource: "article"),
        sentenceIndex: 0, sentenceText: "", source: Actor(text: "GBR", code: "GBR"),
        target: Actor(text: "RUS", code: "RUS"), cameo: cameo, plover: nil, ploverMode: nil,
        goldstein: g, quadClass: quad, modality: m,
        date: EventDate(value: date, precision: date.count == 10 ? "day" : "month", text: ""),
        location: nil, symmetric: false, topics: [], attribution: nil, evidence: "", rule: "",
        ruleSource: "", triggerTokens: 0..<1)
    }
    let t = Timeline(
      [
        event("1", "2018-03-14", "166", 4, -7), event("2", "2018-03-17", "166", 4, -7),
        event("3", "2018-03-26", "111", 3, -2), event("4", "2018-04", "040", 1, 1),
        event("5", "2018-05-02", "036", 1, 4, .planned),
      ], by: .month)
    #expect(t.buckets.map(\.period) == ["2018-03", "2018-04"])
    #expect(t.buckets[0].quad == [0, 0, 1, 2])
    #expect(t.buckets[0].goldstein == -16)
    #expect(t.buckets[1].events == ["4"])
    let weeks = Timeline(
      [event("1", "2018-03-14", "166", 4, -7), event("2", "2018-03-17", "166", 4, -7)], by: .week)
    #expect(weeks.buckets.map(\.period) == ["2018-03-12"])
  }
}
