/// Actors named together: pairs, lists after "of", coreferring descriptions, compounds.
extension ActorRecognizer {
  /// The two countries a sentence named before token `i`, when it named exactly two.
  func sentencePair(_ named: [Mention], before i: Int, _ tokens: [Token]) -> [CodedActor]? {
    var countries: [Code] = []
    // (Named apart, "Egypt warned Israel", not together, "Russia and Iraq offered".)
    let earlier = named.filter {
      $0.range.upperBound <= i && !$0.isOccasion && !$0.isCoreference && !$0.countryFromStory
        && !$0.isModifier
    }
    for (n, m) in earlier.enumerated() {
      if m.actors.count > 1 { return nil }
      if n > 0, earlier[n - 1].range.upperBound < m.range.lowerBound,
        (earlier[n - 1].range.upperBound..<m.range.lowerBound).allSatisfy({
          tokens[$0].hash == Words.and || tokens[$0].hash == Words.comma
            || tokens[$0].hash == Words.the
        })
      {
        return nil
      }
      for a in m.actors where !countries.contains(a.country) { countries.append(a.country) }
    }
    guard countries.count == 2 else { return nil }
    return countries.map { CodedActor(text: .code($0), code: $0) }
  }

  /// The countries named right after "of" at `k` ("of Kazakhstan, Kyrgyzstan and
  /// Tajikistan"), when there are several and they are named, not described.
  func listedAfterOf(_ k: Int, _ tokens: [Token], _ range: Range<Int>, _ named: [Mention])
    -> [CodedActor]?
  {
    guard k + 1 < range.upperBound, tokens[k].hash == Words.of else { return nil }
    var j = tokens[k + 1].hash == Words.the ? k + 2 : k + 1
    var actors: [CodedActor] = []
    // ("A, B and C" is still three mentions here: lists are joined later.)
    while let m = named.first(where: { $0.range.lowerBound == j }), !m.isModifier,
      !m.countryFromStory, !m.isOccasion, m.actors.allSatisfy({ $0.person == nil })
    {
      actors += m.actors
      j = m.range.upperBound
      while j < range.upperBound, tokens[j].hash == Words.comma || tokens[j].hash == Words.and {
        j += 1
      }
    }
    return actors.count >= 2 ? actors : nil
  }

  /// The pair "the two countries" means when the sentence did not name it: the last pair named
  /// together, unless the state that acts on it is one of them (the speaker is not one of "both
  /// neighbours" it calls on: "Saudi Arabia's foreign ministry called on both neighbours") or a
  /// word for states meets an organisation ("both countries" is not "Eritrea and the African
  /// Union"); then the story's principal pair (`ArticleContext.principalPair`) without the
  /// state.
  func otherPair(
    _ context: ArticleContext, _ tokens: [Token], _ range: Range<Int>, named: [Mention],
    before i: Int, noun: Token
  ) -> [CodedActor]? {
    guard
      let last = context.lastPair ?? context.principalPair(excluding: [])
        ?? context.lastTwoCountries()
    else { return nil }
    let speaker = actingState(tokens, range, named: named, before: i)
    let states = Words.stateNouns.contains(noun.hash)
    if !last.contains(where: { $0.country == speaker || (states && $0.country.isOrganisation) }) {
      return last
    }
    return context.principalPair(excluding: speaker.map { [$0] } ?? [])
  }

  /// The country of the state whose act a reference at `i` is the object of: the last actor
  /// named before it, a government or a country, with no "said" or "that" between (not "Bessent
  /// said the two sides had agreed") and no preposition before the reference but "on"
  /// ("officials from the two governments" is not what the actor acts on).
  func actingState(_ tokens: [Token], _ range: Range<Int>, named: [Mention], before i: Int)
    -> Code?
  {
    guard
      let actor = named.last(where: {
        $0.range.upperBound <= i && !$0.isCoreference && !$0.isModifier && !$0.isOccasion
          && $0.actors.count == 1
      }), actor.primary.role.isStateRole,
      let p = previousWord(i, tokens, range),
      !tokens[p].is(.prepositions) || tokens[p].hash == Words.onWord,
      !(actor.range.upperBound..<i).contains(where: {
        tokens[$0].is(.reporting) || tokens[$0].hash == Words.that
      })
    else { return nil }
    return actor.primary.country
  }

  func coreferences(
    _ tokens: [Token], _ range: Range<Int>, _ headline: Bool,
    _ context: ArticleContext, _ words: TextResolver, named: [Mention] = []
  ) -> [Mention] {
    var out: [Mention] = []
    var i = range.lowerBound
    while i < range.upperBound {
      var j = i
      var counted = false
      if tokens[j].hash == Words.the, j + 1 < range.upperBound { j += 1 }
      var number = 0
      if tokens[j].is(.two), j + 1 < range.upperBound {
        counted = true
        number = 2
        j += 1
      } else if let n = Words.groupCounts[tokens[j].hash], j + 1 < range.upperBound {
        counted = true
        number = n
        j += 1
      }
      // "the three military-led governments": a hyphenated modifier between.
      if counted, j + 3 < range.upperBound, tokens[j + 1].hash == Words.hyphen,
        tokens[j + 2].is(.hyphenModifiers)
      {
        j += 3
      }
      let noun = tokens[j]
      // "Japarov met his guest at Manas airport", "Rahmon thanked his host": the other side of
      // the visit told last to or from the owner's country.
      if j == i, tokens[i].is(.possessiveDeterminers), i + 1 < range.upperBound,
        let guest = Words.visitSideNouns[tokens[i + 1].hash],
        let owner = named.last(where: {
          $0.range.upperBound <= i && !$0.isModifier && !$0.isOccasion && $0.actors.count == 1
        })?.primary,
        let other = context.visitCounterpart(of: owner.country, guest: guest)
      {
        out.append(Self.coreference(i..<(i + 2), [other], tokens, headline))
        i += 2
        continue
      }
      // "each side accused the other": the pair, as "both sides" (the coder makes each the
      // other's target).
      if j == i, tokens[i].hash == Words.each, i + 1 < range.upperBound,
        Words.eachSideNouns.contains(tokens[i + 1].hash),
        let pair = sentencePair(named, before: i, tokens)
          ?? otherPair(context, tokens, range, named: named, before: i, noun: tokens[i + 1])
      {
        out.append(Self.coreference(i..<(i + 2), pair, tokens, headline))
        i += 2
        continue
      }
      // "The presidents of Kazakhstan, Kyrgyzstan and Tajikistan": the governments listed.
      if j > i, noun.is(.personPlural), let owners = listedAfterOf(j + 1, tokens, range, named) {
        let text = Self.text(tokens, i..<(j + 1), headline: headline)
        var m = Mention(
          range: i..<(j + 1),
          actors: owners.map {
            CodedActor(
              text: text, code: $0.country.isOrganisation ? $0.country : $0.country + .government)
          })
        m.isCoreference = true
        out.append(m)
        i = j + 1
        continue
      }
      if noun.is(.plural),
        counted || (j > i && noun.is(.personPlural))
      {
        let people = noun.is(.personPlural)
        let group =
          context.lastGroup.flatMap { $0.count == number ? $0 : nil }
          ?? context.lastEventGroup.flatMap { $0.count == number ? $0 : nil }
        let pair =
          number > 2
          ? group
          : people
            // "Widodo has invited both leaders": not the person who does the inviting.
            ? (context.lastTwoPeople(
              leaders: true,
              excluding: named.filter { $0.range.upperBound <= i }.compactMap { $0.primary.person },
              words)
              ?? context.lastTwoPeople(leaders: true, words) ?? context.lastPair)
            // "Egypt warned Israel that … the treaty between the two countries": the two
            // countries this sentence named, when it named exactly two.
            : (sentencePair(named, before: i, tokens)
              ?? otherPair(context, tokens, range, named: named, before: i, noun: noun))
        if let pair {
          out.append(Self.coreference(i..<(j + 1), pair, tokens, headline))
          i = j + 1
          continue
        }
      }
      i += 1
    }
    return out
  }

  /// The words `r` as a reference to `actors` ("the two leaders", "each side"), each actor
  /// shown with those words.
  static func coreference(
    _ r: Range<Int>, _ actors: [CodedActor], _ tokens: [Token], _ headline: Bool
  ) -> Mention {
    let text = Self.text(tokens, r, headline: headline)
    var m = Mention(
      range: r,
      actors: actors.map {
        var a = $0
        a.text = text
        return a
      })
    m.isCoreference = true
    return m
  }

  func compounds(
    _ mentions: inout [Mention], _ bytes: UnsafeBufferPointer<UInt8>, _ tokens: [Token],
    _ sentence: Range<Int>, _ headline: Bool
  ) {
    // (Joined in place: the mentions kept so far are `mentions[...w]`, each one kept is moved
    // there, not copied, and the rest are dropped at the end. Mentions are read through their
    // index: a copy of one retains its actors.)
    var w = -1
    func keep(_ mi: Int) {
      w += 1
      if w != mi { mentions.swapAt(w, mi) }
    }
    defer { mentions.removeSubrange((w + 1)...) }
    for mi in mentions.indices {
      let mRange = mentions[mi].range
      guard w >= 0 else {
        keep(mi)
        continue
      }
      let k = w
      let lastRange = mentions[k].range
      if mRange.lowerBound < lastRange.upperBound { continue }
      // "Indian and Chinese troops": two country words sharing one head noun.
      if joinModifiers(&mentions, mi, &w, tokens, headline) { continue }
      guard !mentions[k].isModifier, !mentions[mi].isModifier, !mentions[k].isOccasion,
        !mentions[mi].isOccasion
      else {
        keep(mi)
        continue
      }
      // tokens between: "and", ", and", "," (only inside a list that ends with "and")
      let between = lastRange.upperBound..<mRange.lowerBound
      var joined = false
      let (innerComma, innerAnd, innerCommaAnd) = Self.listGap(between, tokens)
      // Apposition: "his Indian counterpart, Subrahmanyam Jaishankar," is one person.
      // (Not a place and the person after it: "In Tokyo, Prime Minister Shinzo Abe said".)
      let placeAfterPreposition =
        mentions[k].placeIndex >= 0
        && (previousWord(lastRange.lowerBound, tokens, sentence).map {
          tokens[$0].is(.prepositions)
        } ?? false)
      if innerComma, !placeAfterPreposition, mentions[k].actors.count == 1,
        mentions[mi].actors.count == 1,
        mentions[k].primary.country == mentions[mi].primary.country,
        (mentions[k].primary.person == nil) != (mentions[mi].primary.person == nil),
        mRange.upperBound >= sentence.upperBound || tokens[mRange.upperBound].hash != Words.and
      {
        var merged = mentions[k].primary.person == nil ? mentions[mi].primary : mentions[k].primary
        merged.text = Self.text(
          tokens, lastRange.lowerBound..<mRange.upperBound, headline: headline)
        mentions[k].actors = [merged]
        mentions[k].range = lastRange.lowerBound..<mRange.upperBound
        continue
      }
      // "In Washington, President Barack Obama, speaking …": the place a sentence opens with is
      // no list's first member.
      let openingPlace =
        innerComma && placeAfterPreposition
        && previousWord(lastRange.lowerBound, tokens, sentence).map {
          $0 == sentence.lowerBound || $0 == Dateline.end(bytes, tokens, sentence)
        } ?? false
      if innerAnd || innerCommaAnd || (innerComma && !openingPlace) {
        // Not when the first ends a clause and the second starts one: "entering the U.S. and Russia responded".
        let before = previousWord(lastRange.lowerBound, tokens, sentence)
        let firstIsObject =
          before.map {
            (tokens[$0].is(.prepositions) && tokens[$0].hash != Words.between
              && tokens[$0].hash != Words.by && !tokens[$0].is(.subordinators))
              || Verbs.looksLikeVerb(tokens[$0], bytes)
          } ?? false
        let after = mRange.upperBound < sentence.upperBound ? mRange.upperBound : nil
        let secondStartsClause = after.map { Verbs.looksLikeVerb(tokens[$0], bytes) } ?? false
        // ", and Kyiv warned": after a comma, "and" and a verb start a new clause.
        let newClause = innerCommaAnd && mentions[k].actors.count == 1
        if !(firstIsObject && secondStartsClause), !(newClause && secondStartsClause) {
          if innerComma {
            // only as part of "A, B and C": look ahead
            let nextAnd =
              mRange.upperBound < sentence.upperBound
              && tokens[mRange.upperBound].hash == Words.and
            let nextComma =
              mRange.upperBound < sentence.upperBound
              && tokens[mRange.upperBound].hash == Words.comma
            joined = nextAnd || nextComma
          } else {
            joined = true
          }
        }
      }
      if joined {
        joinListMember(&mentions, k, mi, innerAnd: innerAnd, tokens, sentence)
      } else {
        keep(mi)
      }
    }
  }

  /// What stands between two mentions, past "the", a possessive and a group's adjective ("and
  /// the paramilitary Rapid Support Forces"): a comma, "and", or a comma and "and".
  static func listGap(_ between: Range<Int>, _ tokens: [Token]) -> (
    comma: Bool, and: Bool, commaAnd: Bool
  ) {
    // The words between, as token indices g0..<g1 (no array: this runs for every pair).
    var g0 = between.lowerBound
    var g1 = between.upperBound
    while g0 < g1, tokens[g0].hash == Words.the { g0 += 1 }
    // "and the paramilitary Rapid Support Forces": an adjective of the second member.
    while g1 > g0, tokens[g1 - 1].is(.groupAdjectives) { g1 -= 1 }
    while g1 > g0,
      tokens[g1 - 1].hash == Words.the
        || tokens[g1 - 1].is(.possessiveDeterminers),
      g1 - g0 > 1
    {
      g1 -= 1
    }
    if g1 > g0, tokens[g1 - 1].hash == Words.the { g1 -= 1 }
    let innerComma = g1 - g0 == 1 && tokens[g0].hash == Words.comma
    let innerAnd = g1 - g0 == 1 && tokens[g0].hash == Words.and
    let innerCommaAnd =
      g1 - g0 == 2 && tokens[g0].hash == Words.comma && tokens[g0 + 1].hash == Words.and
    return (innerComma, innerAnd, innerCommaAnd)
  }

  /// "Indian and Chinese troops": two country words sharing one head noun, joined into the
  /// mention kept last (`mentions[w]`), with the country words before them each with a comma
  /// ("Chinese, Tanzanian and Zambian officials").
  private func joinModifiers(
    _ mentions: inout [Mention], _ mi: Int, _ w: inout Int, _ tokens: [Token], _ headline: Bool
  ) -> Bool {
    let k = w
    let lastRange = mentions[k].range
    let mRange = mentions[mi].range
    guard mentions[k].isModifier, !mentions[mi].isModifier, mentions[mi].actors.count == 1,
      !mentions[mi].primary.role.isEmpty,
      mentions[mi].primary.person == nil, lastRange.upperBound + 1 == mRange.lowerBound,
      tokens[lastRange.upperBound].hash == Words.and, !mentions[k].primary.country.isOrganisation
    else { return false }
    let r = lastRange.lowerBound..<mRange.upperBound
    let t = Self.text(tokens, r, headline: headline)
    let first = CodedActor(
      text: t, code: mentions[k].primary.country + mentions[mi].primary.role)
    var second = mentions[mi].primary
    second.text = t
    var joined = Mention(range: r, actors: [first, second])
    // "Chinese, Tanzanian and Zambian officials": the country words before, each with a
    // comma, share the head noun too.
    while w >= 1, mentions[w - 1].isModifier, mentions[w - 1].actors.count == 1,
      !mentions[w - 1].primary.country.isOrganisation,
      mentions[w - 1].range.upperBound + 1 == joined.range.lowerBound,
      tokens[mentions[w - 1].range.upperBound].hash == Words.comma
    {
      let wider = mentions[w - 1].range.lowerBound..<joined.range.upperBound
      let text = Self.text(tokens, wider, headline: headline)
      let earlier = CodedActor(
        text: text, code: mentions[w - 1].primary.country + mentions[mi].primary.role)
      joined = Mention(
        range: wider,
        actors: [earlier]
          + joined.actors.map { CodedActor(text: text, code: $0.code, person: $0.person) })
      w -= 1
    }
    mentions[w] = joined
    return true
  }

  /// Joins `mentions[mi]` (or the person it owns right after it: "Kagame and Uganda's Yoweri
  /// Museveni") to the list `mentions[k]`; a bare country before a country word and its noun
  /// shares the noun ("U.S. and British warplanes").
  private func joinListMember(
    _ mentions: inout [Mention], _ k: Int, _ mi: Int, innerAnd: Bool, _ tokens: [Token],
    _ sentence: Range<Int>
  ) {
    let lastRange = mentions[k].range
    let mRange = mentions[mi].range
    // "Kagame and Uganda's Yoweri Museveni": the person the country's name owns.
    var second = mentions[mi]
    if mi + 1 < mentions.count, mRange.upperBound + 1 < sentence.upperBound,
      tokens[mRange.upperBound].hash == Words.possessive,
      mentions[mi + 1].range.lowerBound == mRange.upperBound + 1,
      mentions[mi + 1].actors.count == 1, mentions[mi + 1].primary.person != nil,
      mentions[mi + 1].primary.country == second.primary.country
    {
      second = mentions[mi + 1]
    }
    // "U.S. and British warplanes": a bare country before a country word and its noun
    // shares the noun.
    if innerAnd, mentions[k].actors.count == 1, mentions[k].primary.role.isEmpty,
      mentions[k].primary.person == nil, !mentions[k].primary.country.isOrganisation,
      second.actors.count == 1, !second.primary.role.isEmpty, second.primary.person == nil,
      !second.primary.country.isOrganisation, second.range.count >= 2,
      tokens[second.range.lowerBound].isCapitalized,
      !tokens[second.range.upperBound - 1].isCapitalized
    {
      mentions[k].actors[0].code = mentions[k].primary.country + second.primary.role
    }
    for a in second.actors
    where !mentions[k].actors.contains(where: { $0.code == a.code && $0.person == a.person }) {
      mentions[k].actors.append(a)
    }
    mentions[k].range = lastRange.lowerBound..<second.range.upperBound
  }

  /// "U.S. and British warplanes, ships and a submarine struck": a role the story would give a
  /// country, at the end of a list of nouns that a mention of the same role with its own
  /// countries opens, is of those countries.
  func listMembersShareCountries(
    _ mentions: inout [Mention], _ tokens: [Token], _ range: Range<Int>
  ) {
    for i in mentions.indices.dropFirst() {
      let m = mentions[i]
      guard m.countryFromStory, m.actors.count == 1, !m.primary.role.isEmpty,
        m.primary.person == nil
      else { continue }
      // Back over "a"/"the" to "and" or ",", then over plain lower-case nouns, commas and
      // "and" to the mention that opens the list.
      var j = m.range.lowerBound - 1
      while j > range.lowerBound, tokens[j].is(.determiners) { j -= 1 }
      guard j > range.lowerBound, tokens[j].hash == Words.and || tokens[j].hash == Words.comma
      else { continue }
      var steps = 0
      while j > range.lowerBound, steps < 6 {
        if let p = mentions[..<i].last(where: { $0.range.upperBound == j + 1 }) {
          if !p.countryFromStory, !p.isModifier, !p.isCoreference,
            p.actors.allSatisfy({ $0.role == m.primary.role && $0.person == nil })
          {
            mentions[i].actors = p.actors.map {
              CodedActor(text: m.primary.text, code: $0.country + m.primary.role)
            }
            mentions[i].countryFromStory = false
          }
          break
        }
        let t = tokens[j]
        guard
          t.hash == Words.and || t.hash == Words.comma
            || (t.kind == .word && !t.isCapitalized && !t.is(.verbLike) && !t.is(.prepositions))
        else { break }
        j -= 1
        steps += 1
      }
    }
  }

  /// "Leaders of the Group of Seven – the United States, Britain, France … – took the
  /// decision": countries listed between dashes or in brackets right after an organisation
  /// are its members, named to say who it is, not actors of their own.
  func markMemberLists(
    _ mentions: inout [Mention], _ bytes: UnsafeBufferPointer<UInt8>, _ tokens: [Token],
    _ range: Range<Int>
  ) {
    for k in mentions.indices.dropFirst() where mentions[k].actors.count >= 3 {
      var j = mentions[k].range.lowerBound - 1
      while j > range.lowerBound, tokens[j].is(.determiners) { j -= 1 }
      let e = mentions[k].range.upperBound
      guard j > range.lowerBound, e < range.upperBound,
        mentions[k - 1].range.upperBound == j, mentions[k - 1].primary.country.isOrganisation,
        isOpening(tokens[j], bytes), isOpening(tokens[e], bytes) || tokens[e].hash == Words.rparen
      else { continue }
      mentions[k].isModifier = true
    }
  }

  /// A dash (not a colon) or an opening bracket.
  private func isOpening(_ t: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    t.hash == Words.lparen || (Dateline.isDash(t, bytes) && !Dateline.isByte(t, bytes, ":"))
  }
}
