import DetenteCore
import Testing

/// Reactions named with their source after "from" (`src=from`), and descriptions checked
/// against the kind of actor they name.
@Suite("Reactions from named actors")
struct ReactionSourceTests {
  @Test("\"drawing condemnation from X, Y and Z\": each of them condemns the clause's subject")
  func condemnationFrom() {
    let events = Support.code(
      "BANGKOK, July 9 (Wire) - Thailand deported about 100 Uighurs to China on Thursday, drawing sharp condemnation from Turkey, the United Nations refugee agency and Washington.",
      date: "2015-07-09")
    let condemned = events.filter { $0.rule == "verb:draw-criticism" }
    #expect(
      Set(condemned.map(\.source.country)) == ["TUR", "IGOUNO", "USA"],
      "\(events.map(Support.brief))")
    #expect(condemned.allSatisfy { $0.target?.country == "THA" })
    // Every event of the one trigger happens on the day the first does.
    #expect(condemned.allSatisfy { $0.date?.value == "2015-07-09" }, "\(condemned.map(\.date))")
  }

  @Test("a formal protest drawn from a country is its protest to whoever drew it")
  func protestFrom() {
    let events = Support.code(
      "TOKYO, Dec 26 (Wire) - Japan's prime minister visited the shrine on Tuesday, a move that drew a formal protest from China.",
      date: "2013-12-26")
    #expect(
      events.contains {
        $0.cameo == "114" && $0.source.country == "CHN" && $0.target?.country == "JPN"
      }, "\(events.map(\.rule))")
  }

  @Test("\"the court\" is only a court the story named, not the last organisation")
  func courtIsACourt() {
    let events = Support.code(
      "ATHENS, Aug 15 (Wire) - Tsipras met Erdogan at a NATO summit in Brussels in July.\n\nThe court rejected the request on Tuesday.",
      date: "2018-08-15")
    #expect(!events.contains { $0.source.code == "IGONATO" }, "\(events.map(\.rule))")
  }

  @Test("a time before an infinitive's \"to\" is the main verb's")
  func timeBeforeInfinitive() {
    let events = Support.code(
      "JERUSALEM, Dec 25 (Wire) - Israel summoned the ambassadors of Britain, France, Russia, China and six other countries on Sunday to rebuke them over their support for a resolution.",
      date: "2016-12-25")
    let summons = events.filter { $0.cameo == "114" }
    #expect(
      !summons.isEmpty && summons.allSatisfy { $0.date?.value == "2016-12-25" },
      "\(events.map { "\($0.cameo) \($0.date?.value ?? "-")" })")
  }

  @Test("turning down a proposal or an invitation rejects whoever made it")
  func turnedDownProposal() {
    let events = Support.code(
      "BERLIN, Jan 19 (Wire) - German Foreign Minister Heiko Maas invited Tunisia to the summit.\n\nTunisia turned down its invitation on Saturday, saying it had arrived too late.",
      date: "2020-01-19")
    #expect(
      events.contains {
        $0.cameo.hasPrefix("12") && $0.source.country == "TUN" && $0.target?.country == "DEU"
      }, "\(events.map(Support.brief))")
  }
}
