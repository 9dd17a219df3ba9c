/// Where a sentence says things happen: places and countries after locative prepositions.
extension ActorRecognizer {
  /// The country of the first place or country named after "in", "at" or "near" between `k`
  /// and the next comma.
  func firstLocative(
    after k: Int, _ mentions: [Mention], _ places: [PlaceHit], _ tokens: [Token],
    _ sentence: Range<Int>
  ) -> Code? {
    // A named place ("in Niamey") first, then a country named where it happens.
    var end = k
    while end < sentence.upperBound, tokens[end].hash != Words.comma { end += 1 }
    if let p = places.first(where: {
      $0.range.lowerBound >= k && $0.range.lowerBound < end && $0.isLocative
    }) {
      return p.country
    }
    var j = k
    while j < end {
      if let m = mentions.first(where: { $0.range.lowerBound == j }), !m.countryFromStory,
        !m.primary.country.isOrganisation, isLocative(m.range, tokens, sentence)
      {
        return m.primary.country
      }
      j += 1
    }
    return nil
  }

  /// Skips "the northern region of", "the town of" before a place name.
  func skipRegionWords(_ k: Int, _ tokens: [Token], _ sentence: Range<Int>) -> Int {
    var j = skipArticles(k, tokens, sentence)
    while j < sentence.upperBound, tokens[j].is(.compass) { j += 1 }
    if j + 1 < sentence.upperBound, Words.placeKinds.contains(tokens[j].hash),
      tokens[j + 1].hash == Words.of
    {
      j = skipArticles(j + 2, tokens, sentence)
    }
    return j
  }

  func skipArticles(_ k: Int, _ tokens: [Token], _ sentence: Range<Int>) -> Int {
    var j = k
    while j < sentence.upperBound, tokens[j].is(.articleWords) { j += 1 }
    return j
  }

  func isLocative(_ r: Range<Int>, _ tokens: [Token], _ sentence: Range<Int>) -> Bool {
    var j = r.lowerBound - 1
    while j >= sentence.lowerBound, tokens[j].is(.articleWords) { j -= 1 }
    return j >= sentence.lowerBound && tokens[j].is(.locative)
  }

  func placeMention(_ p: Piece, _ tokens: [Token], _ sentence: Range<Int>, _ text: TextRef)
    -> PlaceHit?
  {
    for e in entries(p) {
      switch e {
      case .place(let idx):
        return PlaceHit(
          range: p.range, text: text, source: idx, country: Code(lexicon.places[Int(idx)].iso3),
          isLocative: isLocative(p.range, tokens, sentence))
      case .country(let iso, .name):
        guard let c = shared.countryPosition(iso) else { continue }
        return PlaceHit(
          range: p.range, text: text, source: Int32(-1 - c), country: iso,
          isLocative: isLocative(p.range, tokens, sentence))
      default: continue
      }
    }
    return nil
  }

  /// "a villa outside the Omani capital": a country word between "the" and "capital" names
  /// that country's capital as a place (its gazetteer entry of kind `capital`).
  func capitalsByDescription(
    _ mentions: [Mention], _ tokens: [Token], _ sentence: Range<Int>, headline: Bool,
    into places: inout [PlaceHit]
  ) {
    // (Not "the capital" alone: its country is only the story's guess here.)
    for m in mentions
    where m.actors.count == 1 && !m.countryFromStory && !m.primary.country.isOrganisation {
      // (The country word alone, or with "capital" read as the country: "Omani capital".)
      let r = m.range
      let end =
        tokens[r.upperBound - 1].hash == Words.capital
        ? r.upperBound
        : r.upperBound < sentence.upperBound && tokens[r.upperBound].hash == Words.capital
          ? r.upperBound + 1 : nil
      // (Not "the Chinese capital market", nor "the Syrian capital Damascus", a place of its
      // own.)
      guard let end, r.lowerBound > sentence.lowerBound,
        tokens[r.lowerBound - 1].hash == Words.the,
        end == sentence.upperBound || tokens[end].kind != .word
          || !(tokens[end].isCapitalized || Words.capitalNouns.contains(tokens[end].hash)),
        !places.contains(where: { $0.range.overlaps(r) }),
        let idx = lexicon.places.firstIndex(where: {
          $0.kind == "capital" && $0.iso3 == m.primary.country.description
        })
      else { continue }
      let whole = (r.lowerBound - 1)..<end
      places.append(
        PlaceHit(
          range: whole, text: Self.text(tokens, whole, headline: headline), source: Int32(idx),
          country: m.primary.country,
          isLocative: isLocative(whole, tokens, sentence)))
    }
  }
}
