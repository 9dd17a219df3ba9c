/// Word forms the coder reads off a token: past tenses, participles, a year before a noun.
extension SentenceCoder {
  /// Whether token `k` ends in "ed" ("attacked"): a past tense or participle.
  func isPastForm(_ k: Int) -> Bool {
    let w = tokens[k]
    return w.length > 3 && bytes[Int(w.end) - 2] == UInt8(ascii: "e")
      && bytes[Int(w.end) - 1] == UInt8(ascii: "d")
  }

  /// Whether token `k` is a past tense that is rarely a noun: "-ed", "met", "held", "sent",
  /// "told" ("cut", "hit" and "set" are left out: "the budget cut").
  func isPastVerbForm(_ k: Int) -> Bool {
    isPastForm(k) || Words.unambiguousPasts.contains(tokens[k].hash)
  }

  /// Whether token `k` is a past participle by its form: "-ed", or an irregular one ("held").
  func isParticipleForm(_ k: Int) -> Bool {
    isPastForm(k) || ClauseWords.irregularParticiples.contains(tokens[k].hash)
  }

  /// A year ("1965") among the two words before a noun trigger.
  func yearBefore(_ k: Int) -> Bool {
    var j = k - 1
    while j >= range.lowerBound, j >= k - 2 {
      let t = tokens[j]
      if t.kind == .number, t.length == 4,
        bytes[Int(t.start)] == UInt8(ascii: "1") || bytes[Int(t.start)] == UInt8(ascii: "2")
      {
        return true
      }
      j -= 1
    }
    return false
  }
}
