/// Who did it: the rules that find a trigger's subject, the sentence's speaker, a passive's
/// agent and a noun's possessor.
extension SentenceCoder {
  func startsWithQuote() -> Bool {
    let f = tokens[range.lowerBound]
    return f.kind == .punct && (f.hash == Words.quote || f.hash == Words.apostrophe)
  }

  /// "X said", "said X", "according to X".
  func findSpeaker() -> Mention? {
    for j in range where tokens[j].is(.reporting) {
      if tokens[j].hash == Words.according, j + 1 < range.upperBound, tokens[j + 1].hash == Words.to
      {
        if let m = mention(startingAt: skipDeterminers(j + 2)) { return m }
        continue
      }
      // "Pakistan has told India …", "the ministry also said": past auxiliaries and adverbs.
      var b = j - 1
      while b > range.lowerBound, tokens[b].is(.auxiliaries) || tokens[b].is(.adverbs) { b -= 1 }
      // "Germany on Tuesday told Chad's ambassador …": a day between the speaker and the verb.
      if b - 1 > range.lowerBound, TimeRecognizer.weekdays[tokens[b].hash] != nil,
        tokens[b - 1].hash == Words.onWord
      {
        b -= 2
      }
      if let m = mention(endingAt: b), !m.isModifier { return m }
      // After an auxiliary the verb is not inverted: "has told India" names the listener; so
      // does "told" itself.
      if b < j - 1, tokens[b + 1].is(.auxiliaries) { continue }
      if tokens[j].hash == Words.told { continue }
      var k = j + 1
      while k < range.upperBound,
        tokens[k].hash == Words.comma || TimeRecognizer.weekdays[tokens[k].hash] != nil
      { k += 1 }
      if let m = mention(startingAt: skipDeterminers(k)), !m.isModifier { return m }
    }
    return nil
  }

  func skipDeterminers(_ k: Int) -> Int {
    var j = k
    while j < range.upperBound, tokens[j].is(.determiners),
      !hasMention(startingAt: j)
    { j += 1 }
    return j
  }

  /// The actor after "by" within `within` tokens.
  func agent(after k: Int, within: Int, mediator: Bool = false) -> Mention? {
    // A pattern may end with its "by": "a deal brokered by".
    var j = k > range.lowerBound && tokens[k - 1].hash == Words.by ? k - 1 : k
    while j < min(range.upperBound, k + within) {
      let h = tokens[j].hash
      if h == Words.semicolon || (tokens[j].kind == .punct && h == Words.period) { return nil }
      if h == Words.by, let m = mention(startingAt: skipDeterminers(j + 1)), !m.isOccasion {
        // "talks mediated by the African Union": a mediator, not a party (unless the pattern
        // is the mediation).
        if !mediator, j > range.lowerBound, Words.mediationVerbs.contains(tokens[j - 1].hash) {
          return nil
        }
        return m
      }
      j += 1
    }
    return nil
  }

  func hasBetween(_ t: Trigger) -> Bool {
    t.span.upperBound < range.upperBound && tokens[t.span.upperBound].hash == Words.between
  }

  /// A country word, possessive or first-person pronoun before an event noun: "U.S. sanctions",
  /// "Russia's blacklist", "Donilon's visit", "our proposal".
  func premodifier(_ k: Int, quoteSpeaker: CodedActor?, context: ArticleContext) -> Mention? {
    // "a U.S. drone strike": the trigger begins inside the actor's words.
    if let m = actors.first(where: { $0.range.contains(k) && $0.range.lowerBound < k }),
      !m.isOccasion
    {
      return m
    }
    var j = k - 1
    var skipped = 0
    while j >= range.lowerBound, skipped < 3 {
      let t = tokens[j]
      if let m = mention(endingAt: j), !m.isOccasion {
        // "Israeli and U.S. strikes": two country words before one noun.
        let a = m.range.lowerBound - 1
        if m.isModifier, a > range.lowerBound, tokens[a].hash == Words.and,
          let first = mention(endingAt: a - 1), first.isModifier, !first.isOccasion,
          first.primary.country != m.primary.country
        {
          return Mention(
            range: first.range.lowerBound..<m.range.upperBound, actors: first.actors + m.actors,
            isModifier: true)
        }
        return m
      }
      if t.hash == Words.possessive, let m = mention(endingAt: j - 1) { return m }
      if t.is(.firstPerson), let s = quoteSpeaker {
        return Mention(range: j..<(j + 1), actors: [s], isCoreference: true)
      }
      if t.hash == Words.its || t.hash == Words.his
        || t.hash == Words.her || t.hash == Words.their
      {
        if let a = pronoun(t.hash, context, at: j) {
          return Mention(range: j..<(j + 1), actors: [a], isCoreference: true)
        }
        return nil
      }
      if t.is(.articleWords) || t.kind == .punct
        || t.is(.prepositions) || Verbs.looksLikeVerb(t, bytes)
      {
        return nil
      }
      j -= 1
      skipped += 1
    }
    return nil
  }

  func occasionBefore(_ k: Int) -> Bool {
    var j = k - 1
    var steps = 0
    while j >= range.lowerBound, steps < 3 {
      if let m = mention(endingAt: j) { return m.isOccasion }
      if tokens[j].kind == .punct || tokens[j].is(.articleWords) { return false }
      j -= 1
      steps += 1
    }
    return false
  }

  /// "the meeting", "this visit" (possibly with one adjective between): a noun that refers
  /// back to an event already told.
  func isDefinite(_ k: Int) -> Bool {
    var j = k - 1
    if j >= range.lowerBound, tokens[j].kind == .word, !tokens[j].isCapitalized,
      !tokens[j].is(.determiners),
      !tokens[j].is(.auxiliaries)
    {
      j -= 1
    }
    guard j >= range.lowerBound else { return false }
    let h = tokens[j].hash
    // "said that talks had ended": "that" after a verb opens a clause; it is no determiner.
    if h == Words.that, j > range.lowerBound,
      Verbs.looksLikeVerb(tokens[j - 1], bytes) || tokens[j - 1].kind != .word
        || (max(range.lowerBound, j - 4)..<j).contains(where: {
          tokens[$0].is(.reporting)
        })
    {
      return false
    }
    return h == Words.the || h == Words.this || h == Words.that
      || h == Words.these
      || h == Words.those
  }

  func pronoun(_ h: UInt64, _ context: ArticleContext, at: Int? = nil) -> CodedActor? {
    if h == Words.he || h == Words.she || h == Words.his
      || h == Words.her
    {
      // "Kishida met Zelensky and laid flowers …, where he said …": the person who is a
      // subject before it, else the last person named before it.
      let end = at ?? range.upperBound
      // "Before meeting Talon, he spoke to Macron": not whom the opening phrase names.
      if let at, gerundPhraseStart(before: at) != nil { return context.likelyPerson }
      func person(_ m: Mention) -> Bool {
        m.range.upperBound <= end && m.actors.count == 1 && m.primary.person != nil
      }
      if let subject = actors.last(where: { person($0) && isSubjectLike($0) }) {
        return subject.primary
      }
      // "He told Larijani that …, and he praised Iran": the sentence's own subject is "he" too,
      // not the person it spoke to.
      if tokens[range.lowerBound].hash == h, range.lowerBound < end {
        return context.likelyPerson
      }
      if let named = actors.last(where: person) { return named.primary }
      return context.likelyPerson
    }
    // it / its / they / their: the nearest subject before it in this sentence when that is a
    // country or an organisation ("North Korea fired … and said it had tested …", "Japan said
    // …, and Seoul said it would …"), or a government office whose country the story gave
    // ("The foreign ministry in Hanoi said it regretted …"), else the last one that was.
    if let at,
      let first = actors.last(where: {
        $0.range.upperBound <= at && $0.primary.person == nil && !$0.isModifier && !$0.isOccasion
          && (!$0.countryFromStory || $0.primary.role == .government) && isSubjectLike($0)
      })
    {
      return first.primary
    }
    return context.recentSubjects.last { $0.person == nil }
  }

  /// "signed an executive order halting aid", "issued a statement accusing …": a participle
  /// after a document is the act of whoever issued the document; the start of the document's
  /// words (its determiner), where the clause's subject is looked for instead.
  func documentStart(before k: Int) -> Int? {
    guard k - 1 > range.lowerBound, isGerund(k),
      Words.documentNouns.contains(tokens[k - 1].hash)
    else { return nil }
    var j = k - 1
    while j > range.lowerBound, j > k - 5, !tokens[j].is(.determiners) { j -= 1 }
    return tokens[j].is(.determiners) ? j : nil
  }

  /// Whether the words between two commas are an aside the clause's subject stands before:
  /// a relative clause ("Scholz, whose carmakers depend on China, had urged"; "ECOWAS, of
  /// which Benin is a member, closed"), or an apposition after a name ("Kim Yo Jong, the
  /// powerful sister of leader Kim Jong Un, warned").
  func isParenthetical(_ r: Range<Int>) -> Bool {
    let h = tokens[r.lowerBound].hash
    if h == Words.whose || h == Words.who || h == Words.which { return true }
    // "of which", "to whom"
    if tokens[r.lowerBound].is(.prepositions), r.count > 2,
      tokens[r.lowerBound + 1].hash == Words.which || tokens[r.lowerBound + 1].hash == Words.whom
    {
      return true
    }
    // A name in apposition to a role held under someone else: "ECOWAS, in a statement signed
    // by its chairman, Ghanaian President Nana Akufo-Addo, condemned" (the chairman signs;
    // the bloc condemns).
    if r.lowerBound >= range.lowerBound + 3, hasMention(startingAt: r.lowerBound) {
      let role = tokens[r.lowerBound - 2]
      if !role.isCapitalized, Words.personHeads.contains(role.hash),
        tokens[r.lowerBound - 3].is(.possessiveDeterminers)
      {
        return true
      }
    }
    // An apposition: "the …" or "a …" after a name, with no verb in it.
    guard tokens[r.lowerBound].is(.determiners), r.count > 1,
      r.lowerBound >= range.lowerBound + 2, mention(endingAt: r.lowerBound - 2) != nil
    else { return false }
    return !r.contains { Verbs.looksLikeVerb(tokens[$0], bytes) && !tokens[$0].isCapitalized }
  }

  /// "a day after Minsk forced …": a mention right after a word that opens a clause.
  func afterSubordinator(_ m: Mention) -> Bool {
    let j = skipBackDeterminers(m.range.lowerBound - 1)
    return j >= range.lowerBound
      && (tokens[j].is(.subordinators) || tokens[j].hash == Words.that)
  }

  /// Whether a mention opens its sentence as its subject (after a dateline or determiners).
  func isSubjectLikeStart(_ m: Mention) -> Bool {
    let j = skipBackDeterminers(m.range.lowerBound - 1)
    // "MOSCOW, July 9 (Wire) – Russia's foreign ministry …": after a dateline.
    if j >= range.lowerBound, j + 1 == datelineEnd { return true }
    // "MOSCOW - Russia's foreign ministry …"
    if j >= range.lowerBound + 1, tokens[j].hash == Words.hyphen,
      mention(endingAt: j - 1)?.range.lowerBound == range.lowerBound
    {
      return true
    }
    return j < range.lowerBound
  }

  /// "planes from Australia and New Zealand landed": a subject joined by "and" to an actor
  /// before it that could be a subject too takes that actor along.
  func withConjunct(_ m: Mention) -> Mention {
    let a = m.range.lowerBound - 1
    guard a > range.lowerBound, tokens[a].hash == Words.and,
      let first = mention(endingAt: a - 1), !first.isModifier, !first.isOccasion,
      first.actors.count == 1, m.actors.count == 1, !m.isCoreference,
      first.primary.country != m.primary.country, isSubjectLike(first)
    else { return m }
    return Mention(
      range: first.range.lowerBound..<m.range.upperBound, actors: first.actors + m.actors)
  }

  /// "after Pakistan shot down": an actor right before the verb, after a word that opens a
  /// subordinate clause, is that clause's subject even though the word can be a preposition.
  func opensClause(_ m: Mention, before k: Int) -> Bool {
    var e = m.range.upperBound
    while e < k, tokens[e].is(.adverbs) { e += 1 }
    // Right before the verb, or before another verb of its clause ("after Minsk forced a
    // flight to land and arrested …").
    // "after his counterpart, Jean-Noel Barrot, visited": an apposition's closing comma.
    if e + 1 == k, tokens[e].hash == Words.comma,
      m.range.contains(where: { tokens[$0].hash == Words.comma })
    {
      e = k
    }
    guard
      e == k
        || (e < k && Verbs.looksLikeVerb(tokens[e], bytes)
          && !(e..<k).contains { tokens[$0].kind == .punct })
    else { return false }
    let j = skipBackDeterminers(m.range.lowerBound - 1)
    return j >= range.lowerBound && tokens[j].is(.subordinators)
  }

  /// "Representatives of Sudan's army and the RSF signed", "A spokesman for China's foreign
  /// ministry urged": the group the people before "of", "from" or "for" act for is the
  /// clause's subject.
  func actsForGroup(_ m: Mention) -> Bool {
    if m.range.lowerBound >= range.lowerBound + 2 {
      var j = m.range.lowerBound - 1
      if tokens[j].hash == Words.the, j > range.lowerBound + 1 { j -= 1 }
      // ("A spokesman for China's foreign ministry urged": a spokesman speaks for the group.)
      // (Not the aside ", a spokesman for Ukraine's air force said, injuring …": the
      // participle after it is the main clause's.)
      let after = m.range.upperBound
      let speaksFor =
        tokens[j].hash == Words.forWord && Words.spokesNouns.contains(tokens[j - 1].hash)
        && !(after + 1 < range.upperBound && tokens[after].is(.reporting)
          && tokens[after + 1].hash == Words.comma)
      if tokens[j].is(.prepositions),
        tokens[j].hash == Words.of || tokens[j].hash == Words.from || speaksFor
      {
        j -= 1
        if tokens[j].is(.representativeNouns) || speaksFor {
          var b = j - 1
          while b >= range.lowerBound, tokens[b].is(.determiners) { b -= 1 }
          // "said the leaders of A, B and C would meet": after a verb of saying.
          if b >= range.lowerBound, tokens[b].is(.reporting) { return true }
          // one adjective: "Military planes from …", "The foreign ministers of …"
          if b >= range.lowerBound, tokens[b].kind == .word,
            !tokens[b].isCapitalized
              || b == range.lowerBound || tokens[b - 1].kind == .punct
              || tokens[b - 1].is(.determiners)
          {
            var c = b - 1
            while c >= range.lowerBound, tokens[c].is(.determiners) { c -= 1 }
            if c < range.lowerBound || tokens[c].kind == .punct { b = c }
          }
          if b < range.lowerBound || tokens[b].kind == .punct { return true }
        }
      }
    }
    return false
  }

  /// Not the object of a preposition or a verb, nor a possessive.
  func isSubjectLike(_ m: Mention) -> Bool {
    if actsForGroup(m) { return true }
    // "did not need military blocs and warned": a role the story supplied, after a verb.
    if m.countryFromStory, m.range.lowerBound > range.lowerBound {
      var j = m.range.lowerBound - 1
      while j > range.lowerBound,
        tokens[j].is(.determiners) || tokens[j].is(.groupAdjectives)
      { j -= 1 }
      let t = tokens[j]
      if t.kind == .word, !t.isCapitalized, !t.is(.conjunctions),
        !t.is(.coordinators), !t.is(.determiners),
        !t.is(.quantities), !t.is(.subordinators),
        t.hash != Words.of
      {
        return false
      }
    }
    if m.range.upperBound < range.upperBound, tokens[m.range.upperBound].hash == Words.possessive {
      return false
    }
    if let place = place(of: m), place.isLocative { return false }
    var j = m.range.lowerBound - 1
    while j >= range.lowerBound {
      let h = tokens[j].hash
      // "denied that Russian forces had killed": the subject of a clause after "that".
      if h == Words.that, j > range.lowerBound, tokens[j - 1].kind == .word,
        Verbs.looksLikeVerb(tokens[j - 1], bytes)
      {
        return true
      }
      // "reopen their embassies": a possessed noun after a word is that word's object.
      // ("hours after his French counterpart visited": a clause's subject after "after".)
      if tokens[j].is(.possessiveDeterminers), j > range.lowerBound,
        tokens[j - 1].kind == .word, !tokens[j - 1].is(.conjunctions),
        !tokens[j - 1].is(.coordinators),
        !tokens[j - 1].is(.subordinators)
      {
        return false
      }
      // "thousands of supporters", "some of the protesters": a quantity, not a preposition.
      if h == Words.of, j > range.lowerBound,
        tokens[j - 1].is(.quantities) || tokens[j - 1].kind == .number
      {
        j -= 2
        continue
      }
      // "in present-day Namibia", "into war-torn Myanmar": a hyphenated adjective.
      if j >= range.lowerBound + 2, isHyphenCompound(at: j - 2) {
        j -= 3
        continue
      }
      guard
        (tokens[j].is(.determiners) && !tokens[j].is(.prepositions))
          || tokens[j].is(.groupAdjectives) || tokens[j].is(.adverbs)
          || h == Words.heavily || tokens[j].kind == .number
      else { break }
      j -= 1
    }
    guard j >= range.lowerBound else { return true }
    let t = tokens[j]
    if t.is(.prepositions) { return false }
    if t.is(.auxiliaries) && !t.is(.reporting) { return false }
    if isTriggerToken(j) { return false }
    // ("He told Larijani that …": whom one tells is the object, "said Russia would …" opens a
    // clause, and "told the United States to close its consulate" makes it the closer.)
    if Words.tellForms.contains(t.hash), !infinitiveFollows(m.range.upperBound) { return false }
    if Verbs.looksLikeVerb(t, bytes), !t.is(.reporting) { return false }
    return true
  }

  /// Whether "to" follows at `k`, perhaps after a time ("told the United States on Friday to
  /// close"): within four words, before any comma or "that".
  func infinitiveFollows(_ k: Int) -> Bool {
    var j = k
    while j < min(range.upperBound, k + 5) {
      let h = tokens[j].hash
      if h == Words.to { return true }
      if h == Words.comma || h == Words.that { return false }
      j += 1
    }
    return false
  }

  /// The trigger's subject by the word rules: a passive's or a noun's "by" agent, a noun's
  /// possessor (or the clause's subject after a light verb), a verb's clause subject (shared
  /// with the verb before "and"), else the clause structure's.
  func clauseSubject(
    _ t: Trigger, _ p: EventPattern, _ reading: Reading, passive: Bool, _ readings: [Reading],
    quoteSpeaker: CodedActor?, _ context: ArticleContext
  ) -> Mention? {
    var subject: Mention?
    if p.sourceFrom {
      // ("drawing sharp condemnation from Turkey, the U.N. refugee agency and Washington")
      return listedMentions(from: skipDeterminers(t.span.upperBound))
    } else if p.sourceByAgent || passive {
      subject = agent(
        after: t.span.upperBound, within: passive ? 6 : 4,
        mediator: p.cameoCode.hasPrefix("045"))
      reading.sourceFromAgent = true
    } else if p.isNoun {
      subject = premodifier(t.span.lowerBound, quoteSpeaker: quoteSpeaker, context: context)
      if subject == nil {
        subject = agent(after: t.span.upperBound, within: 8)
        reading.sourceFromAgent = subject != nil
      }
      // The clause's subject is the noun's source for meetings ("stopped short of a
      // meeting") and after light verbs ("staged a protest"), not in "allowed a protest".
      if subject == nil, !hasBetween(t), p.isIntentOrConsult || lightVerbBefore(t.span.lowerBound) {
        subject = self.subject(
          before: t.span.lowerBound, quoteSpeaker: quoteSpeaker, context: context)
        reading.sourceFromClause = subject != nil
      }
      // "In a phone call with Wang Yi, Blinken said …": a meeting in the phrase the sentence
      // opens with is held by the main clause's subject.
      if subject == nil, p.isIntentOrConsult,
        let s = openingPhraseSubject(after: t) ?? openingClauseSubject(t, context)
      {
        subject = s
        reading.sourceFromClause = true
      }
    } else if let caused = causedSubject(t) {
      subject = caused
    } else {
      subject = self.subject(
        before: documentStart(before: t.span.lowerBound) ?? t.span.lowerBound,
        quoteSpeaker: quoteSpeaker, context: context)
      // The clause structure's subject, when the word rules found none.
      if subject == nil { subject = structureSubject(t) }
      // "After meeting Talon in Yokohama, Buhari said …": the main clause's subject.
      if subject == nil { subject = openingClauseSubject(t, context) }
      // "visited N'Djamena and held talks with …", "summoned the U.S. ambassador and warned
      // that …": a verb right after "and" shares the subject of the clause before, not its
      // object.
      if t.span.lowerBound > range.lowerBound + 1,
        tokens[t.span.lowerBound - 1].hash == Words.and,
        subject.map({
          !$0.isCoreference && !isSubjectLikeStart($0) && !afterSubordinator($0)
        }) ?? true
      {
        if let prev = readings.last(where: {
          !$0.pattern.isNoun && $0.subject != nil && !$0.sourceFromAgent
        }) {
          subject = prev.subject
        } else if let first = actors.first(where: {
          $0.range.upperBound < t.span.lowerBound && !$0.isModifier && !$0.isOccasion
            && isSubjectLikeStart($0)
        }) {
          subject = first
        }
      }
    }
    return subject
  }

  /// The actors listed from `k` on ("Turkey, the United Nations refugee agency and
  /// Washington"), as one mention: each member may end in up to two plain words the mention
  /// left out ("agency").
  func listedMentions(from k: Int) -> Mention? {
    guard var m = mention(startingAt: k) else { return nil }
    var j = m.range.upperBound
    while j < range.upperBound {
      var g = j
      while g < min(range.upperBound, j + 2), tokens[g].kind == .word, !tokens[g].isCapitalized,
        tokens[g].hash != Words.and, !Verbs.looksLikeVerb(tokens[g], bytes),
        !tokens[g].is(.prepositions)
      {
        g += 1
      }
      guard g < range.upperBound, tokens[g].hash == Words.comma || tokens[g].hash == Words.and
      else { break }
      g += 1
      if g < range.upperBound, tokens[g].hash == Words.and { g += 1 }
      guard let next = mention(startingAt: skipDeterminers(g)), !next.isOccasion else { break }
      for a in next.actors where !m.actors.contains(where: { $0.code == a.code }) {
        m.actors.append(a)
      }
      m.range = m.range.lowerBound..<next.range.upperBound
      j = next.range.upperBound
    }
    return m
  }
}
