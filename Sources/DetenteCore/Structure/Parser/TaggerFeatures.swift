/// A part-of-speech tagger: an averaged perceptron reading each word left to right with the
/// two tags before it (Penn Treebank tags, as the treebank it is trained on gives them).
struct TaggerFeatures {
  static let none: UInt64 = 0x5EED_0000_0000_0001
  /// The features of word `i`, given the tags already chosen before it.
  static func make(_ w: WordFeatures, _ i: Int, _ tags: [Int], into f: inout [UInt64]) {
    f.removeAll(keepingCapacity: true)
    let p1 = i > 0 ? UInt64(tags[i - 1]) : 999
    let p2 = i > 1 ? UInt64(tags[i - 2]) : 999
    let n = w.count
    func word(_ j: Int) -> UInt64 { j >= 0 && j < n ? w.word[j] : none }
    func suf(_ j: Int) -> UInt64 { j >= 0 && j < n ? w.suffix3[j] : none }
    f.append(FeatureKey.key(1, 0))
    f.append(FeatureKey.key(2, w.word[i]))
    f.append(FeatureKey.key(3, w.suffix3[i]))
    f.append(FeatureKey.key(4, w.suffix2[i]))
    f.append(FeatureKey.key(5, w.prefix[i]))
    f.append(FeatureKey.key(6, w.shape[i]))
    f.append(FeatureKey.key(7, p1))
    f.append(FeatureKey.key(8, p2))
    f.append(FeatureKey.key(9, p1, p2))
    f.append(FeatureKey.key(10, p1, w.word[i]))
    f.append(FeatureKey.key(11, word(i - 1)))
    f.append(FeatureKey.key(12, suf(i - 1)))
    f.append(FeatureKey.key(13, word(i - 2)))
    f.append(FeatureKey.key(14, word(i + 1)))
    f.append(FeatureKey.key(15, suf(i + 1)))
    f.append(FeatureKey.key(16, word(i + 2)))
    f.append(FeatureKey.key(17, i == 0 ? 1 : 0, w.shape[i]))
    f.append(FeatureKey.key(18, word(i - 1), w.word[i]))
    f.append(FeatureKey.key(19, w.word[i], word(i + 1)))
    f.append(FeatureKey.key(20, p1, w.suffix3[i]))
    f.append(FeatureKey.key(21, w.cased[i]))
    f.append(FeatureKey.key(22, word(i - 1), word(i + 1)))
    f.append(FeatureKey.key(23, p1, word(i + 1)))
    f.append(FeatureKey.key(24, w.word[i], suf(i + 1)))
    f.append(
      FeatureKey.key(
        25, w.shape[i], i > 0 ? w.shape[i - 1] : none, i + 1 < n ? w.shape[i + 1] : none))
  }
}
