/// Finds time expressions in a sentence's tokens: weekdays ("on Monday", "last Friday"), months
/// ("in December", "last May", "early September", "Sept. 5-6", "October 3, 2013"), years
/// ("in 2009"), and relative days, weeks, months and years ("yesterday", "last week", "next year").
public struct TimeRecognizer: Sendable {
  static let weekdays = TimeWords.weekdays
  static let fullWeekdays = TimeWords.fullWeekdays
  static let months = TimeWords.months
  static let h = (
    last: TokenHash.of("last"), next: TokenHash.of("next"), this: TokenHash.of("this"),
    on: TokenHash.of("on"), in: TokenHash.of("in"), early: TokenHash.of("early"),
    late: TokenHash.of("late"),
    mid: TokenHash.of("mid"), week: TokenHash.of("week"), month: TokenHash.of("month"),
    year: TokenHash.of("year"),
    yesterday: TokenHash.of("yesterday"), today: TokenHash.of("today"),
    tomorrow: TokenHash.of("tomorrow"),
    tonight: TokenHash.of("tonight"), dot: TokenHash.of("."), comma: TokenHash.of(","),
    dash: TokenHash.of("-"),
    the: TokenHash.of("the"), possessive: TokenHash.of("'s"), since: TokenHash.of("since"),
    by: TokenHash.of("by"),
    until: TokenHash.of("until"), during: TokenHash.of("during"), earlier: TokenHash.of("earlier"),
    later: TokenHash.of("later"), a: TokenHash.of("a"), of: TokenHash.of("of"),
    ago: TokenHash.of("ago"), forWord: TokenHash.of("for")
  )
  static let reporting: HashSet64 = HashSet64(
    [
      "said", "says", "told", "announced", "reported", "added", "stated", "wrote", "noted",
      "explained",
    ].map(
      TokenHash.of))
  static let may = TimeWords.may
  static let march = TimeWords.march

  /// Creates a recognizer.
  public init() {}

  /// Finds time expressions in `tokens[range]` of `text`.
  public func find(_ text: String, _ tokens: [Token], _ range: Range<Int>) -> [TimeMention] {
    var copy = text
    return copy.withUTF8 { find($0, tokens, range) }
  }

  /// Finds time expressions in `tokens[range]`.
  func find(_ bytes: UnsafeBufferPointer<UInt8>, _ tokens: [Token], _ range: Range<Int>)
    -> [TimeMention]
  {
    var out: [TimeMention] = []
    let words = Self.h
    // "PORT SUDAN, May 7 (Wire) –": a dateline's date is when the story was filed.
    let i0 = Dateline.end(bytes, tokens, range) ?? range.lowerBound
    var i = i0
    let end = range.upperBound
    func number(_ t: Token) -> Int? { Self.digits(t, bytes, maxLength: 4) }
    while i < end {
      let t = tokens[i]
      // (Most words start no time expression: a class bit says so.)
      if t.kind != .number, !t.is(.timeWord) {
        i += 1
        continue
      }
      var start = i
      var relative: Int?
      var j = i
      // Leading "last"/"next"/"this"
      if t.hash == words.last || t.hash == words.next || t.hash == words.this, i + 1 < end {
        relative = t.hash == words.last ? -1 : t.hash == words.next ? 1 : 0
        j = i + 1
      }
      let u = tokens[j]
      var spec: TimeSpec?
      var stop = j + 1
      if let w = Self.weekdays[u.hash],
        Self.fullWeekdays.contains(u.hash) || (stop < end && tokens[stop].hash == words.dot)
      {
        // "on Wednesday, June 5": the date says which Wednesday.
        if relative == nil, stop + 2 < end, tokens[stop].hash == words.comma,
          Self.months[tokens[stop + 1].hash] != nil, number(tokens[stop + 2]) != nil
        {
          i = stop + 1
          continue
        }
        spec = .weekday(w, relative: relative)
      } else if let m = Self.months[u.hash], u.isCapitalized,
        u.hash != Self.may || relative != nil || (stop < end && number(tokens[stop]) != nil)
          || (j > range.lowerBound
            && (tokens[j - 1].hash == words.in || tokens[j - 1].hash == words.early
              || tokens[j - 1].hash == words.late || tokens[j - 1].hash == words.since)),
        u.hash != Self.march || relative != nil || (stop < end && number(tokens[stop]) != nil)
          || (j > range.lowerBound
            && (tokens[j - 1].hash == words.in || tokens[j - 1].hash == words.early
              || tokens[j - 1].hash == words.since))
      {
        let (month, k) = monthSpec(m, at: j, relative: relative, bytes, tokens, range)
        spec = month
        stop = k
        // "early September": include the qualifier in the text
        if j > range.lowerBound, relative == nil,
          tokens[j - 1].hash == words.early || tokens[j - 1].hash == words.late
            || tokens[j - 1].hash == words.mid
        {
          start = j - 1
        }
      } else {
        spec = plainSpec(at: j, relative: relative, bytes, tokens, range)
      }
      guard let s = spec else {
        i += 1
        continue
      }
      out.append(mention(s, start: start, stop: stop, at: j, bytes, tokens, range))
      i = stop
    }
    // Times counted from another ("a day later", "hours after"), where no other time stands.
    for a in findAnchored(bytes, tokens, i0..<end)
    where !out.contains(where: { $0.range.overlaps(a.range) }) {
      out.append(a)
    }
    if out.count > 1 { out.sort { $0.range.lowerBound < $1.range.lowerBound } }
    return out
  }

  /// The mention of time `s` found at `j`, its words `start..<stop` (with an "on" or "in"
  /// before them): whether it tells when something was reported, modifies a noun, points
  /// ahead ("planned for Wednesday") or is a deadline ("by Feb. 7").
  private func mention(
    _ s: TimeSpec, start: Int, stop: Int, at j: Int, _ bytes: UnsafeBufferPointer<UInt8>,
    _ tokens: [Token], _ range: Range<Int>
  ) -> TimeMention {
    let words = Self.h
    let end = range.upperBound
    var start = start
    // Include a preceding "on"/"in" in the text.
    if start > range.lowerBound,
      tokens[start - 1].hash == words.on || tokens[start - 1].hash == words.in
    {
      start -= 1
    }
    var isModifier = false
    if case .year = s, j > range.lowerBound, tokens[j - 1].hash == words.the { isModifier = true }
    // "last week's agreement": a time owned by a noun
    if stop < end, tokens[stop].hash == words.possessive { isModifier = false }
    var isReporting = false
    var back = start - 1
    if back >= range.lowerBound, tokens[back].hash == words.on { back -= 1 }
    if back >= range.lowerBound, Self.reporting.contains(tokens[back].hash) { isReporting = true }
    // "planned for Wednesday" points ahead whatever the tense.
    let forward = start > range.lowerBound && tokens[start - 1].hash == words.forWord
    // "leave the country by Feb. 7": a deadline, which lies ahead of the order.
    let deadline =
      start > range.lowerBound
      && (tokens[start - 1].hash == words.by || tokens[start - 1].hash == words.until)
    let text = String(
      decoding: bytes[Int(tokens[start].start)..<Int(tokens[stop - 1].end)], as: UTF8.self)
    return TimeMention(
      range: start..<stop, text: text, spec: s, isReporting: isReporting,
      isModifier: isModifier, isForward: forward || deadline, isDeadline: deadline)
  }

  /// A month named at `j` ("June", "June 5", "June 5-6, 2019", "June 2019") and where its
  /// expression ends.
  private func monthSpec(
    _ m: Int, at j: Int, relative: Int?, _ bytes: UnsafeBufferPointer<UInt8>, _ tokens: [Token],
    _ range: Range<Int>
  ) -> (TimeSpec, Int) {
    let words = Self.h
    let end = range.upperBound
    let u = tokens[j]
    let stop = j + 1
    func number(_ t: Token) -> Int? { Self.digits(t, bytes, maxLength: 4) }
    var k = stop
    if k < end, tokens[k].hash == words.dot, tokens[k].start == u.end { k += 1 }
    var day: Int?
    var year: Int?
    if k < end, let d = number(tokens[k]), (1...31).contains(d), tokens[k].length <= 2 {
      day = d
      k += 1
      // a range "5-6": keep the first day
      if k + 1 < end, tokens[k].hash == words.dash, let d2 = number(tokens[k + 1]),
        (1...31).contains(d2)
      {
        k += 2
      }
      if k + 1 < end, tokens[k].hash == words.comma, let y = number(tokens[k + 1]),
        (1000...2999).contains(y)
      {
        year = y
        k += 2
      }
    } else if k < end, let y = number(tokens[k]), (1000...2999).contains(y),
      tokens[k].length == 4
    {
      year = y
      k += 1
    }
    return (.month(m, day: day, year: year, relative: relative), k)
  }

  /// A week, month or year counted from now ("last week"), a day ("yesterday"), or a year after
  /// "in", "since", "by", "until", "during", "of" or "the" ("the 2009 death"), at `j`.
  private func plainSpec(
    at j: Int, relative: Int?, _ bytes: UnsafeBufferPointer<UInt8>, _ tokens: [Token],
    _ range: Range<Int>
  ) -> TimeSpec? {
    let words = Self.h
    let u = tokens[j]
    func number(_ t: Token) -> Int? { Self.digits(t, bytes, maxLength: 4) }
    if relative != nil, u.hash == words.week {
      return .week(relative!)
    }
    if relative != nil, u.hash == words.month {
      return .monthOffset(relative!)
    }
    if relative != nil, u.hash == words.year {
      return .yearOffset(relative!)
    }
    if relative == nil, u.hash == words.yesterday {
      return .dayOffset(-1)
    }
    if relative == nil, u.hash == words.today || u.hash == words.tonight {
      return .dayOffset(0)
    }
    if relative == nil, u.hash == words.tomorrow {
      return .dayOffset(1)
    }
    if relative == nil, let y = number(u), (1900...2099).contains(y), u.length == 4 {
      // A year after "in", "since", "by", "until", "during", or "the 2009 death" (a modifier).
      if j > range.lowerBound {
        let p = tokens[j - 1].hash
        if p == words.in || p == words.since || p == words.by || p == words.until
          || p == words.during || p == words.of
        {
          return .year(y)
        }
        if p == words.the {
          return .year(y)
        }
      }
    }
    return nil
  }

  /// The value of a token of at most `maxLength` digits.
  static func digits(_ t: Token, _ bytes: UnsafeBufferPointer<UInt8>, maxLength: Int) -> Int? {
    guard t.kind == .number, t.length <= maxLength else { return nil }
    var v = 0
    for b in bytes[t.range] {
      guard b >= 48 && b <= 57 else { return nil }
      v = v * 10 + Int(b - 48)
    }
    return v
  }

  /// Resolves a time expression of a called-off event: a month without a year is the nearer
  /// of its last and its next occurrence ("called off his June 12 summit" in May is this
  /// June), anything else as for an event that happened.
  public static func resolveCancelled(_ spec: TimeSpec, text: String, published: CivilDate?)
    -> EventDate?
  {
    guard case .month(let m, _, nil, nil) = spec, let p = published else {
      return resolve(spec, text: text, published: published, future: false)
    }
    let ahead = (m - p.month + 12) % 12
    return resolve(spec, text: text, published: published, future: ahead <= 6)
  }

  /// Resolves a time expression against the article date; `future` says whether the event
  /// lies ahead (planned, possible) or behind (occurred).
  public static func resolve(_ spec: TimeSpec, text: String, published: CivilDate?, future: Bool)
    -> EventDate?
  {
    func month(_ y: Int, _ m: Int) -> String { "\(CivilDate.pad(y, 4))-\(CivilDate.pad(m, 2))" }
    switch spec {
    case .date(let d):
      return EventDate(value: d.description, precision: "day", text: text)
    case .year(let y):
      return EventDate(value: String(y), precision: "year", text: text)
    case .month(let m, let day, let year, let relative):
      var y: Int
      if let year {
        y = year
      } else {
        guard let p = published else { return nil }
        switch relative {
        case -1: y = p.year - 1
        case 1: y = p.year + 1
        case 0: y = p.year
        default:
          if future {
            y = m >= p.month ? p.year : p.year + 1
          } else {
            y = m <= p.month ? p.year : p.year - 1
          }
        }
      }
      if let day, let d = CivilDate(year: y, month: m, day: day) {
        return EventDate(value: d.description, precision: "day", text: text)
      }
      return EventDate(value: month(y, m), precision: "month", text: text)
    case .weekday(let w, let relative):
      guard let p = published else { return nil }
      var offset: Int
      switch relative {
      case -1:
        offset = -((p.weekday - w + 7) % 7)
        if offset == 0 { offset = -7 }
      case 1:
        offset = (w - p.weekday + 7) % 7
        if offset == 0 { offset = 7 }
      case 0:
        offset = w - p.weekday
      default:
        if future {
          offset = (w - p.weekday + 7) % 7
          if offset == 0 { offset = 7 }
        } else {
          offset = -((p.weekday - w + 7) % 7)
        }
      }
      return EventDate(value: p.adding(days: offset).description, precision: "day", text: text)
    case .dayOffset(let n):
      guard let p = published else { return nil }
      return EventDate(value: p.adding(days: n).description, precision: "day", text: text)
    case .week(let n):
      guard let p = published else { return nil }
      let d = p.adding(days: 7 * n)
      return EventDate(value: month(d.year, d.month), precision: "month", text: text)
    case .monthOffset(let n):
      guard let p = published else { return nil }
      let total = p.year * 12 + p.month - 1 + n
      return EventDate(value: month(total / 12, total % 12 + 1), precision: "month", text: text)
    case .yearOffset(let n):
      guard let p = published else { return nil }
      return EventDate(value: String(p.year + n), precision: "year", text: text)
    case .anchored:
      // (Counted from another time: `resolve(_:from:text:)`.)
      return nil
    }
  }

  /// Resolves a time counted from another event's date (`TimeSpec.anchored`): days from a
  /// day, or the month of a month or a day; nil when the other date is less precise.
  public static func resolve(_ spec: TimeSpec, from anchor: EventDate, text: String)
    -> EventDate?
  {
    guard case .anchored(let days, let monthOnly) = spec else { return nil }
    if monthOnly {
      guard anchor.precision != "year" else { return nil }
      return EventDate(value: String(anchor.value.prefix(7)), precision: "month", text: text)
    }
    guard anchor.precision == "day", let d = DateParser.parse(anchor.value) else { return nil }
    return EventDate(value: d.adding(days: days).description, precision: "day", text: text)
  }
}
