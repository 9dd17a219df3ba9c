/// Writes JSON by hand into a byte buffer, piece by piece in the order the caller gives, without
/// Foundation's encoder: strings are copied in runs of bytes that need no escape.
///
/// The writer owns a plain growable block of memory rather than an array: an event's JSON is
/// some seventy small pieces (punctuation with keys, short strings), and storing a few bytes
/// through a pointer after one capacity check costs less than an array append each (a
/// uniqueness check, a capacity check and, for runs, a `memmove` call). It cannot be copied,
/// and frees its memory when it ends. The caller writes the punctuation between values itself
/// (`raw`), usually together with the next key: `,"cameo":`.
struct JSONWriter: ~Copyable {
  private var base: UnsafeMutablePointer<UInt8>
  private var capacity: Int
  /// The number of bytes written.
  private(set) var count = 0

  init(capacity: Int = 1024) {
    self.capacity = max(capacity, 64)
    base = .allocate(capacity: self.capacity)
  }

  deinit { base.deallocate() }

  /// Calls `body` with the bytes written so far, in place; the pointer is valid only inside
  /// `body`.
  @inline(__always)
  func withUnsafeBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
    try body(UnsafeBufferPointer(start: base, count: count))
  }

  /// A copy of the bytes written so far.
  var array: [UInt8] { withUnsafeBytes { Array($0) } }

  /// The text written so far.
  var text: String { withUnsafeBytes { String(decoding: $0, as: UTF8.self) } }

  /// Forgets what was written, keeping the memory.
  mutating func removeAll() { count = 0 }

  // MARK: - Bytes

  @inline(__always)
  private mutating func reserve(_ n: Int) {
    if count + n > capacity { grow(to: count + n) }
  }

  private mutating func grow(to needed: Int) {
    var c = capacity * 2
    while c < needed { c *= 2 }
    let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: c)
    bigger.update(from: base, count: count)
    base.deallocate()
    base = bigger
    capacity = c
  }

  @inline(__always)
  mutating func put(_ b: UInt8) {
    reserve(1)
    base[count] = b
    count += 1
  }

  /// Copies `p`; short runs byte by byte (most keys and values are a few bytes long).
  @inline(__always)
  mutating func put(_ p: UnsafeBufferPointer<UInt8>) {
    let n = p.count
    guard n > 0 else { return }
    reserve(n)
    if n <= 16 {
      for k in 0..<n { base[count + k] = p[k] }
    } else {
      (base + count).update(from: p.baseAddress!, count: n)
    }
    count += n
  }

  /// Copies `bytes` as they are (JSON already written, such as a cached object).
  mutating func put(_ bytes: [UInt8]) {
    bytes.withUnsafeBufferPointer { put($0) }
  }

  /// Writes JSON punctuation and keys as they are: `{"id":`, `,"cameo":`, `null`.
  @inline(__always)
  mutating func raw(_ s: StaticString) {
    s.withUTF8Buffer { put($0) }
  }

  // MARK: - Values

  /// Writes a string value, quoted and escaped.
  mutating func string(_ s: String) {
    // (Read in place: a copy to call `withUTF8` on would retain the string.)
    if s.utf8.withContiguousStorageIfAvailable({ escape($0) }) == nil {
      var copy = s
      copy.withUTF8 { escape($0) }
    }
  }

  /// Writes UTF-8 `bytes` as a string value, quoted and escaped.
  mutating func string(bytes: UnsafeBufferPointer<UInt8>) { escape(bytes) }

  /// Writes a role's code as a string value (`""` for none).
  mutating func string(_ role: Role) { string(Code(role)) }

  /// Writes a code as a string value.
  mutating func string(_ code: Code) {
    // A code of letters and digits (every code the lexicon makes) needs no escape: its two
    // words are stored as they are, with the quotation marks around.
    let n = code.count
    let fill: UInt64 = 0x2020_2020_2020_2020
    let lo = n >= 8 ? code.lo : code.lo | (fill << UInt64(8 * n))
    let hi = n >= 16 ? code.hi : n <= 8 ? fill : code.hi | (fill << UInt64(8 * (n - 8)))
    if !Self.needsEscape(lo), !Self.needsEscape(hi) {
      reserve(18)
      base[count] = UInt8(ascii: "\"")
      UnsafeMutableRawPointer(base + count + 1).storeBytes(of: code.lo, as: UInt64.self)
      UnsafeMutableRawPointer(base + count + 9).storeBytes(of: code.hi, as: UInt64.self)
      base[count + 1 + n] = UInt8(ascii: "\"")
      count += n + 2
      return
    }
    Swift.withUnsafeBytes(of: code) { raw in
      // (A code's two words hold its bytes in order on a little-endian machine.)
      escape(
        UnsafeBufferPointer(start: raw.bindMemory(to: UInt8.self).baseAddress, count: code.count))
    }
  }

  /// Writes the escaped bytes of `s` without quotation marks, to continue a string value
  /// opened with `raw("\"")`.
  mutating func contents(_ s: String) {
    if s.utf8.withContiguousStorageIfAvailable({ escape($0, quoted: false) }) == nil {
      var copy = s
      copy.withUTF8 { escape($0, quoted: false) }
    }
  }

  /// Writes an event's three date fields, `,"date":…,"date_precision":…,"date_text":…`
  /// (each `null` when the event has no date).
  mutating func dateFields(_ date: EventDate?) {
    if let date {
      raw(",\"date\":")
      string(date.value)
      raw(",\"date_precision\":")
      string(date.precision)
      raw(",\"date_text\":")
      string(date.text)
    } else {
      raw(",\"date\":null,\"date_precision\":null,\"date_text\":null")
    }
  }

  /// Writes a string value, or `null`.
  mutating func string(_ s: String?) {
    if let s { string(s) } else { raw("null") }
  }

  /// Writes the first `digits` hexadecimal digits of `h` (lower case, zero-padded).
  mutating func hex(_ h: UInt64, digits: Int) {
    reserve(digits)
    for k in 0..<digits {
      let nibble = UInt8((h >> UInt64(60 - 4 * k)) & 0xF)
      base[count + k] = nibble < 10 ? UInt8(ascii: "0") + nibble : UInt8(ascii: "a") + nibble - 10
    }
    count += digits
  }

  /// Writes `true` or `false`.
  mutating func bool(_ b: Bool) { b ? raw("true") : raw("false") }

  /// Writes an integer.
  mutating func int(_ i: Int) {
    if i < 0 { put(UInt8(ascii: "-")) }
    digits(i.magnitude)
  }

  /// Writes a number as the contract prints it: whole numbers with one decimal (`2.0`), others
  /// in Swift's shortest form (`2.8`, `55.7558`).
  mutating func number(_ d: Double) {
    if let whole = Self.whole(d) {
      int(whole)
      put(UInt8(ascii: "."))
      put(UInt8(ascii: "0"))
    } else if let tenths = Self.tenths(d) {
      // One decimal (Goldstein weights): the shortest form is those digits, written directly.
      if tenths < 0 { put(UInt8(ascii: "-")) }
      digits(tenths.magnitude / 10)
      put(UInt8(ascii: "."))
      put(UInt8(ascii: "0") + UInt8(tenths.magnitude % 10))
    } else {
      var s = String(d)
      s.withUTF8 { put($0) }
    }
  }

  /// The decimal digits of `v`, from the most significant, without making a string.
  private mutating func digits(_ v: UInt) {
    var v = v
    var place: UInt = 1
    while v / place >= 10 { place *= 10 }
    repeat {
      put(UInt8(ascii: "0") + UInt8(v / place))
      v %= place
      place /= 10
    } while place > 0
  }

  private static let hexDigits: StaticString = "0123456789abcdef"

  /// Whether any of the eight bytes of `x` must be escaped in a JSON string.
  @inline(__always)
  static func needsEscape(_ x: UInt64) -> Bool { JSONBytes.needsEscape(x) }

  /// Writes `src` as a quoted JSON string. Room for the worst case (every byte escaped as
  /// `\u00XX`) is reserved first, so that the bytes are stored without further checks; bytes
  /// that need no escape are found eight at a time.
  private mutating func escape(_ src: UnsafeBufferPointer<UInt8>, quoted: Bool = true) {
    let n = src.count
    reserve(6 * n + 2)
    var out = base + count
    if quoted {
      out.pointee = UInt8(ascii: "\"")
      out += 1
    }
    if let p = src.baseAddress {
      var i = 0
      while i < n {
        if i + 8 <= n {
          let x = UnsafeRawPointer(p + i).loadUnaligned(as: UInt64.self)
          if !Self.needsEscape(UInt64(littleEndian: x)) {
            UnsafeMutableRawPointer(out).storeBytes(of: x, as: UInt64.self)
            out += 8
            i += 8
            continue
          }
        }
        let b = p[i]
        i += 1
        if b >= 0x20 && b != UInt8(ascii: "\"") && b != UInt8(ascii: "\\") {
          out.pointee = b
          out += 1
          continue
        }
        out.pointee = UInt8(ascii: "\\")
        switch b {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"): out[1] = b
        case 0x0A: out[1] = UInt8(ascii: "n")
        case 0x0D: out[1] = UInt8(ascii: "r")
        case 0x09: out[1] = UInt8(ascii: "t")
        default:
          out[1] = UInt8(ascii: "u")
          out[2] = UInt8(ascii: "0")
          out[3] = UInt8(ascii: "0")
          Self.hexDigits.withUTF8Buffer { hex in
            out[4] = hex[Int(b >> 4)]
            out[5] = hex[Int(b & 0xF)]
          }
          out += 4
        }
        out += 2
      }
    }
    if quoted {
      out.pointee = UInt8(ascii: "\"")
      out += 1
    }
    count = out - base
  }

  /// `d` as an integer when it is a whole number small enough to print exactly.
  private static func whole(_ d: Double) -> Int? {
    d == d.rounded() && abs(d) < 1e15 ? Int(d) : nil
  }

  /// `d` times ten, when `d` is the double nearest to a number with one decimal (`-2.5`): its
  /// shortest form is then those digits.
  private static func tenths(_ d: Double) -> Int? {
    guard abs(d) < 1e14 else { return nil }
    let t = (d * 10).rounded()
    return t / 10 == d ? Int(t) : nil
  }

  /// A number as the contract prints it: whole numbers with one decimal (`-2.0`), others in
  /// Swift's shortest form (`2.8`).
  static func number(_ d: Double) -> String {
    if let w = whole(d) { return "\(w).0" }
    return String(d)
  }
}
