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
  }
  /// Where an event happens.
  public struct Location: Sendable, Hashable {
    public var text: String
    public var name: String
    public var country: String
    public var lat: Double
    public var lon: Double
  }
  /// Who the sentence says reported the event.
  public struct Attribution: Sendable, Hashable {
    public var text: String
    public var code: String
  }

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
}
