import DetenteCore
import Testing

@Suite("Mentions: actors, times, places")
struct MentionTests {
  func lookup(_ s: String, _ date: String) -> [String] {
    LexiconLookup(lexicon: Support.lexicon).lookup(s, date: CivilDate.strict(date)!)
  }

  @Test("the same title resolves to different people in different years")
  func timeAwareTitles() {
    #expect(
      lookup("the Russian president", "2013-10-03").contains { $0.contains("Vladimir Putin") })
    #expect(
      lookup("the Russian president", "2010-06-01").contains { $0.contains("Dmitry Medvedev") })
    #expect(lookup("U.S. Secretary of State", "2014-01-01").contains { $0.contains("John Kerry") })
    #expect(
      lookup("U.S. Secretary of State", "2010-01-01").contains { $0.contains("Hillary Clinton") })
  }

  @Test("chunks: titles with names, a person's aide, country words with roles, metonyms")
  func chunks() {
    #expect(
      lookup("U.S. President Barack Obama", "2013-10-03") == [
        "actor  \"U.S. President Barack Obama\" → USAGOV  person: Barack Obama"
      ])
    #expect(
      lookup("a Putin aide", "2013-10-03").contains {
        $0.contains("→ RUSGOV") && !$0.contains("person")
      })
    #expect(lookup("Russian officials", "2013-10-03").contains { $0.contains("→ RUSGOV") })
    #expect(lookup("the U.S. Senate", "2013-10-03").contains { $0.contains("→ USALEG") })
    #expect(lookup("the Kremlin", "2013-10-03").contains { $0.contains("→ RUSGOV") })
    #expect(
      lookup("the American side", "2013-10-03").contains {
        $0.contains("→ USA") && !$0.contains("USAGOV")
      })
    #expect(lookup("the G20 summit", "2013-10-03").contains { $0.contains("(occasion)") })
  }

  @Test("compounds and the two leaders")
  func compounds() {
    let events = Support.code(
      "Presidents Vladimir Putin and Barack Obama will meet in June.", date: "2013-04-16")
    #expect(events.count == 1)
    #expect(
      Set([events[0].source.person, events[0].target?.person]) == [
        "Vladimir Putin", "Barack Obama",
      ])
    let two = Support.code(
      "Putin spoke about Obama.\n\nThe two leaders will meet in June.", date: "2013-04-16")
    #expect(two.count == 1)
    #expect(two.first?.cameo == "036")
  }

  func resolve(_ text: String, _ date: String, future: Bool) -> String? {
    let tokens = Tokenizer().tokenize(text)
    guard let t = TimeRecognizer().find(text, tokens, 0..<tokens.count).first else { return nil }
    return TimeRecognizer.resolve(
      t.spec, text: t.text, published: CivilDate.strict(date), future: future)?.value
  }

  @Test("weekdays resolve forward for plans and back for reports")
  func weekdays() {
    // 2013-10-03 is a Thursday
    #expect(resolve("on Monday", "2013-10-03", future: true) == "2013-10-07")
    #expect(resolve("on Monday", "2013-10-03", future: false) == "2013-09-30")
    #expect(resolve("Friday", "2013-04-16", future: false) == "2013-04-12")
    #expect(resolve("last Friday", "2013-04-19", future: false) == "2013-04-12")
  }

  @Test("months, seasons of a month, ranges, years and relative periods")
  func months() {
    #expect(resolve("in December", "2013-10-03", future: false) == "2012-12")
    #expect(resolve("in August", "2013-10-03", future: false) == "2013-08")
    #expect(resolve("in June", "2013-04-16", future: true) == "2013-06")
    #expect(resolve("last September", "2013-10-03", future: false) == "2012-09")
    #expect(resolve("last May", "2013-10-03", future: false) == "2012-05")
    #expect(resolve("in early September", "2013-04-16", future: true) == "2013-09")
    #expect(resolve("on Sept. 5-6", "2013-04-16", future: true) == "2013-09-05")
    #expect(resolve("in 2009", "2013-04-16", future: false) == "2009")
    #expect(resolve("last year", "2013-04-16", future: false) == "2012")
    #expect(resolve("last week", "2013-10-03", future: false) == "2013-09")
    #expect(resolve("on October 3, 2013", "2020-01-01", future: false) == "2013-10-03")
    #expect(resolve("yesterday", "2013-10-03", future: false) == "2013-10-02")
  }

  @Test("places carry their country and coordinates")
  func places() {
    #expect(lookup("in Bali", "2013-10-03").contains { $0.contains("Bali, IDN") })
    #expect(lookup("at Camp David", "2013-10-03").contains { $0.contains("Camp David, USA") })
    #expect(lookup("in St. Petersburg", "2013-10-03").contains { $0.contains("RUS") })
    #expect(lookup("in Northern Ireland", "2013-10-03").contains { $0.contains("GBR") })
  }

  @Test(
    "a sentence that opens with a place gives its roles without a country that place's country",
    arguments: [
      ("In Beijing, the foreign ministry urged Manila to punish those responsible.", "CHNGOV"),
      (
        "Taiwan recalled its envoy to Manila.\n\nIn Beijing, which regards Taiwan as part of its territory, the foreign ministry urged Manila to punish those responsible.",
        "CHNGOV"
      ),
    ])
  func placeOpener(_ body: String, _ source: String) {
    let urged = Support.code(body, date: "2013-05-15").first { $0.cameo == "020" }
    #expect(urged?.source.code == source && urged?.target?.code == "PHLGOV")
    // Without the opener, the story's country (here the Philippines') is the ministry's.
    let plain = Support.code(
      "Taiwan recalled its envoy to Manila.\n\nThe foreign ministry urged Manila to punish those responsible.",
      date: "2013-05-15")
    #expect(!plain.contains { $0.cameo == "020" && $0.source.code == "CHNGOV" })
  }
}
