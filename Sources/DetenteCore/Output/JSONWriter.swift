/// Writes JSON by hand into a byte buffer, in the order the caller gives, without Foundation's
/// encoder: one buffer per line, strings copied in runs of bytes that need no escape.
struct JSONWriter {
  /// The UTF-8 bytes written so far.
  private(set) var bytes: [UInt8] = []
  /// Whether the next key or value follows a sibling and needs a comma first.
  private var needsComma = false

  init(capacity: Int = 1024) { bytes.reserveCapacity(capacity) }

  /// Lets `body` write at the end of `buffer` (moved in and back out, never copied).
  static func appending(to buffer: inout [UInt8], _ body: (inout JSONWriter) -> Void) {
    var w = JSONWriter(capacity: 0)
    swap(&w.bytes, &buffer)
    body(&w)
    swap(&w.bytes, &buffer)
  }

  /// The text written so far.
  var text: String { String(decoding: bytes, as: UTF8.self) }

  private mutating func separate() {
    if needsComma { bytes.append(UInt8(ascii: ",")) }
  }

  /// Opens an object (`{`) as a value.
  mutating func openObject() {
    separate()
    bytes.append(UInt8(ascii: "{"))
    needsComma = false
  }

  /// Closes the innermost object.
  mutating func closeObject() {
    bytes.append(UInt8(ascii: "}"))
    needsComma = true
  }

  /// Opens an array (`[`) as a value.
  mutating func openArray() {
    separate()
    bytes.append(UInt8(ascii: "["))
    needsComma = false
  }

  /// Closes the innermost array.
  mutating func closeArray() {
    bytes.append(UInt8(ascii: "]"))
    needsComma = true
  }

  /// Writes an object key; the next call writes its value. Keys are the contract's field
  /// names, plain ASCII that needs no escaping.
  mutating func key(_ k: StaticString) {
    separate()
    bytes.append(UInt8(ascii: "\""))
    k.withUTF8Buffer { bytes.append(contentsOf: $0) }
    bytes.append(UInt8(ascii: "\""))
    bytes.append(UInt8(ascii: ":"))
    needsComma = false
  }

  /// Writes a string value, escaped.
  mutating func string(_ s: String) {
    separate()
    Self.escape(s, into: &bytes)
    needsComma = true
  }

  /// Writes a string value, or `null`.
  mutating func string(_ s: String?) {
    if let s { string(s) } else { null() }
  }

  /// Writes `null`.
  mutating func null() { raw("null") }

  /// Writes `true` or `false`.
  mutating func bool(_ b: Bool) { raw(b ? "true" : "false") }

  /// Writes an integer.
  mutating func int(_ i: Int) {
    separate()
    if i < 0 { bytes.append(UInt8(ascii: "-")) }
    // Digits from the most significant, without making a string.
    var v = i.magnitude
    var place: UInt = 1
    while v / place >= 10 { place *= 10 }
    repeat {
      bytes.append(UInt8(ascii: "0") + UInt8(v / place))
      v %= place
      place /= 10
    } while place > 0
    needsComma = true
  }

  /// Writes a number as the contract prints it (whole numbers with one decimal: `2.0`).
  mutating func number(_ d: Double) { raw(Self.number(d)) }

  private mutating func raw(_ s: StaticString) {
    separate()
    s.withUTF8Buffer { bytes.append(contentsOf: $0) }
    needsComma = true
  }

  private mutating func raw(_ s: String) {
    separate()
    bytes.append(contentsOf: s.utf8)
    needsComma = true
  }

  private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

  /// Appends `s` as a quoted JSON string. Bytes that need no escape are copied in runs.
  static func escape(_ s: String, into out: inout [UInt8]) {
    out.append(UInt8(ascii: "\""))
    let done = s.utf8.withContiguousStorageIfAvailable { escape(bytes: $0, into: &out) }
    if done == nil { escape(bytes: Array(s.utf8)[...], into: &out) }
    out.append(UInt8(ascii: "\""))
  }

  private static func escape<C: RandomAccessCollection<UInt8>>(
    bytes src: C, into out: inout [UInt8]
  )
  where C.Index == Int {
    var start = src.startIndex
    var i = start
    while i < src.endIndex {
      let b = src[i]
      if b >= 0x20 && b != UInt8(ascii: "\"") && b != UInt8(ascii: "\\") {
        i += 1
        continue
      }
      out.append(contentsOf: src[start..<i])
      out.append(UInt8(ascii: "\\"))
      switch b {
      case UInt8(ascii: "\""): out.append(b)
      case UInt8(ascii: "\\"): out.append(b)
      case 0x0A: out.append(UInt8(ascii: "n"))
      case 0x0D: out.append(UInt8(ascii: "r"))
      case 0x09: out.append(UInt8(ascii: "t"))
      default:
        out.append(contentsOf: [
          UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), hexDigits[Int(b >> 4)],
          hexDigits[Int(b & 0xF)],
        ])
      }
      i += 1
      start = i
    }
    out.append(contentsOf: src[start..<src.endIndex])
  }

  /// A number as the contract prints it: whole numbers with one decimal (`-2.0`), others in
  /// Swift's shortest form (`2.8`).
  static func number(_ d: Double) -> String {
    if d == d.rounded(), abs(d) < 1e15 { return "\(Int(d)).0" }
    return String(d)
  }
}
