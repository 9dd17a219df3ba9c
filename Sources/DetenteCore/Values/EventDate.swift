/// A resolved date with its precision.
public struct EventDate: Sendable, Hashable, Codable {
  /// `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
  public var value: String
  /// `day`, `month` or `year`.
  public var precision: String
  /// The words it was read from.
  public var text: String

  /// Creates a date from its parts.
  public init(value: String, precision: String, text: String) {
    self.value = value
    self.precision = precision
    self.text = text
  }
}

extension EventDate {
  /// The first and last day a date of any precision covers (`2013` → 2013-01-01…2013-12-31),
  /// or `nil` when `s` is not `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
  public static func period(_ s: String) -> (first: String, last: String)? {
    let parts = s.split(separator: "-", omittingEmptySubsequences: false)
    guard (1...3).contains(parts.count), parts.allSatisfy({ $0.allSatisfy(\.isNumber) }),
      parts[0].count == 4, let y = Int(parts[0])
    else { return nil }
    if parts.count == 1 { return ("\(s)-01-01", "\(s)-12-31") }
    guard parts[1].count == 2, let m = Int(parts[1]),
      let first = CivilDate(year: y, month: m, day: 1)
    else { return nil }
    if parts.count == 2 {
      let next =
        m == 12
        ? CivilDate(year: y + 1, month: 1, day: 1)! : CivilDate(year: y, month: m + 1, day: 1)!
      return (first.description, next.adding(days: -1).description)
    }
    guard parts[2].count == 2, let d = Int(parts[2]), let day = CivilDate(year: y, month: m, day: d)
    else { return nil }
    return (day.description, day.description)
  }
}
