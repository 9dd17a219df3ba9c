/// What the actors of a sentence tell about the rest of the story, and the country a
/// civilian takes from the armed group named with it (parts of `findCoded`).
extension ActorRecognizer {
  /// "The militants abducted the girls": civilians without a country named with an armed group
  /// are of its country — a group named before them or as the agent after them ("schoolgirls
  /// kidnapped by Boko Haram militants"), and not when their own place is named ("people in
  /// Israel").
  func civiliansOfArmedGroups(
    _ mentions: inout [Mention], _ places: [PlaceHit], _ tokens: [Token], _ range: Range<Int>
  ) {
    for k in mentions.indices
    where mentions[k].countryFromStory
      && (mentions[k].primary.role == .civilians || mentions[k].primary.role == .refugees)
      && mentions[k].primary.person == nil
    {
      let e = mentions[k].range.upperBound
      if e + 1 < range.upperBound,
        tokens[e].hash == Words.inWord || tokens[e].hash == Words.from
          || tokens[e].hash == Words.of
      {
        let start = skipRegionWords(e + 1, tokens, range)
        if places.contains(where: { $0.range.lowerBound == start })
          || mentions.contains(where: { $0.range.lowerBound == start && !$0.countryFromStory })
        {
          continue
        }
      }
      let armed = mentions.first(where: { m in
        let role = m.primary.role
        return (role == .rebels || role == .police || role == .military) && m.actors.count == 1
          && !m.primary.country.isOrganisation && m.primary.country[0] != UInt8(ascii: "?")
          && (m.range.upperBound <= mentions[k].range.lowerBound
            || (m.range.lowerBound > range.lowerBound
              && tokens[m.range.lowerBound - 1].hash == Words.by))
      })
      if let armed {
        let a = mentions[k].primary
        mentions[k].actors = [CodedActor(text: a.text, code: armed.primary.country + a.role)]
      }
    }
  }

  /// Notes a sentence's actors for the rest of the story: the countries it names (a place where
  /// things happen counts more), the words of their names, and the group or pair that "both
  /// sides" and "the two countries" later refer to.
  func noteForStory(
    _ mentions: [Mention], _ places: [PlaceHit], _ tokens: [Token], _ range: Range<Int>,
    _ context: inout ArticleContext
  ) {
    // (Mentions read in place, through their index or address, in the loops below.)
    mentions.withUnsafeBufferPointer { m in
      for k in m.indices { context.note(m[k], lexicon: shared) }
    }
    rememberWords(mentions, tokens, &context)
    // Where things happen says what the story is about: a place counts more than a mention.
    for p in places where p.isLocative && !p.country.isOrganisation {
      context.countryCounts[p.country, default: 0] += 2
    }
    // "Russia and Ukraine signed …": a pair named together as a subject is what "both sides"
    // and "the two countries" later refer to (not "with Turkey and the UN").
    for k in mentions.indices
    where (2...6).contains(mentions[k].actors.count) && !mentions[k].isCoreference {
      // ("The military governments of Mali, Burkina Faso and Niger" counts too.)
      if let j = previousWord(mentions[k].range.lowerBound, tokens, range),
        tokens[j].is(.prepositions),
        !(j > range.lowerBound && tokens[j].hash == Words.of
          && tokens[j - 1].is(.representativeNouns))
      {
        continue
      }
      context.lastGroup = mentions[k].actors.map {
        CodedActor(text: $0.text, code: $0.country)
      }
    }
    for k in mentions.indices where mentions[k].actors.count == 2 && !mentions[k].isCoreference {
      let domestic = mentions[k].actors[0].country == mentions[k].actors[1].country
      guard !domestic || mentions[k].actors[0].code != mentions[k].actors[1].code else {
        continue
      }
      if let j = previousWord(mentions[k].range.lowerBound, tokens, range),
        tokens[j].is(.prepositions), tokens[j].hash != Words.between
      {
        continue
      }
      // Two sides of one country keep their roles (the army and a militia).
      context.lastPair = mentions[k].actors.map {
        CodedActor(text: $0.text, code: domestic ? $0.code : $0.country)
      }
    }
  }
}
