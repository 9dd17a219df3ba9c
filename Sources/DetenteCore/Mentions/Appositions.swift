/// Names the story introduces with an aside: "Al Jazeera, the Doha-based broadcaster, …",
/// "Lotte, the South Korean conglomerate, …".
extension ArticleContext {
  /// Learns, for the rest of the story, each unknown capitalized name of a sentence that an
  /// aside after it describes as a role of a country (or an organisation): the name then
  /// stands for that actor wherever it recurs ("Al Jazeera also criticised …").
  mutating func learnAppositions(
    _ mentions: [Mention], _ tokens: [Token], _ sentence: Range<Int>, headline: Bool
  ) {
    for m in mentions where !m.isModifier && !m.isOccasion && !m.isCoreference {
      guard m.actors.count == 1, m.primary.person == nil,
        !m.primary.role.isEmpty || m.primary.country.isOrganisation,
        let comma = asideComma(before: m.range.lowerBound, mentions, tokens, sentence)
      else { continue }
      // The capitalized words before the comma, none of them a mention already.
      var b = comma
      while b > sentence.lowerBound, tokens[b - 1].kind == .word, tokens[b - 1].isCapitalized,
        !mentions.contains(where: { $0.range.contains(b - 1) }), comma - b < 4
      {
        b -= 1
      }
      guard b < comma,
        b == sentence.lowerBound || tokens[b - 1].kind == .punct
          || tokens[b - 1].hash == Words.and
      else { continue }
      let name = b..<comma
      let text = ActorRecognizer.text(tokens, name, headline: headline)
      let actor = CodedActor(text: text, code: m.primary.code)
      learned[tokens[name.upperBound - 1].hash] = actor
      if name.count >= 2 {
        learned[TokenHash.combine(tokens[name.lowerBound].hash, tokens[name.lowerBound + 1].hash)] =
          actor
      }
    }
  }

  /// The comma that opens the aside mention-start `k` stands in: only "the"/"a", hyphenated
  /// words and country words between ("the Doha-based broadcaster", "the South Korean …").
  private func asideComma(
    before k: Int, _ mentions: [Mention], _ tokens: [Token], _ sentence: Range<Int>
  ) -> Int? {
    var j = k - 1
    while j > sentence.lowerBound, k - j <= 6 {
      let t = tokens[j]
      if t.hash == Words.comma { return j }
      let inModifier = mentions.contains { $0.isModifier && $0.range.contains(j) }
      guard
        inModifier || t.is(.determiners) || t.hash == Words.hyphen
          || (t.kind == .word && !t.isCapitalized && !t.is(.prepositions)
            && !t.is(.auxiliaries))
      else { return nil }
      j -= 1
    }
    return nil
  }
}
