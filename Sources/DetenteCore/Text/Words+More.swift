/// More of the closed classes (`Words`): words about acts (what an act may refer back to, how
/// it is qualified), clause openers and markers, single words tested by hash, names' particles,
/// offices and roles.
extension Words {
  /// Code prefixes of events whose object can be someone else's earlier act: praise, demands,
  /// criticism, rejection, threats (not "defended the decision", which is one's own).
  static let actObjectCodes = ["051", "10", "11", "12", "13", "14"]
  /// Words that may stand before a noun referring back to an act.
  static let actDeterminers = set([
    "the", "this", "that", "these", "those", "such", "its", "their", "every", "all",
  ])
  static let indefinite = set(["a", "an"])
  /// Words that qualify an act without naming another thing ("the reckless incursion", "the
  /// latest strikes"); "the peace treaty" is a treaty of peace, not a reckless one.
  static let actAdjectives = set([
    "latest", "recent", "new", "fresh", "reckless", "outrageous", "unprovoked", "brutal",
    "deadly", "illegal", "unlawful", "unacceptable", "heinous", "cowardly", "barbaric",
    "senseless", "provocative", "planned", "proposed", "so-called", "alleged", "unilateral",
    "repeated", "continued", "ongoing", "massive", "large-scale", "overnight", "surprise",
    "cross-border", "military", "diplomatic", "retaliatory", "punitive", "economic",
  ])
  static let what = TokenHash.of("what")
  /// Verbs that name something as the speaker sees it: "what he called an attack".
  static let namingVerbs = set(["called", "described", "termed", "branded"])
  /// Roles of organised groups, whose bare mention ("the separatists", "the rebels") refers to
  /// the group named last.
  static let groupRoles: [Role] = [.rebels, .opposition, .police, .military]
  /// Nouns after a possessive that name what is asked for, not who is asked: "demanded the
  /// pilot's return".
  static let requestedThings = set([
    "return", "release", "freedom", "resignation", "withdrawal", "extradition", "surrender",
    "handover", "arrest",
  ])
  /// Roles that, named without a country, belong to the country the story is about.
  static let domesticRoles: [Role] = [
    .police, .civilians, .opposition, .media, .judiciary, .legislature, .rebels, .business,
    .nonGovernmental, .religion, .education, .intelligence,
  ]
  /// Determiners before which a city name is a modifier ("a Moscow jail").
  static let nounDeterminers = set([
    "the", "a", "an", "its", "their", "his", "her", "our", "this", "these", "those",
  ])
  /// Words that open a subordinate clause, some of which are also prepositions.
  static let subordinators = set([
    "after", "before", "since", "until", "as", "when", "while", "because", "once", "if",
    "though", "although", "whereas", "where", "unless",
  ])
  /// Words opening a clause whose time is its own: "lawmakers were due to vote on Monday after
  /// Russia seized three vessels" (Monday is the vote's).
  static let timeClauseBreaks = set([
    "after", "before", "since", "until", "because", "once", "although", "though", "whereas",
    "unless",
  ])
  /// Conjunctions opening a clause whose present tense is future after "will" or "would":
  /// "… will discuss it when they meet".
  static let futureClauseOpeners = set(["when", "once", "before", "until", "after"])
  static let futureMarkers = set(["will", "would", "shall", "'ll"])
  /// Nouns after "foreign" that name an office of a country's own government ("the foreign
  /// ministry"), not someone foreign.
  static let foreignOffices = set([
    "ministry", "minister", "ministers", "office", "secretary", "affairs", "service",
  ])
  /// Adverbs that may stand between a subject and its verb.
  static let adverbs = set([
    "also", "then", "later", "earlier", "already", "still", "again", "reportedly", "allegedly",
    "finally", "recently", "quickly", "immediately", "formally", "publicly", "jointly", "never",
    "instead", "too", "again", "alone", "together", "now", "today", "yesterday", "tomorrow",
    "twice", "separately", "briefly", "directly", "privately", "personally", "repeatedly",
    "secretly", "sharply", "strongly", "firmly", "completely", "totally", "utterly", "entirely",
    "absolutely", "wholly", "deeply", "clearly", "simply", "highly",
  ])
  /// Two-word quantifiers: "at least", "more than", "up to", "as many".
  static let quantifierPairs: [UInt64: UInt64] = [
    TokenHash.of("at"): TokenHash.of("least"), TokenHash.of("more"): TokenHash.of("than"),
    TokenHash.of("fewer"): TokenHash.of("than"), TokenHash.of("less"): TokenHash.of("than"),
    TokenHash.of("up"): TokenHash.of("to"), TokenHash.of("tens"): TokenHash.of("of"),
    TokenHash.of("hundreds"): TokenHash.of("of"), TokenHash.of("thousands"): TokenHash.of("of"),
    TokenHash.of("dozens"): TokenHash.of("of"), TokenHash.of("scores"): TokenHash.of("of"),
    TokenHash.of("millions"): TokenHash.of("of"),
  ]
  /// Words that qualify a number: "nearly 300".
  static let approximators = set([
    "nearly", "about", "around", "almost", "roughly", "some", "over", "approximately",
  ])
  /// Verbs whose object noun names the subject's own act: "held talks", "staged a protest".
  static let lightVerbs = set([
    "hold", "holds", "held", "holding", "stage", "stages", "staged", "staging", "launch",
    "launches", "launched", "launching", "make", "makes", "made", "making", "carry", "carried",
    "conduct", "conducted", "conducts", "organise", "organised", "organize", "organized", "lead",
    "led", "join", "joined", "begin", "began", "begun", "start", "started", "mount", "mounted",
    "impose", "imposed", "imposes", "issue", "issued", "pay", "paid", "have", "had", "has",
    "announce", "announced", "announces", "order", "ordered", "step", "stepped", "continue",
    "continued", "resume", "resumed", "intensify", "intensified", "escalate", "escalated",
    "release", "released", "releasing", "publish", "published", "publishing", "unveil",
    "agreed", "approved", "adopted",
    "unveiled", "adopt", "adopted", "approve", "approved", "pass", "passed", "introduce",
    "introduced", "draw", "drew", "drawn", "expand", "expanded", "extend", "extended", "widen",
    "widened", "tighten", "tightened", "slap", "slapped", "declare", "declared", "lodge",
    "lodged", "file", "filed", "submit", "submitted", "deliver", "delivered", "send", "sent",
    "offer", "offered", "give", "gave", "grant", "granted", "provide", "provided", "stage",
    "deploy", "deployed", "open", "opened", "opening", "keep", "kept", "maintain", "maintained",
  ])
  static let would: UInt64 = 0x7aa8_ee5e_8b93_b862  // TokenHash.of("would")
  static let ifWord: UInt64 = 0x08b7_3007_b55c_3e26  // TokenHash.of("if")
  static let also: UInt64 = 0x84ca_5683_ab03_58d2  // TokenHash.of("also")
  static let back: UInt64 = 0x9a46_ff9b_aa27_6602  // TokenHash.of("back")
  static let but: UInt64 = 0x0061_1e19_135a_72cc  // TokenHash.of("but")
  static let forWord: UInt64 = 0xdcb2_7818_fed9_da90  // TokenHash.of("for")
  static let from: UInt64 = 0x7f84_5078_d7a5_c0b5  // TokenHash.of("from")
  static let had: UInt64 = 0x3358_0819_2fef_8292  // TokenHash.of("had")
  static let since: UInt64 = 0x2b82_7d4f_5e0a_da9d  // TokenHash.of("since")
  static let first: UInt64 = 0x89d7_ed7f_996f_1d41  // TokenHash.of("first")
  static let he: UInt64 = 0x08ba_5307_b55e_af76  // TokenHash.of("he")
  static let heavily: UInt64 = 0x3a48_f81b_4f7b_9f37  // TokenHash.of("heavily")
  static let her: UInt64 = 0x334a_1a19_2fe3_63cc  // TokenHash.of("her")
  static let him: UInt64 = 0x3373_3119_3006_8ff5  // TokenHash.of("him")
  static let his: UInt64 = 0x3373_2319_3006_782b  // TokenHash.of("his")
  static let inWord: UInt64 = 0x08b7_3807_b55c_4bbe  // TokenHash.of("in")
  static let at = TokenHash.of("at")
  static let onWord = TokenHash.of("on")
  static let withWord = TokenHash.of("with")
  static let its: UInt64 = 0x2bb3_ea19_2be5_4d99  // TokenHash.of("its")
  static let my: UInt64 = 0x08a9_4307_b550_2113  // TokenHash.of("my")
  static let not: UInt64 = 0x215a_d619_258e_9f4a  // TokenHash.of("not")
  static let or: UInt64 = 0x08b0_5407_b556_5ca4  // TokenHash.of("or")
  static let our: UInt64 = 0x19f7_9919_21bb_cc99  // TokenHash.of("our")
  static let period: UInt64 = 0xaf63_a34c_8601_8bb1  // TokenHash.of(".")
  static let she: UInt64 = 0x8245_aa19_5cea_9e21  // TokenHash.of("she")
  static let their: UInt64 = 0xeb06_b172_5dc7_0d87  // TokenHash.of("their")
  static let these: UInt64 = 0xeaf1_ba72_5db4_c0c8  // TokenHash.of("these")
  static let they: UInt64 = 0x2579_baef_323c_f77f  // TokenHash.of("they")
  static let this: UInt64 = 0x2587_bcef_3249_3841  // TokenHash.of("this")
  static let those: UInt64 = 0x4183_3872_8eb9_a12a  // TokenHash.of("those")
  static let who: UInt64 = 0x5ec5_fc19_4891_690f  // TokenHash.of("who")
  static let whose: UInt64 = 0xe0ed_e188_62cb_0a23  // TokenHash.of("whose")
  /// Words of quantity before "of": "thousands of supporters".
  static let quantities = set([
    "thousands", "hundreds", "dozens", "tens", "millions", "scores", "some", "many", "most",
    "all", "none", "one", "two", "three", "several", "few", "each", "both", "majority", "members",
    "group", "groups", "crowd", "crowds",
  ])
  /// Amounts and currencies: "a 50 billion euro package".
  static let currencies = set([
    "billion", "million", "trillion", "euro", "euros", "dollar", "dollars", "pound", "pounds",
    "yuan", "yen", "rouble", "roubles", "ruble", "rubles", "$", "€", "£",
  ])
  /// Lower-case particles that begin names: "al-Qaeda", "de Villepin", "von der Leyen".
  static let nameParticles = set([
    "al", "el", "bin", "ibn", "de", "van", "von", "der", "di", "da", "du", "la", "le",
  ])
  /// Possessive determiners: "Qin Gang and his Honduran counterpart".
  static let possessiveDeterminers = set(["his", "her", "their", "its"])
  /// Verbs before "by" that name a mediator or host, not a participant: "talks mediated by
  /// the African Union".
  static let mediationVerbs = set([
    "mediated", "brokered", "hosted", "organised", "organized", "chaired", "facilitated",
    "sponsored", "backed", "convened",
  ])
  /// A country's ground after its country word: "Pakistani territory", "Afghan airspace".
  static let groundNouns = set([
    "territory", "soil", "airspace", "waters", "land", "border", "borders", "frontier", "side",
  ])
  /// Words for kinds of place before "of": "the region of Tigray".
  static let placeKinds = set([
    "region", "province", "state", "city", "town", "village", "district", "area", "island",
    "enclave", "territory", "capital", "port",
  ])
  /// Nouns for people who act for a group: "Representatives of Sudan's army and the RSF".
  static let representativeNouns = set([
    "governments", "juntas", "representatives", "representative", "delegates", "delegations",
    "delegation", "envoys",
    "members", "negotiators", "leaders", "officials", "commanders",
    // and what a state sends: "Military planes from Australia and New Zealand landed"
    "planes", "aircraft", "jets", "flights", "ships", "vessels", "warships", "convoys", "teams",
    "troops", "forces", "soldiers", "rescuers", "experts", "ministers",
  ])
  /// Nouns for people who speak for a group named after "for": "a spokesman for the ministry".
  /// (Not "envoy": "the U.N. envoy for Syria" names the envoy's brief, not whom they act for.)
  static let spokesNouns = set([
    "spokesman", "spokeswoman", "spokesperson", "spokesmen", "spokeswomen", "spokespeople",
  ])
  /// Words after a country and a hyphen that make it a modifier: "Russia-led".
  static let hyphenModifiers = set([
    "led", "backed", "brokered", "made", "based", "owned", "run", "sponsored", "allied", "born",
    "flagged", "registered", "operated", "listed", "headquartered",
  ])
  /// Countries whose people's family name comes first: "Qin" for Qin Gang.
  static let familyNameFirst: Set<String> = ["CHN", "KOR", "PRK", "VNM", "TWN", "HKG", "MAC"]
  /// Nouns for people, before "of" or "from": "an employee of", "a representative from".
  static let personNouns = set([
    "employee", "employees", "member", "members", "citizen", "citizens", "national", "nationals",
    "staff", "worker", "workers", "journalist", "journalists", "representative", "representatives",
    "delegation", "delegates", "envoy", "official", "officials", "minister", "leader", "leaders",
    "crew", "executive", "executives", "soldier", "soldiers", "diplomat", "diplomats",
  ])
  /// Head words of a description that names a person's office or role: "the Taliban
  /// administration's chief spokesman", "the leader of the Polisario Front".
  static let personHeads = set([
    "spokesman", "spokeswoman", "spokesperson", "minister", "leader", "chief", "head", "president",
    "envoy", "ambassador", "commander", "negotiator", "adviser", "advisor", "secretary",
    "director", "chairman", "chairwoman", "premier", "governor", "mayor", "general", "official",
    "representative", "diplomat", "prosecutor", "judge", "officer", "aide", "deputy", "lawmaker",
    "senator", "king", "emir", "prince", "speaker", "founder", "editor", "correspondent",
    "coordinator",
  ])
  /// Last words of a company's name that the story drops after the first mention ("Zorvath
  /// Industries" … "Zorvath").
  static let companySuffixes = set([
    "industries", "group", "oil", "energy", "corp", "corporation", "holdings", "company",
    "bank", "airlines", "airways", "motors", "mining", "petroleum", "telecom", "steel", "gas",
    "electric", "resources", "systems", "technologies", "ltd", "inc", "shipping", "minerals",
  ])
  static let official = TokenHash.of("official")
  static let once = TokenHash.of("once")
  /// Words after a participle that make it a shortened relative clause: "the tanker seized by
  /// Iran", "the migrants expelled from Greece", "the scientist killed near Tehran".
  static let reducedRelativeAfter = set([
    "by", "from", "in", "near", "at", "to", "on", "across", "into", "during", "after", "over",
  ])
  /// Words after "has"/"had" that make a sentence about what has not happened yet ("Hamas has
  /// not yet responded to the proposal. It calls for …": "it" is the proposal).
  static let notYet = set(["not", "yet", "never", "still"])
  /// Verbs of reacting after "has"/"had": "China has not commented on the new law. It bans …".
  static let reactingVerbs = set([
    "commented", "responded", "reacted", "confirmed", "denied", "replied", "answered",
  ])
  /// What is made or held "between" two parties: "welcomed the agreement between Bahrain and
  /// Qatar".
  static let betweenNouns = set([
    "agreement", "agreements", "deal", "accord", "pact", "treaty", "memorandum", "talks",
    "negotiations", "dialogue", "ceasefire", "truce", "rapprochement", "reconciliation",
    "normalisation", "normalization", "meeting", "summit", "exchange", "swap",
  ])
  /// Bodies an organisation has: "the OAS Permanent Council", "the AU Commission".
  static let bodyNouns = set([
    "council", "commission", "committee", "assembly", "secretariat", "parliament", "court",
    "tribunal", "board", "mission",
  ])
  /// The office of "Secretary-General" (titles.lex).
  static let secretaryGeneral = TokenHash.of("secretary-general")
  static let consultations = TokenHash.of("consultations")
  /// The auxiliaries of the perfect: "Beijing had raised …" states what Beijing did.
  static let perfectAuxiliaries = set(["had", "has", "have"])
  /// Simple pasts that are rarely nouns ("the summit met"; not "cut" or "hit").
  static let unambiguousPasts = set([
    "met", "held", "sent", "told", "sought", "fought", "gave", "took", "threw", "spoke",
  ])
  static let again = TokenHash.of("again")
  static let capital = TokenHash.of("capital")
  /// Nouns after "capital" in its sense of money: "the Chinese capital market".
  static let capitalNouns = set([
    "market", "markets", "flight", "flows", "controls", "gains", "spending", "investment",
    "investments", "expenditure", "goods", "outflows", "inflows", "requirements", "injection",
  ])
  /// Nouns "official" describes as an adjective ("an official visit"), not an official who acts.
  static let officialNouns = set([
    "visit", "visits", "trip", "trips", "tour", "statement", "statements", "talks", "ceremony",
    "welcome", "reception", "residence", "media", "news", "website", "figures", "data",
    "channels", "sources", "results", "language", "documents", "letter", "request",
    "invitation", "capacity", "engagements", "position", "response", "complaint", "protest",
    "note", "count", "version", "account", "report", "duties", "meeting", "meetings",
  ])
  /// Common first words of company names that are no name on their own ("New Hope Group",
  /// "First Quantum Minerals"): not learned as the company's short name.
  static let commonNameWords = set([
    "new", "first", "national", "united", "general", "great", "royal", "global",
    "international", "state", "central", "southern", "northern", "eastern", "western", "china",
    "american", "british", "asian", "african", "european", "arab", "gulf", "pacific", "atlantic",
    "golden", "green", "red", "blue", "black", "white", "grand", "the",
  ])
  /// People who serve someone, named with "to": "an adviser to the German chancellor" is the
  /// chancellor's country's (not "the ambassador to Chile").
  static let aideHeads = set([
    "adviser", "advisers", "advisor", "advisors", "aide", "aides", "assistant", "counsellor",
    "counselor",
  ])
  /// Words before a title: "First Vice President", "acting Prime Minister".
  static let titleModifiers = set([
    "first", "second", "vice", "acting", "deputy", "interim", "outgoing", "incoming", "former",
    "then", "ousted",
    "deposed", "jailed", "exiled", "late", "assistant", "visiting", "embattled",
  ])
  /// Verbs that take "back" as a particle: "turn back", "pull back", "fight back".
  static let phrasalVerbs = set([
    "turn", "turned", "turning", "pull", "pulled", "pulling", "step", "stepped", "come", "came",
    "go", "went", "send", "sent", "sending", "fight", "fought", "fighting", "bring", "brought",
    "hold", "held", "push", "pushed", "pushing", "roll", "rolled", "rolling", "scale", "scaled",
    "cut", "fire", "fired", "strike", "struck", "hit", "hitting", "win", "won", "get", "got",
  ])
  /// Pronouns that refer to an actor named before ("he", "its", "them").
  static let referringPronouns = set([
    "he", "she", "it", "they", "him", "her", "them", "his", "its", "their", "we", "our", "us", "i",
    "my", "who", "which", "whom", "whose",
  ])
  /// Determiners that point back to an actor named before: "the ministry", "both sides".
  static let referringDeterminers = set(["the", "this", "these", "those", "both", "that"])
  /// The verbs that end an entry ban's pattern: "barred from entering the United States".
  static let entryVerbs = set(["entering", "visiting", "travelling", "traveling"])
  /// Object pronouns.
  static let objectPronouns = set(["them", "him", "her"])
  /// Adjectives that may stand before a group: "ethnic Armenian fighters".
  static let groupAdjectives = set([
    "ethnic", "armed", "local", "foreign", "rival", "neighbouring", "neighboring", "fellow",
    "allied", "angry", "unarmed", "detained", "jailed", "captured", "dissident", "paramilitary",
    "heavily", "masked", "suspected", "alleged",
  ])
  /// Compass adjectives before a place: "southern Israel".
  static let compass = set([
    "northern", "southern", "eastern", "western", "central", "north", "south", "east", "west",
    "northeastern", "northwestern", "southeastern", "southwestern", "north-east", "north-west",
    "south-east", "south-west", "north-eastern", "north-western", "south-eastern", "south-western",
  ])
  /// Offices held by one person in the world at a time: a title alone names them.
  static let worldOffices: Set<String> = ["pope", "secretary-general"]
  /// Offices many people of a country hold at once: a title alone does not name one of them.
  static let sharedOffices: Set<String> = [
    "ambassador", "spokesperson", "minister", "legislator", "military officer", "governor",
    "mayor", "cleric", "leader", "opposition leader", "presidential adviser", "prosecutor",
  ]
  static let headOffices: Set<String> = [
    "president", "prime minister", "chancellor", "king", "queen", "supreme leader", "emperor",
    "emir", "crown prince",
  ]

  // The sets above that hold codes and offices, in the coder's plain values.
  static let familyNameFirstCodes: [Code] = familyNameFirst.sorted().map(Code.init)
  static let worldOfficeHashes = HashSet64(worldOffices.map(TokenHash.of))
  static let sharedOfficeHashes = HashSet64(sharedOffices.map(TokenHash.of))
  static let headOfficeHashes = HashSet64(headOffices.map(TokenHash.of))
  static let actObjectPrefixes: [Code] = actObjectCodes.map(Code.init)

  /// The single-word constants above with their words, for the test that checks each value.
  static let constants: [(word: String, hash: UInt64)] = [
    ("also", also),
    ("call", call),
    ("may", may),
    ("conversation", conversation),
    ("back", back),
    ("but", but),
    ("for", forWord),
    ("from", from),
    ("had", had),
    ("since", since),
    ("first", first),
    ("he", he),
    ("heavily", heavily),
    ("her", her),
    ("him", him),
    ("his", his),
    ("in", inWord),
    ("its", its),
    ("my", my),
    ("not", not),
    ("or", or),
    ("our", our),
    (".", period),
    ("she", she),
    ("their", their),
    ("these", these),
    ("they", they),
    ("this", this),
    ("those", those),
    ("who", who),
    ("whose", whose),
    ("and", and),
    (",", comma),
    ("the", the),
    ("by", by),
    ("between", between),
    ("'s", possessive),
    ("each", each),
    ("other", other),
    (";", semicolon),
    ("?", question),
    ("!", exclamation),
    (":", colon),
    ("\"", quote),
    ("'", apostrophe),
    ("-", hyphen),
    ("(", lparen),
    (")", rparen),
    ("to", to),
    ("it", it),
    ("hosts", hosts),
    ("which", which),
    ("whom", whom),
    ("that", that),
    ("against", against),
    ("during", during),
    ("while", whileWord),
    ("hundreds", hundreds),
    ("thousands", thousands),
    ("american", american),
    ("of", of),
    ("according", according),
    ("would", would),
    ("if", ifWord),
    ("may", TimeWords.may),
    ("march", TimeWords.march),
  ]
}
