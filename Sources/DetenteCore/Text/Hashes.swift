/// Token hashes of the single words the coding rules test for, written out as constants so that
/// testing a token costs one comparison (no hashing of a literal, no lazy global). Each value is
/// `TokenHash.of` of its word; a test checks every one.
enum Hashes {
  /// "also"
  static let also: UInt64 = 0x84ca_5683_ab03_58d2
  /// "back"
  static let back: UInt64 = 0x9a46_ff9b_aa27_6602
  /// "but"
  static let but: UInt64 = 0x0061_1e19_135a_72cc
  /// "for"
  static let `for`: UInt64 = 0xdcb2_7818_fed9_da90
  /// "from"
  static let from: UInt64 = 0x7f84_5078_d7a5_c0b5
  /// "he"
  static let he: UInt64 = 0x08ba_5307_b55e_af76
  /// "heavily"
  static let heavily: UInt64 = 0x3a48_f81b_4f7b_9f37
  /// "her"
  static let her: UInt64 = 0x334a_1a19_2fe3_63cc
  /// "him"
  static let him: UInt64 = 0x3373_3119_3006_8ff5
  /// "his"
  static let his: UInt64 = 0x3373_2319_3006_782b
  /// "in"
  static let `in`: UInt64 = 0x08b7_3807_b55c_4bbe
  /// "it"
  static let it: UInt64 = 0x08b7_3e07_b55c_55f0
  /// "its"
  static let its: UInt64 = 0x2bb3_ea19_2be5_4d99
  /// "my"
  static let my: UInt64 = 0x08a9_4307_b550_2113
  /// "not"
  static let not: UInt64 = 0x215a_d619_258e_9f4a
  /// "of"
  static let of: UInt64 = 0x08b0_6007_b556_7108
  /// "or"
  static let or: UInt64 = 0x08b0_5407_b556_5ca4
  /// "our"
  static let our: UInt64 = 0x19f7_9919_21bb_cc99
  /// "."
  static let period: UInt64 = 0xaf63_a34c_8601_8bb1
  /// "she"
  static let she: UInt64 = 0x8245_aa19_5cea_9e21
  /// "that"
  static let that: UInt64 = 0x256c_adef_3232_570c
  /// "their"
  static let their: UInt64 = 0xeb06_b172_5dc7_0d87
  /// "these"
  static let these: UInt64 = 0xeaf1_ba72_5db4_c0c8
  /// "they"
  static let they: UInt64 = 0x2579_baef_323c_f77f
  /// "this"
  static let this: UInt64 = 0x2587_bcef_3249_3841
  /// "those"
  static let those: UInt64 = 0x4183_3872_8eb9_a12a
  /// "which"
  static let which: UInt64 = 0xce98_9e88_581f_9422
  /// "who"
  static let who: UInt64 = 0x5ec5_fc19_4891_690f
  /// "whose"
  static let whose: UInt64 = 0xe0ed_e188_62cb_0a23

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
