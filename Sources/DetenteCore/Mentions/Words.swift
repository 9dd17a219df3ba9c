/// Small closed classes of English words the recognizers and the coder test by hash.
enum Words {
  static func set(_ words: [String]) -> Set<UInt64> { Set(words.map(TokenHash.of)) }
  static let determiners = set([
    "the", "a", "an", "its", "their", "his", "her", "our", "some", "certain", "several", "two",
    "three", "four",
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
  static let thirdPerson = set(["it", "he", "she", "they", "its", "his", "her", "their"])
  static let gatherings = set([
    "summit", "summits", "meeting", "meetings", "forum", "conference", "talks", "leaders",
    "session", "gathering",
    "ministerial", "countries", "members", "nations", "member", "states",
  ])
  static let plural = set([
    "leaders", "presidents", "countries", "sides", "nations", "governments", "men", "ministers",
    "states", "powers", "neighbours", "neighbors", "capitals", "allies", "rivals", "premiers",
    "chiefs", "heads",
  ])
  static let personPlural = set([
    "leaders", "presidents", "men", "ministers", "premiers", "chiefs", "heads",
  ])
  static let two = set(["two", "both"])
  static let and = TokenHash.of("and")
  static let comma = TokenHash.of(",")
  static let the = TokenHash.of("the")
  static let by = TokenHash.of("by")
  static let between = TokenHash.of("between")
  static let possessive = TokenHash.of("'s")
  static let each = TokenHash.of("each")
  static let other = TokenHash.of("other")
  static let semicolon = TokenHash.of(";")
  static let colon = TokenHash.of(":")
  static let quote = TokenHash.of("\"")
  static let apostrophe = TokenHash.of("'")
  static let hyphen = TokenHash.of("-")
  static let lparen = TokenHash.of("(")
  static let rparen = TokenHash.of(")")
  static let to = TokenHash.of("to")
  static let according = TokenHash.of("according")
  static let headOffices: Set<String> = [
    "president", "prime minister", "chancellor", "king", "queen", "supreme leader", "emperor",
    "emir", "crown prince",
  ]
}
