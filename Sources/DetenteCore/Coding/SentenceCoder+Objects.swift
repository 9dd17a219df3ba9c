/// To whom: the rules that find a trigger's object, the noun phrase of a preposition and a
/// place, and the words that tell a noun from a verb.
extension SentenceCoder {
  /// The actor right after a verb: determiners, numbers and up to two plain words may stand
  /// before it ("expelled 23 British diplomats", "urged the Russian government").
  func object(
    after k: Int, allowPlaces: Bool, fallback: CodedActor? = nil, allowOf: Bool = false,
    reactionObject: Bool = false
  ) -> Mention? {
    var j = k
    var plain = 0
    // ('said it "rejects" India's decision': the quotation mark closing a quoted verb.)
    if j + 1 < range.upperBound, j > range.lowerBound, tokens[j].hash == Words.quote,
      tokens[j - 1].kind == .word
    {
      j += 1
    }
    // "warned that France would …": a clause follows, not an object.
    if j < range.upperBound, tokens[j].hash == Words.that { return nil }
    // "demanded that it stop": after the pattern's "that", "it" is the one asked.
    if j < range.upperBound, j > range.lowerBound, tokens[j - 1].hash == Words.that,
      tokens[j].hash == Words.it,
      let a = actors.last(where: {
        $0.range.upperBound <= j && !$0.isModifier && !$0.isOccasion && $0.primary.person == nil
      })?.primary
    {
      return Mention(range: j..<(j + 1), actors: [a], isCoreference: true)
    }
    // "arrested First Vice President Riek Machar": rank words before a title.
    while j < range.upperBound, tokens[j].is(.titleModifiers), !hasMention(startingAt: j) {
      j += 1
    }
    if let m = pronounObject(at: j, fallback: fallback) { return m }
    while j < range.upperBound {
      if let m = mention(startingAt: j) { return objectFrom(m) }
      let q = quantifierLength(at: j)
      if q > 0 {
        j += q
        continue
      }
      let t = tokens[j]
      // "a non-political representative": a hyphen inside a word.
      if t.hash == Words.hyphen, j > k, j + 1 < range.upperBound, tokens[j - 1].kind == .word,
        tokens[j + 1].kind == .word
      {
        j += 1
        continue
      }
      // "criticised the expansion of the alliance": the actor after a plain noun and "of",
      // for reactions only ("released a blacklist of officials" releases no one).
      // (For meetings and arrests, only a person noun: "a representative from Myanmar".)
      if allowOf, t.hash == Words.of || t.hash == Words.from, plain >= 1,
        j + 1 < range.upperBound,
        reactionObject || Words.personNouns.contains(tokens[j - 1].hash),
        let m = mention(startingAt: skipPremodifiers(j + 1)), !m.isOccasion,
        !m.isModifier || countryBeforeNoun(m)
      {
        return m
      }
      if t.kind == .punct || t.is(.prepositions) { return nil }
      // "accused neighbouring Eritrea", "freed two jailed Australians".
      if t.is(.determiners) || t.kind == .number || (t.is(.groupAdjectives) && !t.isCapitalized) {
        j += 1
        continue
      }
      // "spoke to Commission President Ursula von der Leyen": an unknown body's name before a
      // person's title.
      if t.kind == .word, t.isCapitalized, plain < 2, j + 1 < range.upperBound,
        let m = mention(startingAt: j + 1), m.primary.person != nil
      {
        plain += 1
        j += 1
        continue
      }
      // "a captured Indian pilot": a participle before the actor is an adjective.
      let participle =
        t.length > 4 && bytes[Int(t.end) - 2] == UInt8(ascii: "e")
        && bytes[Int(t.end) - 1] == UInt8(ascii: "d") && j + 1 < range.upperBound
        && hasMention(startingAt: j + 1)
      if t.kind == .word, !t.isCapitalized, plain < 2, !t.is(.auxiliaries),
        !Verbs.looksLikeVerb(t, bytes) || participle
      {
        plain += 1
        j += 1
        continue
      }
      return nil
    }
    return nil
  }

  /// The object a mention right after the verb gives: none for an occasion or for the owner
  /// of what is asked for ("demanded the pilot's return"); a country word with the role a word
  /// later ("Venezuelan political prisoners"), a flag state, the first of two joined country
  /// words, or a country before its noun.
  private func objectFrom(_ m: Mention) -> Mention? {
    if m.isOccasion { return nil }
    if m.isModifier {
      // "Venezuelan political prisoners": the country word and the role a word later.
      let n0 = m.range.upperBound
      if n0 + 1 < range.upperBound, tokens[n0].kind == .word, !tokens[n0].isCapitalized,
        let head = mention(startingAt: n0 + 1), head.countryFromStory, head.actors.count == 1
      {
        let role = head.primary.role
        return Mention(
          range: m.range.lowerBound..<head.range.upperBound,
          actors: [CodedActor(text: m.primary.text, code: m.primary.country + role)])
      }
      // "a British-flagged aid boat": the flag state stands for the ship.
      let n = m.range.upperBound
      if n + 1 < range.upperBound, tokens[n].hash == Words.hyphen,
        Words.flagWords.contains(tokens[n + 1].hash)
      {
        return m
      }
      // "the Greek-Turkish border": the first of two joined country words.
      if n + 1 < range.upperBound, tokens[n].hash == Words.hyphen,
        let second = mention(startingAt: n + 1), second.isModifier
      {
        return m
      }
      return countryBeforeNoun(m) ? m : nil
    }
    // "demanded the pilot's return": the one to be returned is not the one asked.
    let e = m.range.upperBound
    if e + 1 < range.upperBound, tokens[e].hash == Words.possessive,
      (e + 1..<min(range.upperBound, e + 4)).contains(where: {
        Words.requestedThings.contains(tokens[$0].hash)
      })
    {
      return nil
    }
    return m
  }

  /// An object pronoun at `j`: "it" before "of" or punctuation is the last organisation or
  /// country the clause acted on ("imposed sanctions on the court, accusing it of …"); "them"
  /// the last group or country that acted ("dispersed them"), else `fallback`.
  private func pronounObject(at j: Int, fallback: CodedActor?) -> Mention? {
    // "imposed sanctions on the court, accusing it of …": "it" as an object is the last
    // organisation or country the clause acted on.
    if j + 1 < range.upperBound, tokens[j].hash == Words.it,
      tokens[j + 1].hash == Words.of || tokens[j + 1].kind == .punct,
      let a = actors.last(where: {
        $0.range.upperBound <= j && !$0.isModifier && !$0.isOccasion && $0.primary.person == nil
          && !isSubjectLike($0)
      })?.primary
    {
      return Mention(range: j..<(j + 1), actors: [a], isCoreference: true)
    }
    // "dispersed them": the object pronoun stands for the last group or country that acted.
    if j < range.upperBound, tokens[j].is(.objectPronouns),
      let a = objectPronounActors(tokens[j].hash, before: j) ?? fallback.map({ [$0] })
    {
      return Mention(range: j..<(j + 1), actors: a, isCoreference: true)
    }
    return nil
  }

  /// The length of a quantifier phrase at `j` ("at least", "more than", "thousands of",
  /// "nearly" before a number), or 0.
  func quantifierLength(at j: Int) -> Int {
    guard j + 1 < range.upperBound else { return 0 }
    let a = tokens[j].hash
    let b = tokens[j + 1].hash
    if let second = Words.quantifierPairs[a], second == b { return 2 }
    if Words.approximators.contains(a), tokens[j + 1].kind == .number { return 1 }
    return 0
  }

  /// A light verb ("held", "staged", "launched") within three words before a noun trigger,
  /// with only determiners and adjectives between.
  func lightVerbBefore(_ k: Int) -> Bool {
    var j = k - 1
    var steps = 0
    while j >= range.lowerBound, steps < 5 {
      let t = tokens[j]
      if t.is(.lightVerbs) { return true }
      // "a 50 billion euro aid package": amounts do not count.
      if t.kind == .number || t.is(.quantities) || t.is(.currencies) {
        j -= 1
        continue
      }
      if t.kind == .punct || isTriggerToken(j) || hasMention(endingAt: j) { return false }
      if Verbs.looksLikeVerb(t, bytes) { return false }
      j -= 1
      steps += 1
    }
    return false
  }

  /// "boycott Australian goods": a country word before a plain noun stands for the country;
  /// before another actor it is part of that actor and not the object.
  func countryBeforeNoun(_ m: Mention) -> Bool {
    let n = m.range.upperBound
    return n < range.upperBound && tokens[n].kind == .word && !tokens[n].isCapitalized
      && !hasMention(startingAt: n) && !tokens[n].is(.prepositions)
      && !isTriggerToken(n) && !tokens[n].is(.gatherings)
      && m.placeIndex < 0
  }

  /// `objectPronoun`, but "them" after actors named together in this sentence is all of them
  /// ("up to Sofia and Skopje to settle their differences, and he urged them").
  func objectPronounActors(_ h: UInt64, before j: Int) -> [CodedActor]? {
    if h == Self.themWord,
      let named = actors.last(where: {
        $0.range.upperBound <= j && $0.actors.count >= 2 && !$0.isModifier && !$0.isOccasion
      })
    {
      return named.actors
    }
    return objectPronoun(h, before: j).map { [$0] }
  }

  static let themWord = TokenHash.of("them")

  /// "them", "him", "her": the last actor of this sentence or, failing that, the last subject.
  func objectPronoun(_ h: UInt64, before j: Int) -> CodedActor? {
    let earlier = actors.filter { $0.range.upperBound <= j && !$0.isModifier && !$0.isOccasion }
    if h == Words.him || h == Words.her {
      // ("to speak with her Saudi counterpart": "her" before a noun is a possessive.)
      if h == Words.her, j + 1 < range.upperBound, tokens[j + 1].kind == .word,
        !tokens[j + 1].is(.prepositions), tokens[j + 1].hash != Words.to,
        tokens[j + 1].hash != Words.that
      {
        return nil
      }
      // Someone other than the clause's subject: named before in this sentence, else last in
      // the story.
      let other = { (a: CodedActor) in a.person != nil && a.person != self.clauseSubjectPerson }
      return earlier.last(where: { $0.actors.count == 1 && other($0.primary) })?.primary
        ?? storyPeople.last(where: { other($0.actor) })?.actor
    }
    // "police dispersed them": not the subject of the verb itself.
    return earlier.dropLast().last(where: { $0.primary.person == nil && isSubjectLike($0) })?
      .primary
  }

  /// Whether a determiner stands before `k`, with at most two adjectives or nouns between.
  func afterDeterminer(_ k: Int) -> Bool {
    // ("Xi in turn praised …": a two-word adverb, not "in" and a noun's adjective.)
    if k - 2 >= range.lowerBound, ClauseWords.adverbPairs[tokens[k - 2].hash] == tokens[k - 1].hash
    {
      return false
    }
    // "Erdogan at the summit accused Israel": a past form right after a plain noun is that
    // noun phrase's verb (or its clause's), not a noun the determiner reaches.
    // (Not a shortened relative clause: "the migrants expelled from Greece", "the tanker
    // seized by Iran", "the treatment of the refugees deported …".)
    if k - 3 >= range.lowerBound, isPastVerbForm(k), tokens[k - 1].kind == .word,
      !tokens[k - 1].isCapitalized, !tokens[k - 1].is(.groupAdjectives),
      !Verbs.looksLikeVerb(tokens[k - 1], bytes), tokens[k - 2].is(.nounDeterminers),
      tokens[k - 3].hash != Words.of,
      k + 1 >= range.upperBound || !Words.reducedRelativeAfter.contains(tokens[k + 1].hash)
    {
      return false
    }
    var j = k - 1
    var steps = 0
    while j >= range.lowerBound, steps <= 2 {
      let t = tokens[j]
      // a "heinous attack": quotation marks do not count.
      if t.hash == Words.quote {
        j -= 1
        continue
      }
      if let m = mention(endingAt: j) {
        // "after Israeli and U.S. strikes": country words after a preposition name the act.
        var b = m.range.lowerBound - 1
        while b >= range.lowerBound,
          tokens[b].hash == Words.and || tokens[b].hash == Words.comma
            || mention(endingAt: b)?.isModifier == true
        {
          b = (mention(endingAt: b)?.range.lowerBound ?? b) - 1
        }
        if b >= range.lowerBound, tokens[b].is(.prepositions),
          tokens[b].hash != Words.to, tokens[k].length > 3,
          bytes[Int(tokens[k].end) - 1] == UInt8(ascii: "s")
        {
          return true
        }
        // "Iran's reckless missile strikes": a possessive phrase ending in a plain noun right
        // before a plural makes it a noun (not a verb: "Brazil's minister took a swipe").
        if j == k - 1, !tokens[j].isCapitalized, tokens[k].length > 3,
          bytes[Int(tokens[k].end) - 1] == UInt8(ascii: "s"),
          m.range.contains(where: { tokens[$0].hash == Words.possessive })
        {
          return true
        }
        // "The leaders last saw …": an actor before the verb is its subject.
        guard m.isModifier else { return false }
        j = m.range.lowerBound - 1
        steps += 1
        continue
      }
      if t.is(.nounDeterminers) { return true }
      // "Iran's reckless missile strikes": a possessive determines a noun too (not a past
      // tense: "Khan's party attacked").
      if t.hash == Words.possessive { return !isPastForm(k) }
      // "in dawn raids", "during air strikes": after a preposition other than "to", unless
      // the word is a gerund ("by banning").
      if t.is(.prepositions), t.hash != Words.to {
        return !isGerund(k)
      }
      guard t.kind == .word, !t.isCapitalized || t.is(.groupAdjectives),
        !t.is(.auxiliaries), !t.is(.prepositions),
        !Verbs.looksLikeVerb(t, bytes) || t.is(.groupAdjectives),
        !t.is(.adverbs), !t.is(.conjunctions),
        !t.is(.coordinators), !t.is(.relativePronouns)
      else { return false }
      j -= 1
      steps += 1
    }
    return false
  }

  /// Whether a verb trigger is what an earlier appeal, demand or threat in the sentence asks
  /// for: "to" or "that" stands before it and the request is at most twelve words back.
  func isComplement(_ t: Trigger, of readings: [Reading]) -> Bool {
    guard
      let request = readings.last(where: {
        let root = $0.pattern.root
        return
          (root == 2 || root == 10 || root == 13 || root == 11 || root == 12
          || root == 5 || root == 14 || root == 1)
          && $0.trigger.span.upperBound <= t.span.lowerBound
          && t.span.lowerBound - $0.trigger.span.upperBound <= 16
      })
    else { return false }
    // "accused Indian troops of crossing the border and attacking …": what an accusation
    // charges is its content too.
    let accusation = request.pattern.root == 11
    // "thanked China for lifting tariffs": what is praised is the content of the praise.
    if request.pattern.root == 5 {
      var j = t.span.lowerBound - 1
      while j >= request.trigger.span.upperBound, tokens[j].kind != .punct {
        if tokens[j].hash == Words.forWord { return true }
        // "thanked Ishiba for … and said he hoped to visit": a report of its own.
        if tokens[j].is(.reporting) { return false }
        j -= 1
      }
      return false
    }
    var j = t.span.lowerBound - 1
    // The request's own last word counts: "denied that", "urged … to".
    while j >= request.trigger.span.upperBound - 1 {
      let h = tokens[j].hash
      // A refusal keeps what is refused as a negated event ("refused to meet"); only what a
      // rejection says is false ("rejected the allegation that …") is its content.
      let refusal = request.pattern.root == 12
      // ("accused a U.S. delegation that visited Niamey": "that" after an actor opens a
      // relative clause, which reports an event of its own.)
      if h == Words.that, j > range.lowerBound, hasMention(endingAt: j - 1) {
        return false
      }
      // ("… saying the drone had violated its airspace, and announced on Monday that it was
      // recalling …": the "that" of a new report.)
      let requestEnd = request.trigger.span.upperBound
      if h == Words.that, j > requestEnd,
        (max(requestEnd, j - 4)..<j).contains(where: { tokens[$0].is(.reporting) })
      {
        return false
      }
      if h == Words.that
        || (!refusal && (accusation ? h == Words.of : h == Words.to))
      {
        return true
      }
      // "… and said it was recalling": a new report, not the content of the request.
      if tokens[j].is(.reporting) { return false }
      // "accused Beijing of delaying … during a visit to Lusaka": an adjunct of time.
      if h == Words.during || h == Words.whileWord { return false }
      // "accused Azerbaijan of … and called on the UN": a verb of its own.
      if h == Words.and, j == t.span.lowerBound - 1 {
        // "… and attacking Chinese soldiers" continues the charge; "… and called on" does not;
        // "called on Tehran to halt the execution and free Akbari": a bare verb after "to …
        // and" continues what is asked for.
        if !isGerund(t.span.lowerBound), accusation || !isBareVerb(t.span.lowerBound) {
          return false
        }
      }
      if tokens[j].kind == .punct { return false }
      if isTriggerToken(j) { return false }
      j -= 1
    }
    return false
  }

  /// Whether the word at `k` has the form of a bare verb: not "-ed", "-s" or a common
  /// irregular past ("free", "lift"; not "freed", "lifts", "met").
  func isBareVerb(_ k: Int) -> Bool {
    let w = tokens[k]
    guard w.kind == .word, !w.isCapitalized, w.length > 2,
      !ClauseWords.irregularPasts.contains(w.hash)
    else { return false }
    let e = Int(w.end)
    if bytes[e - 1] == UInt8(ascii: "s") { return false }
    return !(bytes[e - 2] == UInt8(ascii: "e") && bytes[e - 1] == UInt8(ascii: "d"))
  }

  /// Skips determiners, quantifiers and compass adjectives ("southern Israel").
  func skipPremodifiers(_ k: Int) -> Int {
    var j = k
    while j < range.upperBound {
      // "the Russia-led bloc": a hyphenated country modifier.
      if let m = mention(startingAt: j), m.isModifier, m.range.upperBound + 1 < range.upperBound,
        tokens[m.range.upperBound].hash == Words.hyphen
      {
        j = m.range.upperBound + 2
        continue
      }
      let q = quantifierLength(at: j)
      if q > 0 {
        j += q
      } else if j + 3 < range.upperBound, isHyphenCompound(at: j), hasMention(startingAt: j + 3) {
        // "war-torn Myanmar"
        j += 3
      } else if tokens[j].is(.determiners)
        || (tokens[j].is(.titleModifiers) && !tokens[j].isCapitalized)
        || (tokens[j].is(.compass) && !tokens[j].isCapitalized)
        || tokens[j].is(.groupAdjectives)
        || tokens[j].kind == .number
      {
        j += 1
      } else {
        break
      }
    }
    return j
  }

  func afterPreposition(_ h: UInt64, from k: Int, window: Int) -> Mention? {
    // A pattern may end with its preposition: "taken up by".
    var j = k > range.lowerBound && tokens[k - 1].hash == h ? k - 1 : k
    let limit = min(range.upperBound, k + window)
    while j < limit {
      let t = tokens[j]
      if t.hash == Words.semicolon || (t.kind == .punct && t.hash == Words.period) {
        return nil
      }
      if j > k, isTriggerToken(j),
        !triggers.contains(where: { $0.span.contains(k - 1) && $0.span.contains(j) })
      {
        return nil
      }
      if t.hash == h {
        // "of the two countries' ministers": a reference that begins with its determiner.
        if let m = mention(startingAt: j + 1), m.isCoreference, m.actors.count >= 2 { return m }
        // "strikes on Iranian nuclear sites": the country word before the noun.
        if let m = mention(startingAt: j + 1), m.isModifier, !m.isOccasion, countryBeforeNoun(m) {
          return m
        }
        var s = skipPremodifiers(j + 1)
        // "on imports of Australian barley", "with the breakaway region of Somaliland": one or
        // two plain nouns and "of" or "from" before the actor.
        for width in [1, 2, 3]
        where !hasMention(startingAt: s) && s + width + 1 < range.upperBound {
          let words = (s..<(s + width)).allSatisfy {
            tokens[$0].kind == .word && !tokens[$0].isCapitalized && !hasMention(startingAt: $0)
          }
          let link = tokens[s + width].hash
          if words, link == Words.of || link == Words.from {
            s = skipPremodifiers(s + width + 1)
            break
          }
        }
        if let m = mention(startingAt: s), !m.isOccasion {
          if m.isModifier, countryBeforeNoun(m) { return m }
          if m.isModifier {
            // "to the U.S.-Russian summit" is not a target; a modifier before a role is part of a chunk already.
            return nil
          }
          return m
        }
      }
      j += 1
    }
    return nil
  }

  /// The target after the rules that correct or supply it: the clause structure's argument
  /// when the slots found none, a passive's subject, a role owned by "its", not the speaker,
  /// a titled stranger of the other country, a participle's pronoun, an organisation only
  /// where the pattern wants one, the noun a relative pronoun stands for.
  func refineTarget(
    _ found: Mention?, _ t: Trigger, _ p: EventPattern, _ reading: Reading, passive: Bool,
    subject: Mention?, _ readings: [Reading], speaker: Mention?, quoteSpeaker: CodedActor?,
    _ context: ArticleContext
  ) -> Mention? {
    var targetMention = found
    // "Thailand deported …, drawing condemnation from Turkey": the clause's subject is the
    // target of the reaction the pattern names.
    if p.sourceFrom {
      return self.subject(before: t.span.lowerBound, quoteSpeaker: quoteSpeaker, context: context)
    }
    // The clause structure's argument in the pattern's slot, when the rules above found none.
    // (Not another side of the source's own country: the word rules decline those for
    // reasons of their own — "the army had been deployed to support the police".)
    if targetMention == nil, !passive, let m = structureTarget(t, p),
      !m.actors.contains(where: { a in reading.sources.contains { $0.country == a.country } })
    {
      targetMention = m
    }
    if passive, !p.sourceByAgent, p.slots.contains(.object) {
      // "Y was attacked by X": the subject is the target; "schoolgirls kidnapped by X": the
      // noun the participle follows.
      if let head = mention(endingAt: t.span.lowerBound - 1), !head.isModifier {
        targetMention = head
      } else {
        targetMention = self.subject(
          before: t.span.lowerBound, quoteSpeaker: quoteSpeaker, context: context)
      }
      if reading.sources.isEmpty, let tm = targetMention, !tm.isCoreference {
        (reading.sources, reading.sourceRule) = agentlessSource(t, p, target: tm, context)
      }
    }
    // "a strike on its consulate": a role the story supplied, owned by "its", belongs to
    // the sentence's first subject ("Iran launched … in retaliation for a strike on its
    // consulate").
    if let tm = targetMention, tm.countryFromStory, tm.actors.count == 1,
      tm.range.lowerBound > range.lowerBound,
      tokens[tm.range.lowerBound - 1].is(.possessiveDeterminers),
      let owner = readings.first?.sources.first, !owner.country.isOrganisation,
      owner.country != reading.sources.first?.country
    {
      targetMention = Mention(
        range: tm.range,
        actors: [CodedActor(text: tm.primary.text, code: owner.country + tm.primary.role)],
        isCoreference: true)
    }
    if let tm = targetMention, tm.range == speaker?.range { targetMention = nil }
    // "Xi met Prime Minister Pham Minh Chinh": a titled stranger whose country the story
    // supplied is not of the visitor's country.
    if let tm = targetMention, tm.countryFromStory, tm.actors.count == 1,
      tm.primary.person != nil, let first = reading.sources.first,
      tm.primary.country == first.country,
      let other = context.home(excluding: [first.country])
    {
      var a = tm.primary
      a = CodedActor(text: a.text, code: other + a.role, person: a.person)
      targetMention = Mention(range: tm.range, actors: [a], countryFromStory: true)
    }
    // "imposed sanctions on X, accusing them of …": the participle's pronoun is the main
    // clause's object.
    if let tm = targetMention, tm.isCoreference, tm.range.count == 1,
      tokens[tm.range.lowerBound].is(.objectPronouns)
        || tokens[tm.range.lowerBound].hash == Words.it,
      t.span.lowerBound > range.lowerBound, tokens[t.span.lowerBound - 1].hash == Words.comma,
      isGerund(t.span.lowerBound),
      let prev = readings.last(where: { !$0.targets.isEmpty && !$0.pattern.isNoun })
    {
      targetMention = Mention(range: tm.range, actors: prev.targets, isCoreference: true)
    }
    if p.targetsOrganisation, let tm = targetMention,
      !tm.actors.allSatisfy({ $0.country.isOrganisation })
    {
      targetMention = nil
    }
    // "Iran, which Washington accuses of …": the relative pronoun is the object.
    if targetMention == nil, !p.isNoun, let s = subject, !s.isCoreference,
      s.range.lowerBound > range.lowerBound + 1,
      tokens[s.range.lowerBound - 1].hash == Words.which
        || tokens[s.range.lowerBound - 1].hash == Words.whom
    {
      var a = s.range.lowerBound - 2
      if tokens[a].hash == Words.comma, a > range.lowerBound { a -= 1 }
      if let m = mention(endingAt: a), !m.isOccasion {
        targetMention = m
      }
    }
    return targetMention
  }
}
