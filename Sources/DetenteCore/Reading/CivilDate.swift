/// A calendar date without a time of day or a time zone, as news articles state them.
public struct CivilDate: Hashable, Comparable, Sendable, CustomStringConvertible, Codable {
  /// The year, e.g. 2013.
  public var year: Int
  /// The month, 1–12.
  public var month: Int
  /// The day of the month, 1–31.
  public var day: Int

  /// Creates a date; returns `nil` for an impossible date such as February 30.
  public init?(year: Int, month: Int, day: Int) {
    guard (1...12).contains(month), day >= 1, day <= CivilDate.daysIn(month: month, year: year),
      (1000...9999).contains(year)
    else { return nil }
    self.year = year
    self.month = month
    self.day = day
  }

  /// Creates the date that is `dayNumber` days after 1970-01-01.
  public init(dayNumber: Int) {
    // Civil-from-days on the proleptic Gregorian calendar, 400-year eras.
    let z = dayNumber + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let doe = z - era * 146_097
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let d = doy - (153 * mp + 2) / 5 + 1
    let m = mp < 10 ? mp + 3 : mp - 9
    self.year = yoe + era * 400 + (m <= 2 ? 1 : 0)
    self.month = m
    self.day = d
  }

  /// Days since 1970-01-01 (negative before it).
  public var dayNumber: Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let mp = month > 2 ? month - 3 : month + 9
    let doy = (153 * mp + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146_097 + doe - 719_468
  }

  /// The day of the week, 0 for Sunday through 6 for Saturday.
  public var weekday: Int {
    let w = (dayNumber + 4) % 7
    return w < 0 ? w + 7 : w
  }

  /// The date `days` days later (earlier when negative).
  public func adding(days: Int) -> CivilDate { CivilDate(dayNumber: dayNumber + days) }

  /// `YYYY-MM-DD`.
  public var description: String {
    // (Written as bytes: a date is written for every article and event.)
    guard (0...9999).contains(year), (0...99).contains(month), (0...99).contains(day) else {
      return "\(Self.pad(year, 4))-\(Self.pad(month, 2))-\(Self.pad(day, 2))"
    }
    return String(unsafeUninitializedCapacity: 10) { out in
      func digits(_ n: Int, _ width: Int, at offset: Int) {
        var n = n
        for k in stride(from: offset + width - 1, through: offset, by: -1) {
          out[k] = UInt8(48 + n % 10)
          n /= 10
        }
      }
      digits(year, 4, at: 0)
      out[4] = UInt8(ascii: "-")
      digits(month, 2, at: 5)
      out[7] = UInt8(ascii: "-")
      digits(day, 2, at: 8)
      return 10
    }
  }

  /// Number of days in a month of a year.
  public static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  public static func < (a: CivilDate, b: CivilDate) -> Bool {
    (a.year, a.month, a.day) < (b.year, b.month, b.day)
  }

  static func pad(_ n: Int, _ width: Int) -> String {
    let s = String(n)
    return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
  }

  public init(from decoder: Decoder) throws {
    let text = try decoder.singleValueContainer().decode(String.self)
    guard let date = DateParser.parse(text) else {
      throw DecodingError.dataCorrupted(
        .init(codingPath: decoder.codingPath, debugDescription: "not a date: \(text)"))
    }
    self = date
  }

  public func encode(to encoder: Encoder) throws {
    var c = encoder.singleValueContainer()
    try c.encode(description)
  }
}
