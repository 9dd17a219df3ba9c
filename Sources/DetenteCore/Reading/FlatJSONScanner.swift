/// Reads a flat JSON object whose values are strings or `null` (the common shape of a JSON
/// Lines article record) straight from UTF-8 bytes, without building a document tree.
///
/// Anything else — a nested value, a number, a repeated key, a lone surrogate, bad syntax —
/// makes it give up (`nil`), and the caller falls back to `JSONDecoder`, which decides what
/// the line means and words the error.
enum FlatJSONScanner {
  /// The fields of an article record, by name; other keys are only checked for repeats.
  struct Fields {
    /// The names of the fields kept, in slot order.
    static let names = ["id", "title", "published", "url", "outlet", "text"]
    /// The value of each named field, `nil` when absent or `null`.
    var values: [String?] = Array(repeating: nil, count: names.count)
    /// Which named keys were seen (with a string or a null), one bit each.
    var seen: UInt8 = 0
    /// Other keys seen (to find a repeated one).
    var others: [String] = []

    /// The value of the field called `name`.
    subscript(name: String) -> String? {
      Self.names.firstIndex(of: name).flatMap { values[$0] }
    }

    /// The slot of a key written in `b` without escapes, if it is one of `names`.
    static func slot(_ b: UnsafeBufferPointer<UInt8>) -> Int? {
      switch b.count {
      case 2:
        if b[0] == UInt8(ascii: "i"), b[1] == UInt8(ascii: "d") { return 0 }
      case 3:
        if b[0] == UInt8(ascii: "u"), b[1] == UInt8(ascii: "r"), b[2] == UInt8(ascii: "l") {
          return 3
        }
      default:
        break
      }
      for k in [1, 2, 4, 5] where names[k].utf8.count == b.count {
        if names[k].utf8.elementsEqual(b) { return k }
      }
      return nil
    }
  }

  /// The object's string fields (`null` fields are left out), or `nil` when the line is not a
  /// flat object of strings and nulls, or repeats a key.
  static func scan(_ b: UnsafeBufferPointer<UInt8>) -> Fields? {
    var i = 0
    let n = b.count
    @inline(__always) func skipSpace() {
      while i < n, b[i] == 0x20 || b[i] == 0x09 || b[i] == 0x0D || b[i] == 0x0A { i += 1 }
    }
    var fields = Fields()
    skipSpace()
    guard i < n, b[i] == UInt8(ascii: "{") else { return nil }
    i += 1
    skipSpace()
    if i < n, b[i] == UInt8(ascii: "}") {
      i += 1
    } else {
      while true {
        skipSpace()
        // The key: one of the record's fields (read without making a string when written
        // plainly), or another key kept for the repeat test.
        guard i < n, b[i] == UInt8(ascii: "\"") else { return nil }
        var slot: Int?
        var other: String?
        if let close = plainEnd(b, i + 1),
          let k = Fields.slot(UnsafeBufferPointer(rebasing: b[(i + 1)..<close]))
        {
          slot = k
          i = close + 1
        } else {
          guard let key = string(b, &i) else { return nil }
          slot = Fields.names.firstIndex(of: key)
          if slot == nil { other = key }
        }
        // A repeated key (after a string or a null) is left to the full decoder, which decides
        // which of the values counts.
        let repeated =
          slot.map { fields.seen & (1 << UInt8($0)) != 0 } ?? fields.others.contains(other!)
        guard !repeated else { return nil }
        skipSpace()
        guard i < n, b[i] == UInt8(ascii: ":") else { return nil }
        i += 1
        skipSpace()
        guard i < n else { return nil }
        if b[i] == UInt8(ascii: "\"") {
          guard let value = string(b, &i) else { return nil }
          if let k = slot {
            fields.values[k] = value
            fields.seen |= 1 << UInt8(k)
          } else {
            fields.others.append(other!)
          }
        } else if n - i >= 4, b[i] == UInt8(ascii: "n"), b[i + 1] == UInt8(ascii: "u"),
          b[i + 2] == UInt8(ascii: "l"), b[i + 3] == UInt8(ascii: "l")
        {
          i += 4
          // (Remembered too: a key repeated after a null is also the decoder's to settle.)
          if let k = slot { fields.seen |= 1 << UInt8(k) } else { fields.others.append(other!) }
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

  /// Where the string whose bytes start at `b[start]` closes, when it has no escapes and no
  /// control characters; `nil` otherwise (or when it does not close).
  static func plainEnd(_ b: UnsafeBufferPointer<UInt8>, _ start: Int) -> Int? {
    let n = b.count
    var i = start
    // Eight bytes at a time while none is a quotation mark, a back-slash or a control.
    while i + 8 <= n {
      let x = UInt64(
        littleEndian: UnsafeRawPointer(b.baseAddress! + i).loadUnaligned(as: UInt64.self))
      if JSONBytes.needsEscape(x) { break }
      i += 8
    }
    while i < n {
      let c = b[i]
      if c == UInt8(ascii: "\"") { return i }
      if c == UInt8(ascii: "\\") || c < 0x20 { return nil }
      i += 1
    }
    return nil
  }

  /// A JSON string starting at `b[i]` (which must be `"`), with `i` moved past it.
  static func string(_ b: UnsafeBufferPointer<UInt8>, _ i: inout Int) -> String? {
    let n = b.count
    guard i < n, b[i] == UInt8(ascii: "\"") else { return nil }
    i += 1
    let start = i
    // Fast path: no escapes (runs of eight plain bytes skipped at once).
    while i < n {
      if i + 8 <= n {
        let x = UInt64(
          littleEndian: UnsafeRawPointer(b.baseAddress! + i).loadUnaligned(as: UInt64.self))
        if !JSONBytes.needsEscape(x) {
          i += 8
          continue
        }
      }
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
      if j > start {
        UnsafeMutableRawPointer(out.baseAddress!).copyMemory(
          from: b.baseAddress! + start, byteCount: j - start)
      }
      while j < n {
        // Eight bytes at a time that need no unescaping.
        if j + 8 <= n {
          let x = UnsafeRawPointer(b.baseAddress! + j).loadUnaligned(as: UInt64.self)
          if !JSONBytes.needsEscape(UInt64(littleEndian: x)) {
            UnsafeMutableRawPointer(out.baseAddress! + k).storeBytes(of: x, as: UInt64.self)
            k += 8
            j += 8
            continue
          }
        }
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
