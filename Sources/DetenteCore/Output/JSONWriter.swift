/// Writes JSON by hand into a byte buffer, in the order the caller gives, without Foundation's
/// encoder: strings copied in runs of bytes that need no escape.
///
/// The writer owns a plain growable block of memory rather than an array: an event's JSON is
/// some seventy small pieces (keys, punctuation, short strings), and storing a few bytes through
/// a pointer after one capacity check costs less than an array append each (a uniqueness check,
/// a capacity check and, for runs, a `memmove` call). It cannot be copied, and frees its memory
/// when it ends.
struct JSONWriter: ~Copyable {
  private var base: UnsafeMutablePointer<UInt8>
  private var capacity: Int
  /// The number of bytes written.
  private(set) var count = 0
  /// Whether the next key or value follows a sibling and needs a comma first.
  private var needsComma = false

  init(capacity: Int = 1024) {
    self.capacity = max(capacity, 64)
    base = .allocate(capacity: self.capacity)
  }

  deinit { base.deallocate() }

  /// Lets `body` write, then appends what it wrote to `buffer`.
  static func appending(to buffer: inout [UInt8], _ body: (inout JSONWriter) -> Void) {
    var w = JSONWriter(capacity: 2048)
    body(&w)
    buffer.append(contentsOf: w.bytes)
  }

  /// The bytes written so far (valid while the writer lives and is not written to).
  var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: base, count: count) }

  /// The text written so far.
  var text: String { String(decoding: bytes, as: UTF8.self) }

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
  private mutating func put(_ b: UInt8) {
    reserve(1)
    base[count] = b
    count += 1
  }

  /// Copies `p`; short runs byte by byte (most keys and values are a few bytes long).
  @inline(__always)
  private mutating func put(_ p: UnsafeBufferPointer<UInt8>) {
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

  private mutating func separate() {
    if needsComma { put(UInt8(ascii: ",")) }
  }

  // MARK: - JSON

  /// Opens an object (`{`) as a value.
  mutating func openObject() {
    separate()
    put(UInt8(ascii: "{"))
    needsComma = false
  }

  /// Closes the innermost object.
  mutating func closeObject() {
    put(UInt8(ascii: "}"))
    needsComma = true
  }

  /// Opens an array (`[`) as a value.
  mutating func openArray() {
    separate()
    put(UInt8(ascii: "["))
    needsComma = false
  }

  /// Closes the innermost array.
  mutating func closeArray() {
    put(UInt8(ascii: "]"))
    needsComma = true
  }

  /// Writes an object key; the next call writes its value. Keys are the contract's field
  /// names, plain ASCII that needs no escaping.
  mutating func key(_ k: StaticString) {
    separate()
    put(UInt8(ascii: "\""))
    k.withUTF8Buffer { put($0) }
    put(UInt8(ascii: "\""))
    put(UInt8(ascii: ":"))
    needsComma = false
  }

  /// Writes a string value, escaped.
  mutating func string(_ s: String) {
    separate()
    var s = s
    s.withUTF8 { escape($0) }
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
    digits(i)
    needsComma = true
  }

  /// Writes a number as the contract prints it (whole numbers with one decimal: `2.0`).
  mutating func number(_ d: Double) {
    separate()
    if let whole = Self.whole(d) {
      digits(whole)
      put(UInt8(ascii: "."))
      put(UInt8(ascii: "0"))
    } else {
      var s = String(d)
      s.withUTF8 { put($0) }
    }
    needsComma = true
  }

  /// The decimal digits of `i`, from the most significant, without making a string.
  private mutating func digits(_ i: Int) {
    if i < 0 { put(UInt8(ascii: "-")) }
    var v = i.magnitude
    var place: UInt = 1
    while v / place >= 10 { place *= 10 }
    repeat {
      put(UInt8(ascii: "0") + UInt8(v / place))
      v %= place
      place /= 10
    } while place > 0
  }

  private mutating func raw(_ s: StaticString) {
    separate()
    s.withUTF8Buffer { put($0) }
    needsComma = true
  }

  private static let hexDigits: StaticString = "0123456789abcdef"

  /// Writes `src` as a quoted JSON string. Bytes that need no escape are copied in runs.
  private mutating func escape(_ src: UnsafeBufferPointer<UInt8>) {
    put(UInt8(ascii: "\""))
    var start = 0
    var i = 0
    while i < src.count {
      let b = src[i]
      if b >= 0x20 && b != UInt8(ascii: "\"") && b != UInt8(ascii: "\\") {
        i += 1
        continue
      }
      put(UnsafeBufferPointer(rebasing: src[start..<i]))
      put(UInt8(ascii: "\\"))
      switch b {
      case UInt8(ascii: "\""): put(b)
      case UInt8(ascii: "\\"): put(b)
      case 0x0A: put(UInt8(ascii: "n"))
      case 0x0D: put(UInt8(ascii: "r"))
      case 0x09: put(UInt8(ascii: "t"))
      default:
        put(UInt8(ascii: "u"))
        put(UInt8(ascii: "0"))
        put(UInt8(ascii: "0"))
        Self.hexDigits.withUTF8Buffer { hex in
          put(hex[Int(b >> 4)])
          put(hex[Int(b & 0xF)])
        }
      }
      i += 1
      start = i
    }
    put(UnsafeBufferPointer(rebasing: src[start..<src.count]))
    put(UInt8(ascii: "\""))
  }

  /// `d` as an integer when it is a whole number small enough to print exactly.
  private static func whole(_ d: Double) -> Int? {
    d == d.rounded() && abs(d) < 1e15 ? Int(d) : nil
  }

  /// A number as the contract prints it: whole numbers with one decimal (`-2.0`), others in
  /// Swift's shortest form (`2.8`).
  static func number(_ d: Double) -> String {
    if let w = whole(d) { return "\(w).0" }
    return String(d)
  }
}
