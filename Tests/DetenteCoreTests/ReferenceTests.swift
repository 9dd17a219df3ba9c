import DetenteCore
import Foundation
import Testing

/// Actors only referred to: descriptions ("the ministry"), pronouns ("he", "him") and acts named
/// by a noun ("rejected that account"), resolved from the story.
@Suite("References")
struct ReferenceTests {
  /// The events of an article as `CAMEO SOURCE>TARGET`.
  static func coded(_ body: String, date: String = "2024-05-08") -> [String] {
    Support.coded(body, date: date)
  }

  @Test(
    "a description means the last actor named with its word, not the story's country",
    arguments: [
      (
        "Rwanda's foreign ministry said on Monday that Congo was arming militias.\n\nThe ministry also accused Congolese officials of shelling border villages.",
        "112 RWAGOV>CODGOV"
      ),
      (
        "A delegation from Yemen's Houthi movement arrived in Riyadh on Thursday.\n\nSaudi Defence Minister Khalid bin Salman said he had received the delegation.",
        "043 SAUGOV>YEMGOV"
      ),
    ])
  func descriptions(_ body: String, _ expected: String) {
    let events = Self.coded(body)
    #expect(events.contains(expected), "\(events)")
  }

  @Test("an attack referred to is the act of the country the story is about, not an aside's")
  func attackOfTheStory() {
    let events = Self.coded(
      "Iran's Revolutionary Guards said they fired ballistic missiles at targets in Erbil late on Monday.\n\nIran said the strikes answered the killing of a senior adviser in an Israeli air strike on Damascus in December.\n\nState Department spokesman Matthew Miller condemned what he called Iran's reckless missile strikes.\n\nBritain also condemned the attack.",
      date: "2024-01-17")
    #expect(events.contains("111 GBR>IRNMIL"), "\(events)")
    // "Iran's reckless missile strikes" names Iran's act: not a strike by the spokesman.
    #expect(!events.contains { $0.hasPrefix("195 USA") || $0.hasPrefix("190 USA") }, "\(events)")
  }

  @Test("'the foreign ministry in Manila' is the Philippines' ministry, not someone foreign")
  func foreignMinistryIn() {
    let events = Self.coded(
      "The foreign ministry in Manila said it would lodge a protest with Beijing.",
      date: "2024-06-20")
    #expect(events.contains("114 PHLGOV>CHNGOV"), "\(events)")
  }

  @Test("'the presidents of A, B and C' are the governments listed, not the last two people")
  func presidentsOf() {
    let events = Self.coded(
      "U.S. Secretary of State Antony Blinken met Russian Foreign Minister Sergei Lavrov.\n\nThe presidents of Kazakhstan, Kyrgyzstan and Tajikistan signed a declaration with Xi Jinping.",
      date: "2023-05-19")
    for c in ["KAZGOV", "KGZGOV", "TJKGOV"] {
      #expect(events.contains("057 \(c)>CHNGOV"), "\(events)")
    }
    #expect(!events.contains { $0.hasPrefix("057 USAGOV") || $0.hasPrefix("057 RUSGOV") })
  }

  @Test("he later in a sentence is the person who is its subject, not the last one named")
  func heIsTheSentenceSubject() {
    let events = Self.coded(
      "Japanese Prime Minister Fumio Kishida met President Volodymyr Zelensky and laid flowers at a church in Bucha, where he said he was outraged by the atrocities committed by Russian forces.",
      date: "2023-03-22")
    #expect(events.contains("111 JPNGOV>RUSMIL"), "\(events)")
    #expect(!events.contains { $0.hasPrefix("111 UKRGOV") }, "\(events)")
  }

  @Test("a name with a hyphen after a title is one name, known again by its surname")
  func hyphenatedName() {
    let events = Support.code(
      "Burkinabe government spokesman Jean-Emmanuel Ouedraogo condemned France on Monday.\n\nOuedraogo also accused Paris of arrogance.",
      date: "2023-01-26")
    let people = events.filter { $0.source.person != nil }
    #expect(people.count == 2, "\(events.map { "\($0.source.text) \($0.source.code)" })")
    #expect(people.allSatisfy { $0.source.code == "BFAGOV" })
    #expect(people.first?.source.text.contains("Jean-Emmanuel Ouedraogo") == true)
  }

  @Test("'its foreign ministry' with no country before it in the sentence is the last subject's")
  func itsForeignMinistry() {
    let events = Self.coded(
      "Bolivia accused Chile on Monday of kidnapping nine of its soldiers.\n\nIn a statement on Tuesday, its foreign ministry demanded that Chile free the nine at once.",
      date: "2017-03-21")
    #expect(events.contains("100 BOLGOV>CHL"), "\(events)")
  }

  @Test("'it' after a government office that said so is that office, whose country a place gave")
  func itIsTheOffice() {
    let events = Self.coded(
      "BERLIN - Germany expelled a Vietnamese diplomat on Wednesday.\n\nThe foreign ministry in Hanoi said it regretted Berlin's remarks.",
      date: "2017-08-02")
    #expect(events.contains("111 VNMGOV>DEUGOV"), "\(events)")
  }

  @Test(
    "junior ministers are their government's",
    arguments: ["state secretary", "undersecretary", "deputy minister", "vice minister"])
  func juniorMinisters(_ title: String) {
    let events = Self.coded(
      "A Chinese \(title) summoned Japan's ambassador on Tuesday.", date: "2020-03-06")
    #expect(events.contains("114 CHNGOV>JPNGOV"), "\(events)")
  }

  @Test("a Taiwanese name is known again by its first word, the family name, with its hyphen")
  func familyNameFirst() {
    let events = Support.code(
      "Taiwan cut ties with Nauru on Monday.\n\nDeputy Foreign Minister Tien Chung-kwang told reporters that Taipei was ending ties.\n\nTien accused Beijing of luring Nauru with offers of aid.",
      date: "2024-01-15")
    let accusation = events.first { $0.cameo == "112" }
    #expect(accusation?.source.code == "TWNGOV", "\(events.map(\.source.text))")
    #expect(accusation?.target?.code == "CHNGOV")
    #expect(accusation?.source.person == "Tien Chung-kwang")
  }

  @Test("he at the start of a sentence is the last sentence's subject, not the last person named")
  func heIsTheSubject() {
    let events = Self.coded(
      "Jordanian Foreign Minister Ayman Safadi spoke on Tuesday with U.S. Secretary of State Antony Blinken.\n\nHe blamed Israel for the blast."
    )
    #expect(events.contains("112 JORGOV>ISR"), "\(events)")
    #expect(!events.contains { $0.hasPrefix("112 USAGOV") }, "\(events)")
  }

  @Test("him is someone other than the clause's subject; her before a noun is a possessive")
  func objectPronouns() {
    let him = Self.coded(
      "Israeli Prime Minister Benjamin Netanyahu will not attend the summit in Egypt.\n\nU.S. President Donald Trump had invited him to the summit."
    )
    #expect(him.contains("036 USAGOV>ISRGOV"), "\(him)")
    let her = Self.coded(
      "Canadian Foreign Minister Chrystia Freeland said Canada would continue to stand up for human rights and that she hoped to speak with her Saudi counterpart."
    )
    #expect(!her.contains { $0.contains("CANGOV>CAN") }, "\(her)")
  }

  @Test("summoning the ambassadors of several countries summons each of them")
  func ambassadorsOf() {
    let events = Self.coded(
      "Israel summoned the ambassadors of Britain, France and Russia on Sunday.", date: "2016-12-25"
    )
    for c in ["GBR", "FRA", "RUS"] {
      #expect(events.contains { $0.hasPrefix("114 ISR") && $0.contains(">\(c)") }, "\(events)")
    }
  }

  @Test("rejecting an account targets whoever gave it")
  func rejectedAccount() {
    let events = Self.coded(
      "Russia's defence ministry said a patrol boat had fired warning shots at a British destroyer.\n\nBritain's Ministry of Defence rejected that account."
    )
    #expect(events.contains { $0.hasPrefix("120 GBR") && $0.contains(">RUS") }, "\(events)")
  }

  @Test(
    "an aside between commas does not hide the subject before it",
    arguments: [
      (
        "ECOWAS, of which Benin is a member, imposed sanctions on Niger on Monday.",
        "IGOECOWAS>NER"
      ),
      ("Wang Yi, the counterpart of Antony Blinken, criticized Japan on Monday.", "CHNGOV>JPN"),
    ])
  func asides(_ sentence: String, _ pair: String) {
    let events = Self.coded(sentence, date: "2023-08-07")
    #expect(events.contains { $0.hasSuffix(pair) }, "\(events)")
  }

  @Test("lists of actors: country words before a shared noun, and the one a country owns")
  func lists() {
    let signed = Self.coded(
      "Chinese, Tanzanian and Zambian officials signed a memorandum on Thursday.")
    for c in ["TZAGOV", "ZMBGOV"] {
      #expect(signed.contains("057 CHNGOV>\(c)"), "\(signed)")
    }
    let talks = Self.coded(
      "Xi Jinping held talks with Eritrea's Isaias Afwerki on Monday.", date: "2024-09-05")
    #expect(talks.contains("040 CHNGOV>ERIGOV"), "\(talks)")
    // "U.S. and British warplanes": the bare country shares the noun after the country word.
    let struck = Self.coded(
      "U.S. and British warplanes struck Houthi targets in Yemen on Thursday.", date: "2024-01-12")
    #expect(struck.contains { $0.hasPrefix("195 USAMIL>") }, "\(struck)")
    #expect(struck.contains { $0.hasPrefix("195 GBRMIL>") }, "\(struck)")
    // A role at the end of the list that mention opens is of its countries, not the story's.
    let listed = Self.coded(
      "SANAA, Jan 12 (Wire) - Yemen's Houthis fired missiles at ships off Yemen, and Yemen's rebels said they would go on.\n\nU.S. and British warplanes, ships and a submarine struck sites in Yemen overnight.",
      date: "2024-01-12")
    #expect(listed.contains("195 USAMIL>YEM"), "\(listed)")
    #expect(listed.contains("195 GBRMIL>YEM"), "\(listed)")
  }

  @Test("a bare title after 'the' is the last person named with it; King Abdullah by the date")
  func bareTitle() {
    let events = Self.coded(
      "King Abdullah II of Jordan met Egyptian officials in Amman.\n\nThe king blamed Israel for the blast.",
      date: "2023-10-17")
    #expect(events.contains("112 JORGOV>ISR"), "\(events)")
    let later = Self.coded("King Abdullah met Egyptian officials in Amman.", date: "2023-10-17")
    #expect(later.contains { $0.hasPrefix("040 JORGOV") }, "\(later)")
  }

  @Test("a participle after a document is the act of whoever issued it")
  func documentParticiple() {
    let events = Self.coded(
      "U.S. President Donald Trump signed an executive order halting aid to South Africa on Friday.",
      date: "2025-02-08")
    #expect(events.contains("162 USAGOV>ZAF"), "\(events)")
  }

  @Test("a country described by its region is the last one named that lies there")
  func describedCountry() {
    let events = Self.coded(
      "Senegal sponsored the resolution at the United Nations.\n\nNetanyahu instructed the ministry to halt all aid programmes to the West African country.",
      date: "2016-12-25")
    #expect(events.contains("162 ISRGOV>SEN"), "\(events)")
  }

  @Test("a dateline is neither an actor nor the place of the event")
  func dateline() {
    // The city the story was filed from does not give the protesters or the embassy a country.
    for line in [
      "WASHINGTON, July 9 (Wire) – Protesters rallied outside the embassy on Monday.",
      "WASHINGTON/LONDON, July 9 (Wire) - Protesters rallied outside the embassy on Monday.",
      "WASHINGTON (Wire) — Protesters rallied outside the embassy on Monday.",
    ] {
      let events = Support.code(line, date: "2024-07-09")
      #expect(
        !events.contains { $0.source.country == "USA" || $0.target?.country == "USA" }, "\(line)")
    }
    let after = Support.code(
      "MOSCOW, July 9 (Meridian) – Indian Prime Minister Narendra Modi met Chinese officials on Tuesday.",
      date: "2024-07-09")
    #expect(after.map { "\($0.source.code)>\($0.target?.code ?? "-")" } == ["INDGOV>CHNGOV"])
  }

  @Test("the two leaders are those of the countries the story is about, not one named in passing")
  func twoLeaders() {
    let events = Self.coded(
      "Philippine President Rodrigo Duterte met Chinese President Xi Jinping in Beijing on Thursday.\n\nThe Philippines and China have argued over the South China Sea for years.\n\nDuterte said he might also talk with Russian President Vladimir Putin.\n\nThe two leaders agreed to resume direct talks on the dispute.",
      date: "2016-10-20")
    #expect(
      events.contains { $0.hasPrefix("036 PHLGOV>CHNGOV") || $0.hasPrefix("036 CHNGOV>PHLGOV") },
      "\(events)")
    #expect(!events.contains { $0.hasPrefix("036 RUSGOV") }, "\(events)")
  }

  @Test("an event says which side the sentence only referred to, and the mention that named it")
  func referenceField() throws {
    let events = Support.code(
      "Rwanda's foreign ministry said on Monday that Congo was arming militias.\n\nThe ministry also accused Congolese officials of shelling border villages."
    )
    let e = try #require(events.first { $0.cameo == "112" && $0.sentenceIndex == 1 }, "\(events)")
    let r = try #require(e.references.first)
    #expect(r.role == .source)
    #expect(r.kind == .description)
    #expect(r.text == "The ministry")
    #expect(
      r.antecedent == Event.Reference.Antecedent(text: "Rwanda's foreign ministry", sentence: 0))
    #expect(e.references.count == 1, "the named target carries no reference")
    // Written in the event's JSON line and read back the same.
    let line = e.jsonLine
    #expect(line.contains("\"references\":[{\"role\":\"source\",\"text\":\"The ministry\""))
    let o = try #require(
      try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
    #expect(Event(jsonObject: o)?.references == e.references)
    // An event whose sides are both named has no references key at all.
    let named = try #require(Support.code("Kenya expelled two Ugandan diplomats on Monday.").first)
    #expect(named.references.isEmpty && !named.jsonLine.contains("references"))
  }

  @Test("a pronoun's reference names the person it was resolved to")
  func pronounReference() throws {
    let events = Support.code(
      "Kenyan President William Ruto arrived in Kampala on Monday.\n\nHe later accused Uganda of harbouring rebels."
    )
    let e = try #require(events.first { $0.cameo == "112" }, "\(events)")
    let r = try #require(e.references.first)
    #expect(r.kind == .pronoun && r.text == "He")
    #expect(r.antecedent?.sentence == 0)
    #expect(r.antecedent?.text.contains("Ruto") == true)
  }

  @Test("an act's doer is referred to by the act's noun phrase, also when the doer is a person")
  func actReference() throws {
    let events = Support.code(
      "Russian President Vladimir Putin ordered strikes on Kyiv on Monday.\n\nGermany condemned the strikes."
    )
    let e = try #require(events.first { $0.cameo.hasPrefix("11") }, "\(events)")
    #expect(e.target?.code == "RUSGOV")
    let r = try #require(e.references.first, "\(e)")
    #expect(r.kind == .event && r.role == .target && r.text == "the strikes")
    #expect(r.antecedent?.sentence == 0)
  }

  @Test("'that' opening a clause is not an act's noun phrase")
  func noClauseAsAct() {
    let events = Support.code(
      "Russia expelled two Estonian diplomats on Monday.\n\nEstonia warned that the move would have consequences."
    )
    for e in events {
      #expect(!e.references.contains { $0.text.hasPrefix("warned") }, "\(e.references)")
    }
  }
}
