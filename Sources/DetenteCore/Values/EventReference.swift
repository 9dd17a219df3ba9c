/// What an event carries besides its sides and codes: the words that only refer to a side, and
/// the later sentences that tell it again (`Event.Reference`, `Event.Retelling`).

/// A side of the event that the sentence only refers to ("the ministry", "he", "the
/// measures"): the words, and the mention that named the actor before.
public struct EventReference: Sendable, Hashable {
  /// Which side.
  public enum Role: String, Sendable, Hashable { case source, target }
  /// What kind of words refer.
  public enum Kind: String, Sendable, Hashable {
    /// "he", "it", "they", "his".
    case pronoun
    /// "the ministry", "the Russian leader", "the two sides".
    case description
    /// An act referred to by a noun ("condemned the measures"): the side is who did it.
    case event
  }
  /// The mention that named the actor before the reference.
  public struct Antecedent: Sendable, Hashable {
    public var text: String
    /// Its sentence's index in the article.
    public var sentence: Int
    public init(text: String, sentence: Int) {
      self.text = text
      self.sentence = sentence
    }
  }
  public var role: Role
  public var text: String
  public var kind: Kind
  public var antecedent: Antecedent?

  /// Creates a reference from its parts.
  public init(role: Role, text: String, kind: Kind, antecedent: Antecedent?) {
    self.role = role
    self.text = text
    self.kind = kind
    self.antecedent = antecedent
  }
}

/// A later sentence that tells the event again ("the summit", "the talks").
public struct EventRetelling: Sendable, Hashable {
  /// The sentence's index in the article, and its text.
  public var sentenceIndex: Int
  public var sentenceText: String
  /// The words that refer to the event.
  public var evidence: String
  /// What that sentence says of it.
  public var modality: Modality

  /// Creates a retelling from its parts.
  public init(sentenceIndex: Int, sentenceText: String, evidence: String, modality: Modality) {
    self.sentenceIndex = sentenceIndex
    self.sentenceText = sentenceText
    self.evidence = evidence
    self.modality = modality
  }
}
