/// Acts referred to by a noun after the trigger ("condemned the launch"), named with their
/// owner ("Beijing's retaliatory action", "a decision by Mali's military"), or before a
/// relative clause ("an accusation Beijing rejected").
extension SentenceCoder {
  /// The code prefixes an act noun right after the trigger, or at the start of its gap, can refer to:
  /// "condemned the launch", "called the measures a violation".
  func referredAct(_ t: Trigger) -> [Code]? {
    for start in [t.span.upperBound] + t.gaps.map(\.lowerBound) {
      var j = start
      // "Iran called it an act of piracy": "it" is the act just reported.
      if j < range.upperBound, tokens[j].hash == Words.it, j + 1 < range.upperBound,
        tokens[j + 1].is(.articleWords) || tokens[j + 1].kind == .punct
      {
        return ["16", "17", "18", "19", "20"]
      }
      // "condemned what he called an outrageous attack": the act as the speaker names it.
      let named = isWhatTheyCalled(j)
      if named { j += 3 }
      guard j < range.upperBound,
        Words.actDeterminers.contains(tokens[j].hash)
          || (named && Words.indefinite.contains(tokens[j].hash))
      else { continue }
      j += 1
      // ("the Russian strikes", "an outrageous attack", "the reckless Russian incursion")
      var k = j
      var steps = 0
      while k < range.upperBound, steps < 3, Words.actNouns[tokens[k].hash] == nil {
        if let m = mention(startingAt: k), m.isModifier {
          k = m.range.upperBound
        } else if Words.actAdjectives.contains(tokens[k].hash)
          || (named && tokens[k].kind == .word && !tokens[k].isCapitalized
            && !tokens[k].is(.prepositions))
        {
          k += 1
        } else {
          break
        }
        steps += 1
      }
      if k < range.upperBound, let roots = Words.actNouns[tokens[k].hash] { return roots }
      if j < range.upperBound, mention(startingAt: j)?.isModifier == true {
        j = mention(startingAt: j)!.range.upperBound
      }
      // "called the agreement null and void": only criticism or rejection of an agreement.
      let root = lexicon.patterns[t.pattern].root
      if j < range.upperBound, Words.agreementNouns.contains(tokens[j].hash),
        root == 11 || root == 12
      {
        return ["057", "06", "07"]
      }
    }
    return nil
  }

  /// The owner of an act named with a possessive right after the trigger: "condemned what he
  /// called Beijing's retaliatory action", "called the Commission's initial move an act of
  /// hostility", "supported Nicaragua's sovereign decision".
  func actOwner(_ t: Trigger) -> Mention? {
    for start in [t.span.upperBound] + t.gaps.map(\.lowerBound) {
      var j = start
      if isWhatTheyCalled(j) { j += 3 }
      // "condemned as extreme a decision by Mali's military": the act's doer after "by".
      if let byOwner = actByAgent(from: j) { return byOwner }
      // "welcomed the agreement between Bahrain and Qatar": the parties the act is between.
      if let parties = actBetween(from: j) { return parties }
      if j < range.upperBound, tokens[j].hash == Words.the { j += 1 }
      guard let owner = mention(startingAt: j), !owner.isOccasion,
        owner.range.upperBound + 1 < range.upperBound,
        tokens[owner.range.upperBound].hash == Words.possessive
      else { continue }
      if actNoun(from: owner.range.upperBound + 1, throughPrepositions: false) != nil {
        return owner
      }
    }
    return nil
  }

  /// The code prefixes of an act named right before a relative clause whose subject starts at
  /// `s`: "a move Kishida called extremely unfair", "an offer Fico had turned down", "the
  /// deportations, which Rubio condemned".
  func relativeAct(before s: Int) -> [Code]? {
    var k = s - 1
    if k > range.lowerBound, tokens[k].hash == Words.which || tokens[k].hash == Words.that {
      k -= 1
      if k > range.lowerBound, tokens[k].hash == Words.comma { k -= 1 }
    }
    guard k > range.lowerBound, let roots = Words.actNouns[tokens[k].hash] else { return nil }
    return roots
  }

  /// The doer named after "by" in an act phrase starting at `j`, passing over an "as …"
  /// qualifier: "(condemned) as extreme a decision by Mali's military", "the expulsion by
  /// Ottawa".
  func actByAgent(from j: Int) -> Mention? {
    var k = j
    if k < range.upperBound, tokens[k].hash == Words.asWord {
      while k < range.upperBound, k - j < 6, !tokens[k].is(.articleWords) { k += 1 }
    }
    guard k < range.upperBound, tokens[k].is(.articleWords),
      let noun = actNoun(from: k + 1, throughPrepositions: true)
    else { return nil }
    k = noun
    guard k + 2 < range.upperBound, tokens[k + 1].hash == Words.by,
      let m = mention(startingAt: skipPremodifiers(k + 2)),
      !m.isOccasion, !m.isModifier || tokens[m.range.upperBound].hash == Words.possessive
    else { return nil }
    // "by Mali's military": the owner's role noun after the possessive.
    if m.range.upperBound + 1 < range.upperBound,
      tokens[m.range.upperBound].hash == Words.possessive,
      let owned = mention(startingAt: m.range.upperBound + 1), !owned.isOccasion
    {
      return owned
    }
    return m
  }

  /// The parties named after "between" in an act phrase starting at `j`: "the agreement
  /// between Bahrain and Qatar", "the talks between Serbia and Kosovo".
  func actBetween(from j: Int) -> Mention? {
    guard j < range.upperBound, tokens[j].is(.articleWords) else { return nil }
    // (The noun after up to three lower-case words: "the landmark peace deal between".)
    var noun = j + 1
    while noun < min(range.upperBound, j + 4), tokens[noun].kind == .word,
      !tokens[noun].isCapitalized, !Words.betweenNouns.contains(tokens[noun].hash),
      Words.actNouns[tokens[noun].hash] == nil
    { noun += 1 }
    guard noun + 2 < range.upperBound,
      Words.betweenNouns.contains(tokens[noun].hash) || Words.actNouns[tokens[noun].hash] != nil,
      tokens[noun + 1].hash == Words.between,
      let parties = listedMentions(from: skipPremodifiers(noun + 2)), parties.actors.count >= 2,
      !parties.isOccasion
    else { return nil }
    return parties
  }

  /// The act noun at `k` or after up to three lower-case words ("retaliatory", "initial"),
  /// through prepositions or not: its index, or `nil`.
  func actNoun(from k: Int, throughPrepositions: Bool) -> Int? {
    var k = k
    var steps = 0
    while k < range.upperBound, steps < 3, Words.actNouns[tokens[k].hash] == nil,
      tokens[k].kind == .word, !tokens[k].isCapitalized,
      throughPrepositions || !tokens[k].is(.prepositions)
    {
      k += 1
      steps += 1
    }
    return k < range.upperBound && Words.actNouns[tokens[k].hash] != nil ? k : nil
  }

  /// Whether "what he called" (she, they, it; described, termed) starts at `j`.
  func isWhatTheyCalled(_ j: Int) -> Bool {
    j + 2 < range.upperBound && tokens[j].hash == Words.what
      && ClauseReader.subjectPronouns.contains(tokens[j + 1].hash)
      && Words.namingVerbs.contains(tokens[j + 2].hash)
  }

  /// "China demanded an apology from Japan. Japan flatly refused.": criticism or a refusal
  /// with no target, right after a sentence in which another country acted on the source,
  /// answers that country.
  func replyTarget(_ p: EventPattern, _ reading: Reading, _ context: ArticleContext) {
    // (Not an accusation, which says what was done, nor a denial of one.)
    guard reading.targets.isEmpty, p.cameo == "111" || p.cameo == "114" || p.cameo == "120",
      !p.id.hasPrefix("deny"),
      let first = reading.sources.first, !first.country.isEmpty,
      // (Not an opposition or a crowd, whose criticism is mostly of their own government.)
      first.role != .opposition, first.role != .civilians,
      context.lastNotedActs.sentence == context.sentenceCount - 1,
      // (Not when the words after it name another side: "rejected an offer from the EU".)
      !actors.contains(where: { m in
        m.range.lowerBound >= reading.trigger.span.upperBound && !m.isOccasion
          && m.actors.contains { !$0.country.isEmpty && $0.country != first.country }
      })
    else { return }
    let acts = context.recentActs[context.lastNotedActs.start...]
    guard
      let act = acts.last(where: {
        $0.source.country != first.country && $0.target?.country == first.country
          && !$0.source.country.isEmpty
      })
    else { return }
    reading.targets = [CodedActor(text: ref(reading.trigger.span), code: act.source.code)]
    reading.inheritedTarget = true
  }

  /// "Protesters took to the streets": people protest against their own government (or the
  /// story's country when they protest against something; no one outside a mission).
  func protestTarget(
    _ t: Trigger, _ p: EventPattern, _ reading: Reading, _ context: ArticleContext
  ) {
    guard reading.targets.isEmpty, p.root == 14, let first = reading.sources.first,
      first.role == .civilians || first.role == .opposition, !first.country.isOrganisation
    else { return }
    // ("rallied in Seoul against the discharge": what they protest against is another
    // country's act, the story's.)
    let after = t.span.upperBound..<min(t.span.upperBound + 6, range.upperBound)
    let against = after.contains { tokens[$0].hash == Words.against }
    // ("rallied outside the embassy": a foreign mission, not their government.)
    let mission = after.contains { Words.missionNouns.contains(tokens[$0].hash) }
    if mission {
      // (No target: whose mission it is, the sentence does not say.)
    } else if !against {
      reading.targets = [CodedActor(text: ref(t.span), code: first.country + .government)]
    } else if let home = context.home(excluding: [first.country]) {
      reading.targets = [CodedActor(text: ref(t.span), code: home)]
    }
    reading.inheritedTarget = true
  }
}
