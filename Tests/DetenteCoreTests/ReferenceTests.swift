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

  @Test("'the two leaders' split into source and target is a reference on both sides")
  func pairReference() throws {
    let events = Support.code(
      "Chinese President Xi Jinping arrived in Moscow on Monday to see Russian President Vladimir Putin.\n\nThe two leaders met in the Kremlin on Tuesday.",
      date: "2023-03-22")
    let e = try #require(events.first { $0.sentenceIndex == 1 }, "\(events)")
    #expect(Set(e.references.map(\.role)) == [.source, .target], "\(e.references)")
    #expect(
      e.references.allSatisfy { $0.text == "The two leaders" && $0.antecedent?.sentence == 0 })
  }

  @Test("condemning a coup the story did not code targets the army of the country it is about")
  func coup() {
    let events = Self.coded(
      "Gabon's army officers said on Wednesday they had taken power in Gabon and placed President Ali Bongo under house arrest.\n\nFrance condemned the coup and said it wanted the election result respected.",
      date: "2023-08-31")
    #expect(events.contains("111 FRA>GABMIL"), "\(events)")
  }

  @Test("rejecting the charges targets whoever made them, the last speaker")
  func rejectedCharges() {
    let events = Self.coded(
      "Egypt's foreign ministry said Qatar supported terrorism.\n\nQatar rejected the charges on Thursday.",
      date: "2015-02-19")
    #expect(events.contains { $0.hasPrefix("120 QAT>EGY") }, "\(events)")
  }

  @Test(
    "acts named with a qualifier or as the speaker calls them, and who is 'among' those who act",
    arguments: [
      (
        "Russian forces fired missiles at Poland overnight.\n\nNATO Secretary-General Jens Stoltenberg called the reckless incursion a test of the alliance.",
        "111 IGONATO>RUSMIL"
      ),
      (
        "Yemeni rebels fired missiles at Abu Dhabi on Monday.\n\nThe Emirati foreign ministry condemned what it called a terrorist attack on civilian areas.",
        "111 AREGOV>YEMREB"
      ),
      (
        "The European Union imposed sanctions on four Chinese officials on Monday.\n\nGermany and France were among several EU governments that summoned China's ambassadors on Tuesday.",
        "114 DEU>CHNGOV"
      ),
      (
        "China summoned the U.S. ambassador on Friday, warning of firm countermeasures.",
        "130 CHN>USAGOV"
      ),
      (
        "Canada accused China of hostage diplomacy on Monday.\n\nIt was an accusation Beijing has always rejected.",
        "120 CHNGOV>CAN"
      ),
      (
        "Rwandan President Paul Kagame and Uganda's Yoweri Museveni signed a memorandum of understanding on Wednesday.",
        "057 RWAGOV>UGAGOV"
      ),
      (
        "ECOWAS on Thursday condemned as extreme a decision by Mali's military rulers to expel its envoy.",
        "111 IGOECOWAS>MLIMIL"
      ),
      (
        "Germany on Tuesday told Chad's ambassador to leave the country within 48 hours.",
        "166 DEU>TCDGOV"
      ),
      (
        "Canberra condemned what it called Beijing's retaliatory action.",
        "111 AUSGOV>CHNGOV"
      ),
      (
        "Sri Lankan President Gotabaya Rajapaksa asked visiting Chinese Foreign Minister Wang Yi on Sunday to restructure the debt.",
        "020 LKAGOV>CHNGOV"
      ),
    ])
  func namedActs(_ body: String, _ expected: String) {
    let events = Self.coded(body, date: "2022-03-18")
    #expect(events.contains(expected), "\(events)")
  }

  @Test("police and crowds the story leaves unnamed are those of where it was filed")
  func streetRolesOfTheDateline() {
    let events = Support.codeArticle(
      "# Modi in Dhaka\n\nMarch 27, 2021\n\nBy Wire\n\nDHAKA, March 27 (Wire) - At least four people were killed when police opened fire on protesters on Friday, as Indian Prime Minister Narendra Modi said India would send vaccines.\n"
    ).map(Support.brief)
    #expect(events.contains("175 BGDCOP>BGDCVL"), "\(events)")
    // A country word after "in" says where: "rallied in several Chinese cities".
    let crowds = Support.codeArticle(
      "# Lotte\n\nMarch 20, 2017\n\nBy Wire\n\nSEOUL, March 20 (Wire) - Small crowds have rallied outside Lotte outlets in several Chinese cities against the government.\n"
    ).map(Support.brief)
    #expect(!crowds.contains { $0.contains("KORCVL") }, "\(crowds)")
  }

  @Test("a noun qualifying another ('the peace treaty') is not an act's qualifier")
  func compoundIsNoAct() {
    let events = Self.coded(
      "President Joe Biden said he would stop supplying offensive weapons to Israel.\n\nEgypt warned Israel that an offensive in Rafah would threaten the peace treaty."
    )
    #expect(!events.contains { $0.hasPrefix("130 ISR>USA") }, "\(events)")
  }

  @Test(
    "a name the story introduces with an aside is that actor, there and later",
    arguments: [
      (
        "Al Jazeera, the Doha-based broadcaster, accused Israel of targeting its journalists.\n\nAl Jazeera also criticised Egypt.",
        ["112 QATMED>ISR", "111 QATMED>EGY"]
      ),
      (
        "Lotte, the South Korean conglomerate, accused China of retaliation.\n\nLotte later thanked Japan.",
        ["112 KORBUS>CHN", "051 KORBUS>JPN"]
      ),
      ("Energean, the London-listed gas producer, signed a deal with Lebanon.", ["057 GBRBUS>LBN"]),
      // A role "of" a body, and an aside after an object.
      (
        "Diosdado Cabello, the head of Venezuela's National Assembly, spoke on Tuesday.\n\nCabello threatened Spain.",
        ["130 VENLEG>ESP"]
      ),
      (
        "Tunisia's president received Brahim Ghali, the leader of the Polisario Front.\n\nMorocco accused Ghali of aggression.",
        ["1123 MAR>MARREB"]
      ),
      // The name in an aside after the description.
      (
        "Lebanon's prime minister, Saad al-Hariri, resigned in Riyadh.\n\nIran accused Hariri of lying.",
        ["112 IRN>LBNGOV"]
      ),
      // The name is its own sentence's subject, with the aside going on after the actor.
      (
        "Diosdado Cabello, the head of Venezuela's National Assembly and one of the most powerful figures in the ruling party, has accused the United States of kidnapping two men.",
        ["112 VENLEG>USA"]
      ),
      (
        "On Tuesday Sisi received Aguila Saleh, speaker of Libya's House of Representatives, at the presidential palace.",
        ["043 EGYGOV>LBYLEG"]
      ),
    ])
  func appositions(_ body: String, _ expected: [String]) {
    let events = Self.coded(body, date: "2024-05-03")
    for e in expected { #expect(events.contains(e), "\(events)") }
  }

  @Test(
    "an aside is a noun phrase: a relative clause, a participle or a capital names no one",
    arguments: [
      // Not ", which punishes Russian officials": the act is no official.
      (
        "Obama signed the Magnitsky Act, which punishes Russian officials, in December.\n\nThe Magnitsky Act angered Moscow.",
        "RUSGOV>"
      ),
      // Not ", calling up 300,000 reservists": the war is no army.
      (
        "Putin ordered the first mobilisation since World War Two, calling up 300,000 reservists, and warned Ukraine.",
        "RUSMIL>UKR"
      ),
      // Not "Russia's ambassador in Berlin, Sergei Nechayev,": the ambassador is Russia's.
      (
        "Russia's ambassador in Berlin, Sergei Nechayev, called the decision extremely dangerous.\n\nNechayev accused Poland of lying.",
        "DEUGOV>"
      ),
    ])
  func notAsides(_ body: String, _ wrong: String) {
    let events = Self.coded(body, date: "2023-01-26")
    #expect(!events.contains { $0.contains(wrong) }, "\(events)")
  }

  @Test("a surname the story introduced is its person, not a lexicon person of that surname")
  func storyPersonFirst() {
    let events = Self.coded(
      "Guatemalan President Jimmy Morales ordered the head of a U.N. commission to leave.\n\n"
        + "Morales met U.N. Secretary-General Antonio Guterres in New York on Friday.",
      date: "2017-08-28")
    #expect(events.contains("040 GTMGOV>IGOUNO"), "\(events)")
    #expect(!events.contains { $0.contains("BOL") }, "\(events)")
  }

  @Test("a country's attorney general and its constitutional court are its justice")
  func justice() {
    let events = Self.coded(
      "Guatemala's Attorney General Thelma Aldana asked the Constitutional Court to lift the "
        + "president's immunity.", date: "2017-08-28")
    #expect(!events.contains { $0.contains("MIL") || $0.contains("IGO") }, "\(events)")
  }

  @Test("criticism of an act the story told but did not code goes to the side the story is about")
  func uncodedAct() {
    let events = Self.coded(
      "Indonesia recalled its ambassador from Australia on Monday.\n\n"
        + "Leaked documents showed Australian agencies tracked the president's phone in 2009.\n\n"
        + "Australia's prime minister declined to comment on the documents.\n\n"
        + "Indonesian Foreign Minister Marty Natalegawa branded the surveillance an unfriendly act.",
      date: "2013-11-21")
    #expect(events.contains("111 IDNGOV>AUS"), "\(events)")
  }

  @Test("'it' after a sentence without events is the country that sentence opened with")
  func openingSubject() {
    let events = Self.coded(
      "Sudan followed within hours, expelling the Iranian ambassador.\n\n"
        + "The UAE stopped short of a full break. It recalled its ambassador from Tehran.",
      date: "2016-01-04")
    #expect(events.contains("161 ARE>IRNGOV"), "\(events)")
    // What a speaker says does not make its subject the next "it".
    let said = Self.coded(
      "Sudan expelled the Iranian ambassador.\n\n"
        + "Moscow would go on helping Tehran, the minister added. It recalled its ambassador "
        + "from Tehran.", date: "2016-01-04")
    #expect(!said.contains { $0.hasPrefix("161 RUS") }, "\(said)")
  }

  @Test("'the Central African state' after Chad is Chad; 'the Central African Republic' is itself")
  func regionAdjective() {
    let events = Self.coded(
      "Netanyahu arrived in N'Djamena on Sunday to meet President Idriss Deby of Chad.\n\n"
        + "He became the first Israeli prime minister to visit the Central African state.",
      date: "2019-01-20")
    #expect(events.contains("042 ISRGOV>TCD"), "\(events)")
    #expect(!events.contains { $0.contains("CAF") }, "\(events)")
    let car = Self.coded(
      "Chad's president met Central African Republic President Faustin-Archange Touadera.",
      date: "2019-01-20")
    #expect(car.contains { $0.contains("CAF") }, "\(car)")
    // A title "of" a country's name is its holder there.
    let of = Self.coded(
      "Chad's president met the president of the Central African Republic on Sunday.",
      date: "2019-01-20")
    #expect(of.contains("040 TCDGOV>CAFGOV"), "\(of)")
  }

  @Test("members listed between dashes after an organisation name it; they do not meet")
  func memberList() {
    let events = Self.coded(
      "Leaders of the Group of Seven - the United States, Britain, France, Germany, Italy, "
        + "Canada and Japan - took the decision on Monday at emergency talks in The Hague.",
      date: "2014-03-25")
    #expect(!events.contains { $0.hasPrefix("040 USA") }, "\(events)")
    // A list that is the subject still acts.
    let listed = Self.coded(
      "The United States, Britain and France condemned Russia on Monday.", date: "2014-03-25")
    #expect(listed.contains("111 GBR>RUS"), "\(listed)")
  }

  @Test("'both neighbours' a state calls on are not it and its partner: the story's two sides")
  func bothNeighboursNotTheSpeaker() {
    let events = Self.coded(
      "Afghan forces and Pakistani troops fought along the border, and Kabul accused Islamabad of air strikes.\n\nThe operation was halted at the request of Qatar and Saudi Arabia.\n\nSaudi Arabia's foreign ministry called on both neighbours to exercise restraint.",
      date: "2025-10-12")
    #expect(events.contains("020 SAUGOV>AFG"), "\(events)")
    #expect(events.contains("020 SAUGOV>PAK"), "\(events)")
    #expect(!events.contains("020 SAUGOV>QAT"), "\(events)")
  }

  @Test("'both countries' are not a country and an organisation named with it")
  func bothCountriesAreStates() {
    let events = Self.coded(
      "Djibouti accused Eritrea of occupying a disputed hill.\n\nEritrea and the African Union held talks in Addis Ababa.\n\nThe African Union's chairman called on both countries to show restraint.",
      date: "2017-06-16")
    #expect(events.contains("020 IGOAU>DJI"), "\(events)")
    #expect(events.contains("020 IGOAU>ERI"), "\(events)")
  }

  @Test("'the two sides' after 'said' may include the speaker")
  func twoSidesAfterSaid() {
    let events = Self.coded(
      "U.S. and Chinese negotiators met in Geneva.\n\nU.S. Treasury Secretary Scott Bessent said the two sides had agreed to continue negotiations.",
      date: "2025-05-12")
    #expect(
      events.contains {
        $0.hasPrefix("036 USA") && $0.hasSuffix(">CHN")
          || $0.hasPrefix("036 CHN") && $0.hasSuffix(">USA")
      }, "\(events)")
  }

  @Test("a name whose aside is an office is a person: 'he' later in that sentence means him")
  func asideNamesAPerson() {
    let events = Self.coded(
      "Afghan defence officials said Pakistani jets had struck Kabul.\n\nZabihullah Mujahid, the Taliban administration's chief spokesman, said the fighting had ended.\n\nInterior Minister Mohsin Naqvi condemned the attack on Pakistani territory.\n\nMujahid said the operation was over, but he warned Pakistan against new strikes.",
      date: "2025-10-12")
    #expect(events.contains("130 AFGREB>PAK"), "\(events)")
    #expect(!events.contains { $0.hasPrefix("130 PAK") }, "\(events)")
  }

  @Test("whom one tells is no subject: 'He told Rouhani …, and he praised Iran' is the speaker's")
  func toldIsNoSubject() {
    let events = Self.coded(
      "Chinese Foreign Minister Wang Yi met President Hassan Rouhani on Saturday.\n\nHe told Rouhani that ties were permanent, and he praised Iran for its stance.",
      date: "2021-03-27")
    #expect(events.contains("051 CHNGOV>IRN"), "\(events)")
  }

  @Test("whom one tells to do something is that act's subject")
  func toldToDo() {
    let events = Self.coded(
      "China told the United States on Friday to close its consulate in Chengdu.",
      date: "2020-07-24")
    #expect(!events.contains { $0.hasSuffix(">USA") && $0.hasPrefix("161 CHN") }, "\(events)")
  }

  @Test("'condemned the offensive' is not aimed at whoever imposed restrictions before")
  func offensiveIsNoRestriction() {
    let events = Self.coded(
      "Turkey said on Wednesday that it would never declare a ceasefire in northern Syria.\n\nThe Treasury Department blacklisted Turkey's defence and energy ministries on Monday.\n\nEuropean Union foreign ministers condemned the offensive on Monday.",
      date: "2019-10-16")
    #expect(events.contains("111 IGOEU>TUR"), "\(events)")
    #expect(!events.contains("111 IGOEU>USAGOV"), "\(events)")
  }

  @Test("an office the story gave a country, acting on a named envoy of it, is the other side's")
  func officeOfTheOtherSide() {
    let events = Support.code(
      "NEW DELHI, Sept 19 (Wire) - Canada expelled an Indian diplomat on Monday, and Canadian Prime Minister Justin Trudeau told Canada's parliament that Canada was investigating a killing in British Columbia.\n\nIndia rejected the claim.\n\nThe foreign ministry said it had summoned Canada's High Commissioner Cameron MacKay to inform him of the decision.",
      date: "2023-09-19")
    let summons = events.first { $0.cameo == "114" }
    #expect(summons?.source.code == "INDGOV", "\(events.map(\.rule))")
    #expect(summons?.target?.code == "CANGOV")
    #expect(summons?.rule.contains("source:other-side") == true)
    // Police of a country acting on its people are not moved to another side.
    let police = Self.coded(
      "NIAMEY, July 30 (Wire) - France condemned the coup in Niger.\n\nIn Niamey, police dispersed the protesters with tear gas.",
      date: "2023-07-30")
    #expect(!police.contains { $0.hasPrefix("175 FRA") }, "\(police)")
  }

  @Test("a crowd protesting at a country's embassy is of the place it gathers in")
  func crowdAtAnEmbassy() {
    let events = Self.coded(
      "YANGON, Sept 6 (Wire) - Myanmar's army pressed on with operations in Rakhine state, and Myanmar rejected criticism from Indonesia.\n\nMyanmar said the operations were lawful.\n\nProtesters rally outside the Myanmar embassy in Jakarta, Indonesia, on Wednesday.",
      date: "2017-09-06")
    #expect(events.contains("141 IDNCVL>MMRGOV"), "\(events)")
    #expect(!events.contains("141 MMRCVL>MMRGOV"), "\(events)")
  }

  @Test("condemning fire on one's own territory targets the attacker, not one's own troops")
  func firingOnOwnTerritory() {
    let events = Self.coded(
      "ISLAMABAD, Oct 12 (Wire) - Afghan Taliban forces attacked Pakistani border posts overnight.\n\nPakistan's military said its forces had killed more than 200 Taliban fighters.\n\nInterior Minister Mohsin Naqvi condemned the firing on Pakistani territory as unprovoked.",
      date: "2025-10-12")
    #expect(events.contains { $0.hasPrefix("111 PAKGOV>AFG") }, "\(events)")
  }
}
