/// Token hashes of the single words the coding rules test for, written out as constants so that
/// testing a token costs one comparison (no hashing of a literal, no lazy global). Each value is
/// `TokenHash.of` of its word; a test checks every one.
enum Hashes {
  /// "also"
  static let also: UInt64 = 0x84ca5683ab0358d2
  /// "back"
  static let back: UInt64 = 0x9a46ff9baa276602
  /// "but"
  static let but: UInt64 = 0x00611e19135a72cc
  /// "for"
  static let `for`: UInt64 = 0xdcb27818fed9da90
  /// "from"
  static let from: UInt64 = 0x7f845078d7a5c0b5
  /// "he"
  static let he: UInt64 = 0x08ba5307b55eaf76
  /// "heavily"
  static let heavily: UInt64 = 0x3a48f81b4f7b9f37
  /// "her"
  static let her: UInt64 = 0x334a1a192fe363cc
  /// "him"
  static let him: UInt64 = 0x3373311930068ff5
  /// "his"
  static let his: UInt64 = 0x337323193006782b
  /// "in"
  static let `in`: UInt64 = 0x08b73807b55c4bbe
  /// "it"
  static let it: UInt64 = 0x08b73e07b55c55f0
  /// "its"
  static let its: UInt64 = 0x2bb3ea192be54d99
  /// "my"
  static let my: UInt64 = 0x08a94307b5502113
  /// "not"
  static let not: UInt64 = 0x215ad619258e9f4a
  /// "of"
  static let of: UInt64 = 0x08b06007b5567108
  /// "or"
  static let or: UInt64 = 0x08b05407b5565ca4
  /// "our"
  static let our: UInt64 = 0x19f7991921bbcc99
  /// "."
  static let period: UInt64 = 0xaf63a34c86018bb1
  /// "she"
  static let she: UInt64 = 0x8245aa195cea9e21
  /// "that"
  static let that: UInt64 = 0x256cadef3232570c
  /// "their"
  static let their: UInt64 = 0xeb06b1725dc70d87
  /// "these"
  static let these: UInt64 = 0xeaf1ba725db4c0c8
  /// "they"
  static let they: UInt64 = 0x2579baef323cf77f
  /// "this"
  static let this: UInt64 = 0x2587bcef32493841
  /// "those"
  static let those: UInt64 = 0x418338728eb9a12a
  /// "which"
  static let which: UInt64 = 0xce989e88581f9422
  /// "who"
  static let who: UInt64 = 0x5ec5fc194891690f
  /// "whose"
  static let whose: UInt64 = 0xe0ede18862cb0a23

  /// Every constant with its word, for the test.
  static let all: [(word: String, hash: UInt64)] = [
    ("also", also),
    ("back", back),
    ("but", but),
    ("for", `for`),
    ("from", from),
    ("he", he),
    ("heavily", heavily),
    ("her", her),
    ("him", him),
    ("his", his),
    ("in", `in`),
    ("it", it),
    ("its", its),
    ("my", my),
    ("not", not),
    ("of", of),
    ("or", or),
    ("our", our),
    (".", period),
    ("she", she),
    ("that", that),
    ("their", their),
    ("these", these),
    ("they", they),
    ("this", this),
    ("those", those),
    ("which", which),
    ("who", who),
    ("whose", whose),
  ]
}
