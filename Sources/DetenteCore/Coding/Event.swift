/// One coded event: who did what to whom, when, where, with the sentence that says so.
/// Field names follow the output contract (`spec/events.md`).
public struct Event: Sendable, Hashable {
  /// The article an event comes from, as the record reports it.
  public struct ArticleRef: Sendable, Hashable {
    public var id: String
    public var title: String
    public var outlet: String?
    public var url: String?
    public var published: String?
    /// `article`, `option`, `file-time` or `none`.
    public var dateSource: String

    /// Creates a reference from its parts.
    public init(
      id: String, title: String, outlet: String?, url: String?, published: String?,
      dateSource: String
    ) {
      self.id = id
      self.title = title
      self.outlet = outlet
      self.url = url
      self.published = published
      self.dateSource = dateSource
    }
  }
  /// Where an event happens.
  public struct Location: Sendable, Hashable {
    public var text: String
    public var name: String
    public var country: String
    public var lat: Double
    public var lon: Double

    /// Creates a location from its parts.
    public init(text: String, name: String, country: String, lat: Double, lon: Double) {
      self.text = text
      self.name = name
      self.country = country
      self.lat = lat
      self.lon = lon
    }
  }
  /// Who the sentence says reported the event.
  public struct Attribution: Sendable, Hashable {
    public var text: String
    public var code: String

    /// Creates an attribution from its parts.
    public init(text: String, code: String) {
      self.text = text
      self.code = code
    }
  }

  /// A side of the event that the sentence only refers to (`EventReference`).
  public typealias Reference = EventReference
  /// A later sentence that tells the event again (`EventRetelling`).
  public typealias Retelling = EventRetelling

  /// Stable for the same input.
  public var id: String
  /// The article.
  public var article: ArticleRef
  /// 0-based sentence position in the body.
  public var sentenceIndex: Int
  /// The whole sentence.
  public var sentenceText: String
  /// The initiator.
  public var source: Actor
  /// The recipient, `nil` when there is none.
  public var target: Actor?
  /// The most specific CAMEO code.
  public var cameo: String
  /// The PLOVER type.
  public var plover: String?
  /// The PLOVER mode.
  public var ploverMode: String?
  /// The Goldstein weight of the code.
  public var goldstein: Double
  /// The GDELT quad class.
  public var quadClass: Int
  /// occurred, planned, possible, negated or cancelled.
  public var modality: Modality
  /// When.
  public var date: EventDate?
  /// Where.
  public var location: Location?
  /// Direction does not matter.
  public var symmetric: Bool
  /// What it is about.
  public var topics: [String]
  /// Who reported it.
  public var attribution: Attribution?
  /// The words that triggered it.
  public var evidence: String
  /// The rule that fired.
  public var rule: String
  /// The lexicon file and line of the rule.
  public var ruleSource: String
  /// Token range of the trigger within the article (for highlighting).
  public var triggerTokens: Range<Int>
  /// The sides found by reference, with what they refer to (empty when both are named).
  public var references: [Reference]
  /// Later sentences of the story that tell the same event again by a definite noun ("The
  /// talks lasted two hours"): reports of it, not events of their own (meetings only).
  public var retold: [Retelling] = []

  /// Creates an event from its parts (the coder makes them; a store reads them back).
  public init(
    id: String, article: ArticleRef, sentenceIndex: Int, sentenceText: String, source: Actor,
    target: Actor?, cameo: String, plover: String?, ploverMode: String?, goldstein: Double,
    quadClass: Int, modality: Modality, date: EventDate?, location: Location?, symmetric: Bool,
    topics: [String], attribution: Attribution?, evidence: String, rule: String,
    ruleSource: String, triggerTokens: Range<Int>, references: [Reference] = [],
    retold: [Retelling] = []
  ) {
    self.references = references
    self.retold = retold
    self.id = id
    self.article = article
    self.sentenceIndex = sentenceIndex
    self.sentenceText = sentenceText
    self.source = source
    self.target = target
    self.cameo = cameo
    self.plover = plover
    self.ploverMode = ploverMode
    self.goldstein = goldstein
    self.quadClass = quadClass
    self.modality = modality
    self.date = date
    self.location = location
    self.symmetric = symmetric
    self.topics = topics
    self.attribution = attribution
    self.evidence = evidence
    self.rule = rule
    self.ruleSource = ruleSource
    self.triggerTokens = triggerTokens
  }
}
