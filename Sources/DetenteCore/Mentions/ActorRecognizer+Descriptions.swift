/// Descriptions that refer back: "the ministry", "the delegation", "the minister" mean the last
/// actor named with that word in an earlier sentence ("Rwanda's foreign ministry", "the Houthi
/// delegation", "Foreign Minister Ayman Safadi"), not whatever the story is mostly about.
extension ActorRecognizer {
  /// Remembers the words of this sentence's actors that are named with their own country, for
  /// the descriptions of later sentences.
  func rememberWords(_ mentions: [Mention], _ tokens: [Token], _ context: inout ArticleContext) {
    for m in mentions
    where !m.countryFromStory && !m.isModifier && !m.isOccasion && !m.isCoreference
      && m.actors.count == 1 && !m.primary.country.isEmpty
    {
      for j in m.range where tokens[j].kind == .word {
        context.rememberWord(tokens[j].hash, of: m.primary)
      }
    }
  }

  /// The actor a definite description names ("the ministry": the last actor named with the
  /// word "ministry"), or `nil` when the mention is no definite description or no earlier
  /// actor was named with its last word.
  func describedActor(
    _ m: Mention, _ tokens: [Token], _ range: Range<Int>, _ context: ArticleContext
  ) -> CodedActor? {
    let first = m.range.lowerBound
    let definite =
      tokens[first].hash == Words.the
      || (first > range.lowerBound && tokens[first - 1].hash == Words.the)
    guard definite, m.actors.count == 1, m.range.count <= 3 else { return nil }
    return context.lastNamed(withWord: tokens[m.range.upperBound - 1].hash)
  }

  /// The region a described country lies in: "the West African country", "the small Baltic
  /// nation", "the Gulf state" (a word for a country after region words, after "the"), or `nil`.
  func describedRegion(_ m: Mention, _ tokens: [Token], _ range: Range<Int>) -> Region? {
    let head = m.range.upperBound - 1
    guard Words.countryNouns.contains(tokens[head].hash) else { return nil }
    var j = head - 1
    var words: [UInt64] = []
    while j >= range.lowerBound, tokens[j].kind == .word, tokens[j].hash != Words.the,
      words.count < 3
    {
      words.insert(tokens[j].hash, at: 0)
      j -= 1
    }
    guard j >= range.lowerBound, tokens[j].hash == Words.the else { return nil }
    // Two words first ("West African", "South American"), then one ("Baltic", "Gulf").
    for n in [2, 1] where words.count >= n {
      for start in 0...(words.count - n) {
        let key = n == 2 ? TokenHash.combine(words[start], words[start + 1]) : words[start]
        if let r = lexicon.regions[key] { return r }
      }
    }
    return nil
  }
}

extension ActorRecognizer {
  /// "the Central African state" after Chad: a region's name that is also a country's
  /// adjective describes the last country named there, not that country.
  func resolveRegionAdjectives(
    _ mentions: inout [Mention], _ tokens: [Token], _ range: Range<Int>,
    _ context: ArticleContext
  ) {
    for k in mentions.indices
    where !mentions[k].countryFromStory && mentions[k].actors.count == 1
      && mentions[k].primary.person == nil
      && Words.regionCountryNouns.contains(tokens[mentions[k].range.upperBound - 1].hash)
    {
      guard let region = describedRegion(mentions[k], tokens, range),
        let c = lastNamedCountry(
          before: k, mentions, context,
          where: { c in
            !c.isOrganisation && lexicon.countries[c.string].map { region.contains($0) } == true
          }), c != mentions[k].primary.country
      else { continue }
      mentions[k].actors = [
        CodedActor(text: mentions[k].primary.text, code: c + mentions[k].primary.role)
      ]
    }
  }

  /// "the president of the Central African Republic": whether piece `t`, a title, and piece
  /// `c`, a country's name, are joined by "of" (or "of the"), and no list follows ("the
  /// presidents of Kazakhstan, Kyrgyzstan and Tajikistan" is read as a list). (Pieces are read
  /// in place: a copy retains its entries.)
  func isTitleOfCountry(
    _ pieces: [Piece], _ t: Int, _ c: Int, _ tokens: [Token], _ range: Range<Int>
  ) -> Bool {
    let gap = pieces[t].range.upperBound..<pieces[c].range.lowerBound
    guard (1...2).contains(gap.count), tokens[gap.lowerBound].hash == Words.of,
      gap.count == 1 || tokens[gap.lowerBound + 1].hash == Words.the,
      entries(pieces[t]).contains(where: {
        if case .title = $0 { return true }
        return false
      }),
      entries(pieces[c]).contains(where: {
        if case .country(_, .name) = $0 { return true }
        return false
      })
    else { return false }
    let after = pieces[c].range.upperBound
    return after >= range.upperBound
      || (tokens[after].hash != Words.comma && tokens[after].hash != Words.and)
  }

  /// The last country named before mention `k` (in its sentence, else in the story) that
  /// `fits`: what "the kingdom" or "the West African country" means.
  func lastNamedCountry(
    before k: Int, _ mentions: [Mention], _ context: ArticleContext, where fits: (Code) -> Bool
  ) -> Code? {
    for m in mentions[..<k].reversed()
    where !m.countryFromStory && !m.isOccasion && m.actors.count == 1 && fits(m.primary.country) {
      return m.primary.country
    }
    return context.recentCountries.reversed().first { fits($0.country) }?.country
  }

  /// The countries a description can mean by its kind ("the kingdom", "the Gulf emirate", "the
  /// island nation"): section `[kinds]` of regions.lex.
  func describedKind(_ m: Mention, _ tokens: [Token], _ range: Range<Int>) -> [Code]? {
    var j = m.range.upperBound - 1
    var steps = 0
    while j >= range.lowerBound, steps < 3, tokens[j].kind == .word, tokens[j].hash != Words.the {
      if let k = lexicon.kinds[tokens[j].hash] { return k }
      j -= 1
      steps += 1
    }
    return nil
  }
}
