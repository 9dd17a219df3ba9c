/// The passive without an agent, and where events happen: the rules that name who acted when
/// the sentence does not ("the ambassador was summoned", "Floderus was detained at Tehran
/// airport"), and the places after a trigger.
extension SentenceCoder {
  /// The source of a passive event `t` whose agent the sentence does not name, from what its
  /// target `tm` underwent: a diplomatic step is taken by the country the story is about; an
  /// arrest of foreigners who are the verb's own subject, by the country it happens in; a ban
  /// on entry, by the country entered.
  func agentlessSource(
    _ t: Trigger, _ p: EventPattern, target tm: Mention, _ context: ArticleContext
  ) -> (sources: [CodedActor], rule: SourceRule?) {
    // "the Russian ambassador had been summoned"
    if p.cameoCode == "114" || p.cameoCode == "161" || p.cameoCode == "166" {
      guard let home = context.home(excluding: [tm.primary.country]) else { return ([], nil) }
      return ([CodedActor(text: ref(t.span), code: home)], .story)
    }
    // "the sailors were being held in Moscow", "were barred from entering the United States"
    let arrest = p.cameoCode == "173"
    let entry = Words.entryVerbs.contains(tokens[t.span.upperBound - 1].hash)
    guard arrest || (p.cameoCode == "172" && entry), isVerbSubject(tm, of: t),
      let at = place(after: t.span.upperBound), at.isLocative || !arrest,
      !at.country.isOrganisation, !tm.actors.contains(where: { $0.country == at.country })
    else { return ([], nil) }
    return ([CodedActor(text: ref(t.span), code: at.country)], .place)
  }

  /// Whether mention `m` is the subject of `t`'s own clause: at most eight words before it,
  /// with no punctuation or relative pronoun between ("the sailors were being held", "Hemedti
  /// and his family are now barred", not "Kavala, a businessman who has been held"), and not
  /// the object of a preposition ("talks between Russian and Ukrainian officials were held").
  func isVerbSubject(_ m: Mention, of t: Trigger) -> Bool {
    guard m.range.upperBound <= t.span.lowerBound, t.span.lowerBound - m.range.upperBound <= 8
    else { return false }
    if m.range.lowerBound > range.lowerBound {
      let before = skipBackDeterminers(m.range.lowerBound - 1)
      if before >= range.lowerBound, tokens[before].is(.prepositions) { return false }
    }
    return !(m.range.upperBound..<t.span.lowerBound).contains {
      tokens[$0].kind == .punct || tokens[$0].is(.relativePronouns)
    }
  }

  /// The place listed right after place `p`, past a comma or "and" (and "the"): "Tokyo,
  /// Beijing and Seoul"; not a place that opens a clause of its own ("…, Seoul said").
  func listedPlace(after p: PlaceHit) -> PlaceHit? {
    var j = p.range.upperBound
    guard j < range.upperBound, tokens[j].hash == Words.comma || tokens[j].hash == Words.and
    else { return nil }
    j += 1
    if j < range.upperBound, tokens[j].hash == Words.and { j += 1 }
    if j < range.upperBound, tokens[j].hash == Words.the { j += 1 }
    guard let next = places.first(where: { $0.range.lowerBound == j }) else { return nil }
    let e = next.range.upperBound
    if e < range.upperBound,
      tokens[e].is(.auxiliaries) || tokens[e].is(.reporting)
        || Verbs.looksLikeVerb(tokens[e], bytes)
    {
      return nil
    }
    return next
  }

  /// The first token at or before `k` that is not a determiner.
  func skipBackDeterminers(_ k: Int) -> Int {
    var j = k
    while j >= range.lowerBound, tokens[j].is(.determiners) { j -= 1 }
    return j
  }

  /// The place an event whose pattern ends at token `k` happens at, within ten tokens: a
  /// place after a locative preposition first, and none past the next trigger.
  func place(after k: Int) -> PlaceHit? {
    let limit = min(range.upperBound, k + 10)
    let candidates = places.filter { $0.range.lowerBound >= k && $0.range.lowerBound < limit }
    // A place after "in", "near", "across" is where the event is; a bare capital after the
    // trigger is more often an actor ("what New Delhi called a camp in Pakistan").
    let ordered = candidates.filter { $0.isLocative } + candidates.filter { !$0.isLocative }
    for p in ordered {
      // The next trigger, when it starts between the pattern and the place, owns the place
      // (not a gathering it travels to: "travel to the climate summit in Egypt").
      if let next = triggers.first(where: {
        $0.span.lowerBound >= k && $0.span.lowerBound < p.range.lowerBound
          && !(lexicon.patterns[$0.pattern].isNoun
            && lexicon.patterns[$0.pattern].isIntentOrConsult
            && !lexicon.patterns[$0.pattern].sourceByAgent)
      }),
        next.span.lowerBound > k
      {
        return nil
      }
      return p
    }
    return nil
  }

  /// Whether trigger `span` is a passive verb: a form of "be" before it (past adverbs), or a
  /// participle followed by "by".
  func isPassive(_ span: Range<Int>) -> Bool {
    // "Tuvaluans threatened by rising seas": a participle followed by "by".
    if span.count == 1, span.upperBound < range.upperBound,
      tokens[span.upperBound].hash == Words.by, isPastForm(span.lowerBound)
    {
      return true
    }
    var j = span.lowerBound - 1
    var steps = 0
    var plainAdverb = false
    while j >= range.lowerBound, steps < 3 {
      let h = tokens[j].hash
      if tokens[j].is(.beForms) {
        // "was attacked", not "is meeting"; "are now barred", not "was still open".
        return !isGerund(span.lowerBound) && (!plainAdverb || isParticipleForm(span.lowerBound))
      }
      // adverbs between: "was reportedly attacked", "was immediately"
      let t = tokens[j]
      let e = Int(t.end)
      let ly =
        t.length > 3 && bytes[e - 2] == UInt8(ascii: "l") && bytes[e - 1] == UInt8(ascii: "y")
      if !(ly || h == Words.also || h == Words.not) {
        guard t.is(.adverbs) else { return false }
        plainAdverb = true
      }
      j -= 1
      steps += 1
    }
    return false
  }
}
