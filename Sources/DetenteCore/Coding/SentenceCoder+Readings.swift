/// The named rules a trigger's reading goes through in `SentenceCoder.code`, one function each.
extension SentenceCoder {
  /// Whether trigger `t` carries no event of its own here: the named rules that drop a
  /// trigger before it is read (an occasion, a word inside an earlier trigger, a particle, a
  /// name, a participle describing people, a noun after a determiner, a dated reference, the
  /// content of an appeal).
  func isSkipped(_ t: Trigger, _ p: EventPattern, _ readings: [Reading]) -> Bool {
    // "the G20 summit": a gathering named by its organisation is an occasion, not an event.
    if p.isNoun, occasionBefore(t.span.lowerBound) { return true }
    // "stop supplying weapons": a trigger that starts inside an earlier one is part of it.
    if readings.contains(where: {
      $0.trigger.span.contains(t.span.lowerBound) && $0.trigger.span != t.span
        && $0.trigger.span.lowerBound < t.span.lowerBound
    }) {
      return true
    }
    // "recalled their ambassadors for consultations": talks the envoys hold at home, not a
    // meeting of the countries that recalled them ("for consultations with Wang Yi" is one).
    if p.isNoun, t.span.count == 1, tokens[t.span.lowerBound].hash == Words.consultations,
      t.span.lowerBound > range.lowerBound,
      tokens[t.span.lowerBound - 1].hash == Words.forWord,
      t.span.upperBound >= range.upperBound
        || (tokens[t.span.upperBound].hash != Words.withWord
          && tokens[t.span.upperBound].hash != Words.between)
    {
      return true
    }
    // "threw out the British ambassador's complaint": a verb pattern ending in a noun that is
    // the possessor of the real object matches no event.
    if !p.isNoun, t.span.count > 1, t.span.upperBound < range.upperBound,
      tokens[t.span.upperBound].hash == Words.possessive
    {
      return true
    }
    // "turn back asylum seekers", "push them back", "safely back in Caracas": "back" after a
    // verb or an object, or before a place, is a particle or an adverb.
    if !p.isNoun, t.span.lowerBound > range.lowerBound,
      tokens[t.span.lowerBound].hash == Words.back
    {
      let before = tokens[t.span.lowerBound - 1]
      let after = t.span.lowerBound + 1 < range.upperBound ? tokens[t.span.lowerBound + 1] : nil
      if Words.phrasalVerbs.contains(before.hash) || before.is(.objectPronouns)
        || before.hash == Words.it || before.kind != .word
        || after.map({ $0.is(.prepositions) || $0.kind == .punct }) ?? true
      {
        return true
      }
    }
    // "an Iran-backed militia", "Saudi-led strikes": a verb after a hyphen makes a modifier.
    if !p.isNoun, t.span.lowerBound > range.lowerBound,
      tokens[t.span.lowerBound - 1].hash == Words.hyphen
    {
      return true
    }
    // "in March": a capitalized word inside a sentence is a name, not a verb.
    if !p.isNoun, t.span.lowerBound > range.lowerBound, tokens[t.span.lowerBound].isCapitalized,
      tokens[t.span.lowerBound - 1].kind != .punct
    {
      return true
    }
    // "to accept deported migrants": a participle after a verb describes the people after it.
    if !p.isNoun, t.span.count == 1, t.span.lowerBound > range.lowerBound,
      t.span.upperBound < range.upperBound,
      !tokens[t.span.upperBound].is(.determiners),
      tokens[t.span.upperBound].is(.personPlural)
        || isRoleWord(t.span.upperBound),
      // (not a plural subject: "The three juntas accused …", "gunmen ambushed police")
      bytes[Int(tokens[t.span.lowerBound - 1].end) - 1] != UInt8(ascii: "s"),
      !hasMention(endingAt: t.span.lowerBound - 1),
      tokens[t.span.lowerBound - 1].kind == .word, !tokens[t.span.lowerBound - 1].isCapitalized,
      !tokens[t.span.lowerBound - 1].is(.determiners),
      !tokens[t.span.lowerBound - 1].is(.prepositions),
      !tokens[t.span.lowerBound - 1].is(.conjunctions),
      !tokens[t.span.lowerBound - 1].is(.coordinators),
      !tokens[t.span.lowerBound - 1].is(.adverbs),
      !tokens[t.span.lowerBound - 1].is(.auxiliaries),
      !tokens[t.span.lowerBound - 1].is(.reporting),
      isPastForm(t.span.lowerBound)
    {
      return true
    }
    // "pledged up to 6 million pounds": a currency after an amount, not a bombardment.
    if !p.isNoun, t.span.lowerBound > range.lowerBound, tokens[t.span.lowerBound].is(.currencies),
      tokens[t.span.lowerBound - 1].kind == .number || tokens[t.span.lowerBound - 1].is(.currencies)
    {
      return true
    }
    // "allowed a protest", "a suspected Israeli strike", "a video call": a verb pattern's
    // word after a determiner (and adjectives) is a noun here.
    // ("an executive order halting aid": a participle after a document is a verb.)
    if !p.isNoun, afterDeterminer(t.span.lowerBound),
      documentStart(before: t.span.lowerBound) == nil
    {
      return true
    }
    // "a 1965 treaty": a dated noun names an earlier event the story only refers to.
    if p.isNoun, yearBefore(t.span.lowerBound) { return true }
    // "urged Riyadh to release …", "demanded that Washington lift …": what is asked for is
    // the content of the appeal or demand, not an event of its own.
    if isComplement(t, of: readings) { return true }
    return false
  }

  /// The target the pattern's slots name, tried in order: the object, a mention in the
  /// pattern's gap, a place, the noun phrase of a preposition ("talks with X", "between X and
  /// Y": the first side becomes the source). Also sets the reading's target place, and its
  /// sources for "between".
  func slotTarget(
    _ t: Trigger, _ p: EventPattern, _ reading: Reading, _ context: ArticleContext
  ) -> (mention: Mention?, fromBetween: Bool) {
    var targetMention: Mention?
    var targetFromBetween = false
    for slot in p.slots {
      switch slot {
      case .object:
        targetMention = object(
          after: t.span.upperBound, allowPlaces: true,
          fallback: context.recentSubjects.last { $0.person == nil },
          allowOf: Self.ofObjectCodes.contains { p.cameoCode.hasPrefix($0) },
          reactionObject: Words.actObjectPrefixes.contains { p.cameoCode.hasPrefix($0) })
      case .inGap:
        // "urged him to use his influence": an object pronoun at the start of the gap.
        if let g = t.gaps.first, g.lowerBound < g.upperBound,
          tokens[g.lowerBound].is(.objectPronouns),
          let a = objectPronounActors(tokens[g.lowerBound].hash, before: g.lowerBound)
        {
          targetMention = Mention(
            range: g.lowerBound..<(g.lowerBound + 1), actors: a, isCoreference: true)
          break
        }
        // ("condemned the firing on Pakistani territory as unprovoked": a country word before
        // its ground names where, not whom.)
        let all = actors.filter { !($0.isModifier && isGroundNoun(after: $0)) }
        let found = t.gaps.compactMap { g in
          all.first { g.contains($0.range.lowerBound) && !$0.isOccasion }
        }
        // ("told reporters that Pakistan had violated …": whom the speaker told is not the
        // one the clause after "that" is about.)
        let told =
          found.count >= 2
          && (found[0].range.upperBound..<found[1].range.lowerBound).contains {
            tokens[$0].hash == Words.that
          }
        targetMention = told ? found[1] : found.first
      case .place:
        targetMention = placeTarget(t, reading)
      case .preposition(let h, let word):
        // ("shocked by the scenes at parliament": a pattern that ends with one of its slots'
        // prepositions takes its target after the one it ended with.)
        if case .words(let last) = p.elements.last!, last.contains(h),
          tokens[t.span.upperBound - 1].hash != h
        {
          continue
        }
        if let m = afterPreposition(h, from: t.span.upperBound, window: word == "by" ? 12 : 10) {
          if word == "between" { targetFromBetween = true }
          // ("a meeting of the two countries' ministers": the sides after "of".)
          if word == "between" || (word == "of" && p.isNoun && p.symmetric), m.actors.count >= 2,
            p.isNoun || reading.sources.isEmpty
          {
            reading.sources = [m.actors[0]]
            targetMention = Mention(range: m.range, actors: Array(m.actors.dropFirst()))
          } else {
            // "with Eritrea's Isaias Afwerki": the one the country's name owns.
            var m = m
            if m.range.upperBound + 1 < range.upperBound,
              tokens[m.range.upperBound].hash == Words.possessive,
              let owned = mention(startingAt: m.range.upperBound + 1), !owned.isModifier,
              !owned.isOccasion, owned.actors.count == 1,
              owned.primary.country == m.primary.country
            {
              m = owned
            }
            targetMention = m
            // "with Wang Yi and with Dominic Raab": a second object of the same preposition.
            var e = m.range.upperBound
            if e + 1 < range.upperBound, tokens[e].hash == Words.comma { e += 1 }
            if e + 2 < range.upperBound, tokens[e].hash == Words.and, tokens[e + 1].hash == h,
              let second = mention(startingAt: skipPremodifiers(e + 2)), !second.isModifier,
              !second.isOccasion
            {
              targetMention = Mention(
                range: m.range.lowerBound..<second.range.upperBound,
                actors: m.actors + second.actors)
            }
          }
        }
      case .none:
        break
      }
      if targetMention != nil { break }
    }
    return (targetMention, targetFromBetween)
  }

  /// The target of a pattern whose slot is a place: the place after the trigger (each place
  /// listed: "toured Saudi Arabia, Oman and the United Arab Emirates"), or a country named
  /// without a place name ("arrived in the Eritrean capital"); either is the reading's place.
  private func placeTarget(_ t: Trigger, _ reading: Reading) -> Mention? {
    if let pm = place(after: t.span.upperBound) {
      reading.targetPlace = pm
      // "toured Saudi Arabia, Oman and the United Arab Emirates": each place listed.
      var listed = [CodedActor(text: pm.text, code: pm.country)]
      var last = pm
      while let next = listedPlace(after: last) {
        if !listed.contains(where: { $0.country == next.country }) {
          listed.append(CodedActor(text: next.text, code: next.country))
        }
        last = next
      }
      return Mention(range: pm.range.lowerBound..<last.range.upperBound, actors: listed)
    } else if let m = mention(startingAt: skipPremodifiers(t.span.upperBound)),
      m.actors.count == 1, m.primary.role.isEmpty, m.primary.person == nil,
      !m.primary.country.isOrganisation, !m.isOccasion,
      let c = shared.countryPosition(m.primary.country)
    {
      // "arrived in the Eritrean capital": a country named without a place name.
      reading.targetPlace = PlaceHit(
        range: m.range, text: m.primary.text, source: Int32(-1 - c),
        country: m.primary.country, isLocative: true)
      return m
    }
    return nil
  }

  /// Targets a reading without one takes from what came before: the doer of an act referred
  /// to ("condemned the launch"), the last speaker ("rejected that account"), an earlier clause's
  /// target, the sides of an agreement a mediator brokered, the government protesters protest
  /// against, the country the story is about.
  func inheritTarget(
    _ t: Trigger, _ p: EventPattern, _ reading: Reading, subject: Mention?,
    _ readings: [Reading], _ context: ArticleContext
  ) {
    // ("pulled out of the two-day summit": a pattern that wants an organisation takes no
    // other side.)
    if p.targetsOrganisation { return }
    // "condemned Beijing's retaliatory action": the act's owner, named.
    if reading.targets.isEmpty, let first = reading.sources.first,
      Words.actObjectPrefixes.contains(where: { p.cameoCode.hasPrefix($0) }),
      let owner = actOwner(t), !owner.actors.contains(where: { $0.country == first.country })
    {
      reading.targets = owner.actors
    }
    inheritActTarget(t, p, reading, subject: subject, readings, context)
    replyTarget(p, reading, context)
    // "Turkey has cancelled a visit by Sweden's defence minister": a visit named with "by"
    // right after it goes to the clause's subject, its host.
    if reading.targets.isEmpty, p.isNoun, p.cameoCode.hasPrefix("042"), reading.sourceFromAgent,
      t.span.upperBound < range.upperBound, tokens[t.span.upperBound].hash == Words.by,
      // (The object of the verb, not "was joined on the trip by …".)
      t.span.lowerBound >= range.lowerBound + 2,
      tokens[t.span.lowerBound - 1].is(.determiners),
      !tokens[t.span.lowerBound - 2].is(.prepositions),
      let first = reading.sources.first,
      let host = self.subject(before: t.span.lowerBound, quoteSpeaker: nil, context: context),
      host.actors.count == 1, !host.isModifier, host.primary.country != first.country
    {
      reading.targets = host.actors
      reading.inheritedTarget = true
    }
    // "X telephoned Y …, and X sent rescuers": a later clause of the same sentence with the
    // same source and no target of its own acts on the same target.
    if reading.targets.isEmpty, !p.reciprocal, !p.slots.contains(.none),
      !(p.symmetric && reading.sources.count >= 2),
      let first = reading.sources.first, let subj = subject, !subj.isCoreference,
      let prev = readings.last(where: {
        !$0.targets.isEmpty && $0.sources.first?.country == first.country
          && ((!p.isNoun && $0.trigger.span.upperBound <= subj.range.lowerBound)
            // "thanked Scholz in a phone call": a noun of the same clause.
            || (p.sharesTarget && $0.trigger.span.upperBound <= t.span.lowerBound
              && tokens[t.span.lowerBound - 1].hash != Words.comma)
            // "told the United States to close its consulate, warning of countermeasures":
            // what a participle's clause says is said to its main clause's target (not what
            // it does: "clashed …, leaving 20 dead").
            || (p.root <= 14 && $0.trigger.span.upperBound <= t.span.lowerBound
              && isParticiple(t.span.lowerBound)))
      })
    {
      reading.targets = prev.targets
      reading.inheritedTarget = true
    }
    // "signed a peace agreement …, in a deal brokered by the United States": the mediator
    // acts with each side of the agreement just reported.
    if reading.targets.isEmpty, p.sourceByAgent, p.slots.contains(.none),
      let first = reading.sources.first,
      let prev = readings.last(where: { !$0.sources.isEmpty && !$0.targets.isEmpty })
    {
      reading.targets = (prev.sources + prev.targets).filter { $0.country != first.country }
      reading.inheritedTarget = true
    }
    // (A threat or an accusation is not aimed at a country the source just backed: "said it
    // stood with its ally the Philippines and warned that …" warns China.)
    func backed() -> [Code] {
      guard p.root >= 10 else { return [] }
      var countries: [Code] = []
      for r in readings where (5...7).contains(r.pattern.root) {
        for a in r.targets where !countries.contains(a.country) { countries.append(a.country) }
      }
      return countries
    }
    protestTarget(t, p, reading, context)
    if reading.targets.isEmpty, p.targetsHome, let first = reading.sources.first,
      let home = context.home(excluding: backed() + [first.country])
    {
      reading.targets = [CodedActor(text: ref(t.span), code: home)]
      reading.inheritedTarget = true
    }
  }

  /// "condemned the launch": the target is whoever carried out the act referred to (else, for
  /// what was said, the last speaker; for a coup, the army of the story's country; for
  /// criticism, the story's country).
  private func inheritActTarget(
    _ t: Trigger, _ p: EventPattern, _ reading: Reading, subject: Mention?,
    _ readings: [Reading], _ context: ArticleContext
  ) {
    guard reading.targets.isEmpty, let first = reading.sources.first,
      Words.actObjectPrefixes.contains(where: { p.cameoCode.hasPrefix($0) }),
      let roots = referredAct(t) ?? subject.flatMap({ relativeAct(before: $0.range.lowerBound) })
    else { return }
    let earlier = readings.compactMap { r in
      r.sources.first.map { (code: r.pattern.cameoCode, source: $0, target: r.targets.first) }
    }
    // (Not what the speaker's own state did abroad: "Naqvi condemned the firing on
    // Pakistani territory" is not aimed at Pakistan's troops; "Putin called the mutiny
    // treason" is.)
    let candidates = (context.recentActs + earlier).filter { act in
      roots.contains { act.code.hasPrefix($0) } && act.source.code != first.code
        && (first.person == nil || act.source.person != first.person)
        && !(act.source.country == first.country && act.source.role.isStateOrganRole
          && first.role.isStateOrganRole && act.target?.country != first.country)
    }
    // "Russia's ambassador in Berlin called the decision …": an act of a country this
    // sentence names comes before a more recent one of a country it does not.
    // The act against a country this sentence names ("spoke with Netanyahu and condemned
    // the attack") is the likeliest, then one by a country it names.
    var named: [Code] = []
    for m in actors {
      for a in m.actors where a.country != first.country && !named.contains(a.country) {
        named.append(a.country)
      }
    }
    // An act done to the speaker's own country comes first ("Lukashenko called the
    // measures economic warfare").
    // (Praise goes to what helps the speaker: "Netanyahu praised the decision" to sanction
    // the court that sought his arrest.)
    let praise = p.cameoCode.hasPrefix("05")
    if let act = candidates.last(where: { !praise && $0.target?.country == first.country })
      ?? candidates.last(where: {
        ($0.target.map { named.contains($0.country) } ?? false)
          && !named.contains($0.source.country)
      })
      ?? candidates.last(where: { named.contains($0.source.country) })
      // ("Britain also condemned the attack" after an aside on an older strike by another
      // country: the act of the country the story is about.)
      ?? candidates.last(where: {
        !praise && named.isEmpty
          && $0.source.country == context.home(excluding: [first.country])
      })
      ?? candidates.last
    {
      reading.targets = [CodedActor(text: ref(t.span), code: act.source.code)]
      reading.inheritedTarget = true
      // ("called the expulsions cruel": the words in the pattern's gap name the act.)
      let words = t.gaps.first.flatMap { $0.isEmpty ? nil : $0 } ?? t.span
      if let ref = sideReference(.target, words, [act.source], context, kind: .event) {
        reading.references.append(ref)
      }
    } else if roots.contains(where: Words.speechActCodes.contains),
      let speaker = context.lastSpeaker,
      !speaker.country.isEmpty, speaker.country != first.country
    {
      // "Britain rejected that account" after "Russia said …": what was said is the
      // last speaker's.
      reading.targets = [CodedActor(text: ref(t.span), code: speaker.code)]
      reading.inheritedTarget = true
    } else if let coup = coupPhrase(t), let home = context.home(excluding: [first.country]) {
      // "France condemned the coup": a coup the story did not code as an act is the work
      // of the army of the country the story is about.
      reading.targets = [CodedActor(text: ref(coup), code: home + .military)]
      reading.inheritedTarget = true
    } else if p.cameoCode.hasPrefix("11") || p.cameoCode.hasPrefix("12"),
      let home = context.home(excluding: [first.country])
    {
      // "Natalegawa branded the surveillance an unfriendly act", the act told but not
      // coded: criticism or rejection of the other side's act, in a story about that side.
      reading.targets = [CodedActor(text: ref(t.span), code: home)]
      reading.inheritedTarget = true
    }
  }

  /// The sides of a symmetric or reciprocal event with a compound subject ("Armenia and
  /// Azerbaijan agreed …"): its members are each other's sides.
  func settleSides(
    _ p: EventPattern, _ reading: Reading, _ targetMention: Mention?, targetFromBetween: Bool
  ) {
    let t = reading.trigger
    // Compound subject of a symmetric or reciprocal event: the members are the two sides
    // ("Armenia and Azerbaijan agreed …"), and any other party named is a side as well.
    if !reading.targets.isEmpty, reading.sources.count >= 2, p.symmetric,
      !reading.inheritedTarget, !targetFromBetween, let tm = targetMention,
      tm.range.lowerBound > t.span.upperBound + 2
    {
      // The other party is named far from the verb ("agreed … to end the fighting under a
      // deal signed with Russia"): the members of the subject are also each other's sides.
      // Named right after it ("signed agreements with Turkey"), each member acts with it.
      reading.targets = Array(reading.sources.dropFirst()) + reading.targets
      reading.sources = [reading.sources[0]]
    } else if reading.targets.isEmpty, reading.sources.count >= 2,
      isMutualObject(at: t.span.upperBound) || (p.reciprocal && !p.symmetric)
    {
      // ("Ethiopia and Eritrea traded air strikes": a directed act done by each to the other.)
      // "accused each other", "each side accused the other": each member acts on the others.
      let words =
        isMutualObject(at: t.span.upperBound)
        ? ref(t.span.upperBound..<(t.span.upperBound + 2)) : ref(t.span)
      reading.targets = reading.sources.map {
        var a = $0
        a.text = words
        return a
      }
    } else if reading.targets.isEmpty, reading.sources.count >= 2, p.symmetric || p.reciprocal {
      reading.targets = Array(reading.sources.dropFirst())
      reading.sources = [reading.sources[0]]
    } else if p.reciprocal {
      reading.targets = []
    }
  }

  /// Whether "each other", "one another" or "the other" stands at `k`.
  func isMutualObject(at k: Int) -> Bool {
    guard k + 1 < range.upperBound else { return false }
    let (a, b) = (tokens[k].hash, tokens[k + 1].hash)
    return (a == Words.each && b == Words.other) || (a == Words.the && b == Words.other)
      || (a == Self.oneWord && b == Self.anotherWord)
  }

  static let oneWord = TokenHash.of("one")
  static let anotherWord = TokenHash.of("another")

  /// The reading's modality: the pattern's own, a coordinated verb's, a marker before it
  /// ("said it would"), or a modal after a noun ("an attack could justify").
  func settleModality(
    _ t: Trigger, _ p: EventPattern, _ reading: Reading, subject: Mention?, _ readings: [Reading]
  ) {
    // Modality
    if let m = p.fixedModality {
      reading.modality = m
    } else if let inherited = coordinated(t, readings) {
      reading.modality = inherited.modality
    } else if let (r, m) = modalityMarker(before: t.span.lowerBound, subject: subject) {
      reading.modality = m
      reading.marker = (r, m)
    }
    if reading.modality == .occurred, let r = cancelledAfter(t, p) {
      reading.modality = .cancelled
      reading.marker = (r, .cancelled)
    }
    // "will meet Putin in Alaska, in the first face-to-face talks between the two": a meeting
    // noun after a meeting still to come in the sentence is that meeting, and to come too.
    if p.isNoun, p.isIntentOrConsult, reading.modality == .occurred,
      let earlier = readings.last(where: {
        $0.pattern.isIntentOrConsult && ($0.modality == .planned || $0.modality == .possible)
      })
    {
      reading.modality = earlier.modality
      reading.marker = earlier.marker
    }
    // "would examine sanctions when they meet": a present tense in a clause opened by "when",
    // "once", "before", "until" or "after", after a future marker, happens later too.
    // (The rule names the marker: "verb:meet/modal:would".)
    if !p.isNoun, reading.modality == .occurred, let f = futureMarker(t.span.lowerBound) {
      reading.modality = .planned
      reading.marker = (f..<(f + 1), .planned)
    }
    // "said his summit with Kim would go ahead as planned on June 12", "the meeting will
    // take place in Singapore": a meeting noun whose own verb, after it, is future.
    if p.isNoun, p.isIntentOrConsult, reading.modality == .occurred,
      let (k, m) = modalAfterMeetingNoun(t.span)
    {
      reading.modality = m
      reading.marker = (k..<(k + 1), m)
      return
    }
    // "a Chinese attack on Taiwan could justify …": a noun followed by a modal verb is
    // a hypothesis.
    if p.isNoun, reading.modality == .occurred {
      var j = t.span.upperBound
      while j < min(range.upperBound, t.span.upperBound + 6), tokens[j].kind != .punct,
        !isTriggerToken(j)
      {
        if Words.hypotheticalModals.contains(tokens[j].hash), !isMonthMay(j) {
          reading.modality = .possible
          break
        }
        j += 1
      }
    }
  }

  /// The modal of the verb that follows a meeting noun and its complement ("his summit with
  /// North Korean leader Kim Jong Un would go ahead"), within twelve words and before any
  /// punctuation or other trigger: "will", "shall" or "'ll" make it planned, as "would" does
  /// in reported speech ("said … would"); "could", "might", "may" and "would" otherwise make
  /// it possible.
  func modalAfterMeetingNoun(_ span: Range<Int>) -> (Int, Modality)? {
    var j = span.upperBound
    while j < min(range.upperBound, span.upperBound + 12), tokens[j].kind != .punct,
      !isTriggerToken(j)
    {
      // (A name is passed over whole: "between Presidents Joe Biden and Vladimir Putin".)
      if let m = mentionIndex(startingAt: j), actors[m].range.upperBound > j {
        j = actors[m].range.upperBound
        continue
      }
      let h = tokens[j].hash
      // ("would \"probably\" go ahead": a hedge after the modal makes it possible.)
      let hedged = (j + 1..<min(range.upperBound, j + 3)).contains {
        Words.hedges.contains(tokens[$0].hash)
      }
      if Words.futureModals.contains(h) { return (j, hedged ? .possible : .planned) }
      if h == Words.would, !hedged,
        (range.lowerBound..<span.lowerBound).contains(where: { tokens[$0].is(.reporting) })
      {
        return (j, .planned)
      }
      if Words.hypotheticalModals.contains(h), !isMonthMay(j) { return (j, .possible) }
      // (A relative clause or a coordinated one is another verb's: "the summit that would
      // have …", "was more than a routine meeting and could mark …"; "and" between two names
      // joins the meeting's sides.)
      if tokens[j].is(.relativePronouns)
        || (tokens[j].is(.coordinators)
          && !(hasMention(endingAt: j - 1) && hasMention(startingAt: j + 1)))
      {
        return nil
      }
      j += 1
    }
    return nil
  }

  /// The "will" or "would" that makes the verb at `k` future: `k` is a present tense
  /// ("meet", "meets") in a clause opened by a time conjunction after the marker, or a gerund
  /// right after one ("will attend a game before flying to Argentina").
  func futureMarker(_ k: Int) -> Int? {
    guard !isParticipleForm(k) else { return nil }
    if isGerund(k),
      !(k > range.lowerBound && Words.futureClauseOpeners.contains(tokens[k - 1].hash))
    {
      return nil
    }
    var j = k - 1
    while j >= max(range.lowerBound, k - 5) {
      if Words.futureClauseOpeners.contains(tokens[j].hash) {
        return (range.lowerBound..<j).last { Words.futureMarkers.contains(tokens[$0].hash) }
      }
      if tokens[j].kind == .punct { return nil }
      j -= 1
    }
    return nil
  }

  /// "the coup", "the military takeover": the words after the trigger (or at its gap) that
  /// name a seizure of power.
  func coupPhrase(_ t: Trigger) -> Range<Int>? {
    for start in [t.span.upperBound] + t.gaps.map(\.lowerBound) {
      guard start < range.upperBound, Words.actDeterminers.contains(tokens[start].hash) else {
        continue
      }
      var j = start + 1
      while j < min(range.upperBound, start + 3), !Words.coupNouns.contains(tokens[j].hash),
        tokens[j].kind == .word, !tokens[j].is(.prepositions)
      {
        j += 1
      }
      if j < range.upperBound, Words.coupNouns.contains(tokens[j].hash) { return start..<(j + 1) }
    }
    return nil
  }

  /// Whether a country word's noun is its ground: "Pakistani territory", "Afghan airspace".
  func isGroundNoun(after m: Mention) -> Bool {
    m.range.upperBound < range.upperBound
      && Words.groundNouns.contains(tokens[m.range.upperBound].hash)
  }
}
