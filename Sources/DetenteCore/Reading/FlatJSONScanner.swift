/// Reads a flat JSON object whose values are strings or `null` (the common shape of a JSON
/// Lines article record) straight from UTF-8 bytes, without building a document tree.
///
/// Anything else — a nested value, a number, a repeated key, a lone surrogate, bad syntax —
/// makes it give up (`nil`), and the caller falls back to `JSONDecoder`, which decides what
/// the line means and words the error.
enum FlatJSONScanner {
  /// The object's string fields (`null` fields are left out), or `nil` when the line is not a
  /// flat object of strings and nulls.
  static func scan(_ b: UnsafeBufferPointer<UInt8>) -> [String: String]? {
    var i = 0
    let n = b.count
    @inline(__always) func skipSpace() {
      while i < n, b[i] == 0x20 || b[i] == 0x09 || b[i] == 0x0D || b[i] == 0x0A { i += 1 }
    }
    var fields: [String: String] = [:]
    skipSpace()
    guard i < n, b[i] == UInt8(ascii: "{") else { return nil }
    i += 1
    skipSpace()
    if i < n, b[i] == UInt8(ascii: "}") {
      i += 1
    } else {
      while true {
        skipSpace()
        guard let key = string(b, &i) else { return nil }
        skipSpace()
        guard i < n, b[i] == UInt8(ascii: ":") else { return nil }
        i += 1
        skipSpace()
        guard i < n else { return nil }
        if b[i] == UInt8(ascii: "\"") {
          guard let value = string(b, &i), fields.updateValue(value, forKey: key) == nil else {
            return nil
          }
        } else if n - i >= 4, b[i] == UInt8(ascii: "n"), b[i + 1] == UInt8(ascii: "u"),
          b[i + 2] == UInt8(ascii: "l"), b[i + 3] == UInt8(ascii: "l")
        {
          i += 4
          // A repeated key, even as null, is left to the full decoder.
          guard fields[key] == nil else { return nil }
        } else {
          return nil
        }
        skipSpace()
        guard i < n else { return nil }
        if b[i] == UInt8(ascii: ",") {
          i += 1
          continue
        }
        guard b[i] == UInt8(ascii: "}") else { return nil }
        i += 1
        break
      }
    }
    skipSpace()
    guard i == n else { return nil }
    return fields
  }

  /// A JSON string starting at `b[i]` (which must be `"`), with `i` moved past it.
  static func string(_ b: UnsafeBufferPointer<UInt8>, _ i: inout Int) -> String? {
    let n = b.count
    guard i < n, b[i] == UInt8(ascii: "\"") else { return nil }
    i += 1
    let start = i
    // Fast path: no escapes.
    while i < n {
      let c = b[i]
      if c == UInt8(ascii: "\"") {
        let s = String(decoding: UnsafeBufferPointer(rebasing: b[start..<i]), as: UTF8.self)
        i += 1
        return s
      }
      if c == UInt8(ascii: "\\") { break }
      if c < 0x20 { return nil }
      i += 1
    }
    guard i < n else { return nil }
    // The unescaped text is written straight into the string's storage: escapes only shrink
    // the text, so the rest of the line is room enough. A malformed string ends the closure
    // with `Malformed`, and the caller then gets `nil`.
    var j = i
    let s = try? String(unsafeUninitializedCapacity: n - start) { out -> Int in
      var k = j - start
      // The plain bytes before the first escape.
      for m in start..<j { out[m - start] = b[m] }
      while j < n {
        let c = b[j]
        if c == UInt8(ascii: "\"") {
          j += 1
          return k
        }
        if c < 0x20 { throw Malformed() }
        guard c == UInt8(ascii: "\\") else {
          out[k] = c
          k += 1
          j += 1
          continue
        }
        guard j + 1 < n else { throw Malformed() }
        let e = b[j + 1]
        j += 2
        @inline(__always) func put(_ x: UInt8) {
          out[k] = x
          k += 1
        }
        switch e {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): put(e)
        case UInt8(ascii: "b"): put(0x08)
        case UInt8(ascii: "f"): put(0x0C)
        case UInt8(ascii: "n"): put(0x0A)
        case UInt8(ascii: "r"): put(0x0D)
        case UInt8(ascii: "t"): put(0x09)
        case UInt8(ascii: "u"):
          guard var scalar = hex4(b, j) else { throw Malformed() }
          j += 4
          if (0xD800...0xDBFF).contains(scalar) {
            // A surrogate pair: the low half must follow as another \u escape.
            guard j + 6 <= n, b[j] == UInt8(ascii: "\\"), b[j + 1] == UInt8(ascii: "u"),
              let low = hex4(b, j + 2), (0xDC00...0xDFFF).contains(low)
            else { throw Malformed() }
            j += 6
            scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
          } else if (0xDC00...0xDFFF).contains(scalar) {
            throw Malformed()
          }
          guard let u = Unicode.Scalar(scalar) else { throw Malformed() }
          // (Six escaped bytes, or twelve for a pair, become at most four.)
          for x in UTF8.encode(u)! { put(x) }
        default: throw Malformed()
        }
      }
      throw Malformed()
    }
    guard let s else { return nil }
    i = j
    return s
  }

  /// Ends the scan of a string that is not valid JSON.
  private struct Malformed: Error {}

  static func hex4(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> UInt32? {
    guard i + 4 <= b.count else { return nil }
    var v: UInt32 = 0
    for k in i..<(i + 4) {
      let c = b[k]
      let d: UInt8
      switch c {
      case 0x30...0x39: d = c - 0x30
      case 0x41...0x46: d = c - 0x41 + 10
      case 0x61...0x66: d = c - 0x61 + 10
      default: return nil
      }
      v = v << 4 | UInt32(d)
    }
    return v
  }
}
