import DetenteCore
import Foundation
import Testing

/// More of the references suite: sides split from "the two leaders", acts the story did not
/// code, what was said, and descriptions later in the story.
extension ReferenceTests {
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
      // A role held under a person: the person's country's.
      (
        "Kurt Bamfield, President Joe Biden's Indo-Pacific coordinator, met Sogavare on Friday.\n\nBamfield later criticised China.",
        ["040 USAGOV>SLBGOV", "111 USAGOV>CHN"]
      ),
      // An aide "to" someone serves that one's country, not the story's.
      (
        "Helmut Drax, a senior adviser to the German chancellor, visited Poland.\n\nDrax also met Polish officials.",
        ["042 DEUGOV>POL", "040 DEUGOV>POLGOV"]
      ),
      // The name after a post's place: known later by its surname.
      (
        "Peru's ambassador to Chile, Ana Maria Torres, was summoned by the Chilean foreign ministry.\n\nTorres later accused Chile of lying.",
        ["114 CHLGOV>PERGOV", "112 PERGOV>CHL"]
      ),
      // A company by its first word, when the aside named its country.
      (
        "Zorvath Industries, the Chilean state mining company, signed a deal with Bolivia.\n\nZorvath later sued Peru.",
        ["057 CHLBUS>BOL", "115 CHLBUS>PER"]
      ),
    ])
  func appositions(_ body: String, _ expected: [String]) {
    let events = Self.coded(body, date: "2024-05-03")
    for e in expected { #expect(events.contains(e), "\(events)") }
  }

  @Test("the aside after a post's place takes no verb after it")
  func postPlaceAsideIsNoSubject() {
    let events = Self.coded(
      "Pakistan's foreign ministry on Friday summoned Afghanistan's charge d'affaires in Islamabad, Abdul Nasir Yousafi, to lodge a strong protest.",
      date: "2017-05-06")
    #expect(events.contains("114 PAKGOV>AFGGOV"), "\(events)")
    #expect(!events.contains { $0.hasPrefix("114 AFGGOV>") }, "\(events)")
  }

  @Test(
    "his or her before a role: the country of the person named last",
    arguments: [
      (
        "Japan's envoy met Prime Minister Manasseh Sogavare on Monday and urged his government to reject the pact.",
        "020 JPNGOV>SLBGOV"
      )
    ])
  func personOwner(_ body: String, _ expected: String) {
    let events = Self.coded(body, date: "2022-04-23")
    #expect(events.contains(expected), "\(events)")
  }

  @Test("with two people named before 'his', whose it is is not plain: no country is taken")
  func twoPeopleBeforeHis() {
    let events = Self.coded(
      "Zelensky met Biden in Washington on Thursday, and his forces later struck Russian airfields.",
      date: "2024-09-27")
    #expect(!events.contains { $0.hasPrefix("195 USAMIL") }, "\(events)")
    #expect(events.contains("195 UKRGOV>RUS"), "\(events)")
  }

  @Test("a weekday or a month before an aside opens no name: 'On Thursday, Biden's adviser, …'")
  func weekdayIsNoName() {
    let events = Self.coded(
      "On Thursday, Biden's national security adviser, Kurt Lamberton, met Wang Yi in Vienna.\n\nOn Thursday Beijing also criticised Tokyo.",
      date: "2023-05-12")
    #expect(events.contains("111 CHNGOV>JPNGOV"), "\(events)")
    #expect(!events.contains { $0.hasPrefix("111 USAGOV") }, "\(events)")
  }

  @Test("'official' before a noun such as 'visit' is an adjective, no actor")
  func officialAdjective() {
    let events = Self.coded(
      "Israeli Prime Minister Benjamin Netanyahu called off what would have been his first official visit to the United Arab Emirates on Thursday.",
      date: "2021-03-11")
    #expect(events.contains("036 ISRGOV>ARE"), "\(events)")
    #expect(!events.contains("042 ISRGOV>ARE"), "\(events)")
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
