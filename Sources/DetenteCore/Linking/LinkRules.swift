/// When two reports describe the same real-world event.
public enum LinkRules {
  /// Days a report's undated event may lie from a cluster's dates and still be the same event.
  public static let undatedWindow = 75
  /// Days two dated reports of the same occasion may disagree by and still be linked (the
  /// disagreement is then a contradiction).
  public static let occasionWindow = 60
  /// Days before a meeting it may be called off and the report still be linked to it.
  public static let callingOffWindow = 120

  static func day(_ s: String) -> Int? {
    CivilDate.strict(String(s.prefix(10)))?.dayNumber
  }

  /// Whether `e` belongs to the cluster described by `c` (same participants key assumed).
  public static func compatible(_ e: LinkedEvent, _ c: ClusterProfile) -> Bool {
    guard e.key == c.key else { return false }
    // A report of a plan is not about a meeting already over when it was written, and a report
    // that something happened is not about a meeting still to come.
    if let p = e.published.flatMap(day) {
      if e.isPlan, let last = c.dateLast.flatMap(day), last < p {
        return false
      }
      if e.modality == .occurred, !e.isPlan, let first = c.dateFirst.flatMap(day), first > p + 1 {
        return false
      }
      // Nor is a meeting called off one that was over before the report.
      if e.isCallingOff, let last = c.dateLast.flatMap(day), last < p - 1 { return false }
    }
    // A call is not a meeting in person; a foreign minister's visit is not the leaders' summit.
    if let a = e.mode, let b = c.mode, a != b { return false }
    if !samePeople(e.people, c.people) { return false }
    // Two different gatherings are two events.
    if let a = e.occasion, let b = c.occasion, a.lowercased() != b.lowercased() { return false }
    let sameOccasion = e.occasion != nil && e.occasion?.lowercased() == c.occasion?.lowercased()
    // Different places are different events, unless it is the same named gathering.
    if !sameOccasion, let a = e.placeCountry, let b = c.placeCountry, a != b { return false }
    switch (e.dateFirst, c.dateFirst) {
    case (let ef?, let cf?):
      guard let el = e.dateLast.flatMap(day), let cl = c.dateLast.flatMap(day),
        let efd = day(ef), let cfd = day(cf)
      else { return false }
      // Overlapping periods (two days' slack for day dates), or the same gathering reported
      // with dates that disagree.
      // (A few days' span is a visit of several days: "a two-day state visit on May 6 and 7".)
      let slack =
        sameOccasion ? occasionWindow : (e.isDay && cl - cfd <= shortSpan ? daySlack : 0)
      // ("The summit was called off on Thursday": up to the meeting's day, from a few months
      // before it.)
      if e.isCallingOff { return efd <= cl + slack && el >= cfd - callingOffWindow }
      return efd <= cl + slack && cfd <= el + slack
    case (let ef?, nil):
      // A dated report and clusters known only from undated reports: the date must fall
      // after those reports were written (they spoke of something to come) and not long after.
      guard let efd = day(ef), let el = e.dateLast.flatMap(day),
        let pf = c.publishedFirst.flatMap(day), let pl = c.publishedLast.flatMap(day)
      else { return sameOccasion }
      return el >= pf - 1 && efd <= pl + 4 * undatedWindow
    default:
      // An undated report: the same event when it was published near the cluster's dates
      // (or its reports), for the same pair, and names nothing that contradicts it.
      guard let p = e.published.flatMap(day) else { return sameOccasion }
      let lo = (c.dateFirst ?? c.publishedFirst).flatMap(day)
      let hi = (c.dateLast ?? c.publishedLast).flatMap(day)
      guard let lo, let hi else { return sameOccasion }
      return p >= lo - undatedWindow && p <= hi + undatedWindow
    }
  }

  /// Whether two lists of `COUNTRY=Name` can be the same meeting's: for every country both
  /// name people for, they share one.
  static func samePeople(_ a: [String], _ b: [String]) -> Bool {
    guard !a.isEmpty, !b.isEmpty else { return true }
    for p in a {
      let country = p.prefix { $0 != "=" }
      let theirs = b.filter { $0.hasPrefix(country + "=") }
      if theirs.isEmpty { continue }
      let mine = a.filter { $0.hasPrefix(country + "=") }
      if !mine.contains(where: theirs.contains) { return false }
    }
    return true
  }

  /// Bounds that every cluster `compatible` with `e` meets, for narrowing a store's clusters
  /// before comparing (`nil`: no bound, every cluster of the key is a candidate). Days are
  /// `YYYY-MM-DD`, which compare as strings in date order.
  public enum Window: Sendable, Equatable {
    /// For a dated event: a dated cluster must end on or after `datedFrom` and begin on or
    /// before `datedTo` — or, when the event names a gathering, a cluster that names one may
    /// end on or after `occasionFrom` and begin on or before `occasionTo` (reports of one
    /// gathering may disagree on its dates); an undated cluster must have been reported up to
    /// `reportedTo` and still after `reportedFrom` (or miss those dates).
    case dated(
      datedFrom: String, datedTo: String, occasionFrom: String?, occasionTo: String?,
      reportedFrom: String, reportedTo: String)
    /// For an undated event: a cluster's dates, or its reports' dates where it has none, must
    /// begin on or before `to` and end on or after `from` (or be missing).
    case undated(from: String, to: String)
  }

  /// Days two dated reports of different or no gatherings may lie apart and still be linked
  /// (day dates: "on Friday" and "on Saturday" of one meeting).
  public static let daySlack = 2
  /// The longest span of days (after its first) a meeting may have and still take `daySlack`.
  public static let shortSpan = 3

  /// The bounds of `window(for:)`, read off `compatible`: overlapping periods give way by
  /// `daySlack` days, or `occasionWindow` for the same gathering (a report calling a meeting
  /// off by `callingOffWindow` after its date); a dated report and an undated cluster by one
  /// day before and `4 * undatedWindow` after; an undated report by `undatedWindow` either
  /// side.
  public static func window(for e: LinkedEvent) -> Window? {
    func shifted(_ d: Int, _ n: Int) -> String { CivilDate(dayNumber: d + n).description }
    if let f = e.dateFirst {
      guard let ef = day(f), let el = e.dateLast.flatMap(day) else { return nil }
      let after = e.isCallingOff ? callingOffWindow : 0
      return .dated(
        datedFrom: shifted(ef, -daySlack), datedTo: shifted(el, max(after, daySlack)),
        occasionFrom: e.occasion == nil ? nil : shifted(ef, -occasionWindow),
        occasionTo: e.occasion == nil ? nil : shifted(el, max(after, occasionWindow)),
        reportedFrom: shifted(ef, -4 * undatedWindow), reportedTo: shifted(el, 1))
    }
    guard let p = e.published.flatMap(day) else { return nil }
    return .undated(from: shifted(p, -undatedWindow), to: shifted(p, undatedWindow))
  }
}

extension LinkRules.Window {
  /// Whether a cluster lies inside the window (ingest's `ClusterCache` narrows a pair's clusters
  /// with it). Days compare as text; a cluster whose dates are missing or not `YYYY-MM-DD` is
  /// always admitted (`LinkRules.compatible` may still take it, for the same occasion).
  public func admits(_ c: ClusterProfile) -> Bool {
    func isDay(_ s: String) -> Bool { s.unicodeScalars.count == 10 }
    switch self {
    case .dated(
      let datedFrom, let datedTo, let occasionFrom, let occasionTo, let reportedFrom,
      let reportedTo):
      if let first = c.dateFirst {
        guard let last = c.dateLast else { return false }
        if last >= datedFrom && first <= datedTo { return true }
        if c.occasion != nil, let from = occasionFrom, let to = occasionTo {
          return last >= from && first <= to
        }
        return false
      }
      guard let pf = c.publishedFirst, let pl = c.publishedLast, isDay(pf), isDay(pl) else {
        return true
      }
      return pl >= reportedFrom && pf <= reportedTo
    case .undated(let from, let to):
      guard let first = c.dateFirst ?? c.publishedFirst, let last = c.dateLast ?? c.publishedLast,
        isDay(first), isDay(last)
      else { return true }
      return first <= to && last >= from
    }
  }
}
