/// The clause structure of one sentence: each verb and event noun with its arguments, found by
/// `ClauseReader` from the tokens, the actor mentions and the triggers, before any event is coded.

/// How an argument was found: each case is one rule of `ClauseReader`, named so that `detente
/// clauses` and the tests can say why a word was taken.
public enum ArgumentLink: String, Sendable, CaseIterable {
  /// The noun phrase before the verb ("Moscow expelled …").
  case subject
  /// The noun phrase after a verb of saying that follows a quote ("…," said the minister).
  case invertedSubject = "inverted-subject"
  /// An infinitive's subject is its governor's object or subject ("urged Riyadh to release …",
  /// "agreed to lift …").
  case controller
  /// A verb after "and" shares the subject of the verb before ("arrived and laid a wreath").
  case coordinated
  /// A relative clause's subject or object is the noun it follows ("Lavrov, who met …").
  case relative
  /// A participle clause's subject is the main clause's (", demanding that …", "after meeting").
  case participleClause = "participle-clause"
  /// A participle after a noun acts on that noun ("diplomats expelled by Moscow").
  case participleHead = "participle-head"
  /// A passive verb's grammatical subject is its logical object ("Y was expelled").
  case passiveSubject = "passive-subject"
  /// "by X" after a passive verb or an event noun.
  case agent
  /// "X's decision", "the Chinese attack": the one a noun's possessor or country word names.
  case possessor
  /// "held talks": a noun after a light verb takes the verb's subject.
  case lightVerb = "light-verb"
  /// The noun phrase after an active verb.
  case object
  /// "the expulsion of X": a noun's "of" phrase.
  case ofComplement = "of-complement"
  /// A preposition's noun phrase after the predicate or its object.
  case attachment
  /// Read off the dependency parse (`DependencyModel`), where the rules found nothing or the
  /// parse is right more often (see `DependencyModel.merge`).
  case parsed
}

/// One argument of a predicate: its tokens and the rule that found it.
public struct ClauseArgument: Sendable, Equatable {
  /// The noun phrase's tokens (indices into the article's tokens).
  public var tokens: Range<Int>
  /// The rule that linked it.
  public var link: ArgumentLink
}

/// A prepositional attachment: "with Kenya", "in Istanbul".
public struct Attachment: Sendable, Equatable {
  /// The preposition's token.
  public var preposition: Int
  /// Its noun phrase.
  public var argument: ClauseArgument
}

/// A verb or event noun with its logical arguments.
public struct ClausePredicate: Sendable {
  /// The predicate's word (the first word of a phrase pattern).
  public var head: Int
  /// An event noun ("expulsion", "talks"), not a verb.
  public var isNoun: Bool
  /// A passive verb or a participle after its noun: the grammatical subject is the object.
  public var isPassive = false
  /// The logical subject (the doer).
  public var subject: ClauseArgument?
  /// The logical object (the one acted on).
  public var object: ClauseArgument?
  /// Prepositional attachments, in order.
  public var attachments: [Attachment] = []
  /// The predicate this one governs: what was said, agreed or urged (an index into the
  /// sentence's predicates).
  public var complement: Int?
  /// The predicate governing this one.
  public var governor: Int?

  init(head: Int, isNoun: Bool) {
    self.head = head
    self.isNoun = isNoun
  }

  /// The same word as a predicate with no arguments yet (to read it from the parse alone).
  public var withoutArguments: ClausePredicate {
    var p = ClausePredicate(head: head, isNoun: isNoun)
    p.isPassive = isPassive
    return p
  }
}
