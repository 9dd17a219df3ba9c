/// One token of a text, as a byte range into the text's UTF-8 with precomputed facts, so that
/// later stages never need to make a `String` to compare it.
public struct Token: Sendable, Hashable {
  /// What the token is made of.
  public enum Kind: UInt8, Sendable {
    /// Letters, possibly with digits, inner apostrophes or inner periods (`U.S.`).
    case word
    /// Digits, possibly with inner `.`, `,` or `:` (`1,000`, `3.5`, `10:30`).
    case number
    /// One punctuation mark or symbol.
    case punct
  }

  /// Byte offset of the first byte.
  public var start: Int32
  /// Byte offset one past the last byte.
  public var end: Int32
  /// The token's kind.
  public var kind: Kind
  /// Bit flags: see the `is…` properties.
  public var flags: UInt8
  /// The closed word classes the token belongs to, and which lexicon tables have a phrase that
  /// starts with it (`WordClass` bits).
  public var classes: UInt64 = 0
  /// FNV-1a hash of the token's bytes with ASCII letters lower-cased: the look-up key.
  public var hash: UInt64

  static let capitalizedFlag: UInt8 = 1
  static let allCapsFlag: UInt8 = 2
  static let spaceBeforeFlag: UInt8 = 4
  static let newlineBeforeFlag: UInt8 = 8
  static let initialismFlag: UInt8 = 16

  /// The first character is an upper-case letter.
  public var isCapitalized: Bool { flags & Self.capitalizedFlag != 0 }
  /// Every letter is upper case (and there is more than one).
  public var isAllCaps: Bool { flags & Self.allCapsFlag != 0 }
  /// White space stands before the token.
  public var hasSpaceBefore: Bool { flags & Self.spaceBeforeFlag != 0 }
  /// A blank line (a paragraph break) stands before the token.
  public var startsParagraph: Bool { flags & Self.newlineBeforeFlag != 0 }
  /// Letters separated by periods, ending with one: `U.S.`, `D.C.`.
  public var isInitialism: Bool { flags & Self.initialismFlag != 0 }
  /// The byte range.
  public var range: Range<Int> { Int(start)..<Int(end) }
  /// Number of bytes.
  public var length: Int { Int(end - start) }
}

/// The hash used for tokens and lexicon keys.
public enum TokenHash {
  /// The starting value of FNV-1a.
  public static let seed: UInt64 = 0xcbf2_9ce4_8422_2325
  /// Folds one byte, lower-casing ASCII letters.
  @inline(__always)
  public static func fold(_ h: UInt64, _ byte: UInt8) -> UInt64 {
    let b = byte >= 65 && byte <= 90 ? byte + 32 : byte
    return (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3
  }
  /// Combines a phrase's running hash with the next token's hash.
  @inline(__always)
  public static func combine(_ h: UInt64, _ token: UInt64) -> UInt64 {
    (h ^ (token &+ 0x9E37_79B9_7F4A_7C15 &+ (h << 6) &+ (h >> 2))) &* 0x0000_0100_0000_01B3
  }
  /// The hash of a whole string as one token.
  public static func of(_ s: String) -> UInt64 { fold(seed, s) }

  /// Folds every byte of `s` into `h`: `fold(fold(seed, a), b) == of(a + b)`.
  public static func fold(_ h: UInt64, _ s: String) -> UInt64 {
    var h = h
    var s = s
    s.withUTF8 { for b in $0 { h = fold(h, b) } }
    return h
  }

  /// Folds the bytes of `code` into `h` (as folding the code's string would).
  static func fold(_ h: UInt64, code: Code) -> UInt64 {
    var h = h
    for k in 0..<code.count { h = fold(h, code[k]) }
    return h
  }

  /// Folds the decimal digits of `n` (as `String(n)` would write them) into `h`.
  public static func fold(_ h: UInt64, decimal n: Int) -> UInt64 {
    guard n >= 0 else { return fold(h, String(n)) }
    var h = h
    var p = 1
    while p <= n / 10 { p *= 10 }
    while p > 0 {
      h = fold(h, UInt8(truncatingIfNeeded: 48 + (n / p) % 10))
      p /= 10
    }
    return h
  }
}
