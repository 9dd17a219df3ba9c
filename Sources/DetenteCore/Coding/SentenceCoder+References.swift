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

  /// The reference of side `role`, words `r`, resolved to `actors` (nil for an act whose noun
  /// phrase is not found: no words to show).
  func sideReference(
    _ role: Event.Reference.Role, _ r: Range<Int>, _ actors: [CodedActor],
    _ context: ArticleContext, kind: Event.Reference.Kind? = nil
  ) -> SideReference? {
    var r = r
    // ("The company": the article is part of the words that refer.)
    if r.lowerBound > range.lowerBound, tokens[r.lowerBound - 1].hash == Words.the {
      r = (r.lowerBound - 1)..<r.upperBound
    }
    // ("condemned the raid", "called the decision unjustified": the act's noun phrase.)
    if kind == .event {
      guard let np = actPhrase(in: r) else { return nil }
      r = np
    }
    let start = Int(tokens[r.lowerBound].start)
    let pronoun = r.count == 1 && Words.referringPronouns.contains(tokens[r.lowerBound].hash)
    return SideReference(
      role: role, words: r, kind: kind ?? (pronoun ? .pronoun : .description),
      antecedents: actors.map {
        (ArticleContext.antecedentKey($0), context.antecedent(of: $0, before: start))
      })
  }

  /// The noun phrase that names an act in or right after the words `r`: a determiner and the
  /// words after it ("the raid", "the decision"), not "that" opening a clause ("warned that the
  /// …").
  func actPhrase(in r: Range<Int>) -> Range<Int>? {
    let end = min(range.upperBound, r.upperBound + 1)
    guard
      let d = (r.lowerBound..<end).first(where: {
        tokens[$0].is(.determiners)
          && !(tokens[$0].hash == Words.that && $0 + 1 < range.upperBound
            && (tokens[$0 + 1].is(.determiners) || tokens[$0 + 1].isCapitalized
              || tokens[$0 + 1].is(.auxiliaries)))
      })
    else { return nil }
    var e = d + 1
    while e < min(range.upperBound, d + 5), tokens[e].kind == .word,
      !tokens[e].is(.prepositions), !tokens[e].is(.coordinators), !tokens[e].is(.determiners),
      !tokens[e].is(.adverbs), !tokens[e].is(.conjunctions), !tokens[e].is(.auxiliaries),
      !Verbs.isAdverbByForm(tokens[e], bytes)
    {
      e += 1
    }
    return e > d + 1 ? d..<e : nil
  }

  /// The references of an event of reading `r` between `source` and `target`.
  func references(_ r: Reading, _ source: CodedActor, _ target: CodedActor?) -> [ReferenceDraft] {
    guard !r.references.isEmpty else { return [] }
    var out: [ReferenceDraft] = []
    for ref in r.references {
      guard let side = ref.role == .source ? source : target else { continue }
      let key = ArticleContext.antecedentKey(side)
      // (An act's doer is its one actor, whatever its key: the target made from it has no person.)
      guard
        let a = ref.antecedents.first(where: { $0.key == key })
          ?? (ref.kind == .event ? ref.antecedents.first : nil)
      else { continue }
      out.append(
        ReferenceDraft(
          role: ref.role, words: bytes(ref.words), kind: ref.kind, antecedent: a.antecedent))
    }
    // "The two leaders met": the pair split into source and target is referred to on both sides.
    if let target, !out.contains(where: { $0.role == .target }),
      let ref = r.references.first(where: { $0.role == .source }),
      let a = ref.antecedents.first(where: { $0.key == ArticleContext.antecedentKey(target) })
    {
      out.append(
        ReferenceDraft(
          role: .target, words: bytes(ref.words), kind: ref.kind, antecedent: a.antecedent))
    }
    return out
  }
}
