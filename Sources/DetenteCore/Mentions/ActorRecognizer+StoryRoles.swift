/// Roles named without a country ("the foreign ministry", "police", "the two leaders' aides"):
/// whose they are, by what the sentence and the story say, tried in turn.
extension ActorRecognizer {
  /// What resolving the sentence's roles reads: its words, its places, the countries it names
  /// (and those named where something happens), and the place it opens with.
  struct RoleScene {
    let bytes: UnsafeBufferPointer<UInt8>
    let tokens: [Token]
    let range: Range<Int>
    let places: [PlaceHit]
    let named: [Code]
    let located: [Code]
    /// The country of the sentence's first actor or place.
    let firstNamed: Code?
    /// "In Beijing, the foreign ministry urged Manila …": a sentence that opens with a place
    /// says whose its roles are.
    let opener: (country: Code, end: Int)?
  }

  /// Gives each mention that takes the story's country a country: the place the sentence
  /// opens with or names right after it, the owner "its" or "their" refers to, what a
  /// definite description describes, where the clause happens, or else the sentence's or the
  /// story's country; a mention left without one is removed.
  func resolveStoryRoles(
    _ mentions: inout [Mention], _ s: RoleScene, _ context: inout ArticleContext
  ) {
    for k in mentions.indices.reversed() where mentions[k].countryFromStory {
      // ("his first official visit", "an official trip": an adjective, no actor.)
      let r = mentions[k].range
      if r.count == 1, s.tokens[r.lowerBound].hash == Words.official,
        r.upperBound < s.range.upperBound,
        Words.officialNouns.contains(s.tokens[r.upperBound].hash)
      {
        mentions.remove(at: k)
        continue
      }
      if roleFromPlace(k, &mentions, s, &context) { continue }
      if roleFromOwner(k, &mentions, s, &context) { continue }
      if roleFromDescription(k, &mentions, s, context) { continue }
      if roleFromLocative(k, &mentions, s, &context) { continue }
      roleFromSentence(k, &mentions, s, &context)
    }
  }

  /// The place the sentence opens with, or the place (or places listed) right after the role:
  /// "militants in Gaza", "police in Niamey".
  private func roleFromPlace(
    _ k: Int, _ mentions: inout [Mention], _ s: RoleScene, _ context: inout ArticleContext
  ) -> Bool {
    let a = mentions[k].actors[0]
    let (tokens, range, places) = (s.tokens, s.range, s.places)
    if let o = s.opener, mentions[k].range.lowerBound > o.end, !o.country.isOrganisation {
      let resolved = CodedActor(text: a.text, code: o.country + a.role, person: a.person)
      mentions[k].actors = [resolved]
      relearn(a, as: resolved, &context)
      return true
    }
    // "militants in Gaza", "police in Niamey": the place right after names the country.
    let e = mentions[k].range.upperBound
    // ("a senior adviser to the German chancellor": whom an aide serves.)
    if e + 1 < range.upperBound,
      tokens[e].hash == Words.inWord
        || tokens[e].hash == Words.from || tokens[e].hash == Words.of
        || (tokens[e].hash == Words.to && Words.aideHeads.contains(tokens[e - 1].hash)),
      let c = places.first(where: { $0.range.lowerBound == skipRegionWords(e + 1, tokens, range) }
      )?
      .country
        ?? mentions.first(where: {
          $0.range.lowerBound == skipRegionWords(e + 1, tokens, range) && !$0.countryFromStory
        })?.primary.country
    {
      // "leaders of the Group of Seven": an organisation's code stands alone; "the embassies
      // of Rwanda, France and the United States": one for each country listed.
      var listed: [Code] = [c]
      let start = skipRegionWords(e + 1, tokens, range)
      var q = mentions.firstIndex(where: { $0.range.lowerBound == start }) ?? mentions.count
      while q + 1 < mentions.count {
        let gap = mentions[q].range.upperBound..<mentions[q + 1].range.lowerBound
        let ok =
          !gap.isEmpty && gap.count <= 3
          && gap.allSatisfy {
            tokens[$0].hash == Words.comma || tokens[$0].hash == Words.and
              || tokens[$0].hash == Words.the
          }
        guard ok, !mentions[q + 1].countryFromStory else { break }
        listed.append(mentions[q + 1].primary.country)
        q += 1
      }
      let resolved = listed.map {
        CodedActor(text: a.text, code: $0.isOrganisation ? $0 : $0 + a.role, person: a.person)
      }
      mentions[k].actors = resolved
      relearn(a, as: resolved[0], &context)
      // ("A delegation from Yemen's Houthi movement": later, "the delegation" is Yemen's.)
      if resolved.count == 1 {
        for j in mentions[k].range where tokens[j].kind == .word {
          context.rememberWord(tokens[j].hash, of: resolved[0])
        }
      }
      return true
    }
    return false
  }

  /// "urged its citizens", "its first direct military attack": the country of the actor
  /// "its" or "their" refers to.
  private func roleFromOwner(
    _ k: Int, _ mentions: inout [Mention], _ s: RoleScene, _ context: inout ArticleContext
  ) -> Bool {
    let a = mentions[k].actors[0]
    let (bytes, tokens, range) = (s.bytes, s.tokens, s.range)
    var b = mentions[k].range.lowerBound - 1
    var hops = 0
    while b > range.lowerBound, hops < 3, tokens[b].kind == .word, !tokens[b].isCapitalized,
      !tokens[b].is(.possessiveDeterminers),
      !tokens[b].is(.prepositions), !Verbs.looksLikeVerb(tokens[b], bytes)
    {
      b -= 1
      hops += 1
    }
    // "met Sogavare and members of his government": the country of the one person named
    // before "his" or "her" (with two, whose it is is not plain: "Zelensky met Biden and said
    // his forces …").
    let people = mentions.filter {
      $0.range.upperBound <= b && !$0.countryFromStory && !$0.isModifier
        && $0.primary.person != nil
    }
    if b >= range.lowerBound, tokens[b].hash == Words.his || tokens[b].hash == Words.her,
      let owner = people.last?.primary, !owner.country.isOrganisation,
      people.allSatisfy({ $0.primary.person == owner.person })
    {
      let resolved = CodedActor(text: a.text, code: owner.country + a.role, person: a.person)
      mentions[k].actors = [resolved]
      relearn(a, as: resolved, &context)
      return true
    }
    let afterSubordinator =
      b > range.lowerBound && tokens[b - 1].is(.subordinators)
    let candidates = mentions.filter {
      $0.range.upperBound <= b && !$0.countryFromStory && !$0.isModifier && !$0.isOccasion
        && $0.primary.person == nil
    }
    if b >= range.lowerBound,
      tokens[b].hash == Words.its || tokens[b].hash == Words.their,
      // "if its forces": the nearest country; otherwise the sentence's first actor.
      let owner = (afterSubordinator ? candidates.last : nil)?.primary
        ?? mentions.first(where: {
          $0.range.upperBound <= b && !$0.countryFromStory && !$0.isModifier && !$0.isOccasion
        })?.primary
        // ("In a statement on Tuesday, its foreign ministry …": with no actor before it in
        // the sentence, the subject of the sentence before.)
        ?? (mentions.contains { $0.range.upperBound <= b } ? nil : context.recentSubjects.last),
      !owner.country.isOrganisation
    {
      // "their military commanders" after "India and China" or "Indian and Chinese troops":
      // each side's.
      if tokens[b].hash == Words.their, a.person == nil,
        let pair = (0..<max(0, k - 1)).first(where: { i in
          let x = mentions[i]
          let y = mentions[i + 1]
          return y.range.upperBound <= b && !x.countryFromStory && !y.countryFromStory
            && y.range.lowerBound == x.range.upperBound + 1
            && tokens[x.range.upperBound].hash == Words.and
            && x.primary.country != y.primary.country
        })
      {
        let countries = [mentions[pair].primary.country, mentions[pair + 1].primary.country]
        mentions[k].actors = countries.map { CodedActor(text: a.text, code: $0 + a.role) }
        return true
      }
      let resolved = CodedActor(text: a.text, code: owner.country + a.role, person: a.person)
      mentions[k].actors = [resolved]
      relearn(a, as: resolved, &context)
      return true
    }
    return false
  }

  /// A definite description: the last actor named with its word, the last country named of its
  /// kind or in its region.
  private func roleFromDescription(
    _ k: Int, _ mentions: inout [Mention], _ s: RoleScene, _ context: ArticleContext
  ) -> Bool {
    let a = mentions[k].actors[0]
    let (tokens, range) = (s.tokens, s.range)
    // "The ministry also accused …" after "Rwanda's foreign ministry said …": a definite
    // description means the last actor named with its word, not the story's country.
    // "the West African country", "the Baltic state": a country described by its region is
    // the last one named before it (in this sentence, else before) that lies there.
    // "the kingdom", "the sultanate": the last country named that is of its kind.
    if a.person == nil, let kind = describedKind(mentions[k], tokens, range),
      let c = lastNamedCountry(before: k, mentions, context, where: { kind.contains($0) })
    {
      mentions[k].actors = [CodedActor(text: a.text, code: c + a.role)]
      return true
    }
    if a.person == nil, let region = describedRegion(mentions[k], tokens, range),
      let c = lastNamedCountry(
        before: k, mentions, context,
        where: { c in
          !c.isOrganisation && lexicon.countries[c.string].map { region.contains($0) } == true
        })
    {
      mentions[k].actors = [CodedActor(text: a.text, code: c + a.role)]
      return true
    }
    if a.person == nil, let named = describedActor(mentions[k], tokens, range, context) {
      mentions[k].actors = [
        named.person != nil
          ? CodedActor(text: a.text, code: named.code, person: named.person)
          : CodedActor(
            text: a.text,
            code: named.country.isOrganisation ? named.country : named.country + a.role)
      ]
      return true
    }
    return false
  }

  /// "protesters stormed Saudi missions in Iran": where the clause says it happened.
  private func roleFromLocative(
    _ k: Int, _ mentions: inout [Mention], _ s: RoleScene, _ context: inout ArticleContext
  ) -> Bool {
    let a = mentions[k].actors[0]
    let (bytes, tokens, range, places) = (s.bytes, s.tokens, s.range, s.places)
    let e = mentions[k].range.upperBound
    // "protesters stormed Saudi missions in Iran": where the clause says it happened.
    if !mentions[k].needsSentenceCountry, e < range.upperBound,
      Verbs.looksLikeVerb(tokens[e], bytes),
      let c = firstLocative(after: e, mentions, places, tokens, range)
    {
      let resolved = CodedActor(text: a.text, code: c + a.role, person: a.person)
      mentions[k].actors = [resolved]
      relearn(a, as: resolved, &context)
      return true
    }
    return false
  }

  /// The sentence's or the story's country, as the role and the sentence allow; the mention
  /// is removed when none is chosen.
  private func roleFromSentence(
    _ k: Int, _ mentions: inout [Mention], _ s: RoleScene, _ context: inout ArticleContext
  ) {
    let a = mentions[k].actors[0]
    let (tokens, range, places) = (s.tokens, s.range, s.places)
    let (named, located, firstNamed) = (s.named, s.located, s.firstNamed)
    let home = context.home
    let chosen: Code?
    if a.person == nil, !a.role.isEmpty, let c = context.recentRoles[a.role],
      named.isEmpty || named.contains(c)
    {
      chosen = c
    } else if a.person != nil {
      // A person with a title but no country: only where the sentence leaves no doubt.
      let only = named.count == 1 ? named.first : nil
      // "…, Foreign Minister Ramtane Lamamra announced": the speaker of the sentence's report
      // speaks for the country it began with.
      let e = mentions[k].range.upperBound
      let b = mentions[k].range.lowerBound - 1
      let speaks =
        (e < range.upperBound && tokens[e].is(.reporting))
        || (b >= range.lowerBound && tokens[b].is(.reporting))
      // "Foreign Minister Nicu Popescu said the Russian ambassador …": a country named only
      // in what the speaker says is not the speaker's; the story's country is.
      let onlyInReport =
        speaks && e < range.upperBound && tokens[e].is(.reporting)
        && only != nil && home != nil && only != home
        && mentions.allSatisfy { $0.primary.country != only || $0.range.lowerBound > e }
      chosen =
        onlyInReport
        ? home
        : only ?? (named.count == 2 && located.count == 1 ? located.first : nil)
          ?? (speaks ? firstNamed : nil)
    } else if mentions[k].needsSentenceCountry {
      // "the government", "the military": only when the sentence's one country is also
      // where it happens or what the story is about.
      // The story's country when there is one ("Le Drian called the junta illegitimate" in
      // a story about Mali), else the one country the sentence names where things happen.
      let only = named.count == 1 ? named.first : nil
      chosen = only.flatMap { c in located.contains(c) ? c : nil } ?? home
    } else if a.role == .police
      || (a.role == .civilians
        && Words.crowdNouns.contains(tokens[mentions[k].range.upperBound - 1].hash)),
      let d = context.datelineCountry,
      // (A place where things happen says whose they are: "police in Chittagong".)
      !places.contains(where: \.isLocative),
      !mentions.contains(where: {
        !$0.countryFromStory && !$0.isModifier && isLocative($0.range, tokens, range)
      }),
      // ("rallied in several Chinese cities": a country word after "in" says where.)
      !mentions.contains(where: { m in
        var b = m.range.lowerBound - 1
        while b > range.lowerBound, b >= m.range.lowerBound - 3, tokens[b].kind == .word,
          !tokens[b].isCapitalized, tokens[b].hash != Words.inWord
        {
          b -= 1
        }
        return m.isModifier && b >= range.lowerBound && tokens[b].hash == Words.inWord
      })
    {
      // "DHAKA … – police opened fire on protesters, as Modi said India …": the police and
      // the crowd of the country the story was filed from, when the sentence names no place.
      chosen = d
    } else if named.count == 1 {
      chosen = named.first
    } else {
      chosen = home.map { named.isEmpty || named.contains($0) } == true ? home : firstNamed
    }
    if let c = chosen {
      mentions[k].actors = [CodedActor(text: a.text, code: c + a.role, person: a.person)]
    } else {
      mentions.remove(at: k)
    }
    relearn(
      a, as: chosen.map { c in CodedActor(text: a.text, code: c + a.role, person: a.person) },
      &context)
  }

  /// A person introduced with a title but no country is learned with the country chosen.
  func relearn(_ old: CodedActor, as new: CodedActor?, _ context: inout ArticleContext) {
    guard let person = old.person else { return }
    for (key, value) in context.learned where value.person == person && value.code == old.code {
      context.learned[key] = new
    }
    let words = context.names[Int(person)].split(separator: " ")
    if let new, words.count >= 2 {
      context.learnFirstWord(
        TokenHash.of(words[0].lowercased()), as: new, country: new.country, forgetting: false)
    }
  }
}
