/// A verb's arguments.
extension ClauseReader {
  /// Links predicate `n`, a verb: its subject (by the first rule that applies), its object and
  /// its attachments.
  func linkVerb(_ n: Int, _ predicates: inout [ClausePredicate]) {
    let h = predicates[n].head
    let (start, passive) = verbGroup(h)
    var p = predicates[n]
    p.isPassive = passive
    let before = start - 1
    if before >= range.lowerBound {
      let w = tokens[before].hash
      if w == Self.to {
        p.subject = controller(before, n, predicates)
      } else if tokens[before].is(.relativePronouns), let a = antecedent(of: before) {
        p.subject = ClauseArgument(tokens: a, link: .relative)
      } else if w == Words.and || w == Words.or || w == Words.but,
        let last = predicates[..<n].last(where: { !$0.isNoun && $0.head < before }),
        case let prev = reportingVerb(sharing: h, after: last, predicates[..<n]) ?? last,
        phrase(endingAt: before - 1) == nil || endsArgument(of: last, at: before - 1)
      {
        p.subject = prev.subject.map { ClauseArgument(tokens: $0.tokens, link: .coordinated) }
        if prev.isPassive, isParticiple(h), !passive {
          p.isPassive = true
          p.object = prev.object.map { ClauseArgument(tokens: $0.tokens, link: .coordinated) }
        }
      } else if isGerund(h), w == Words.comma || ClauseWords.participleOpeners.contains(w) {
        p.subject = predicates[..<n].last(where: { !$0.isNoun && $0.subject != nil })?.subject
          .map { ClauseArgument(tokens: $0.tokens, link: .participleClause) }
      } else if isParticiple(h), !passive, h + 1 < range.upperBound,
        tokens[h + 1].hash == Self.by, let np = phrase(endingAt: before)
      {
        p.isPassive = true
        p.object = ClauseArgument(tokens: np, link: .participleHead)
      } else {
        p.subject = nearestSubject(before: start).map { ClauseArgument(tokens: $0, link: .subject) }
        // "a cyberattack, which it attributed to …": the relative pronoun is the object.
        if let s = p.subject, s.tokens.lowerBound > range.lowerBound,
          tokens[s.tokens.lowerBound - 1].is(.relativePronouns),
          let a = antecedent(of: s.tokens.lowerBound - 1)
        {
          p.object = ClauseArgument(tokens: a, link: .relative)
        }
      }
    }
    if p.subject == nil, p.object == nil, tokens[h].is(.reporting),
      before < range.lowerBound || tokens[before].hash == Words.comma
        || tokens[before].hash == Words.quote,
      let np = phrase(startingAt: h + 1)
    {
      p.subject = ClauseArgument(tokens: np, link: .invertedSubject)
    }
    if p.isPassive, p.subject?.link == .subject || p.subject?.link == .relative {
      p.object = p.subject.map { ClauseArgument(tokens: $0.tokens, link: .passiveSubject) }
      p.subject = nil
    }
    // ("…," said Lavrov on Monday: the speaker is the subject, not also the object.)
    if let s = p.subject, s.link == .invertedSubject {
      attach(after: s.tokens.upperBound - 1, objectAllowed: false, &p)
    } else {
      attach(after: h, &p)
    }
    predicates[n] = p
  }

  /// "X said the team had strayed onto Afghan soil and accused Islamabad …": a speech act in
  /// the plain past after "and" goes with the reporting verb, not with the pluperfect of what
  /// was reported ("said troops had crossed the border and attacked a post" stays reported).
  func reportingVerb(
    sharing h: Int, after last: ClausePredicate, _ earlier: ArraySlice<ClausePredicate>
  ) -> ClausePredicate? {
    let lastStart = verbGroup(last.head).start
    guard lastStart < last.head, tokens[lastStart].hash == Words.had, verbGroup(h).start == h,
      tokens[h].is(.reporting) || ClauseWords.speechActs.contains(tokens[h].hash),
      let report = earlier.last(where: {
        !$0.isNoun && $0.head < lastStart && tokens[$0.head].is(.reporting)
          && verbGroup($0.head).start == $0.head
      })
    else { return nil }
    // (Only when what was reported is the reporting verb's own clause.)
    guard let s = last.subject, s.tokens.lowerBound > report.head else { return nil }
    return report
  }

  /// The first word of the verb group ending at `h` (its auxiliaries, modals, "not" and
  /// adverbs), and whether the group is passive (a form of "be" before a participle).
  func verbGroup(_ h: Int) -> (start: Int, passive: Bool) {
    var s = h
    var be = false
    while s > range.lowerBound {
      let t = tokens[s - 1]
      // ("Xi in turn commended …": a two-word adverb.)
      if s - 2 >= range.lowerBound,
        ClauseWords.adverbPairs[tokens[s - 2].hash] == t.hash
      {
        s -= 2
        continue
      }
      if t.is(.beForms) {
        be = true
      } else if !(t.is(.auxiliaries) || t.is(.adverbs) || t.hash == Words.not
        || Self.modals.contains(t.hash)) || t.is(.reporting)
      {
        break
      }
      s -= 1
    }
    return (s, be && isParticiple(h))
  }

  /// The subject of an infinitive at `to`: the governing verb's object for "urged Riyadh to
  /// release", else the governor's subject ("agreed to lift", "Iran's decision to expel").
  func controller(_ to: Int, _ n: Int, _ predicates: [ClausePredicate]) -> ClauseArgument? {
    guard let g = predicates[..<n].last(where: { $0.head < to }) else { return nil }
    if let o = g.object, o.tokens.upperBound == to, !g.isPassive,
      ClauseWords.objectControl.contains(tokens[g.head].hash)
    {
      return ClauseArgument(tokens: o.tokens, link: .controller)
    }
    if g.isPassive, let o = g.object {
      // "Y was urged to leave": the one urged.
      return ClauseArgument(tokens: o.tokens, link: .controller)
    }
    return g.subject.map { ClauseArgument(tokens: $0.tokens, link: .controller) }
  }

  /// The noun a relative pronoun at `k` refers to ("Lavrov, who …", "the envoy that …").
  func antecedent(of k: Int) -> Range<Int>? {
    var e = k - 1
    if e >= range.lowerBound, tokens[e].hash == Words.comma { e -= 1 }
    return e >= range.lowerBound ? phrase(endingAt: e) : nil
  }

  /// Whether the phrase ending at `e` is an argument of `p` (its object or an attachment):
  /// "met Y and accused …" shares the subject; "met Y and Z accused" does not.
  func endsArgument(of p: ClausePredicate, at e: Int) -> Bool {
    if p.object?.tokens.upperBound == e + 1 { return true }
    return p.attachments.contains { $0.argument.tokens.upperBound == e + 1 }
  }

  /// The nearest noun phrase before `k` that is not inside a prepositional phrase or an
  /// aside (", who met X on Monday,", ", the bloc's envoy,"), within the clause.
  func nearestSubject(before k: Int) -> Range<Int>? {
    var j = k - 1
    var steps = 0
    while j >= range.lowerBound, steps < 30 {
      steps += 1
      let t = tokens[j]
      if t.hash == Words.comma {
        guard let open = asideStart(endingAt: j) else { return nil }
        j = open - 1
        continue
      }
      if t.kind == .punct, t.hash != Words.possessive { return nil }
      if let np = phrase(endingAt: j) {
        let b = np.lowerBound - 1
        // ("in Cairo", "last month": a prepositional phrase or a time, not the subject.)
        if b >= range.lowerBound, tokens[b].is(.prepositions) || tokens[b].is(.timeWord) {
          j = b - 1
          continue
        }
        return np
      }
      // "New sanctions imposed by Washington hit …": past a reduced relative clause to the
      // noun it follows.
      if isVerb(j), isParticiple(j), j + 1 < k, tokens[j + 1].is(.prepositions),
        j > range.lowerBound, let np = phrase(endingAt: j - 1)
      {
        return np
      }
      if isVerb(j) || t.hash == Self.that || t.is(.relativePronouns) { return nil }
      j -= 1
    }
    return nil
  }

  /// Where the aside ending with the comma at `close` opens: the comma before it, when the
  /// words between start like an aside (a relative pronoun, a determiner, a title or a name
  /// and hold no verb of their own outside a relative clause).
  func asideStart(endingAt close: Int) -> Int? {
    var j = close - 1
    while j > range.lowerBound, close - j < 16 {
      if tokens[j].hash == Words.comma {
        let first = j + 1
        guard first < close else { return nil }
        let f = tokens[first]
        if f.is(.relativePronouns) || f.is(.determiners) || covered(first)
          || f.is(.prepositions) || f.is(.adverbs)
        {
          return j
        }
        return nil
      }
      j -= 1
    }
    return nil
  }

  /// The object and the attachments after the verb or noun at `h`, and for a passive, "by X"
  /// as its subject.
  func attach(after h: Int, objectAllowed: Bool = true, _ p: inout ClausePredicate) {
    var j = h + 1
    while j < range.upperBound,
      ClauseWords.particles.contains(tokens[j].hash)
        && tokens[j].hash != Self.onWord || tokens[j].is(.adverbs)
    {
      j += 1
    }
    if objectAllowed, !p.isNoun, !p.isPassive, p.object == nil, j < range.upperBound,
      tokens[j].hash != Self.that, !tokens[j].is(.prepositions) || tokens[j].is(.determiners),
      let np = phrase(startingAt: j), !isVerb(np.lowerBound) || covered(np.lowerBound),
      !(ClauseWords.clauseTaking.contains(tokens[h].hash) && startsClause(after: np))
    {
      let c = coordination(from: np)
      p.object = ClauseArgument(tokens: c, link: .object)
      j = c.upperBound
    }
    while j + 1 < range.upperBound, p.attachments.count < 4 {
      let t = tokens[j]
      guard t.is(.prepositions) else { break }
      if t.hash == Self.to, j + 1 < range.upperBound, isVerb(j + 1), !covered(j + 1) { break }
      guard let np = phrase(startingAt: j + 1) else { break }
      let c = coordination(from: np)
      if t.hash == Self.by, p.subject == nil, p.isPassive || p.isNoun {
        p.subject = ClauseArgument(tokens: c, link: .agent)
      } else if t.hash == Self.of, p.isNoun, p.object == nil {
        p.object = ClauseArgument(tokens: c, link: .ofComplement)
      } else {
        p.attachments.append(
          Attachment(preposition: j, argument: ClauseArgument(tokens: c, link: .attachment)))
      }
      j = c.upperBound
    }
  }

  static let onWord = TokenHash.of("on")

  /// Whether a verb follows the phrase `np` (past its auxiliaries and adverbs): "said it
  /// would …", "announced Moscow had …" — the phrase is the next clause's subject.
  func startsClause(after np: Range<Int>) -> Bool {
    var k = np.upperBound
    while k < range.upperBound,
      tokens[k].is(.auxiliaries) || tokens[k].is(.adverbs) || tokens[k].hash == Words.not
    {
      if tokens[k].is(.auxiliaries) { return true }
      k += 1
    }
    return k < range.upperBound && isVerb(k) && !isGerund(k)
  }
}
