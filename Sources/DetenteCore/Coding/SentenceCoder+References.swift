/// A side of a reading found by reference ("the ministry", "he", "condemned the measures").
struct SideReference {
  var role: Event.Reference.Role
  /// The referring words.
  var words: Range<Int>
  var kind: Event.Reference.Kind
  /// For each actor the words resolved to: its key (`ArticleContext.antecedentKey`) and the
  /// mention that named it before, if any.
  var antecedents: [(key: UInt64, antecedent: (sentence: Int, bytes: Range<Int>)?)]
}

extension SentenceCoder {
  /// Whether mention `m` refers to an actor named before rather than naming it: a resolved
  /// pronoun or pair ("he", "the two leaders"), or a description — words after "the" (or
  /// "both", "this" …) that end in a lower-case noun ("the ministry", "the Russian leader"),
  /// not a count ("two Ugandan diplomats" names them).
  func isReferring(_ m: Mention) -> Bool {
    if m.isCoreference { return true }
    guard !tokens[m.range.upperBound - 1].isCapitalized,
      tokens[m.range.upperBound - 1].kind == .word
    else { return false }
    let first = m.range.lowerBound
    if Words.referringDeterminers.contains(tokens[first].hash) { return true }
    return first > range.lowerBound
      && Words.referringDeterminers.contains(tokens[first - 1].hash)
      && !tokens[first].isCapitalized
  }

  /// The reference of side `role`, words `r`, resolved to `actors`.
  func sideReference(
    _ role: Event.Reference.Role, _ r: Range<Int>, _ actors: [CodedActor],
    _ context: ArticleContext, kind: Event.Reference.Kind? = nil
  ) -> SideReference {
    var r = r
    // ("The company": the article is part of the words that refer.)
    if r.lowerBound > range.lowerBound, tokens[r.lowerBound - 1].hash == Words.the {
      r = (r.lowerBound - 1)..<r.upperBound
    }
    // ("condemned the raid", "called the decision unjustified": the act's noun phrase.)
    if kind == .event,
      let d = (r.lowerBound..<min(range.upperBound, r.upperBound + 1)).first(where: {
        tokens[$0].is(.determiners)
      })
    {
      var e = d + 1
      while e < min(range.upperBound, d + 5), tokens[e].kind == .word,
        !tokens[e].is(.prepositions), !tokens[e].is(.coordinators), !tokens[e].is(.determiners),
        !tokens[e].is(.adverbs), !tokens[e].is(.conjunctions),
        !Verbs.isAdverbByForm(tokens[e], bytes)
      {
        e += 1
      }
      if e > d + 1 { r = d..<e }
    }
    let start = Int(tokens[r.lowerBound].start)
    let pronoun = r.count == 1 && Words.referringPronouns.contains(tokens[r.lowerBound].hash)
    return SideReference(
      role: role, words: r, kind: kind ?? (pronoun ? .pronoun : .description),
      antecedents: actors.map {
        (ArticleContext.antecedentKey($0), context.antecedent(of: $0, before: start))
      })
  }

  /// The references of an event of reading `r` between `source` and `target`.
  func references(_ r: Reading, _ source: CodedActor, _ target: CodedActor?) -> [ReferenceDraft] {
    guard !r.references.isEmpty else { return [] }
    var out: [ReferenceDraft] = []
    for ref in r.references {
      guard let side = ref.role == .source ? source : target else { continue }
      let key = ArticleContext.antecedentKey(side)
      guard let a = ref.antecedents.first(where: { $0.key == key }) else { continue }
      out.append(
        ReferenceDraft(
          role: ref.role, words: bytes(ref.words), kind: ref.kind, antecedent: a.antecedent))
    }
    return out
  }
}
