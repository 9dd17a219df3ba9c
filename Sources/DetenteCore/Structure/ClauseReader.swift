/// Reads one sentence's clause structure: which words are predicates, and for each its
/// subject, object, prepositional attachments and the predicate it governs.
///
/// Rules over words and mentions, with no tagger or parser: each rule is one function, and each
/// argument says which rule linked it (`ArgumentLink`). Measured against the clause gold of
/// `Examples/clauses/gold.jsonl` (see docs/clauses.md), and chosen over a statistical parser
/// there for its speed.
struct ClauseReader {
  let bytes: UnsafeBufferPointer<UInt8>
  let tokens: [Token]
  /// The sentence's tokens.
  let range: Range<Int>
  /// The token ranges of the sentence's actor mentions (names, roles, resolved pronouns): noun
  /// phrases the rules need not guess.
  let mentions: [Range<Int>]
  /// Per token of the sentence: what the rules ask of it at nearly every step, found once
  /// (`verbBit`, `coveredBit`, `nounTriggerBit`, `triggerBit`).
  let facts: [UInt8]

  static let verbBit: UInt8 = 1
  static let coveredBit: UInt8 = 2
  static let nounTriggerBit: UInt8 = 4
  static let triggerBit: UInt8 = 8

  /// A reader of sentence `range`, with its mentions' token ranges and its triggers (each one's
  /// head word, and whether its pattern is a noun).
  init(
    bytes: UnsafeBufferPointer<UInt8>, tokens: [Token], range: Range<Int>, mentions: [Range<Int>],
    triggers: [(head: Int, isNoun: Bool)]
  ) {
    self.bytes = bytes
    self.tokens = tokens
    self.range = range
    self.mentions = mentions
    var facts = [UInt8](repeating: 0, count: range.count)
    for m in mentions {
      for k in m where range.contains(k) { facts[k - range.lowerBound] |= Self.coveredBit }
    }
    for t in triggers where range.contains(t.head) {
      facts[t.head - range.lowerBound] |=
        t.isNoun ? Self.nounTriggerBit | Self.triggerBit : Self.triggerBit
    }
    for k in range where Self.verbByForm(k, bytes, tokens, range) {
      facts[k - range.lowerBound] |= Self.verbBit
    }
    self.facts = facts
  }

  /// Whether token `k` is a verb (see `verbByForm`).
  @inline(__always)
  func isVerb(_ k: Int) -> Bool { facts[k - range.lowerBound] & Self.verbBit != 0 }

  /// The sentence's predicates, in the order of their words.
  func read() -> [ClausePredicate] {
    var predicates = heads().map { ClausePredicate(head: $0.head, isNoun: $0.isNoun) }
    for n in predicates.indices {
      if predicates[n].isNoun {
        linkNoun(n, &predicates)
      } else {
        linkVerb(n, &predicates)
      }
    }
    linkOpeningParticiples(&predicates)
    linkComplements(&predicates)
    return predicates
  }

  // MARK: - Which words are predicates

  /// The triggers, and the other words that are verbs by their form or place.
  func heads() -> [(head: Int, isNoun: Bool)] {
    var out: [(head: Int, isNoun: Bool)] = []
    for k in range {
      let f = facts[k - range.lowerBound]
      if f & Self.triggerBit != 0 {
        out.append((k, f & Self.nounTriggerBit != 0))
      } else if f & Self.verbBit != 0 {
        out.append((k, false))
      }
    }
    return out
  }

  /// Whether token `k` is a verb: a verb of saying, a word after "to" or a modal, a word
  /// ending in "-ed" or "-ing" or an irregular participle not after a determiner.
  static func verbByForm(
    _ k: Int, _ bytes: UnsafeBufferPointer<UInt8>, _ tokens: [Token], _ range: Range<Int>
  ) -> Bool {
    let t = tokens[k]
    guard t.kind == .word, !t.isCapitalized || k == range.lowerBound else { return false }
    if t.is(.reporting) { return t.hash != Self.according }
    if t.is(.auxiliaries) || t.is(.prepositions) || t.is(.determiners)
      || t.is(.coordinators) || t.is(.relativePronouns) || ClauseWords.nonNominal.contains(t.hash)
    {
      return false
    }
    if k > range.lowerBound {
      let before = tokens[k - 1]
      // ("U.S.-led", "Houthi-controlled": part of a word.)
      if before.kind == .punct, !before.hasSpaceBefore || !t.hasSpaceBefore,
        bytes[Int(before.start)] == UInt8(ascii: "-")
      {
        return false
      }
      if before.is(.determiners) || before.is(.possessiveDeterminers) || before.kind == .number
        || before.hash == Words.possessive
      {
        return false
      }
      if before.hash == Self.to || modals.contains(tokens[k - 1].hash)
        || (before.hash == Words.not && k - 2 >= range.lowerBound
          && modals.contains(tokens[k - 2].hash))
      {
        return !t.is(.objectPronouns) && !subjectPronouns.contains(t.hash)
      }
    }
    return Verbs.looksLikeVerb(t, bytes) || ClauseWords.irregularParticiples.contains(t.hash)
  }

  /// "he", "she", "it", "they", "we", "i", "you".
  func isPronounWord(_ k: Int) -> Bool { Self.subjectPronouns.contains(tokens[k].hash) }

  /// A past participle by its form: "-ed", or one of the irregular ones.
  func isParticiple(_ k: Int) -> Bool {
    let t = tokens[k]
    guard t.kind == .word else { return false }
    if ClauseWords.irregularParticiples.contains(t.hash) { return true }
    let e = Int(t.end)
    return t.length > 3 && bytes[e - 2] == UInt8(ascii: "e") && bytes[e - 1] == UInt8(ascii: "d")
  }

  /// A present participle by its form: "-ing".
  func isGerund(_ k: Int) -> Bool {
    let t = tokens[k]
    let e = Int(t.end)
    return t.kind == .word && t.length > 4 && bytes[e - 3] == UInt8(ascii: "i")
      && bytes[e - 2] == UInt8(ascii: "n") && bytes[e - 1] == UInt8(ascii: "g")
  }

  static let to = TokenHash.of("to")
  static let by = TokenHash.of("by")
  static let of = TokenHash.of("of")
  static let that = TokenHash.of("that")
  static let according = TokenHash.of("according")
  static let modals = Words.set([
    "would", "will", "could", "should", "might", "may", "can", "must", "shall", "'ll",
  ])
  static let subjectPronouns = Words.set(["he", "she", "it", "they", "we", "i", "you"])
}
