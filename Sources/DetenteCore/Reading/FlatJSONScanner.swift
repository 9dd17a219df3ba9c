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
    var out: [UInt8] = Array(b[start..<i])
    while i < n {
      let c = b[i]
      if c == UInt8(ascii: "\"") {
        i += 1
        return String(decoding: out, as: UTF8.self)
      }
      if c < 0x20 { return nil }
      guard c == UInt8(ascii: "\\") else {
        out.append(c)
        i += 1
        continue
      }
      guard i + 1 < n else { return nil }
      let e = b[i + 1]
      i += 2
      switch e {
      case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(e)
      case UInt8(ascii: "b"): out.append(0x08)
      case UInt8(ascii: "f"): out.append(0x0C)
      case UInt8(ascii: "n"): out.append(0x0A)
      case UInt8(ascii: "r"): out.append(0x0D)
      case UInt8(ascii: "t"): out.append(0x09)
      case UInt8(ascii: "u"):
        guard var scalar = hex4(b, i) else { return nil }
        i += 4
        if (0xD800...0xDBFF).contains(scalar) {
          // A surrogate pair: the low half must follow as another \u escape.
          guard i + 6 <= n, b[i] == UInt8(ascii: "\\"), b[i + 1] == UInt8(ascii: "u"),
            let low = hex4(b, i + 2), (0xDC00...0xDFFF).contains(low)
          else { return nil }
          i += 6
          scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
        } else if (0xDC00...0xDFFF).contains(scalar) {
          return nil
        }
        guard let u = Unicode.Scalar(scalar) else { return nil }
        out.append(contentsOf: UTF8.encode(u)!)
      default: return nil
      }
    }
    return nil
  }

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
