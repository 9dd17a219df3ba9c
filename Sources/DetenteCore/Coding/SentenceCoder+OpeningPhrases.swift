/// The phrase a sentence opens with ("During talks with Wang Yi, …", "After meeting Talon in
/// Yokohama, …"): whose act a trigger inside it is.
extension SentenceCoder {
  /// The main clause's subject after an opening phrase that holds trigger `t` ("In a phone
  /// call with Wang Yi, China's top diplomat, Blinken said"): the sentence (after its dateline)
  /// opens with a preposition, "after" or a participle ("Speaking at"), no comma comes between
  /// it and the trigger, "with" names the other side right after it, and the subject is the
  /// first actor after a later comma that a verb follows. (Not "During the two-day trip, Turkey
  /// and Pakistan signed": a meeting told before.)
  func openingPhraseSubject(after t: Trigger) -> Mention? {
    let start = openingStart
    // ("Speaking at a joint news conference with Rau, Baerbock said": "with" may end the
    // pattern.)
    let w =
      tokens[t.span.upperBound - 1].hash == Words.withWord
      ? t.span.upperBound - 1 : t.span.upperBound
    guard start < t.span.lowerBound, w + 1 < range.upperBound, tokens[w].hash == Words.withWord,
      tokens[start].is(.prepositions) || tokens[start].is(.conjunctions) || isGerund(start),
      !isDefinite(t.span.lowerBound),
      !(start..<t.span.lowerBound).contains(where: { tokens[$0].hash == Words.comma })
    else { return nil }
    var c = w + 1
    while c + 2 < range.upperBound {
      if let m = subjectAfterComma(c) { return m }
      c += 1
    }
    return nil
  }

  /// The actor that starts a clause after the comma at `c`: named right after it and followed by
  /// a verb ("…, Blinken said", "…, Buhari has kept").
  func subjectAfterComma(_ c: Int) -> Mention? {
    guard tokens[c].hash == Words.comma, let m = mention(startingAt: c + 1), !m.isModifier,
      !m.isOccasion, m.range.upperBound < range.upperBound
    else { return nil }
    let next = tokens[m.range.upperBound]
    return next.is(.reporting) || next.is(.auxiliaries) || Verbs.looksLikeVerb(next, bytes)
      ? m : nil
  }

  /// The subject of the main clause when the trigger stands in the participle phrase the
  /// sentence opens with: "Meeting Talon in Yokohama, Japan, on August 28, he told him …",
  /// "After holding talks with Suu Kyi, Mahmood Ali said …". The phrase opens with a gerund, or
  /// with "after", "before", "while", "since", "when", "on" or "upon" and a gerund, and has no
  /// comma before the trigger; the subject is the actor (or pronoun) after one of the commas
  /// that follow, itself followed by a verb. A pronoun there is not anyone the phrase names
  /// ("Meeting Talon, he told him": not Talon).
  func openingClauseSubject(_ t: Trigger, _ context: ArticleContext) -> Mention? {
    let start = openingStart
    guard let g = gerundPhraseStart(before: t.span.lowerBound + 1), g <= t.span.lowerBound,
      !(start..<t.span.lowerBound).contains(where: { tokens[$0].hash == Words.comma }),
      // ("Speaking to reporters in Washington, Esper said": the setting of what was said.)
      !Self.settingGerunds.contains(tokens[g].hash)
    else { return nil }
    var c = t.span.upperBound
    while c + 2 < range.upperBound, c - t.span.upperBound < 30 {
      defer { c += 1 }
      guard tokens[c].hash == Words.comma else { continue }
      if let m = subjectAfterComma(c) { return m }
      // (A name without a verb after it is no subject, and no pronoun either.)
      let h = tokens[c + 1].hash
      // (A pronoun after the comma is the subject whatever word follows: "he spoke".)
      guard h == Words.he || h == Words.she || h == Words.it || h == Words.they,
        tokens[c + 2].kind == .word
      else { continue }
      let a =
        h == Words.he || h == Words.she
        ? context.likelyPerson : pronoun(h, context, at: start)
      return a.map { Mention(range: (c + 1)..<(c + 2), actors: [$0], isCoreference: true) }
    }
    return nil
  }

  /// The gerund of the participle phrase the sentence opens with ("Meeting Talon …", "After
  /// meeting Talon …", "On arriving in Kyiv …"), when it stands before `k`; with a comma right
  /// before `k`, `k` is where the main clause starts.
  func gerundPhraseStart(before k: Int) -> Int? {
    var g = openingStart
    if g < range.upperBound,
      tokens[g].is(.subordinators) || tokens[g].hash == Words.onWord
        || tokens[g].hash == Self.uponWord
    {
      g += 1
    }
    guard g < k, g < range.upperBound, tokens[g].kind == .word, isGerund(g) else { return nil }
    if k - 1 > g, tokens[k - 1].hash != Words.comma, k < range.upperBound,
      tokens[k].hash != Words.comma
    {
      // (Only the start of the main clause, right after a comma, or a trigger in the phrase.)
      return (g..<k).contains(where: { tokens[$0].hash == Words.comma }) ? nil : g
    }
    return g
  }

  /// Where the sentence's opening phrase starts: after the dateline, and after a first phrase
  /// of time or manner that names no actor and has no verb ("Earlier in the day, after talks
  /// with Li Keqiang, Abe told …").
  var openingStart: Int {
    let start = datelineEnd ?? range.lowerBound
    var c = start
    while c < min(range.upperBound, start + 8), tokens[c].hash != Words.comma {
      if tokens[c].is(.verbLike) || hasMention(startingAt: c) { return start }
      c += 1
    }
    guard c > start, c + 1 < range.upperBound, tokens[c].hash == Words.comma else { return start }
    return c + 1
  }

  static let uponWord = TokenHash.of("upon")
  static let settingGerunds = HashSet64(
    ["speaking", "talking", "addressing", "writing", "testifying", "briefing"].map(
      TokenHash.of))
}
