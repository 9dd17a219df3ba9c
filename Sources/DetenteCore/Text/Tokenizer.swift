/// Splits UTF-8 text into tokens in one pass over its bytes, without making strings.
///
/// Words keep inner apostrophes (`O'Brien`) but lose a possessive `'s` and a negative `n't`,
/// which become tokens of their own; initialisms (`U.S.`, `D.C.`) keep their periods; hyphens
/// and other punctuation are tokens; square brackets, used by editors for insertions
/// (`[Nikolai] Patrushev`), are treated as spaces so names inside them still match.
public struct Tokenizer: Sendable {
  /// Creates a tokenizer.
  public init() {}

  /// Tokenizes `bytes`, appending to `tokens` (which the caller may reuse between calls).
  public func tokenize(_ bytes: UnsafeBufferPointer<UInt8>, into tokens: inout [Token]) {
    tokenize(bytes, into: &tokens, words: WordClass.table)
  }

  /// Tokenizes `bytes`, appending to `tokens`, with each token's classes from `table` (the
  /// word classes, and a lexicon's own bits: `Lexicon.wordTable`).
  func tokenize(
    _ bytes: UnsafeBufferPointer<UInt8>, into tokens: inout [Token], words table: HashMap64<UInt64>
  ) {
    let first = tokens.count
    scan(bytes, into: &tokens)
    // Each word's classes, looked up once here for all the rules that test them.
    tokens.withUnsafeMutableBufferPointer { t in
      for k in first..<t.count {
        if let p = table.position(of: t[k].hash) { t[k].classes = table.values[p] }
      }
    }
  }

  private func scan(_ bytes: UnsafeBufferPointer<UInt8>, into tokens: inout [Token]) {
    let n = bytes.count
    var i = 0
    var spaceBefore = true
    var newlines = 0
    while i < n {
      let c = bytes[i]
      // White space, including U+00A0 (C2 A0) and brackets treated as spaces.
      if c == 0x20 || c == 0x09 || c == 0x0D || c == UInt8(ascii: "[") || c == UInt8(ascii: "]") {
        spaceBefore = true
        i += 1
        continue
      }
      if c == 0x0A {
        newlines += 1
        spaceBefore = true
        i += 1
        continue
      }
      if c == 0xC2, i + 1 < n, bytes[i + 1] == 0xA0 {
        spaceBefore = true
        i += 2
        continue
      }
      var flags: UInt8 = 0
      if spaceBefore { flags |= Token.spaceBeforeFlag }
      if newlines >= 2 { flags |= Token.newlineBeforeFlag }
      spaceBefore = false
      newlines = 0
      let start = i
      if Self.isWordByte(c), c < 0x80 || Self.punctuationLength(bytes, i) == 0 {
        var hasLetter = false
        var upperCount = 0
        var letterCount = 0
        var isDigitsOnly = true
        var j = i
        var h = TokenHash.seed
        while j < n {
          var b = bytes[j]
          // A run of ASCII letters and digits (most of a word), counted and folded in a tight
          // loop; anything else goes the long way below.
          while true {
            let upper = b &- 65 < 26
            if upper || b &- 97 < 26 {
              if upper { upperCount += 1 }
              letterCount += 1
              hasLetter = true
              isDigitsOnly = false
            } else if b &- 48 >= 10 {
              break
            }
            h = (h ^ UInt64(upper ? b + 32 : b)) &* 0x0000_0100_0000_01B3
            j += 1
            if j == n { break }
            b = bytes[j]
          }
          if j == n { break }
          // Inner apostrophe (ASCII or U+2019) followed by letters.
          let apLen = Self.apostropheLength(bytes, j)
          if apLen > 0 {
            guard hasLetter, j + apLen < n, Self.isLetter(bytes[j + apLen]) else { break }
            // possessive 's / negation n't end the word here
            let k = j + apLen
            let sEnd =
              k + 1 >= n || !Self.isWordByte(bytes[k + 1])
              || Self.punctuationLength(bytes, k + 1) > 0
            if (bytes[k] == UInt8(ascii: "s") || bytes[k] == UInt8(ascii: "S")) && sEnd { break }
            if (bytes[k] == UInt8(ascii: "t") || bytes[k] == UInt8(ascii: "T")) && sEnd,
              j > start, bytes[j - 1] == UInt8(ascii: "n") || bytes[j - 1] == UInt8(ascii: "N")
            {
              break
            }
            for q in j..<k { h = TokenHash.fold(h, bytes[q]) }
            j = k
            continue
          }
          if Self.isWordByte(b), b < 0x80 || Self.punctuationLength(bytes, j) == 0 {
            if b >= 65 && b <= 90 {
              upperCount += 1
              letterCount += 1
              hasLetter = true
              isDigitsOnly = false
            } else if (b >= 97 && b <= 122) || b >= 0x80 {
              letterCount += 1
              hasLetter = true
              isDigitsOnly = false
            }
            h = TokenHash.fold(h, b)
            j += 1
            continue
          }
          // Inner separators of numbers: 1,000  3.5  10:30
          if isDigitsOnly,
            b == UInt8(ascii: ",") || b == UInt8(ascii: ".") || b == UInt8(ascii: ":"),
            j + 1 < n, Self.isDigit(bytes[j + 1])
          {
            h = TokenHash.fold(h, b)
            j += 1
            continue
          }
          break
        }
        if j == start { j = min(n, start + Self.scalarLength(c)) }  // never an empty token
        // Initialisms: single letters each followed by a period, at least two: U.S. D.C.
        if j - start == 1, j + 2 < n, bytes[j] == UInt8(ascii: "."), Self.isLetter(bytes[start]),
          Self.isLetter(bytes[j + 1]), bytes[j + 2] == UInt8(ascii: ".")
        {
          var k = j
          var hh = TokenHash.fold(h, bytes[j])
          k += 1
          while k + 1 < n, Self.isLetter(bytes[k]), bytes[k + 1] == UInt8(ascii: ".") {
            hh = TokenHash.fold(TokenHash.fold(hh, bytes[k]), bytes[k + 1])
            k += 2
          }
          if k > j + 1 {
            flags |= Token.initialismFlag | Token.capitalizedFlag
            if bytes[start] >= 65 && bytes[start] <= 90 { flags |= Token.allCapsFlag }
            tokens.append(
              Token(start: Int32(start), end: Int32(k), kind: .word, flags: flags, hash: hh))
            i = k
            continue
          }
        }
        if c >= 65 && c <= 90 {
          flags |= Token.capitalizedFlag
        } else if c >= 0x80 {
          // "Élysée", "İzmir": decode the first scalar only for the rare non-ASCII initial.
          if Self.startsUppercase(bytes, start, j) { flags |= Token.capitalizedFlag }
        } else if c >= 97 && c <= 122, j - start > 3 {
          // "al-Qaeda", "el-Sisi": a short lower-case particle before a capitalized name.
          var k = start
          while k < start + 3, k < j, bytes[k] != UInt8(ascii: "-") { k += 1 }
          if k + 1 < j, bytes[k] == UInt8(ascii: "-"), bytes[k + 1] >= 65, bytes[k + 1] <= 90 {
            flags |= Token.capitalizedFlag
          }
        }
        if upperCount >= 2 && upperCount == letterCount { flags |= Token.allCapsFlag }
        tokens.append(
          Token(
            start: Int32(start), end: Int32(j), kind: isDigitsOnly ? .number : .word, flags: flags,
            hash: h))
        i = j
        continue
      }
      // Possessive or negation split off a word: 's  n't
      let apLen = Self.apostropheLength(bytes, i)
      if apLen > 0, i + apLen < n, bytes[i + apLen] | 0x20 == UInt8(ascii: "s"),
        i + apLen + 1 >= n || !Self.isWordByte(bytes[i + apLen + 1]), !spaceBeforeFlagSet(flags)
      {
        let end = i + apLen + 1
        var h = TokenHash.seed
        h = TokenHash.fold(h, UInt8(ascii: "'"))
        h = TokenHash.fold(h, UInt8(ascii: "s"))
        tokens.append(Token(start: Int32(i), end: Int32(end), kind: .word, flags: flags, hash: h))
        i = end
        continue
      }
      // One punctuation mark (multi-byte marks such as “ ” — are one token).
      var len = Self.punctuationLength(bytes, i)
      if len == 0 { len = Self.scalarLength(c) }
      len = max(1, min(len, n - i))
      var h = TokenHash.seed
      // Fold curly quotes and apostrophes to their ASCII forms for look-up.
      let folded = Self.asciiEquivalent(bytes, i, len)
      if folded != 0 {
        h = TokenHash.fold(h, folded)
      } else {
        for q in i..<(i + len) { h = TokenHash.fold(h, bytes[q]) }
      }
      tokens.append(
        Token(start: Int32(i), end: Int32(i + len), kind: .punct, flags: flags, hash: h))
      i += len
    }
    // A word "n" followed by "'t" style negation: re-split "didn't" into "did" "n't".
    Self.splitNegations(bytes, &tokens)
  }

  /// Tokenizes a string.
  public func tokenize(_ text: String) -> [Token] {
    var tokens: [Token] = []
    var copy = text
    copy.withUTF8 { tokenize($0, into: &tokens) }
    return tokens
  }

  @inline(__always) private func spaceBeforeFlagSet(_ f: UInt8) -> Bool {
    f & Token.spaceBeforeFlag != 0
  }

  static func splitNegations(_ bytes: UnsafeBufferPointer<UInt8>, _ tokens: inout [Token]) {
    // Words ending in n and followed by 't: the tokenizer stopped before the apostrophe,
    // leaving "didn" + "'" + "t"; merge into "did" + "n't".
    var k = 0
    while k + 2 < tokens.count {
      let w = tokens[k]
      let ap = tokens[k + 1]
      let t = tokens[k + 2]
      if w.kind == .word, ap.kind == .punct, ap.start == w.end, t.start == ap.end,
        t.length == 1, bytes[Int(t.start)] | 0x20 == UInt8(ascii: "t"),
        w.length >= 2, bytes[Int(w.end) - 1] | 0x20 == UInt8(ascii: "n"),
        apostropheLength(bytes, Int(ap.start)) > 0
      {
        var h = TokenHash.seed
        for q in Int(w.start)..<(Int(w.end) - 1) { h = TokenHash.fold(h, bytes[q]) }
        var neg = TokenHash.seed
        for b in "n't".utf8 { neg = TokenHash.fold(neg, b) }
        let head = Token(start: w.start, end: w.end - 1, kind: .word, flags: w.flags, hash: h)
        let tail = Token(start: w.end - 1, end: t.end, kind: .word, flags: 0, hash: neg)
        tokens.replaceSubrange(k...(k + 2), with: [head, tail])
      }
      k += 1
    }
  }

  /// Whether the token's first Unicode scalar is an upper-case letter (non-ASCII initials).
  static func startsUppercase(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
    let length = min(scalarLength(b[start]), end - start)
    guard length >= 2 else { return false }
    var decoder = UTF8()
    var iterator = b[start..<(start + length)].makeIterator()
    if case .scalarValue(let scalar) = decoder.decode(&iterator) {
      return scalar.properties.isUppercase
    }
    return false
  }

  @inline(__always) static func isDigit(_ c: UInt8) -> Bool { c >= 48 && c <= 57 }
  @inline(__always) static func isLetter(_ c: UInt8) -> Bool {
    (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c >= 0xC3
  }
  @inline(__always) static func isWordByte(_ c: UInt8) -> Bool {
    (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c >= 0x80
  }
  @inline(__always) static func scalarLength(_ c: UInt8) -> Int {
    c < 0x80 ? 1 : c & 0xE0 == 0xC0 ? 2 : c & 0xF0 == 0xE0 ? 3 : 4
  }

  /// Length of a multi-byte punctuation scalar at `i` (general punctuation block, « », no-break
  /// space, inverted marks), or 0 when the bytes there are not punctuation.
  @inline(__always) static func punctuationLength(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int
  {
    let c = b[i]
    if c < 0x80 { return Self.isWordByte(c) ? 0 : 1 }
    // General punctuation, U+2000–U+207F.
    if c == 0xE2, i + 2 < b.count, b[i + 1] == 0x80 || b[i + 1] == 0x81 { return 3 }
    if c == 0xC2, i + 1 < b.count,
      b[i + 1] == 0xAB || b[i + 1] == 0xBB || b[i + 1] == 0xA0 || b[i + 1] == 0xBF
        || b[i + 1] == 0xA1 || b[i + 1] == 0xB7
    {
      return 2
    }
    return 0
  }

  @inline(__always) static func apostropheLength(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
    if b[i] == UInt8(ascii: "'") { return 1 }
    if b[i] == 0xE2, i + 2 < b.count, b[i + 1] == 0x80, b[i + 2] == 0x99 { return 3 }
    return 0
  }

  /// The ASCII byte a curly quote, apostrophe or dash stands for, or 0.
  @inline(__always) static func asciiEquivalent(
    _ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ len: Int
  ) -> UInt8 {
    guard len == 3, b[i] == 0xE2, b[i + 1] == 0x80 else { return 0 }
    switch b[i + 2] {
    case 0x98, 0x99: return UInt8(ascii: "'")
    case 0x9C, 0x9D: return UInt8(ascii: "\"")
    case 0x93, 0x94: return UInt8(ascii: "-")
    default: return 0
    }
  }
}
