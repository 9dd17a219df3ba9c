/// The words dates are made of: weekdays and months by number, and the words a time expression
/// can start with, which the tokenizer marks (`WordClass.timeWord`) and the time recognizer
/// reads.
enum TimeWords {
  /// Weekday names and their short forms, Sunday 0 to Saturday 6.
  static let weekdays: HashMap64<Int> = {
    var d: HashMap64<Int> = [:]
    for (i, names) in [
      ["sunday", "sun"], ["monday", "mon"], ["tuesday", "tue", "tues"], ["wednesday", "wed"],
      ["thursday", "thu", "thur", "thurs"], ["friday", "fri"], ["saturday", "sat"],
    ].enumerated() {
      for n in names { d[TokenHash.of(n)] = i }
    }
    return d
  }()
  /// Weekday names in full.
  static let fullWeekdays: HashSet64 = HashSet64(
    ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"].map(TokenHash.of)
  )
  /// Month names and their short forms, by number from 1.
  static let months: HashMap64<Int> = {
    var d: HashMap64<Int> = [:]
    for (k, v) in DateParser.months { d[TokenHash.of(k)] = v }
    return d
  }()

  /// "May" and "March", which are also a modal and a verb (constants, for the closed word
  /// classes' tables).
  static let may: UInt64 = 0x080f_5019_176d_1e46  // TokenHash.of("may")
  static let march: UInt64 = 0x9092_e9a4_e189_5990  // TokenHash.of("march")

  /// The words a time expression can start with, other than a number (`WordClass.timeWord`).
  static var startWords: HashSet64 {
    var s = HashSet64()
    for w in weekdays.keys { s.insert(w) }
    for m in months.keys { s.insert(m) }
    for w in ["last", "next", "this", "yesterday", "today", "tonight", "tomorrow"] {
      s.insert(TokenHash.of(w))
    }
    return s
  }
}
