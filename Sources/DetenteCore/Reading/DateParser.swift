/// Reads the publication dates that articles print: `October 03, 2013`, `Oct. 3, 2013`,
/// `3 October 2013`, `2013-10-03`, `2013-10-03T09:15:00Z`, `10/03/2013` (month first).
public enum DateParser {
  /// English month names and abbreviations, lower-cased, to month numbers.
  public static let months: [String: Int] = [
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12,
    "dec": 12,
  ]

  /// Parses a whole string as a date, or returns `nil`.
  public static func parse(_ text: String) -> CivilDate? {
    let trimmed = text.trimmingWhitespace()
    if trimmed.isEmpty { return nil }
    if let iso = parseISO(trimmed) { return iso }
    let words = splitWords(trimmed)
    return parseWords(words, whole: true)
  }

  /// Finds a date anywhere in a short line ("Published: Oct. 3, 2013 10:22 AM"), or `nil`.
  public static func find(in text: String) -> CivilDate? {
    if let iso = findISO(text) { return iso }
    let words = splitWords(text)
    guard words.count >= 3 else { return nil }
    for start in 0..<(words.count - 2) {
      if let d = parseWords(Array(words[start..<min(words.count, start + 4)]), whole: false) {
        return d
      }
    }
    return nil
  }

  private static func splitWords(_ text: String) -> [String] {
    var words: [String] = []
    var current = ""
    for ch in text {
      if ch.isLetter || ch.isNumber {
        current.append(ch)
      } else if !current.isEmpty {
        words.append(current)
        current = ""
      }
    }
    if !current.isEmpty { words.append(current) }
    return words
  }

  private static func parseWords(_ words: [String], whole: Bool) -> CivilDate? {
    guard words.count >= 3 else { return nil }
    var w = words
    if let first = w.first, weekdayNames.contains(first.lowercased()) { w.removeFirst() }
    guard w.count >= 3 else { return nil }
    // Month Day Year
    if let m = months[w[0].lowercased()], let d = Int(w[1]), let y = Int(w[2]), w[2].count == 4 {
      return CivilDate(year: y, month: m, day: d)
    }
    // Day Month Year
    if let d = Int(w[0]), let m = months[w[1].lowercased()], let y = Int(w[2]), w[2].count == 4 {
      return CivilDate(year: y, month: m, day: d)
    }
    // MM DD YYYY written with slashes
    if let m = Int(w[0]), let d = Int(w[1]), let y = Int(w[2]), w[2].count == 4, w[0].count <= 2 {
      return CivilDate(year: y, month: m, day: d)
    }
    return nil
  }

  static let weekdayNames: Set<String> = [
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
  ]

  private static func parseISO(_ s: String) -> CivilDate? {
    let bytes = Array(s.utf8)
    guard bytes.count >= 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else {
      return nil
    }
    if bytes.count > 10, bytes[10] != UInt8(ascii: "T"), bytes[10] != UInt8(ascii: " ") {
      return nil
    }
    return isoAt(bytes, 0)
  }

  private static func findISO(_ s: String) -> CivilDate? {
    let bytes = Array(s.utf8)
    guard bytes.count >= 10 else { return nil }
    for i in 0...(bytes.count - 10)
    where bytes[i + 4] == UInt8(ascii: "-") && bytes[i + 7] == UInt8(ascii: "-") {
      if i > 0, isDigit(bytes[i - 1]) { continue }
      if let d = isoAt(bytes, i) { return d }
    }
    return nil
  }

  private static func isoAt(_ b: [UInt8], _ i: Int) -> CivilDate? {
    func num(_ from: Int, _ len: Int) -> Int? {
      var v = 0
      for k in from..<(from + len) {
        guard isDigit(b[k]) else { return nil }
        v = v * 10 + Int(b[k] - 48)
      }
      return v
    }
    guard let y = num(i, 4), let m = num(i + 5, 2), let d = num(i + 8, 2) else { return nil }
    if b.count > i + 10, isDigit(b[i + 10]) { return nil }
    return CivilDate(year: y, month: m, day: d)
  }

  private static func isDigit(_ c: UInt8) -> Bool { c >= 48 && c <= 57 }
}

/// White space as Swift's `Character.isWhitespace` sees it, recognised on UTF-8 bytes: ASCII
/// spaces and controls 9–13, NEL, no-break space, the Ogham space mark, the spaces U+2000–U+200A,
/// line and paragraph separators, the narrow no-break space, the medium mathematical space and
/// the ideographic space.
enum UTF8Whitespace {
  /// Whether the eight bytes of `x` (the first in the low byte) are printable ASCII or spaces,
  /// with no two spaces together and none first or last: text that folding white space leaves
  /// as it is.
  @inline(__always)
  static func isPlainRun(_ x: UInt64) -> Bool {
    let highs: UInt64 = 0x8080_8080_8080_8080
    // A control (below 0x20) or a byte of a longer character (0x80 and above).
    if ((x &- 0x2020_2020_2020_2020) | x) & highs != 0 { return false }
    // The spaces, as the high bit of their bytes.
    let y = x ^ 0x2020_2020_2020_2020
    let spaces = ~(((y & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x7F7F_7F7F_7F7F_7F7F) | y) & highs
    return spaces & (spaces << 8) == 0 && spaces & 0x8000_0000_0000_0080 == 0
  }

  /// Writes the UTF-8 text `b` into `out` (room for `b.count` bytes) with every run of white
  /// space folded to one space and trimmed (and carriage returns left out, not read as space,
  /// when `droppingCarriageReturns`); returns the number of bytes written.
  static func fold(
    _ b: UnsafeBufferPointer<UInt8>, into out: UnsafeMutableBufferPointer<UInt8>,
    droppingCarriageReturns: Bool = false
  ) -> Int {
    var n = 0
    var pendingSpace = false
    var i = 0
    let count = b.count
    while i < count {
      // Eight bytes at a time while they are printable ASCII with single spaces inside (most
      // of a text): copied as they are.
      if i + 8 <= count {
        let x = UnsafeRawPointer(b.baseAddress! + i).loadUnaligned(as: UInt64.self)
        if isPlainRun(UInt64(littleEndian: x)) {
          if pendingSpace {
            out[n] = 0x20
            n += 1
            pendingSpace = false
          }
          UnsafeMutableRawPointer(out.baseAddress! + n).storeBytes(of: x, as: UInt64.self)
          n += 8
          i += 8
          continue
        }
      }
      if droppingCarriageReturns, b[i] == 0x0D {
        i += 1
        continue
      }
      let w = width(b, i)
      if w > 0 {
        pendingSpace = n > 0
        i += w
        continue
      }
      if pendingSpace {
        out[n] = 0x20
        n += 1
        pendingSpace = false
      }
      out[n] = b[i]
      n += 1
      i += 1
    }
    return n
  }

  /// The number of bytes of the white-space character at `i`, or 0 when there is none.
  @inline(__always)
  static func width(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
    let c = b[i]
    if c == 0x20 || (c >= 0x09 && c <= 0x0D) { return 1 }
    if c < 0xC2 { return 0 }
    let n = b.count
    if c == 0xC2, i + 1 < n { return b[i + 1] == 0x85 || b[i + 1] == 0xA0 ? 2 : 0 }
    guard i + 2 < n else { return 0 }
    let c1 = b[i + 1]
    let c2 = b[i + 2]
    switch c {
    case 0xE1: return c1 == 0x9A && c2 == 0x80 ? 3 : 0
    case 0xE2:
      if c1 == 0x80 {
        return (c2 >= 0x80 && c2 <= 0x8A) || c2 == 0xA8 || c2 == 0xA9 || c2 == 0xAF ? 3 : 0
      }
      return c1 == 0x81 && c2 == 0x9F ? 3 : 0
    case 0xE3: return c1 == 0x80 && c2 == 0x80 ? 3 : 0
    default: return 0
    }
  }
}

extension String {
  /// The string without leading and trailing white space (spaces, tabs, new lines, no-break spaces).
  public func trimmingWhitespace() -> String {
    var copy = self
    return copy.withUTF8 { b in
      var start = 0
      var end = 0
      var i = 0
      while i < b.count {
        let w = UTF8Whitespace.width(b, i)
        if w > 0 {
          if start == i { start = i + w }
          i += w
        } else {
          i += 1
          end = i
        }
      }
      if start == 0 && end == b.count { return self }
      if end <= start { return "" }
      return String(decoding: UnsafeBufferPointer(rebasing: b[start..<end]), as: UTF8.self)
    }
  }

  /// The string with every run of white space folded to one space and trimmed.
  public func collapsingWhitespace() -> String {
    var copy = self
    return copy.withUTF8 { String.collapsingWhitespace($0) }
  }

  /// The UTF-8 text `b` with every run of white space folded to one space and trimmed (one
  /// pass from the bytes, without making the unfolded string first).
  static func collapsingWhitespace(_ b: UnsafeBufferPointer<UInt8>) -> String {
    String(unsafeUninitializedCapacity: b.count) { UTF8Whitespace.fold(b, into: $0) }
  }
}
