/// The closed word lists the clause rules test: grammar, not vocabulary (events and actors are
/// the lexicon's).
enum ClauseWords {
  /// Past participles that do not end in "-ed": "was held", "were sent", "talks held in …".
  static let irregularParticiples = Words.set([
    "held", "sent", "made", "taken", "given", "seen", "told", "shot", "struck", "caught",
    "brought", "bought", "beaten", "hit", "met", "said", "kept", "left", "led", "set", "put", "cut",
    "won", "thrown", "drawn", "known", "shown", "written", "hidden", "broken", "chosen", "frozen",
    "stolen", "spoken", "sworn", "driven", "forbidden", "withdrawn", "overthrown", "sought",
    "fought", "begun", "done", "paid", "laid", "sold", "found", "hung", "run", "lost", "meant",
    "spent", "built", "understood", "undertaken", "overseen", "bound", "slain", "rebuilt",
  ])
  /// Irregular simple pasts (beside the participles) that end neither in "-ed" nor "-s": "and
  /// met", "and took" start a clause of their own, where "and free" continues an infinitive.
  static let irregularPasts = Words.set([
    "held", "sent", "made", "took", "gave", "saw", "told", "shot", "struck", "caught", "brought",
    "bought", "beat", "met", "said", "kept", "left", "led", "won", "threw", "drew", "knew",
    "showed", "wrote", "hid", "broke", "chose", "froze", "stole", "spoke", "swore", "drove",
    "sought", "fought", "began", "did", "paid", "laid", "sold", "found", "ran", "lost", "meant",
    "spent", "built", "fled", "came", "went", "stood", "became", "flew", "rose", "fell", "got",
  ])
  /// Speech acts in the plain past, which share a reporting verb's subject after "and": "said
  /// the team had strayed and accused Islamabad …".
  static let speechActs = Words.set([
    "accused", "urged", "demanded", "called", "warned", "denied", "rejected", "condemned",
    "criticised", "criticized", "blamed", "insisted", "added", "vowed", "promised", "threatened",
    "appealed", "asked", "denounced", "dismissed", "complained", "pledged", "thanked", "praised",
  ])
  /// Verbs whose object is the subject of the infinitive after it: "urged Riyadh to release",
  /// "asked Moscow to withdraw".
  static let objectControl = Words.set([
    "urge", "urges", "urged", "urging", "ask", "asks", "asked", "asking", "press", "pressed",
    "pressing", "presses", "invite", "invited", "invites", "inviting", "tell", "told", "tells",
    "telling", "allow", "allowed", "allows", "allowing", "force", "forced", "forcing", "persuade",
    "persuaded", "encourage", "encouraged", "encouraging", "order", "ordered", "ordering", "orders",
    "authorize", "authorized", "authorise", "authorised", "instruct", "instructed", "push",
    "pushed", "pushing", "implore", "implored", "advise", "advised", "request", "requested",
    "requesting", "challenge", "challenged", "warn", "warned", "warning", "warns", "call",
    "called", "calling", "calls", "appeal", "appealed", "appealing", "compel", "compelled",
    "permit", "permitted", "help", "helped", "enable", "enabled", "pressure", "pressured",
    "lobby", "lobbied", "demand", "demanded",
  ]).union(causatives)
  /// Control verbs that make their object act, so that the act happened: "prompting Kuala
  /// Lumpur to expel", "forced Paris to withdraw".
  static let causatives = Words.set([
    "prompt", "prompted", "prompting", "prompts", "spur", "spurred", "spurring", "cause",
    "caused", "causing", "force", "forced", "forcing", "drive", "drove", "driving",
  ])
  /// Words that end a verb phrase and start its particle: "called off", "turned back".
  static let particles = Words.set(["off", "up", "back", "down", "out", "away", "on"])
  /// Words before an "-ing" verb that open a participle clause: "after meeting", "by refusing".
  static let participleOpeners = Words.set([
    "after", "before", "while", "when", "since", "by", "without", "despite", "in", "upon", "on",
  ])
  /// Words that never end a noun phrase.
  static let nonNominal = Words.set([
    "not", "n't", "also", "never", "then", "to", "that", "which", "who", "whom", "whose", "and",
    "or", "but", "nor", "if", "would", "will", "could", "should", "might", "may", "can", "must",
    "shall", "has", "have", "had", "is", "are", "was", "were", "be", "been", "being", "did", "does",
    "do", "as", "than", "so", "because", "although", "though", "unless", "whether", "while",
    "when", "where", "after", "before", "since", "until", "once", "there", "here", "very",
    "reportedly", "allegedly", "already", "still", "again", "later", "earlier", "however",
    "instead", "jointly", "formally", "publicly", "immediately", "recently", "finally",
    "further", "first", "now", "down", "up", "out", "off", "away", "back", "each", "other",
  ])
  /// Verbs of saying and thinking whose complement is a clause: "said it would …".
  static let clauseTaking = Words.set([
    "said", "says", "say", "saying", "told", "tells", "announced", "announces", "added", "stated",
    "insisted", "claimed", "claims", "warned", "warns", "accused", "denied", "denies",
    "confirmed", "confirms", "believes", "believed", "argued", "argues", "noted", "stressed",
    "reported", "alleged", "vowed", "pledged", "promised", "threatened", "agreed", "decided",
    "refused", "declined", "plans", "planned", "hopes", "hoped", "wants", "wanted", "sought",
    "seeks", "tried", "offered", "proposed", "demanded", "urged", "asked", "called",
  ])
  /// Nouns that end in "-ly": not manner adverbs.
  static let lyNouns = Words.set([
    "ally", "allies", "assembly", "supply", "family", "anomaly", "monopoly", "rally", "reply",
    "italy", "july", "weekly", "daily", "monthly", "quarterly", "fly", "homily",
  ])
  /// Two-word adverbs that may stand between a subject and its verb ("in turn", "in return"):
  /// the first word's hash to the second's.
  static let adverbPairs: [UInt64: UInt64] = [
    TokenHash.of("in"): TokenHash.of("turn"),
    TokenHash.of("for"): TokenHash.of("now"),
    TokenHash.of("at"): TokenHash.of("once"),
  ]
}
