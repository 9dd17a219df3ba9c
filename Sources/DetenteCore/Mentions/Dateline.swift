/// A wire dateline at the start of a sentence: "MOSCOW, July 9 (Meridian) –", "LUANDA/KINSHASA,
/// Dec 16 (Wire) -", "STOCKHOLM (NWS) –", "BOGOTA -". It names where the story was filed: no
/// actor and not the place of what the sentence reports.
enum Dateline {
  /// The index of the first token after the dateline that starts `range`, or `nil` when the
  /// sentence starts with none.
  static func end(_ bytes: UnsafeBufferPointer<UInt8>, _ tokens: [Token], _ range: Range<Int>)
    -> Int?
  {
    var j = range.lowerBound
    // One or more place names in capitals, joined by "/" or spaces.
    guard j < range.upperBound, isCapitals(tokens[j], bytes) else { return nil }
    while j < range.upperBound, isCapitals(tokens[j], bytes) || isByte(tokens[j], bytes, "/") {
      j += 1
    }
    // ", July 9", ", Dec. 16": a date after a comma.
    if j < range.upperBound, tokens[j].hash == Words.comma {
      j += 1
      var n = 0
      while j < range.upperBound, n < 4,
        tokens[j].isCapitalized || tokens[j].kind == .number || isByte(tokens[j], bytes, ".")
      {
        j += 1
        n += 1
      }
    }
    // "(Meridian)": the agency.
    if j < range.upperBound, isByte(tokens[j], bytes, "(") {
      var k = j + 1
      while k < range.upperBound, k - j < 6, !isByte(tokens[k], bytes, ")") { k += 1 }
      guard k < range.upperBound, isByte(tokens[k], bytes, ")") else { return nil }
      j = k + 1
    }
    guard j < range.upperBound, isDash(tokens[j], bytes), j + 1 < range.upperBound else {
      return nil
    }
    return j + 1
  }

  /// A word of two or more letters, all capitals ("MOSCOW", "BUENOS").
  static func isCapitals(_ t: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard t.kind == .word, t.length >= 2 else { return false }
    for i in Int(t.start)..<Int(t.end) {
      let b = bytes[i]
      if b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z") { return false }
    }
    return bytes[Int(t.start)] >= UInt8(ascii: "A") && bytes[Int(t.start)] <= UInt8(ascii: "Z")
  }

  static func isByte(_ t: Token, _ bytes: UnsafeBufferPointer<UInt8>, _ c: Unicode.Scalar) -> Bool {
    t.length == 1 && bytes[Int(t.start)] == UInt8(ascii: c)
  }

  /// "-", "–", "—" or ":".
  static func isDash(_ t: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    if isByte(t, bytes, "-") || isByte(t, bytes, ":") { return true }
    guard t.length == 3, bytes[Int(t.start)] == 0xE2, bytes[Int(t.start) + 1] == 0x80 else {
      return false
    }
    return bytes[Int(t.start) + 2] == 0x93 || bytes[Int(t.start) + 2] == 0x94
  }
}
