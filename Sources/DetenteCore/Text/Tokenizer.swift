/// Splits UTF-8 text into tokens in one pass over its bytes, without making strings.
///
/// Words keep inner apostrophes (`O'Brien`) but lose a possessive `'s` and a negative `n't`,
/// which become tokens of their own; initialisms (`U.S.`, `D.C.`) keep their periods; hyphens
/// and other punctuation are tokens; square brackets, used by editors for insertions
/// (`[Nikolai] Patrushev`), are treated as spaces so names inside them still match.
public struct Tokenizer: Sendable {
  /// Creates a tokenizer.
  public init() {}

  /// Tokenizes `text`, appending to `tokens` (which the caller may reuse between calls); a
  /// token's `start` and `end` are offsets in the text's UTF-8.
  public func tokenize(_ text: String, into tokens: inout [Token]) {
    var copy = text
    copy.withUTF8 { tokenize($0, into: &tokens) }
  }

  /// Tokenizes `bytes`, appending to `tokens` (which the caller may reuse between calls).
  func tokenize(_ bytes: UnsafeBufferPointer<UInt8>, into tokens: inout [Token]) {
    tokenize(bytes, into: &tokens, words: WordClass.table)
  }

  /// Tokenizes `bytes`, appending to `tokens`, with each token's classes from `table` (the
  /// word classes, and a lexicon's own bits: `Lexicon.wordTable`).
  func tokenize(
    _ bytes: UnsafeBufferPointer<UInt8>, into tokens: inout [Token], words table: HashMap64<UInt64>
  ) {
    // (The tokens are written into memory of the scan's own, not appended one by one to the
    // array, which would check the array's uniqueness and room at every token.)
    var sink = TokenSink(capacity: bytes.count / 4 + 16)
    scan(bytes, into: &sink)
    // Each word's classes, looked up once here for all the rules that test them.
    for k in 0..<sink.count {
      if let p = table.position(of: sink.base[k].hash) { sink.base[k].classes = table.values[p] }
    }
    tokens.append(contentsOf: UnsafeBufferPointer(start: sink.base, count: sink.count))
  }

  /// What a byte is, for the scan: bits of `byteClasses`.
  static let upperClass: UInt8 = 1
  static let letterClass: UInt8 = 2
  static let digitClass: UInt8 = 4
  static let spaceClass: UInt8 = 8
  static let newlineClass: UInt8 = 16
  static let highClass: UInt8 = 32

  /// The class of each byte value: ASCII letters (and whether upper case), digits, the spaces
  /// (space, tab, carriage return, and the square brackets treated as spaces), the new line, and
  /// the bytes of longer characters.
  nonisolated(unsafe) static let byteClasses: UnsafePointer<UInt8> = {
    let p = UnsafeMutablePointer<UInt8>.allocate(capacity: 256)
    for c in 0..<256 {
      var k: UInt8 = 0
      if c >= 65 && c <= 90 { k = upperClass | letterClass }
      if c >= 97 && c <= 122 { k = letterClass }
      if c >= 48 && c <= 57 { k = digitClass }
      if c == 0x20 || c == 0x09 || c == 0x0D || c == 0x5B || c == 0x5D { k = spaceClass }
      if c == 0x0A { k = newlineClass }
      if c >= 0x80 { k = highClass }
      p[c] = k
    }
    return UnsafePointer(p)
  }()

  private func scan(_ bytes: UnsafeBufferPointer<UInt8>, into tokens: inout TokenSink) {
    let n = bytes.count
    let classes = Self.byteClasses
    let alnum = Self.letterClass | Self.digitClass
    var i = 0
    var spaceBefore = true
    var newlines = 0
    // Whether an apostrophe was made a token: only then can a negation need splitting.
    var apostrophes = false
    while i < n {
      let c = bytes[i]
      let cc = classes[Int(c)]
      // White space, including U+00A0 (C2 A0) and brackets treated as spaces.
      if cc & Self.spaceClass != 0 {
        spaceBefore = true
        i += 1
        continue
      }
      if cc & Self.newlineClass != 0 {
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
      if cc & alnum != 0 || (cc & Self.highClass != 0 && Self.punctuationLength(bytes, i) == 0) {
        i = Self.word(bytes, at: i, flags: flags, into: &tokens)
      } else {
        i = Self.mark(bytes, at: i, flags: flags, into: &tokens, apostrophes: &apostrophes)
      }
    }
    // A word "n" followed by "'t" style negation: re-split "didn't" into "did" "n't".
    if apostrophes { Self.splitNegations(bytes, &tokens) }
  }

  /// Reads the word or number that starts at `start` into `tokens`; where the next token may
  /// start. A word runs over letters, digits, inner apostrophes and the inner separators of
  /// numbers; single letters each followed by a period are one initialism ("U.S.").
  @inline(__always)
  private static func word(
    _ bytes: UnsafeBufferPointer<UInt8>, at start: Int, flags: UInt8, into tokens: inout TokenSink
  ) -> Int {
    let n = bytes.count
    let classes = Self.byteClasses
    let alnum = Self.letterClass | Self.digitClass
    let c = bytes[start]
    let cc = classes[Int(c)]
    var flags = flags
    // (A word has a letter when it has any, so "digits only" is "no letter".)
    var upperCount = 0
    var letterCount = 0
    var j = start
    var h = TokenHash.seed
    word: while j < n {
      var b = bytes[j]
      var bc = classes[Int(b)]
      // A run of ASCII letters and digits (most of a word), counted and folded in a tight
      // loop (an upper-case letter folded lower-case); anything else goes the long way below.
      while bc & alnum != 0 {
        upperCount &+= Int(bc & Self.upperClass)
        letterCount &+= Int((bc & Self.letterClass) >> 1)
        h = (h ^ UInt64(b | ((bc & Self.upperClass) << 5))) &* 0x0000_0100_0000_01B3
        j += 1
        if j == n { break word }
        b = bytes[j]
        bc = classes[Int(b)]
      }
      // Inner apostrophe (ASCII or U+2019) followed by letters.
      let apLen = Self.apostropheLength(bytes, j)
      if apLen > 0 {
        guard letterCount > 0, j + apLen < n, Self.isLetter(bytes[j + apLen]) else { break }
        // possessive 's / negation n't end the word here
        let k = j + apLen
        let sEnd =
          k + 1 >= n || !Self.isWordByte(bytes[k + 1])
          || Self.punctuationLength(bytes, k + 1) > 0
        if bytes[k] | 0x20 == UInt8(ascii: "s") && sEnd { break }
        if bytes[k] | 0x20 == UInt8(ascii: "t") && sEnd, j > start,
          bytes[j - 1] | 0x20 == UInt8(ascii: "n")
        {
          break
        }
        for q in j..<k { h = TokenHash.fold(h, bytes[q]) }
        j = k
        continue
      }
      // A byte of a longer character that is not punctuation: part of a word (a letter).
      if bc & Self.highClass != 0, Self.punctuationLength(bytes, j) == 0 {
        letterCount += 1
        h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3
        j += 1
        continue
      }
      // Inner separators of numbers: 1,000  3.5  10:30
      if letterCount == 0,
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
        return k
      }
    }
    if cc & Self.upperClass != 0 {
      flags |= Token.capitalizedFlag
    } else if c >= 0x80 {
      // "Élysée", "İzmir": decode the first scalar only for the rare non-ASCII initial.
      if Self.startsUppercase(bytes, start, j) { flags |= Token.capitalizedFlag }
    }
    // (A hyphen ends a word: "al-Qaeda" is "al", "-", "Qaeda", and the recognizer reads the
    // particle before the name.)
    if upperCount >= 2 && upperCount == letterCount { flags |= Token.allCapsFlag }
    tokens.append(
      Token(
        start: Int32(start), end: Int32(j), kind: letterCount == 0 ? .number : .word,
        flags: flags, hash: h))
    return j
  }

  /// Reads the punctuation mark (or split-off possessive "'s") at `i` into `tokens`; where the
  /// next token may start. `apostrophes` is set when an apostrophe was made a token.
  @inline(__always)
  private static func mark(
    _ bytes: UnsafeBufferPointer<UInt8>, at i: Int, flags: UInt8, into tokens: inout TokenSink,
    apostrophes: inout Bool
  ) -> Int {
    let n = bytes.count
    let c = bytes[i]
    // Possessive or negation split off a word: 's  n't
    let apLen = Self.apostropheLength(bytes, i)
    if apLen > 0, i + apLen < n, bytes[i + apLen] | 0x20 == UInt8(ascii: "s"),
      i + apLen + 1 >= n || !Self.isWordByte(bytes[i + apLen + 1]),
      flags & Token.spaceBeforeFlag == 0
    {
      let end = i + apLen + 1
      var h = TokenHash.seed
      h = TokenHash.fold(h, UInt8(ascii: "'"))
      h = TokenHash.fold(h, UInt8(ascii: "s"))
      tokens.append(Token(start: Int32(i), end: Int32(end), kind: .word, flags: flags, hash: h))
      return end
    }
    if apLen > 0 { apostrophes = true }
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
    return i + len
  }

  /// Tokenizes a string.
  public func tokenize(_ text: String) -> [Token] {
    var tokens: [Token] = []
    var copy = text
    copy.withUTF8 { tokenize($0, into: &tokens) }
    return tokens
  }

  /// Re-splits "didn't", which the scan leaves as "didn" "'" "t", into "did" "n't".
  static func splitNegations(_ bytes: UnsafeBufferPointer<UInt8>, _ tokens: inout TokenSink) {
    let t = tokens.base
    let count = tokens.count
    var r = 0
    var w = 0
    while r < count {
      if r + 2 < count {
        let word = t[r]
        let ap = t[r + 1]
        let last = t[r + 2]
        if word.kind == .word, ap.kind == .punct, ap.start == word.end, last.start == ap.end,
          last.length == 1, bytes[Int(last.start)] | 0x20 == UInt8(ascii: "t"),
          word.length >= 2, bytes[Int(word.end) - 1] | 0x20 == UInt8(ascii: "n"),
          apostropheLength(bytes, Int(ap.start)) > 0
        {
          var h = TokenHash.seed
          for q in Int(word.start)..<(Int(word.end) - 1) { h = TokenHash.fold(h, bytes[q]) }
          t[w] = Token(
            start: word.start, end: word.end - 1, kind: .word, flags: word.flags, hash: h)
          t[w + 1] = Token(
            start: word.end - 1, end: last.end, kind: .word, flags: 0, hash: Self.negation)
          w += 2
          r += 3
          continue
        }
      }
      t[w] = t[r]
      w += 1
      r += 1
    }
    tokens.count = w
  }

  /// The hash of "n't".
  static let negation = TokenHash.of("n't")

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

/// Tokens as the scan writes them: memory of its own, grown by doubling, copied into the
/// caller's array once at the end, and given back when the sink goes (it cannot be copied, so
/// the memory has one owner).
struct TokenSink: ~Copyable {
  private(set) var base: UnsafeMutablePointer<Token>
  var count = 0
  private var capacity: Int

  init(capacity: Int) {
    self.capacity = max(16, capacity)
    base = .allocate(capacity: self.capacity)
  }

  @inline(__always)
  mutating func append(_ t: Token) {
    if count == capacity { grow() }
    (base + count).initialize(to: t)
    count += 1
  }

  @inline(never)
  private mutating func grow() {
    let bigger = UnsafeMutablePointer<Token>.allocate(capacity: capacity * 2)
    bigger.moveInitialize(from: base, count: count)
    base.deallocate()
    base = bigger
    capacity *= 2
  }

  deinit { base.deallocate() }
}
