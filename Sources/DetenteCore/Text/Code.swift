/// An actor, country, role or CAMEO code of up to sixteen ASCII bytes, held in two machine words.
///
/// The coder compares, joins and cuts codes at nearly every rule ("the same country?", "a
/// government?", "this country's military"): as two integers a code is copied, compared and
/// joined without a string, an allocation or a reference count. Strings are made only for the
/// events written out. Byte `k` of the code is byte `k % 8` (from the low end) of `lo` (k < 8)
/// or of `hi`; unused bytes are zero, so codes hold no zero bytes.
struct Code: Hashable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
  /// Bytes 0–7.
  private(set) var lo: UInt64
  /// Bytes 8–15.
  private(set) var hi: UInt64

  /// The most bytes a code holds.
  static let capacity = 16

  /// The empty code.
  init() {
    lo = 0
    hi = 0
  }

  private init(lo: UInt64, hi: UInt64) {
    self.lo = lo
    self.hi = hi
  }

  /// The code of `s`'s UTF-8 bytes (codes are ASCII); bytes past the sixteenth are dropped (the
  /// lexicon admits no code that long).
  init(_ s: String) {
    var s = s
    self = s.withUTF8 { Code(bytes: $0) }
  }

  /// The code of `bytes` (bytes past the sixteenth, or from a zero byte on, are dropped).
  init(bytes: UnsafeBufferPointer<UInt8>) {
    var lo: UInt64 = 0
    var hi: UInt64 = 0
    for k in 0..<min(bytes.count, Self.capacity) {
      let b = bytes[k]
      if b == 0 { break }
      if k < 8 { lo |= UInt64(b) << UInt64(8 * k) } else { hi |= UInt64(b) << UInt64(8 * (k - 8)) }
    }
    self.init(lo: lo, hi: hi)
  }

  /// A code written in the source: inlined, so that the compiler folds it to two constants.
  @inline(__always)
  init(stringLiteral s: StaticString) {
    var lo: UInt64 = 0
    var hi: UInt64 = 0
    let p = s.utf8Start
    for k in 0..<min(s.utf8CodeUnitCount, Self.capacity) {
      if k < 8 {
        lo |= UInt64(p[k]) << UInt64(8 * k)
      } else {
        hi |= UInt64(p[k]) << UInt64(8 * (k - 8))
      }
    }
    self.init(lo: lo, hi: hi)
  }

  /// The number of bytes.
  var count: Int {
    hi != 0 ? 16 - hi.leadingZeroBitCount / 8 : 8 - lo.leadingZeroBitCount / 8
  }

  /// Whether the code has no bytes.
  var isEmpty: Bool { lo == 0 }

  /// The code as a string.
  var string: String {
    let n = count
    if n == 0 { return "" }
    return String(unsafeUninitializedCapacity: n) { out in
      for k in 0..<n { out[k] = self[k] }
      return n
    }
  }

  var description: String { string }

  /// Byte `k` (zero past the end).
  subscript(k: Int) -> UInt8 {
    k < 8
      ? UInt8(truncatingIfNeeded: lo >> UInt64(8 * k))
      : UInt8(truncatingIfNeeded: hi >> UInt64(8 * (k - 8)))
  }

  /// The first `n` bytes.
  func prefix(_ n: Int) -> Code {
    if n <= 0 { return Code() }
    if n >= 16 { return self }
    if n >= 8 {
      return n == 8 ? Code(lo: lo, hi: 0) : Code(lo: lo, hi: hi & (~0 >> UInt64(64 - 8 * (n - 8))))
    }
    return Code(lo: lo & (~0 >> UInt64(64 - 8 * n)), hi: 0)
  }

  /// The bytes after the first `n`.
  func dropFirst(_ n: Int) -> Code {
    if n <= 0 { return self }
    if n >= 16 { return Code() }
    if n >= 8 { return Code(lo: hi >> UInt64(8 * (n - 8)), hi: 0) }
    let s = UInt64(8 * n)
    return Code(lo: (lo >> s) | (hi << (64 - s)), hi: hi >> s)
  }

  /// Whether the code starts with `p`.
  func hasPrefix(_ p: Code) -> Bool {
    let n = p.count
    return n <= count && prefix(n) == p
  }

  /// Whether this CAMEO code is a meeting's: `CameoCode.isMeeting(_:)` on the code's bytes,
  /// without making a string (tested to agree for every code of the lexicon).
  var isMeeting: Bool { hasPrefix("04") || self == "036" }

  /// The class of this CAMEO code: `CameoCode.eventClass(_:)` on the code's bytes.
  var eventClass: Code { isMeeting ? "MEET" : prefix(2) }

  /// `a` followed by `b` (cut at sixteen bytes).
  static func + (a: Code, b: Code) -> Code {
    let n = a.count
    if n == 0 { return b }
    if n >= 16 { return a }
    if n >= 8 {
      let s = UInt64(8 * (n - 8))
      return Code(lo: a.lo, hi: a.hi | (b.lo << s))
    }
    let s = UInt64(8 * n)
    return Code(lo: a.lo | (b.lo << s), hi: (b.lo >> (64 - s)) | (b.hi << s))
  }

  /// Whether the code names an organisation or group (`IGO…`, `NGO…`, `IMG…`): its whole code
  /// is its country.
  var isOrganisation: Bool {
    switch lo & 0xFF_FFFF {
    case 0x4F_4749, 0x4F_474E, 0x47_4D49: return true  // "IGO", "NGO", "IMG" read backwards
    default: return false
    }
  }

  /// The country part, as `Actor` splits a code: the whole code for organisations and codes
  /// of three letters or fewer, else its first three letters.
  var country: Code { isOrganisation || count <= 3 ? self : prefix(3) }

  /// The role part, as `Actor` splits a code: letters four to six, or none for organisations.
  var role: Role {
    // (Bytes three to five of the low word.)
    isOrganisation || count <= 3
      ? Role() : Role(bits: UInt32(truncatingIfNeeded: lo >> 24) & 0xFF_FFFF)
  }

  /// The code of a role (`GOV`), empty for none.
  init(_ role: Role) { self.init(lo: UInt64(role.bits), hi: 0) }

  /// `country` followed by `role` (`RUS` and `GOV`: `RUSGOV`).
  static func + (country: Code, role: Role) -> Code { country + Code(role) }

  /// A key for tables keyed by token hashes (`HashMap64`): the first eight bytes, which tell
  /// apart codes of up to eight bytes (countries, CAMEO codes).
  var key: UInt64 { lo }
}
