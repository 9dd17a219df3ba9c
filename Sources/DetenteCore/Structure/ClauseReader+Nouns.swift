/// An event noun's arguments, and the links between predicates.
extension ClauseReader {
  /// Links predicate `n`, an event noun: "X's expulsion of Y", "the Chinese attack on Taiwan",
  /// "held talks with Y" (the light verb's subject), "sanctions imposed by X".
  func linkNoun(_ n: Int, _ predicates: inout [ClausePredicate]) {
    let h = predicates[n].head
    var p = predicates[n]
    // Back over adjectives to the possessor or the country word.
    var b = h - 1
    while b >= range.lowerBound, h - b <= 3, tokens[b].kind == .word, !covered(b),
      !tokens[b].is(.determiners), !tokens[b].is(.prepositions), !isVerb(b),
      isNominal(b)
    {
      b -= 1
    }
    if b >= range.lowerBound {
      if tokens[b].hash == Words.possessive, let owner = phrase(endingAt: b - 1) {
        p.subject = ClauseArgument(tokens: owner, link: .possessor)
      } else if let m = mention(containing: b), m.upperBound == b + 1 {
        p.subject = ClauseArgument(tokens: m, link: .possessor)
      } else {
        var v = b
        while v >= range.lowerBound, tokens[v].is(.determiners) { v -= 1 }
        if v >= range.lowerBound, tokens[v].is(.lightVerbs),
          let verb = predicates[..<n].last(where: { $0.head == v })
        {
          p.subject = verb.subject.map { ClauseArgument(tokens: $0.tokens, link: .lightVerb) }
        }
      }
    }
    attach(after: h, &p)
    predicates[n] = p
  }

  /// "After meeting Macron, Scholz said …": a participle that opens the sentence takes the
  /// subject of the clause that follows.
  func linkOpeningParticiples(_ predicates: inout [ClausePredicate]) {
    for n in predicates.indices where predicates[n].subject == nil && !predicates[n].isNoun {
      let h = predicates[n].head
      let opening =
        h == range.lowerBound
        || (h - 1 == range.lowerBound
          && ClauseWords.participleOpeners.contains(tokens[h - 1].hash))
      guard opening, isGerund(h) || isParticiple(h),
        let next = predicates[(n + 1)...].first(where: { $0.subject?.link == .subject })
      else { continue }
      predicates[n].subject = next.subject.map {
        ClauseArgument(tokens: $0.tokens, link: .participleClause)
      }
    }
  }

  /// What a verb of saying, deciding or asking governs: the next verb, when only its subject
  /// and grammar words stand between ("said it would expel", "agreed to lift", "urged Riyadh
  /// to release", "said the raids on the port had hit …") and no punctuation.
  func linkComplements(_ predicates: inout [ClausePredicate]) {
    for n in predicates.indices.dropLast() where !predicates[n].isNoun {
      let g = predicates[n]
      guard
        ClauseWords.clauseTaking.contains(tokens[g.head].hash)
          || ClauseWords.objectControl.contains(tokens[g.head].hash),
        let m = predicates[(n + 1)...].firstIndex(where: { !$0.isNoun }),
        predicates[m].governor == nil
      else { continue }
      var end = g.head + 1
      if let o = g.object { end = max(end, o.tokens.upperBound) }
      if let s = g.subject, s.link == .invertedSubject { end = max(end, s.tokens.upperBound) }
      for a in g.attachments { end = max(end, a.argument.tokens.upperBound) }
      let between = end..<max(end, predicates[m].head)
      let plain = between.allSatisfy { k in
        tokens[k].kind != .punct || tokens[k].hash == Words.possessive || isInnerHyphen(k)
      }
      guard plain, between.count <= 12 else { continue }
      predicates[n].complement = m
      predicates[m].governor = n
    }
  }
}
