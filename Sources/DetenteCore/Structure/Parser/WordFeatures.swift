/// What the tagger and the parser know of each word of a sentence: hashes of its lower-cased
/// form, its ends and its shape, computed the same way in training and in use.
struct WordFeatures {
  var word: [UInt64] = []
  var suffix3: [UInt64] = []
  var suffix2: [UInt64] = []
  var prefix: [UInt64] = []
  var shape: [UInt64] = []
  var cased: [UInt64] = []

  var count: Int { word.count }

  mutating func removeAll() {
    word.removeAll(keepingCapacity: true)
    suffix3.removeAll(keepingCapacity: true)
    suffix2.removeAll(keepingCapacity: true)
    prefix.removeAll(keepingCapacity: true)
    shape.removeAll(keepingCapacity: true)
    cased.removeAll(keepingCapacity: true)
  }

  /// Appends the word made of `bytes`.
  mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
    var h: UInt64 = 0xCBF2_9CE4_8422_2325
    var exact: UInt64 = 0x1234_9CE4_8422_2325
    var upper = 0
    var letters = 0
    var digits = 0
    var other = 0
    for b in bytes {
      var c = b
      exact = (exact ^ UInt64(b)) &* 0x100_0000_01B3
      if c >= 65 && c <= 90 {
        upper += 1
        letters += 1
        c += 32
      } else if c >= 97 && c <= 122 {
        letters += 1
      } else if c >= 48 && c <= 57 {
        digits += 1
      } else if c < 128 {
        other += 1
      } else {
        letters += 1
      }
      h = (h ^ UInt64(c)) &* 0x100_0000_01B3
    }
    word.append(h)
    cased.append(exact)
    suffix3.append(Self.end(bytes, 3))
    suffix2.append(Self.end(bytes, 2))
    prefix.append(bytes.isEmpty ? 0 : UInt64(bytes[0]) | 0x100)
    let first = bytes.first ?? 0
    let capital: UInt64 = first >= 65 && first <= 90 ? 1 : 0
    let allCaps: UInt64 = upper > 1 && upper == letters ? 1 : 0
    let kind: UInt64 = letters > 0 ? (digits > 0 ? 3 : 1) : (digits > 0 ? 2 : 0)
    let hyphen: UInt64 = bytes.contains(45) && letters > 0 ? 1 : 0
    let length = UInt64(min(bytes.count, 4))
    shape.append(
      capital | allCaps << 1 | kind << 2 | hyphen << 4 | length << 5 | UInt64(min(other, 1)) << 8)
  }

  private static func end(_ bytes: UnsafeBufferPointer<UInt8>, _ n: Int) -> UInt64 {
    var h: UInt64 = 0x8422_2325_CBF2_9CE4 &+ UInt64(n)
    for b in bytes.suffix(n) {
      let c = b >= 65 && b <= 90 ? b + 32 : b
      h = (h ^ UInt64(c)) &* 0x100_0000_01B3
    }
    return h
  }

  /// The words of `bytes` at the byte ranges `ranges` (a sentence's tokens in use).
  init<R: Sequence<Range<Int>>>(bytes: UnsafeBufferPointer<UInt8>, ranges: R) {
    for r in ranges { append(UnsafeBufferPointer(rebasing: bytes[r])) }
  }

  /// The words written out (a treebank's forms in training, the auxiliaries' list).
  init(forms: [String]) {
    for f in forms {
      var s = f
      s.withUTF8 { append($0) }
    }
  }

  init() {}
}
