/// The closed word classes the rules test at nearly every word ("a preposition?", "a
/// determiner?"), found once per token by the tokenizer and kept as bits of `Token.classes`:
/// a test is then one bit, not a hash look-up in a set.
///
/// Each class is one of the sets of `Words` (or `Verbs`); `WordClass.table` holds each word's
/// bits, and a test checks that every bit agrees with its set.
public struct WordClass: OptionSet, Sendable {
  public let rawValue: UInt64
  public init(rawValue: UInt64) { self.rawValue = rawValue }

  static let determiners = WordClass(rawValue: 1 << 0)
  static let prepositions = WordClass(rawValue: 1 << 1)
  static let reporting = WordClass(rawValue: 1 << 2)
  static let auxiliaries = WordClass(rawValue: 1 << 3)
  static let coordinators = WordClass(rawValue: 1 << 4)
  static let subordinators = WordClass(rawValue: 1 << 5)
  static let conjunctions = WordClass(rawValue: 1 << 6)
  static let articleWords = WordClass(rawValue: 1 << 7)
  static let groupAdjectives = WordClass(rawValue: 1 << 8)
  static let possessiveDeterminers = WordClass(rawValue: 1 << 9)
  static let adverbs = WordClass(rawValue: 1 << 10)
  static let relativePronouns = WordClass(rawValue: 1 << 11)
  static let quantities = WordClass(rawValue: 1 << 12)
  static let personPlural = WordClass(rawValue: 1 << 13)
  static let objectPronouns = WordClass(rawValue: 1 << 14)
  static let titleModifiers = WordClass(rawValue: 1 << 15)
  static let representativeNouns = WordClass(rawValue: 1 << 16)
  static let nounDeterminers = WordClass(rawValue: 1 << 17)
  static let hyphenModifiers = WordClass(rawValue: 1 << 18)
  static let gatherings = WordClass(rawValue: 1 << 19)
  static let firstPerson = WordClass(rawValue: 1 << 20)
  static let continentParts = WordClass(rawValue: 1 << 21)
  static let compass = WordClass(rawValue: 1 << 22)
  static let two = WordClass(rawValue: 1 << 23)
  static let plural = WordClass(rawValue: 1 << 24)
  static let locative = WordClass(rawValue: 1 << 25)
  static let beForms = WordClass(rawValue: 1 << 26)
  static let lightVerbs = WordClass(rawValue: 1 << 27)
  static let currencies = WordClass(rawValue: 1 << 28)
  static let propertyNouns = WordClass(rawValue: 1 << 29)
  /// Auxiliaries and the common verbs of `Verbs.common` (`Verbs.isVerbLike`).
  static let verbLike = WordClass(rawValue: 1 << 30)
  /// Words a time expression starts with (other than a number): weekdays, months, "last",
  /// "next", "this", "yesterday", "today", "tonight", "tomorrow".
  static let timeWord = WordClass(rawValue: 1 << 31)

  // Bits a lexicon adds (see `Lexicon.wordTable`): the first word of one of its phrases.
  /// Starts a name, role, title or place of the mention table.
  static let mentionStart = WordClass(rawValue: 1 << 32)
  /// Starts an event pattern.
  static let patternStart = WordClass(rawValue: 1 << 33)
  /// Starts a topic phrase.
  static let topicStart = WordClass(rawValue: 1 << 34)
  /// Starts a modality marker.
  static let modalityStart = WordClass(rawValue: 1 << 35)

  /// Each class with the set of words it stands for.
  static let sets: [(WordClass, HashSet64)] = [
    (.determiners, Words.determiners), (.prepositions, Words.prepositions),
    (.reporting, Words.reporting), (.auxiliaries, Words.auxiliaries),
    (.coordinators, Words.coordinators), (.subordinators, Words.subordinators),
    (.conjunctions, Words.conjunctions), (.articleWords, Words.articleWords),
    (.groupAdjectives, Words.groupAdjectives),
    (.possessiveDeterminers, Words.possessiveDeterminers), (.adverbs, Words.adverbs),
    (.relativePronouns, Words.relativePronouns), (.quantities, Words.quantities),
    (.personPlural, Words.personPlural), (.objectPronouns, Words.objectPronouns),
    (.titleModifiers, Words.titleModifiers), (.representativeNouns, Words.representativeNouns),
    (.nounDeterminers, Words.nounDeterminers), (.hyphenModifiers, Words.hyphenModifiers),
    (.gatherings, Words.gatherings), (.firstPerson, Words.firstPerson),
    (.continentParts, Words.continentParts), (.compass, Words.compass), (.two, Words.two),
    (.plural, Words.plural), (.locative, Words.locative), (.beForms, Words.beForms),
    (.lightVerbs, Words.lightVerbs), (.currencies, Words.currencies),
    (.propertyNouns, Words.propertyNouns),
    (.verbLike, Words.auxiliaries.union(Verbs.common)),
    (.timeWord, TimeWords.startWords),
  ]

  /// The classes of every word that has one, by token hash.
  static let table: HashMap64<UInt64> = {
    var m: HashMap64<UInt64> = [:]
    for (c, set) in sets {
      for h in set { m[h, default: 0] |= c.rawValue }
    }
    return m
  }()
}

extension Token {
  /// Whether the token is a word of any of the classes `c`.
  @inline(__always)
  func `is`(_ c: WordClass) -> Bool { classes & c.rawValue != 0 }
}
