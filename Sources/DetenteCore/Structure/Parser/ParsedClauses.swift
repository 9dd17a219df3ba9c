/// The rules' clause structure with the dependency parse's arguments merged in, role by role,
/// as measured on the clause gold (docs/clauses.md): the rules' subject where they found one
/// (the parse's otherwise); the parse's object, prepositional attachments and governed
/// predicate where it found them (the rules' otherwise); and a predicate for every verb the
/// parse finds that the rules did not take.
extension DependencyModel {
  /// The predicates of sentence `sentence` (token indices into `tokens`, whose offsets are
  /// into `bytes`), with `rules` as `ClauseReader` read them. The words of `mentions` (actor
  /// mentions' token ranges) are read as nouns, never verbs.
  public func merge(
    _ rules: [ClausePredicate], bytes: [UInt8], tokens: [Token], sentence: Range<Int>,
    mentions: [Range<Int>] = []
  ) -> [ClausePredicate] {
    bytes.withUnsafeBufferPointer {
      merge(rules, bytes: $0, tokens: tokens, sentence: sentence, mentions: mentions)
    }
  }

  func merge(
    _ rules: [ClausePredicate], bytes: UnsafeBufferPointer<UInt8>, tokens: [Token],
    sentence: Range<Int>, mentions: [Range<Int>]
  ) -> [ClausePredicate] {
    guard !sentence.isEmpty else { return rules }
    let local = sentence.lowerBound
    let words = sentence.map {
      String(decoding: bytes[Int(tokens[$0].start)..<Int(tokens[$0].end)], as: UTF8.self)
    }
    let features = WordFeatures(
      bytes: bytes, ranges: sentence.lazy.map { Int(tokens[$0].start)..<Int(tokens[$0].end) })
    var nominal = [Bool](repeating: false, count: sentence.count)
    for m in mentions {
      for k in m where sentence.contains(k) { nominal[k - local] = true }
    }
    let tree = TreeArguments(words: words, parse: parse(features, nominal: nominal), model: self)
    var predicates = rules
    var index: [Int: Int] = [:]
    for (k, p) in predicates.enumerated() { index[p.head] = k }
    for i in words.indices where index[local + i] == nil && tree.isPredicateVerb(i) {
      var p = ClausePredicate(head: local + i, isNoun: false)
      p.isPassive = tree.isPassive(i)
      index[local + i] = predicates.count
      predicates.append(p)
    }
    func argument(_ n: Int?) -> ClauseArgument? {
      tree.argumentRange(n).map {
        ClauseArgument(tokens: (local + $0.lowerBound)..<(local + $0.upperBound), link: .parsed)
      }
    }
    for k in predicates.indices {
      let a = tree.analyse(predicates[k].head - local)
      if predicates[k].subject == nil { predicates[k].subject = argument(a.subject) }
      if let o = argument(a.object) { predicates[k].object = o }
      var attachments: [Attachment] = []
      for p in a.preps {
        guard let arg = argument(p.noun) else { continue }
        attachments.append(Attachment(preposition: local + p.preposition, argument: arg))
      }
      let taken = Set(a.preps.map(\.word))
      for at in predicates[k].attachments
      where !taken.contains(words[at.preposition - local].lowercased()) {
        attachments.append(at)
      }
      predicates[k].attachments = attachments
      if let c = a.complement, let j = index[local + c], j != k {
        predicates[k].complement = j
        predicates[j].governor = k
      }
    }
    return predicates
  }
}

extension TreeArguments {
  /// A verb that carries a clause of its own (not an auxiliary or a copula).
  func isPredicateVerb(_ i: Int) -> Bool {
    tag(i).hasPrefix("VB") && !["aux", "aux:pass", "cop"].contains(rel(i))
  }
}
