/// Small closed classes of English words the recognizers and the coder test by hash.
enum Words {
  static func set(_ words: [String]) -> HashSet64 { HashSet64(words.map(TokenHash.of)) }
  static let determiners = set([
    "the", "a", "an", "its", "their", "his", "her", "our", "some", "certain", "several", "two",
    "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty",
    "dozen", "hundred", "thousand",
    "both", "all", "many", "other", "these", "those", "this", "that", "top", "senior", "former",
    "new", "then",
    "various", "dozens", "hundreds", "thousands", "of", "few", "more", "most", "any", "no", "each",
    "every",
  ])
  static let articleWords = set([
    "the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those",
  ])
  static let prepositions = set([
    "of", "to", "for", "with", "from", "in", "on", "at", "by", "against", "about", "over", "into",
    "between",
    "among", "including", "like", "near", "toward", "towards", "under", "than", "via", "through",
    "across",
    "around", "after", "before", "during", "without", "within", "beyond", "despite", "amid",
    "alongside",
    "outside", "inside", "behind", "beside", "opposite", "along", "upon", "onto", "off",
    "behind", "upon",
    "apart", "regarding", "concerning", "involving", "per",
  ])
  static let locative = set(["in", "at", "near", "to", "into", "outside", "inside", "from"])
  static let topicPrepositions = set([
    "on", "about", "over", "including", "regarding", "concerning", "discuss", "discussed",
    "discussing",
  ])
  static let auxiliaries = set([
    "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would",
    "could", "can", "may",
    "might", "should", "must", "shall", "did", "does", "do", "said", "says", "'ll",
  ])
  static let beForms = set([
    "is", "are", "was", "were", "be", "been", "being", "got", "get", "gets",
  ])
  static let relativePronouns = set(["which", "who", "that", "whom"])
  static let conjunctions = set([
    "when", "while", "after", "before", "since", "because", "as", "although", "though", "if",
    "until", "once", "where",
  ])
  static let coordinators = set(["and", "but", "or", "while", ";"])
  static let reporting = set([
    "said", "says", "say", "told", "tells", "announced", "reported", "added", "stated", "wrote",
    "noted", "explained",
    "according", "insisted", "claimed", "quoted",
  ])
  static let firstPerson = set(["we", "our", "us", "i", "my"])
  /// Forms of "tell", whose next noun phrase is whom one tells.
  static let tellForms = set(["told", "tells", "tell", "telling"])
  /// Nouns that name a meeting held by telephone: "the phone call", "the conversation".
  static let calls = set(["call", "calls", "phone", "telephone", "conversation"])
  /// Words after "call" that make it an appeal, not a telephone call: "the call for restraint".
  static let appealAfter = set(["for", "to", "by"])
  static let thirdPerson = set(["it", "he", "she", "they", "its", "his", "her", "their"])
  static let gatherings = set([
    "summit", "summits", "meeting", "meetings", "forum", "conference", "talks", "leaders",
    "session", "gathering",
    "ministerial",
  ])
  static let plural = set([
    "leaders", "presidents", "countries", "sides", "nations", "governments", "men", "ministers",
    "states", "powers", "neighbours", "neighbors", "capitals", "allies", "rivals", "premiers",
    "chiefs", "heads", "parties", "neighbours", "generals", "militaries", "armies", "juntas",
  ])
  /// Plural nouns that mean states, not organisations: "both countries", "the two neighbours".
  static let stateNouns = set([
    "countries", "nations", "governments", "states", "neighbours", "neighbors", "capitals",
  ])
  static let personPlural = set([
    "leaders", "presidents", "men", "ministers", "premiers", "chiefs", "heads", "parties",
  ])
  static let two = set(["two", "both"])
  /// "the three countries", "the four states".
  /// The role words of `roles.lex` that name a court ("the court", "the tribunal").
  static let courtNouns = set(["court", "tribunal"])
  /// The nouns after "his", "her" or "their" that name the other side of a visit: true for the
  /// guest ("met his guest"), false for the host ("thanked his host").
  static let visitSideNouns: HashMap64<Bool> = [
    TokenHash.of("guest"): true, TokenHash.of("guests"): true, TokenHash.of("visitor"): true,
    TokenHash.of("visitors"): true, TokenHash.of("host"): false, TokenHash.of("hosts"): false,
  ]
  /// The nouns after "each" that mean one of a pair: "each side accused the other".
  static let eachSideNouns = set(["side", "country", "government", "party", "camp", "army"])
  static let groupCounts: HashMap64<Int> = [
    TokenHash.of("three"): 3, TokenHash.of("four"): 4, TokenHash.of("five"): 5,
    TokenHash.of("six"): 6,
  ]
  static let and: UInt64 = 0xe6f7_9719_051f_f286  // TokenHash.of("and")
  static let comma: UInt64 = 0xaf63_a14c_8601_884b  // TokenHash.of(",")
  static let the: UInt64 = 0x56f5_c919_4461_d57c  // TokenHash.of("the")
  static let call: UInt64 = 0xb516_7a90_e83b_a4a9  // TokenHash.of("call")
  static let may: UInt64 = 0x080f_5019_176d_1e46  // TokenHash.of("may")
  static let conversation: UInt64 = 0x6b12_dd51_bd63_3a86  // TokenHash.of("conversation")
  static let by: UInt64 = 0x08a6_4b07_b54d_f8d4  // TokenHash.of("by")
  static let between: UInt64 = 0x13f5_793e_33eb_da4f  // TokenHash.of("between")
  static let possessive: UInt64 = 0x07bb_4507_b485_d7af  // TokenHash.of("'s")
  static let each: UInt64 = 0x214b_ac60_1e6d_7da8  // TokenHash.of("each")
  static let other: UInt64 = 0x0a24_ad61_c256_2a55  // TokenHash.of("other")
  static let semicolon: UInt64 = 0xaf63_b64c_8601_abfa  // TokenHash.of(";")
  static let colon: UInt64 = 0xaf63_b74c_8601_adad  // TokenHash.of(":")
  static let quote: UInt64 = 0xaf63_9f4c_8601_84e5  // TokenHash.of("\"")
  static let apostrophe: UInt64 = 0xaf63_9a4c_8601_7c66  // TokenHash.of("'")
  static let hyphen: UInt64 = 0xaf63_a04c_8601_8698  // TokenHash.of("-")
  static let pro = TokenHash.of("pro")
  /// Words before a title held no longer: "former opposition leader".
  static let formerWords = set(["former", "ex", "then"])
  static let question: UInt64 = 0xaf63_b24c_8601_a52e  // TokenHash.of("?")
  static let exclamation: UInt64 = 0xaf63_9c4c_8601_7fcc  // TokenHash.of("!")
  static let lparen: UInt64 = 0xaf63_a54c_8601_8f17  // TokenHash.of("(")
  static let rparen: UInt64 = 0xaf63_a44c_8601_8d64  // TokenHash.of(")")
  static let to: UInt64 = 0x08c8_3907_b56a_c0a4  // TokenHash.of("to")
  static let it: UInt64 = 0x08b7_3e07_b55c_55f0  // TokenHash.of("it")
  static let hosts: UInt64 = 0x3b28_df7b_43e0_0694  // TokenHash.of("hosts")
  static let which: UInt64 = 0xce98_9e88_581f_9422  // TokenHash.of("which")
  static let whom: UInt64 = 0x9bd4_c0f6_4f16_1186  // TokenHash.of("whom")
  static let that: UInt64 = 0x256c_adef_3232_570c  // TokenHash.of("that")
  static let against: UInt64 = 0x3ef0_bdad_da0c_0a00  // TokenHash.of("against")
  static let during: UInt64 = 0x8ab5_09e9_1ba2_7e88  // TokenHash.of("during")
  static let whileWord: UInt64 = 0xce87_a388_5811_296e  // TokenHash.of("while")
  /// Modal verbs after an event noun that make it a hypothesis.
  static let hypotheticalModals = set(["could", "would", "might", "may"])
  /// Modals of a verb still to come: "the meeting will take place".
  static let futureModals = set(["will", "shall", "'ll"])
  /// Words that hedge a modal: "would probably go ahead".
  static let hedges = set(["probably", "possibly", "perhaps", "likely", "maybe"])
  static let hundreds: UInt64 = 0x9081_1367_1960_f2b0  // TokenHash.of("hundreds")
  static let thousands: UInt64 = 0xc009_b32a_be31_a508  // TokenHash.of("thousands")
  static let american: UInt64 = 0xce53_02e3_05af_95df  // TokenHash.of("american")
  /// "Marshall Islands-flagged": the country a ship sails under.
  static let flagWords = set(["flagged", "registered"])
  /// Words before "American" that make it a region: "South American", "Latin American".
  static let continentParts = set(["south", "north", "central", "latin", "pan"])
  /// Things that can be seized without occupying land: "seized an oil tanker".
  static let propertyNouns = set([
    "tanker", "tankers", "ship", "ships", "vessel", "vessels", "boat", "boats", "cargo", "cargoes",
    "aircraft", "plane", "planes", "jet", "assets", "property", "shipment", "shipments", "yacht",
    "trawler", "freighter", "containers", "weapons", "documents", "equipment", "oil",
  ])
  /// Verbs of protest a government can use for an official complaint.
  static let protestVerbs = set(["protest", "protests", "protested", "protesting"])
  /// Adjectives that say a role is not the story's country's: "Western embassies".
  static let foreignAdjectives = set(["western", "foreign", "overseas", "international"])
  /// Things that kill without an actor: "the earthquake, which killed …".
  static let disasters = set([
    "earthquake", "quake", "storm", "storms", "flood", "floods", "flooding", "cyclone",
    "hurricane", "typhoon", "fire", "fires", "wildfire", "wildfires", "tsunami", "eruption",
    "landslide", "landslides", "drought", "famine", "epidemic", "outbreak", "pandemic", "heatwave",
    "avalanche", "tornado", "explosion", "blast", "crash", "accident", "collapse", "bombing",
    "bombings", "attack", "attacks", "shelling", "raid", "airstrike",
  ])
  /// Weapons that do what an unnamed actor did: "a huge bomb in Beirut killed …".
  static let weapons = set([
    "bomb", "bombs", "missile", "missiles", "rocket", "rockets", "shell", "shells", "strike",
    "strikes", "airstrikes", "drone", "drones",
    "explosions", "blasts", "raids",
  ])
  /// Words for a country: "the Baltic state", "the Gulf kingdom".
  static let countryNouns = set(["country", "nation", "state", "kingdom", "emirate", "republic"])
  /// The words for a country that a region's name can describe ("the Central African state"),
  /// unlike "republic", which may end a name ("the Central African Republic").
  static let regionCountryNouns = set(["country", "nation", "state"])
  /// Documents whose issuer acts in a participle after them: "an executive order halting aid",
  /// "a statement accusing".
  static let documentNouns = set([
    "order", "decree", "statement", "letter", "note", "communique", "message", "declaration",
    "resolution", "memo", "memorandum", "directive", "notice",
  ])
  /// Nouns whose owner does what follows "to": "the court's decision to issue".
  static let intentNouns = set([
    "decision", "plan", "plans", "move", "bid", "attempt", "refusal", "offer", "pledge",
    "promise", "threat", "order", "call", "proposal", "failure", "effort", "efforts",
  ])
  static let of: UInt64 = 0x08b0_6007_b556_7108  // TokenHash.of("of")
  static let among = TokenHash.of("among")
  static let asWord = TokenHash.of("as")
  /// Crowds in a country's streets: without a country word or a place, like its police, those
  /// of where the story was filed.
  static let missionNouns = set(["embassy", "consulate", "embassies", "consulates", "mission"])
  static let crowdNouns = set([
    "protesters", "demonstrators", "crowd", "crowds", "rioters", "marchers", "worshippers",
    "mourners", "protestors", "students",
  ])
  static let told = TokenHash.of("told")
  static let according: UInt64 = 0x2206_9a7d_ca73_9b67  // TokenHash.of("according")
  /// The code prefixes of what someone says: accusations, rejections, threats.
  static let speechActCodes: [Code] = ["11", "12", "13"]
  /// Nouns that refer back to an earlier act, and the CAMEO code prefixes of the acts they can
  /// name ("condemned the launch", "called the measures a violation").
  static let actNouns: HashMap64<[Code]> = {
    var m: HashMap64<[Code]> = [:]
    // (A word listed twice names the acts of both lists: "charges" is what was said, and an
    // accusation.)
    func add(_ words: [String], _ codes: [String]) {
      for w in words {
        let old = m[TokenHash.of(w)] ?? []
        m[TokenHash.of(w)] = old + codes.map(Code.init).filter { !old.contains($0) }
      }
    }
    add(
      ["measure", "measures", "move", "moves", "step", "steps", "decision"],
      ["03", "046", "054", "057", "06", "07", "08", "09", "13", "15", "16", "17", "18", "19", "20"])
    add(["sanctions", "tariffs", "restrictions", "curbs", "embargo"], ["163", "172"])
    add(["ban", "bans", "blacklist"], ["172", "163"])
    add(["expulsion", "expulsions"], ["166", "174"])
    add(["deportation", "deportations"], ["174", "166"])
    add(["visit", "trip", "tour"], ["042", "043"])
    add(["encounter", "handshake"], ["04", "036"])
    // "rejected the charges", "dismissed that account": what someone said against the speaker.
    add(
      [
        "charges", "accusations", "allegations", "claims", "claim", "account", "reading",
        "remarks", "comments", "criticism", "accusation", "remark", "insinuations", "note",
      ], speechActCodes.map(\.string))
    add(["warrant", "warrants", "application", "indictment"], ["173", "115"])
    add(["recall"], ["161"])
    // "turned down every proposal", "rejected requests for consular access": what was asked
    // or offered.
    add(
      [
        "request", "requests", "proposal", "proposals", "demand", "demands", "appeal", "appeals",
        "plea", "pleas", "invitation", "invitations", "offer", "offers",
      ], ["02", "03", "036", "04", "10"])
    add(
      ["launch", "launches", "test", "tests", "drills", "exercises", "deployment"], ["15", "19"])
    add(
      [
        "attack", "attacks", "strike", "strikes", "airstrikes", "bombing", "shelling", "invasion",
        "killing", "killings", "shooting", "downing", "assault", "offensive", "firing",
      ],
      // (Not restrictions or arrests, 172–174: "condemned the offensive" after a blacklisting.)
      ["145", "170", "171", "175", "18", "19", "20"])
    add(
      ["protest", "protests", "demonstration", "demonstrations", "riots", "unrest", "blockade"],
      ["14"])
    add(
      [
        "arrest", "arrests", "detention", "crackdown", "seizure", "raid", "raids", "interception",
        "boarding", "seizures", "detentions", "diversion", "hijacking",
      ], ["17", "19"])
    add(
      ["mutiny", "uprising", "rebellion", "revolt", "coup", "insurrection", "march"],
      ["14", "15", "17", "18", "19", "20"])
    add(["threat", "threats", "ultimatum", "warning", "warnings"], ["13"])
    add(["act", "incident", "action", "actions", "conduct"], ["13", "15", "17", "18", "19"])
    add(["events", "scenes", "violence", "chaos"], ["14", "17", "18", "19"])
    add(["mobilisation", "mobilization", "buildup", "build-up", "call-up"], ["15"])
    add(["execution", "executions", "hanging"], ["17", "18", "20"])
    add(
      [
        "incursion", "incursions", "intrusion", "intrusions", "bombardment", "annexation",
        "operation",
        "occupation", "aggression", "abduction", "kidnapping", "massacre", "repression",
      ], ["17", "18", "19", "20"])
    add(["countermeasures", "retaliation", "reprisals", "closure"], ["16", "17"])
    add(["suspension", "exclusion", "downgrade", "downgrading"], ["16"])
    // Acts a government is criticised for that the story tells but CAMEO does not code
    // ("branded the surveillance an unfriendly act", "condemned the law").
    add(
      [
        "surveillance", "spying", "eavesdropping", "espionage", "hacking", "wiretapping", "law",
        "legislation",
      ], ["17"])
    add(["assistance", "aid", "help", "shipment", "delivery", "donation"], ["07"])
    add(["order", "orders", "demand", "demands"], ["10", "16", "17"])
    add(["violence", "attempt", "coup"], ["14", "17", "18", "19"])
    add(
      ["announcement", "announcements", "withdrawal", "pullout", "deployment", "release"],
      ["03", "050", "054", "07", "08", "15", "16"])
    add(["statement", "statements", "remarks", "comments"], ["01", "10", "11", "13"])
    add(
      ["plan", "plans", "scheme", "proposal", "policy", "treaty", "pact"],
      ["03", "05", "06", "16", "17"])
    add(
      [
        "accusation", "accusations", "allegation", "allegations", "charges", "claims", "submission",
        "case", "complaint", "lawsuit", "criticism",
      ], ["11"])
    add(["use"], ["17", "18", "19", "20"])
    return m
  }()
  /// Nouns naming an agreement: criticism or rejection of one targets whoever made it.
  static let agreementNouns = set(["agreement", "deal", "accord", "pact", "treaty", "memorandum"])
  /// Nouns naming a seizure of power: "condemned the coup".
  static let coupNouns = set(["coup", "takeover", "putsch", "coup d'etat"])
}
