/// The subject of the clause a trigger stands in, read back from the trigger: past relative
/// clauses and asides, through pronouns to their antecedents, and to the actors a relative
/// pronoun or "among" refers to.
extension SentenceCoder {
  /// The subject of the clause a trigger at `k` stands in.
  func subject(before k: Int, quoteSpeaker: CodedActor?, context: ArticleContext) -> Mention? {
    // "welcomed the decision by Honduras to cut ties with Taiwan": whose decision, plan or
    // bid it is does what it names.
    if let m = intentAgent(before: k) { return m }
    // "a day after a huge bomb in Beirut killed …", "said the attacks had killed …": a thing
    // that kills, right before the verb, is the clause's subject; no actor further back is.
    if isThingSubject(before: k) { return nil }
    var j = k - 1
    // ", warning that …" after "troops that have been sent to Russia": a participle after a
    // comma belongs to the main clause, not to a relative clause before it.
    let participleAfterComma =
      k > range.lowerBound && k < range.upperBound && tokens[k - 1].hash == Words.comma
      && isGerund(k)
    while j >= range.lowerBound {
      let t = tokens[j]
      if t.hash == Words.semicolon { return nil }
      // "Scholz, whose carmakers depend on China, had urged": skip the relative clause.
      if t.hash == Words.comma {
        var c = j - 1
        while c > range.lowerBound, j - c < 16, tokens[c].hash != Words.comma { c -= 1 }
        if c > range.lowerBound, tokens[c].hash == Words.comma, c + 1 < j,
          isParenthetical(c + 1..<j)
        {
          j = c - 1
          continue
        }
      }
      if let m = mention(endingAt: j) {
        if !m.isModifier, !m.isOccasion, isSubjectLike(m) || opensClause(m, before: k) {
          return withConjunct(m)
        }
        // "the court's decision in November to issue a warrant": whose decision, plan or
        // refusal it is acts.
        let n = m.range.upperBound + 1
        if n < k, tokens[m.range.upperBound].hash == Words.possessive,
          Words.intentNouns.contains(tokens[n].hash),
          (n..<k).contains(where: { tokens[$0].hash == Words.to })
        {
          return m
        }
        // "Russia's Gazprom halted": a country's unknown company or agency before the verb.
        // ("China's Western Theatre Command accused": up to four capitalized words.)
        if m.range.upperBound + 1 < k, k - m.range.upperBound <= 5,
          tokens[m.range.upperBound].hash == Words.possessive,
          ((m.range.upperBound + 1)..<k).allSatisfy({
            tokens[$0].isCapitalized && !hasMention(startingAt: $0)
          })
        {
          return m
        }
        j = m.range.lowerBound - 1
        continue
      }
      if t.is(.firstPerson), t.hash != Words.our,
        t.hash != Words.my, let s = quoteSpeaker
      {
        return Mention(range: j..<(j + 1), actors: [s], isCoreference: true)
      }
      if let p = pronounSubject(at: j, context) { return p }
      if t.is(.relativePronouns), j > range.lowerBound, !participleAfterComma {
        // "Russia, which banned …": the antecedent is the subject when it is an actor.
        var a = j - 1
        if tokens[a].hash == Words.comma { a -= 1 }
        // "Germany and France were among several EU governments that summoned …": the ones
        // named as among them.
        if let named = amongSubject(endingAt: a) { return named }
        if a >= range.lowerBound, let m = mention(endingAt: a), !m.isModifier, !m.isOccasion {
          return m
        }
        // "Friday's earthquake, which killed 2,800 people": a disaster, not an actor, acts
        // (a law or a decision still acts for whoever made it).
        if a >= range.lowerBound, Words.disasters.contains(tokens[a].hash),
          t.hash == Words.which || t.hash == Words.that
        {
          return nil
        }
      }
      j -= 1
    }
    return nil
  }

  /// The subject a pronoun at `j` ("it", "he", "she", "they") stands for when it opens a
  /// clause (not after a preposition or a verb, except a reporting verb or a conjunction): the
  /// pair named in the sentence or last named together, or the pronoun's antecedent.
  /// The actor after "by" in "<decision, plan, bid …> by X to" right before `k`.
  func intentAgent(before k: Int) -> Mention? {
    guard k - 4 >= range.lowerBound, tokens[k - 1].hash == Words.to,
      let m = mention(endingAt: k - 2), !m.isOccasion, !m.isModifier,
      m.range.lowerBound - 2 >= range.lowerBound,
      tokens[m.range.lowerBound - 1].hash == Words.by,
      Words.intentNouns.contains(tokens[m.range.lowerBound - 2].hash)
    else { return nil }
    return m
  }

  func pronounSubject(at j: Int, _ context: ArticleContext) -> Mention? {
    let t = tokens[j]
    guard t.hash == Words.it || t.hash == Words.he || t.hash == Words.she || t.hash == Words.they
    else { return nil }
    let before = j > range.lowerBound ? tokens[j - 1].hash : 0
    // (The word before, as classes: none at the sentence's start.)
    let classes = WordClass(rawValue: j > range.lowerBound ? tokens[j - 1].classes : 0)
    if !classes.contains(.prepositions),
      !Verbs.isVerbLike(tokens[max(j - 1, range.lowerBound)]) || j == range.lowerBound
        || !classes.isDisjoint(with: [.reporting, .conjunctions])
        || before == Words.and || before == Words.comma || before == Words.that
    {
      // "They agreed to meet again": the pair last named together, when the last subject
      // was one of them.
      if t.hash == Words.they,
        let named = actors.first(where: {
          $0.range.upperBound <= j && $0.actors.count >= 2 && !$0.isModifier
            && isSubjectLike($0)
        })
      {
        // "Israel and Turkey announced that they would …": the pair named in this sentence.
        return Mention(range: j..<(j + 1), actors: named.actors, isCoreference: true)
      }
      if t.hash == Words.they, let pair = context.lastPair,
        let last = context.recentSubjects.last,
        pair.contains(where: { $0.country == last.country })
      {
        return Mention(range: j..<(j + 1), actors: pair, isCoreference: true)
      }
      if let a = pronoun(t.hash, context, at: j) {
        return Mention(range: j..<(j + 1), actors: [a], isCoreference: true)
      }
    }
    return nil
  }

  /// The actors named before "were among …" when the words ending at `a` are what they are
  /// among: "Tokayev and Mirziyoyev were among the leaders (who stood …)".
  func amongSubject(endingAt a: Int) -> Mention? {
    var b = a
    while b > range.lowerBound, a - b < 6, tokens[b].kind != .punct,
      tokens[b].hash != Words.among
    {
      b -= 1
    }
    guard b - 2 >= range.lowerBound, tokens[b].hash == Words.among,
      tokens[b - 1].is(.beForms), let m = mention(endingAt: b - 2), !m.isModifier,
      !m.isOccasion
    else { return nil }
    return m
  }

  /// Whether the words right before `k` (past auxiliaries and adverbs, and a place after "in" or
  /// "at") are a bomb, a blast or an attack with no owner named: "a huge bomb in
  /// Beirut killed", "the attacks had killed" (not "Russian strikes", "Israel's raids").
  func isThingSubject(before k: Int) -> Bool {
    var j = k - 1
    while j > range.lowerBound, tokens[j].is(.auxiliaries) || tokens[j].is(.adverbs) { j -= 1 }
    if j > range.lowerBound + 1, let m = mention(endingAt: j), m.placeIndex >= 0,
      m.range.lowerBound > range.lowerBound,
      tokens[m.range.lowerBound - 1].hash == Words.inWord
        || tokens[m.range.lowerBound - 1].hash == Words.at
    {
      j = m.range.lowerBound - 2
    }
    guard j > range.lowerBound,
      Words.disasters.contains(tokens[j].hash) || Words.weapons.contains(tokens[j].hash)
    else { return false }
    // (Whose: "Israel's raids", "Russian strikes".)
    return !(hasMention(endingAt: j - 1) || tokens[j - 1].hash == Words.possessive)
  }
}
