/// Rules that take an event's sides from the clause structure (`ClauseReader`).
extension SentenceCoder {
  /// The target the clause structure gives a trigger whose pattern names the slot of its
  /// target — the verb's object, or the noun phrase of its preposition — when the word rules
  /// found none: "opened fire on two small Ukrainian gunboats" (a country word inside the
  /// phrase), "told Chad's ambassador to leave" past a time between subject and verb. Nil when
  /// the structure has no such argument or it names no actor.
  func structureTarget(_ t: Trigger, _ p: EventPattern) -> Mention? {
    // (Without an actor after the trigger's start there is nothing to find: the sentence's
    // structure is not read.)
    guard actors.contains(where: { $0.range.lowerBound > t.span.lowerBound && !$0.isOccasion })
    else { return nil }
    let head = p.isNoun ? nounHead(t) : t.span.lowerBound
    guard let pred = clauses.first(where: { $0.head == head }) else { return nil }
    var argument: ClauseArgument?
    for slot in p.slots {
      switch slot {
      case .object:
        if let o = pred.object, o.link == .object || o.link == .ofComplement { argument = o }
      case .preposition(let h, _):
        argument = pred.attachments.first { tokens[$0.preposition].hash == h }?.argument
      case .inGap:
        // ("told Chad's ambassador to leave": the object inside the pattern's gap.)
        if let o = pred.object, t.gaps.contains(where: { $0.contains(o.tokens.lowerBound) }) {
          argument = o
        }
      default: break
      }
      if argument != nil { break }
    }
    // (The pattern's own words — "expelled … diplomats" — are not its target.)
    guard let a = argument,
      a.tokens.lowerBound >= t.span.upperBound
        || t.gaps.contains(where: { $0.contains(a.tokens.lowerBound) })
    else { return nil }
    return actors.first {
      a.tokens.contains($0.range.lowerBound) && $0.range.upperBound <= a.tokens.upperBound
        && !$0.isOccasion
    }
  }

  /// The word a noun trigger's clause predicate sits on (see `clauseReader`).
  func nounHead(_ t: Trigger) -> Int {
    var h = t.span.upperBound - 1
    while h > t.span.lowerBound, tokens[h].is(.prepositions) { h -= 1 }
    return h
  }

  /// "North Korea cut ties, prompting Kuala Lumpur to expel its diplomats": the object of a
  /// verb that makes someone act (prompt, spur, cause, force, drive) is the subject of the
  /// act, which happened. Nil unless the clause structure says so.
  func causedSubject(_ t: Trigger) -> Mention? {
    // (The structure is read only when "to" stands before the verb and one of the verbs a few
    // words before it: most triggers have neither.)
    let k = t.span.lowerBound
    guard k >= range.lowerBound + 3, tokens[k - 1].hash == Words.to,
      (max(range.lowerBound, k - 8)..<(k - 1)).contains(where: {
        ClauseWords.causatives.contains(tokens[$0].hash)
      })
    else { return nil }
    let cs = clauses
    guard let i = cs.firstIndex(where: { $0.head == t.span.lowerBound }),
      let s = cs[i].subject, s.link == .controller,
      let g = cs.first(where: { $0.complement == i }),
      ClauseWords.causatives.contains(tokens[g.head].hash)
    else { return nil }
    return actors.first {
      s.tokens.contains($0.range.lowerBound) && $0.range.upperBound <= s.tokens.upperBound
        && !$0.isOccasion && !$0.isModifier
    }
  }

  /// The subject the clause structure gives a verb trigger when the word rules found none:
  /// "Xi in turn commended India", "Uganda denies the charges and in turn accuses Rwanda".
  func structureSubject(_ t: Trigger) -> Mention? {
    guard actors.contains(where: { $0.range.upperBound <= t.span.lowerBound && !$0.isModifier }),
      let pred = clauses.first(where: { $0.head == t.span.lowerBound }), !pred.isPassive,
      let s = pred.subject, s.tokens.upperBound <= t.span.lowerBound,
      // (The subject of the clause itself; an infinitive's or a participle's borrowed one is
      // left to the word rules, which know which of them carry an event.)
      s.link == .subject || s.link == .relative || s.link == .coordinated
    else { return nil }
    if let m = actors.first(where: {
      s.tokens.contains($0.range.lowerBound) && $0.range.upperBound <= s.tokens.upperBound
        && !$0.isOccasion && !$0.isModifier
    }) {
      return m
    }
    // "Al Jazeera, the Doha-based broadcaster, accused …": a name the lexicon does not know,
    // described by the aside after it.
    let after = s.tokens.upperBound
    guard after < t.span.lowerBound, tokens[after].hash == Words.comma else { return nil }
    return actors.last {
      $0.range.lowerBound > after && $0.range.upperBound < t.span.lowerBound
        && !$0.isOccasion && !$0.isModifier && !$0.isCoreference
    }
  }
}

extension SentenceCoder {
  /// The clause-structure stage's reader for this sentence.
  func clauseReader() -> ClauseReader {
    let heads = triggers.map { t -> (head: Int, isNoun: Bool) in
      let p = lexicon.patterns[t.pattern]
      // ("peace talks", "talks with": the noun is the last word that is not a preposition.)
      return p.isNoun ? (nounHead(t), true) : (t.span.lowerBound, false)
    }
    return ClauseReader(
      bytes: bytes, tokens: tokens, range: range, mentions: actors.map(\.range), triggers: heads)
  }
}
