import DetenteCore
import Testing

/// Who acts in the phrase a sentence opens with, in a participle after a comma, and across
/// "each other"; which person a short name means.
@Suite("Opening phrases, mutual acts and short names")
struct OpeningPhraseTests {
  /// The events of `body` as "CAMEO SOURCE>TARGET".
  func coded(_ body: String, date: String = "2019-08-30") -> [String] {
    Support.coded(body, date: date)
  }

  @Test("a trigger in an opening participle phrase is the main clause's subject's")
  func openingParticiple() {
    let intro =
      "ABUJA, Aug 30 (Wire) - Nigerian President Muhammadu Buhari has kept the border shut since talks with Beninese President Patrice Talon failed.\n\n"
    for sentence in [
      "After meeting Talon in Yokohama, Buhari said the border would stay shut.",
      "Meeting Talon in Yokohama, Japan, on August 28, he told him Nigeria could not allow smuggling.",
      "On Wednesday, after meeting Talon in Yokohama, Buhari said the border would stay shut.",
      "Earlier in the day, after talks with Talon in Yokohama, Buhari said the border would stay shut.",
    ] {
      let events = coded(intro + sentence)
      #expect(events.filter { $0 == "040 NGAGOV>BENGOV" }.count == 2, "\(sentence): \(events)")
    }
    // "he" after the phrase is not the person the phrase names.
    let before = coded(
      intro + "Before meeting Talon, he spoke to French President Emmanuel Macron.")
    #expect(before.contains("040 NGAGOV>FRAGOV"), "\(before)")
    #expect(!before.contains("040 BENGOV>FRAGOV"), "\(before)")
    // "Speaking to reporters, …": the setting of what is said, no meeting with the reporters.
    let speaking = coded(
      intro + "Speaking to reporters in Abuja on Thursday, Buhari said the border would stay shut.")
    #expect(!speaking.contains { $0.hasSuffix("NGAMED") }, "\(speaking)")
  }

  @Test("the place a sentence opens with is not listed with the name after it")
  func openingPlaceIsNoListMember() {
    let events = Support.code(
      "PARIS, Nov 25 (Wire) - In Washington, President Barack Obama, speaking after talks at the White House with French President Francois Hollande, said Turkey had a right to defend itself.",
      date: "2015-11-25")
    #expect(
      events.contains {
        $0.cameo == "040" && $0.source.code == "USAGOV" && $0.target?.code == "FRAGOV"
      }, "\(events.map(\.rule))")
  }

  @Test("a participle after a comma belongs to the main clause, not to a relative clause")
  func participleAfterRelativeClause() {
    let events = coded(
      "SEOUL, Oct 21 (Wire) - South Korea summoned Russia's ambassador on Monday and demanded the withdrawal of North Korean troops that have been sent to Russia, warning that Seoul would respond.",
      date: "2024-10-21")
    let warnings = events.filter { $0.hasPrefix("13") }
    #expect(!warnings.isEmpty && warnings.allSatisfy { $0.contains(" KOR") }, "\(events)")
  }

  @Test("\"accused each other\" and \"each side accused the other\" go both ways")
  func mutualActs() {
    let events = coded(
      "MOSCOW, Oct 10 (Wire) - Armenia and Azerbaijan agreed to a humanitarian ceasefire on Saturday.\n\nWithin minutes, each side accused the other of breaking it.\n\nOn Sunday Armenia and Azerbaijan again accused each other of shelling towns.",
      date: "2020-10-10")
    #expect(events.filter { $0 == "112 ARM>AZE" }.count == 2, "\(events)")
    #expect(events.filter { $0 == "112 AZE>ARM" }.count == 2, "\(events)")
  }

  @Test("the last two words of a long name are its person")
  func lastTwoWordsOfName() {
    let events = coded(
      "NAYPYITAW, Nov 23 (Wire) - Bangladeshi Foreign Minister Abul Hassan Mahmood Ali arrived in Naypyitaw on Wednesday.\n\nThe deal was signed after Mahmood Ali held talks with Aung San Suu Kyi.",
      date: "2017-11-23")
    #expect(events.contains("040 BGDGOV>MMRGOV"), "\(events)")
  }

  @Test("a short name inside someone else's longer name is not the known person")
  func shortNameOfAnother() {
    let events = Support.code(
      "ASTANA, Jan 24 (Wire) - Syria's U.N. ambassador Bashar al-Jaafari called the opposition's speech provocative.\n\nSouth Korean First Vice Foreign Minister Kim Hong-kyun summoned the Russian ambassador.\n\nPresident Tayyip Erdogan criticised the Dutch government.",
      date: "2017-01-24")
    let people = events.flatMap { [$0.source.person, $0.target?.person] }.compactMap { $0 }
    #expect(!people.contains { $0.contains("Ibrahim") || $0.contains("Kim Jong") }, "\(people)")
    #expect(
      events.contains { $0.source.code == "KORGOV" && $0.target?.code == "RUSGOV" },
      "\(events.map(\.rule))")
    #expect(
      events.contains { $0.source.person?.contains("Erdogan") == true && $0.cameo == "111" },
      "\(events.map(\.rule))")
  }

  @Test("a bare verb after \"to … and\" is part of what is asked, a past verb is an act")
  func askedForAfterAnd() {
    let events = coded(
      "LONDON, Jan 14 (Wire) - Foreign Secretary James Cleverly called on Tehran to halt the execution and free Alireza Akbari.\n\nIran arrested two French citizens on Friday and freed a Belgian aid worker.",
      date: "2023-01-14")
    #expect(events.contains("020 GBRGOV>IRNGOV"), "\(events)")
    #expect(!events.contains { $0.hasPrefix("0841 GBR") }, "\(events)")
    #expect(events.contains { $0.hasPrefix("0841 IRN") }, "\(events)")
  }

  @Test("rank words before a title belong to it")
  func rankWordsBeforeTitle() {
    let events = coded(
      "JUBA, Mar 27 (Wire) - Police arrested First Vice President Riek Machar at his home in Juba.\n\nSouth Korean First Vice Foreign Minister Kim Hong-kyun summoned the Russian ambassador.",
      date: "2025-03-27")
    #expect(events.contains("173 SSDCOP>SSDGOV"), "\(events)")
    #expect(events.contains("114 KORGOV>RUSGOV"), "\(events)")
  }

  @Test("\"them\" after actors named together is all of them")
  func themAfterList() {
    let events = coded(
      "BERLIN, Nov 18 (Wire) - Steinmeier said it was up to Sofia and Skopje to settle their differences, and he urged them to talk.",
      date: "2020-11-18")
    #expect(
      events.contains("020 DEUGOV>BGRGOV") && events.contains("020 DEUGOV>MKDGOV"), "\(events)")
  }

  @Test("\"both armies\" with no pair named lately is the story's principal pair")
  func bothArmiesArePrincipalPair() {
    let events = coded(
      "NEW DELHI, Sep 29 (Wire) - India said its troops struck militant camps in Pakistan-held Kashmir, and Pakistan accused India of lying.\n\nThe rivals won independence from Britain in 1947.\n\nA ceasefire has largely held, although both armies regularly accuse each other of violating it.",
      date: "2016-09-29")
    #expect(!events.contains { $0.contains("GBR") }, "\(events)")
    #expect(events.contains("112 IND>PAK") || events.contains("112 INDMIL>PAKMIL"), "\(events)")
  }

  @Test("\"his guest\" and \"his host\" are the other side of the visit told last")
  func guestAndHost() {
    let events = coded(
      "BISHKEK, Mar 13 (Wire) - Kyrgyz President Sadyr Japarov and Tajik President Emomali Rahmon, who arrived in Bishkek on Wednesday for a state visit, signed the treaty.\n\nJaparov had met his guest on the tarmac at Manas airport.\n\nRahmon thanked his host for the welcome.",
      date: "2025-03-13")
    #expect(events.contains("040 KGZGOV>TJKGOV"), "\(events)")
    #expect(events.contains { $0.hasPrefix("051 TJKGOV>KGZ") }, "\(events)")
  }
}
