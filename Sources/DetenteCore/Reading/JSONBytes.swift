/// JSON's rule for the bytes of a string, eight at a time: shared by the reader of JSON Lines
/// (`FlatJSONScanner`) and the writer of every line Detente prints (`JSONWriter`).
enum JSONBytes {
  /// Whether any of the eight bytes of `x` is below 0x20, a quotation mark or a back-slash.
  @inline(__always)
  static func needsEscape(_ x: UInt64) -> Bool {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highs: UInt64 = 0x8080_8080_8080_8080
    let control = (x &- ones &* 0x20) & ~x & highs
    let q = x ^ (ones &* 0x22)
    let quote = (q &- ones) & ~q & highs
    let s = x ^ (ones &* 0x5C)
    let slash = (s &- ones) & ~s & highs
    return control | quote | slash != 0
  }
}
