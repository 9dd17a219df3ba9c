/// Noun phrases: where an argument starts and ends.
extension ClauseReader {
  /// Whether token `k` may be part of a noun phrase (a name, noun, adjective or number), not a
  /// verb, preposition or grammar word.
  func isNominal(_ k: Int) -> Bool {
    let t = tokens[k]
    if t.kind == .number { return true }
    if isInnerHyphen(k) { return true }
    guard t.kind == .word else { return false }
    if covered(k) { return true }
    if t.is(.determiners) || t.is(.timeWord) || Verbs.isAdverbByForm(tokens[k], bytes) {
      return false
    }
    if k > range.lowerBound, isInnerHyphen(k - 1) { return true }
    if t.is(.prepositions) || t.is(.coordinators) || t.is(.relativePronouns)
      || t.is(.subordinators) || t.is(.reporting) || t.is(.auxiliaries) || t.is(.conjunctions)
      || ClauseWords.nonNominal.contains(t.hash) || t.is(.adverbs)
    {
      return false
    }
    if facts[k - range.lowerBound] & Self.nounTriggerBit != 0 { return true }
    return !isVerb(k)
  }

  /// A hyphen inside a word ("pro-government", "U.S.-led", "970-kilometre").
  func isInnerHyphen(_ k: Int) -> Bool {
    let t = tokens[k]
    guard t.kind == .punct, !t.hasSpaceBefore, k > range.lowerBound, k + 1 < range.upperBound,
      !tokens[k + 1].hasSpaceBefore, tokens[k - 1].kind != .punct, tokens[k + 1].kind != .punct
    else { return false }
    return bytes[Int(t.start)] == UInt8(ascii: "-")
  }

  /// Whether token `k` is inside an actor mention.
  func covered(_ k: Int) -> Bool { facts[k - range.lowerBound] & Self.coveredBit != 0 }

  /// The mention that contains token `k`.
  func mention(containing k: Int) -> Range<Int>? { mentions.first { $0.contains(k) } }

  /// The noun phrase that ends at token `e` (without a leading determiner), if one does.
  func phrase(endingAt e: Int) -> Range<Int>? {
    guard range.contains(e), isNominal(e) || isPronounWord(e) || tokens[e].is(.objectPronouns)
    else { return nil }
    if isPronounWord(e) || tokens[e].is(.objectPronouns) { return e..<(e + 1) }
    var b = e
    while b > range.lowerBound {
      let before = b - 1
      if let m = mention(containing: before) {
        b = m.lowerBound
        continue
      }
      if tokens[before].hash == Words.possessive, before > range.lowerBound,
        isNominal(before - 1)
      {
        b = before
        continue
      }
      guard isNominal(before), !tokens[before].is(.determiners) else { break }
      b = before
    }
    if let m = mention(containing: b) { b = min(b, m.lowerBound) }
    return b..<(e + 1)
  }

  /// The noun phrase that starts at token `s` or after its determiners, if one does.
  func phrase(startingAt s: Int) -> Range<Int>? {
    var b = s
    while b < range.upperBound, tokens[b].is(.determiners) || tokens[b].is(.quantities),
      !covered(b)
    {
      b += 1
    }
    guard b < range.upperBound else { return nil }
    if isPronounWord(b) || tokens[b].is(.objectPronouns) { return b..<(b + 1) }
    guard isNominal(b) else { return nil }
    var e = b + 1
    while e < range.upperBound {
      if let m = mention(containing: e) {
        e = m.upperBound
        continue
      }
      if tokens[e].hash == Words.possessive, e + 1 < range.upperBound, isNominal(e + 1) {
        e += 2
        continue
      }
      guard isNominal(e), !tokens[e].is(.determiners) else { break }
      e += 1
    }
    if let m = mention(containing: e - 1) { e = max(e, m.upperBound) }
    return b..<e
  }

  /// "Kenya and Uganda", "Britain, France and Germany": a phrase extended over the names
  /// coordinated with it.
  func coordination(from p: Range<Int>) -> Range<Int> {
    var e = p.upperBound
    while e + 1 < range.upperBound, covered(p.lowerBound),
      tokens[e].hash == Words.and || tokens[e].hash == Words.comma,
      let next = phrase(startingAt: e + 1), covered(next.lowerBound)
    {
      e = next.upperBound
    }
    return p.lowerBound..<e
  }
}
