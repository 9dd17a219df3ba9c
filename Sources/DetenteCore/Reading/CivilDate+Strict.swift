import Foundation

extension CivilDate {
  /// Parses exactly `YYYY-MM-DD`.
  public static func strict(_ s: String) -> CivilDate? {
    // The usual shape read on bytes (linking parses dates for every comparison); any other
    // shape goes the long way below.
    if case .some(let date) = digitsDate(s) { return date }
    let parts = s.split(separator: "-")
    guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
      let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2])
    else { return nil }
    return CivilDate(year: y, month: m, day: d)
  }

  /// `YYYY-MM-DD` made of ASCII digits: `.some` of the date (`nil` inside for an impossible
  /// one such as 2013-02-30); `.none` for any other shape.
  static func digitsDate(_ s: String) -> CivilDate?? {
    var s = s
    return s.withUTF8 { b -> CivilDate?? in
      guard b.count == 10, b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-") else {
        return .none
      }
      func number(_ r: Range<Int>) -> Int? {
        var n = 0
        for i in r {
          guard b[i] >= UInt8(ascii: "0"), b[i] <= UInt8(ascii: "9") else { return nil }
          n = n * 10 + Int(b[i] - UInt8(ascii: "0"))
        }
        return n
      }
      guard let y = number(0..<4), let m = number(5..<7), let d = number(8..<10) else {
        return .none
      }
      return .some(CivilDate(year: y, month: m, day: d))
    }
  }
}

extension CivilDate {
  /// Today in UTC.
  public static var today: CivilDate {
    CivilDate(dayNumber: Int((Date().timeIntervalSince1970 / 86_400).rounded(.down)) + unixEpochDay)
  }

  /// The day number of 1970-01-01.
  static let unixEpochDay = CivilDate(year: 1970, month: 1, day: 1)!.dayNumber
}
