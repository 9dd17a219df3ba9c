/// Feature keys: a template number and up to three parts (word hashes, tag numbers) mixed into
/// one 64-bit key that is never 0.
enum FeatureKey {
  @inline(__always)
  static func mix(_ h: UInt64, _ v: UInt64) -> UInt64 {
    var x = (h ^ v) &* 0x9E37_79B9_7F4A_7C15
    x ^= x >> 29
    x = x &* 0xBF58_476D_1CE4_E5B9
    x ^= x >> 32
    return x
  }

  @inline(__always)
  static func key(_ template: UInt64, _ a: UInt64, _ b: UInt64 = 0, _ c: UInt64 = 0) -> UInt64 {
    mix(mix(mix(template &* 0x2545_F491_4F6C_DD1D, a), b), c) | 1
  }
}
