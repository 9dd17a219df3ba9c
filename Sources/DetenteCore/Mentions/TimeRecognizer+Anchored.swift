/// Times counted from another time ("a day later", "hours after", "within hours", "the same
/// day") and from the article date by "ago" ("a year ago", "two weeks ago").
extension TimeRecognizer {
  static let anchorWords = (
    a: TokenHash.of("a"), one: TokenHash.of("one"), the: TokenHash.of("the"),
    that: TokenHash.of("that"), same: TokenHash.of("same"), within: TokenHash.of("within"),
    later: TokenHash.of("later"), earlier: TokenHash.of("earlier"), after: TokenHash.of("after"),
    before: TokenHash.of("before"), ago: TokenHash.of("ago"), day: TokenHash.of("day"),
    days: TokenHash.of("days"), week: TokenHash.of("week"), weeks: TokenHash.of("weeks"),
    month: TokenHash.of("month"), months: TokenHash.of("months"), year: TokenHash.of("year"),
    years: TokenHash.of("years"), next: TokenHash.of("next"), following: TokenHash.of("following"),
    previous: TokenHash.of("previous"), shortly: TokenHash.of("shortly"),
    afterwards: TokenHash.of("afterwards"), inWord: TokenHash.of("in"),
    night: TokenHash.of("night")
  )
  /// Units shorter than a day: "hours later" is the same day.
  static let withinDay = HashSet64(["hours", "minutes", "moments"].map(TokenHash.of))
  static let numberWords: HashMap64<Int> = {
    var d: HashMap64<Int> = [:]
    for (i, w) in ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]
      .enumerated()
    {
      d[TokenHash.of(w)] = i + 2
    }
    d[TokenHash.of("a")] = 1
    d[TokenHash.of("one")] = 1
    return d
  }()

  /// The words an anchored or "ago" time can start with, other than digits.
  static let anchorStarts: HashSet64 = {
    let w = anchorWords
    var s = HashSet64([w.a, w.one, w.the, w.that, w.within, w.later, w.earlier, w.shortly])
    for h in withinDay { s.insert(h) }
    for h in numberWords.keys { s.insert(h) }
    return s
  }()

  /// The anchored and "ago" times in `tokens[range]`, in order.
  func findAnchored(
    _ bytes: UnsafeBufferPointer<UInt8>, _ tokens: [Token], _ range: Range<Int>
  ) -> [TimeMention] {
    var out: [TimeMention] = []
    var i = range.lowerBound
    while i < range.upperBound {
      // (Most words start none: one set lookup passes them over.)
      if tokens[i].kind != .number, !Self.anchorStarts.contains(tokens[i].hash) {
        i += 1
        continue
      }
      if let (mention, stop) = anchored(at: i, bytes, tokens, range) {
        out.append(mention)
        i = stop
      } else {
        i += 1
      }
    }
    return out
  }

  /// The count a token gives: "a", "one", "two" … "ten", or digits up to 99.
  private func count(_ t: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    Self.numberWords[t.hash] ?? Self.digits(t, bytes, maxLength: 2)
  }

  /// The expression starting at token `i`, if one does, and the token after it.
  private func anchored(
    at i: Int, _ bytes: UnsafeBufferPointer<UInt8>, _ tokens: [Token], _ range: Range<Int>
  ) -> (TimeMention, Int)? {
    let w = Self.anchorWords
    let end = range.upperBound
    func hash(_ k: Int) -> UInt64 { k < end ? tokens[k].hash : 0 }
    func make(_ stop: Int, _ spec: TimeSpec, opens: Bool = false) -> (TimeMention, Int) {
      let text = String(
        decoding: bytes[Int(tokens[i].start)..<Int(tokens[stop - 1].end)], as: UTF8.self)
      return (
        TimeMention(
          range: i..<stop, text: text, spec: spec, isReporting: false, isModifier: false,
          opensClause: opens), stop
      )
    }
    /// "after"/"before" opening a clause ("a day after Ottawa expelled …") counts back from the
    /// clause's time; at a clause's end ("met a day before.") it counts from the story's.
    func direction(_ k: Int, days: Int) -> (TimeMention, Int)? {
      let h = hash(k)
      if h == w.later { return make(k + 1, .anchored(days: days, month: false)) }
      if h == w.earlier { return make(k + 1, .anchored(days: -days, month: false)) }
      guard h == w.after || h == w.before else { return nil }
      let closes = k + 1 >= end || tokens[k + 1].kind == .punct
      let sign = (h == w.after) == closes ? 1 : -1
      return make(k + 1, .anchored(days: sign * days, month: false), opens: !closes)
    }
    let h = tokens[i].hash
    // "hours later", "within hours", "shortly after"
    if Self.withinDay.contains(h) { return direction(i + 1, days: 0) }
    if h == w.within, Self.withinDay.contains(hash(i + 1)) {
      return make(i + 2, .anchored(days: 0, month: false))
    }
    if h == w.shortly {
      if hash(i + 1) == w.afterwards { return make(i + 2, .anchored(days: 0, month: false)) }
      return direction(i + 1, days: 0)
    }
    // "later that day", "earlier in the day", "later that night"
    if h == w.later || h == w.earlier {
      let k = hash(i + 1) == w.inWord ? i + 2 : i + 1
      if hash(k) == w.that || hash(k) == w.the,
        hash(k + 1) == w.day || hash(k + 1) == w.night
          || (hash(k + 1) == w.same && hash(k + 2) == w.day)
      {
        return make(hash(k + 1) == w.same ? k + 3 : k + 2, .anchored(days: 0, month: false))
      }
      return nil
    }
    // "the next day", "the previous day", "the same day", "the same month", "the day before"
    if h == w.the || h == w.that {
      let n = hash(i + 1)
      if n == w.same, hash(i + 2) == w.day { return make(i + 3, .anchored(days: 0, month: false)) }
      if h == w.the, n == w.same, hash(i + 2) == w.month {
        return make(i + 3, .anchored(days: 0, month: true))
      }
      guard h == w.the else { return nil }
      if n == w.next || n == w.following, hash(i + 2) == w.day {
        return make(i + 3, .anchored(days: 1, month: false))
      }
      if n == w.previous, hash(i + 2) == w.day {
        return make(i + 3, .anchored(days: -1, month: false))
      }
      if n == w.day { return direction(i + 2, days: 1) }
      return nil
    }
    // "a day later", "two days after", "a week earlier", "a year ago"
    guard let n = count(tokens[i], bytes), i + 2 <= end else { return nil }
    let unit = hash(i + 1)
    if hash(i + 2) == w.ago {
      switch unit {
      case w.day, w.days: return make(i + 3, .dayOffset(-n))
      case w.week, w.weeks: return make(i + 3, .dayOffset(-7 * n))
      case w.month, w.months: return make(i + 3, .monthOffset(-n))
      case w.year, w.years: return make(i + 3, .monthOffset(-12 * n))
      default: return nil
      }
    }
    switch unit {
    case w.day, w.days: return direction(i + 2, days: n)
    case w.week, w.weeks: return direction(i + 2, days: 7 * n)
    default: return nil
    }
  }
}
