import DetenteCore

/// A cached cluster's dates as numbers, so that `ClusterCache` applies the window of
/// `LinkRules.window(for:)` without comparing text: a plain `YYYY-MM-DD` date is
/// `year * 10_000 + month * 100 + day`, which orders as the text does. A cluster with a date
/// in any other form is tested on its text (`LinkRules.Window.admits`), so that both tests
/// admit the same clusters.
struct DaySpan {
  /// A date the cluster does not have.
  static let missing = Int32.min
  /// A date that is not a plain `YYYY-MM-DD`.
  static let odd = Int32.min + 1

  var first: Int32
  var last: Int32
  var publishedFirst: Int32
  var publishedLast: Int32
  var hasOccasion: Bool

  init(_ c: ClusterProfile) {
    first = Self.number(c.dateFirst)
    last = Self.number(c.dateLast)
    publishedFirst = Self.number(c.publishedFirst)
    publishedLast = Self.number(c.publishedLast)
    hasOccasion = c.occasion != nil
  }

  /// Whether every date the cluster has is a plain day.
  var isPlain: Bool {
    first != Self.odd && last != Self.odd && publishedFirst != Self.odd
      && publishedLast != Self.odd
  }

  /// The number of a plain `YYYY-MM-DD` date; `missing` or `odd` otherwise.
  static func number(_ s: String?) -> Int32 {
    guard let s else { return missing }
    var n: Int32 = 0
    var count = 0
    for (i, b) in s.utf8.enumerated() {
      count += 1
      if i == 4 || i == 7 {
        if b != UInt8(ascii: "-") { return odd }
      } else if b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") && i < 10 {
        n = n * 10 + Int32(b - UInt8(ascii: "0"))
      } else {
        return odd
      }
    }
    return count == 10 ? n : odd
  }
}

/// `LinkRules.Window` in `DaySpan` numbers.
enum DayWindow {
  case dated(
    datedFrom: Int32, datedTo: Int32, occasionFrom: Int32?, occasionTo: Int32?,
    reportedFrom: Int32, reportedTo: Int32)
  case undated(from: Int32, to: Int32)

  /// The window in numbers, or nil when one of its bounds is not a plain day.
  init?(_ w: LinkRules.Window) {
    func plain(_ s: String) -> Int32? {
      let n = DaySpan.number(s)
      return n == DaySpan.odd || n == DaySpan.missing ? nil : n
    }
    switch w {
    case .dated(let df, let dt, let of, let ot, let rf, let rt):
      guard let df = plain(df), let dt = plain(dt), let rf = plain(rf), let rt = plain(rt)
      else { return nil }
      let occasionFrom = of.map(plain)
      let occasionTo = ot.map(plain)
      if occasionFrom == .some(nil) || occasionTo == .some(nil) { return nil }
      self = .dated(
        datedFrom: df, datedTo: dt, occasionFrom: occasionFrom ?? nil,
        occasionTo: occasionTo ?? nil,
        reportedFrom: rf, reportedTo: rt)
    case .undated(let from, let to):
      guard let from = plain(from), let to = plain(to) else { return nil }
      self = .undated(from: from, to: to)
    }
  }

  /// `LinkRules.Window.admits` for a cluster whose dates are all plain days (`DaySpan.isPlain`).
  func admits(_ c: DaySpan) -> Bool {
    switch self {
    case .dated(
      let datedFrom, let datedTo, let occasionFrom, let occasionTo, let reportedFrom,
      let reportedTo):
      if c.first != DaySpan.missing {
        guard c.last != DaySpan.missing else { return false }
        if c.last >= datedFrom && c.first <= datedTo { return true }
        if c.hasOccasion, let from = occasionFrom, let to = occasionTo {
          return c.last >= from && c.first <= to
        }
        return false
      }
      guard c.publishedFirst != DaySpan.missing, c.publishedLast != DaySpan.missing else {
        return true
      }
      return c.publishedLast >= reportedFrom && c.publishedFirst <= reportedTo
    case .undated(let from, let to):
      let first = c.first != DaySpan.missing ? c.first : c.publishedFirst
      let last = c.last != DaySpan.missing ? c.last : c.publishedLast
      guard first != DaySpan.missing, last != DaySpan.missing else { return true }
      return first <= to && last >= from
    }
  }
}
