/// The features for naming the relation of word `d` to its head `h` in a finished tree: the
/// two words and tags, direction and distance, the function words among their children
/// ("by", "to", "was", "that"), and the relation already given to the head.
enum LabelerFeatures {
  /// Tags whose words are kept as child features: prepositions, "to", modals, wh-words,
  /// possessive endings, and forms of "be" and "have".
  static func isFunctionTag(_ name: String) -> Bool {
    ["IN", "TO", "MD", "WDT", "WP", "WP$", "WRB", "POS", "RP", "EX"].contains(name)
  }

  struct Tree {
    var heads: [Int]
    var children: [[Int]]
    init(heads: [Int]) {
      self.heads = heads
      children = Array(repeating: [], count: heads.count + 1)
      for (d, h) in heads.enumerated() where h >= 0 { children[h].append(d) }
    }
  }

  static func make(
    _ d: Int, _ tree: Tree, _ w: WordFeatures, _ tags: [Int], _ labels: [Int],
    functionTags: [Bool], auxWords: HashSet64, into f: inout [UInt64]
  ) {
    f.removeAll(keepingCapacity: true)
    let n = w.count
    let h = tree.heads[d]
    let root = h == n
    let dw = w.word[d]
    let dt = UInt64(tags[d])
    let hw = root ? ParserFeatures.rootWord : w.word[h]
    let ht: UInt64 = root ? 901 : UInt64(tags[h])
    let hl: UInt64 = root ? 999 : UInt64(labels[h])
    let dir: UInt64 = root ? 2 : (d < h ? 0 : 1)
    let dist = UInt64(min(abs(h - d), 6))
    let prevT: UInt64 = d > 0 ? UInt64(tags[d - 1]) : 900
    let nextT: UInt64 = d + 1 < n ? UInt64(tags[d + 1]) : 900
    f.append(FeatureKey.key(1, 0))
    f.append(FeatureKey.key(2, dw))
    f.append(FeatureKey.key(3, dt))
    f.append(FeatureKey.key(4, hw))
    f.append(FeatureKey.key(5, ht))
    f.append(FeatureKey.key(6, dt, ht, dir))
    f.append(FeatureKey.key(7, dw, ht, dir))
    f.append(FeatureKey.key(8, dt, hw, dir))
    f.append(FeatureKey.key(9, dt, ht, dist &* 4 &+ dir))
    f.append(FeatureKey.key(10, hl, dt, dir))
    f.append(FeatureKey.key(11, hl, ht, dt))
    f.append(FeatureKey.key(12, prevT, dt, nextT))
    f.append(FeatureKey.key(13, dw, dt))
    f.append(FeatureKey.key(14, w.suffix3[d], dt))
    f.append(FeatureKey.key(15, dw, hw))
    f.append(FeatureKey.key(16, UInt64(min(tree.children[d].count, 4)), dt))
    for c in tree.children[d] where functionTags[tags[c]] || auxWords.contains(w.word[c]) {
      f.append(FeatureKey.key(17, w.word[c], dt))
      f.append(FeatureKey.key(18, w.word[c], dt, ht))
    }
    if !root {
      // Siblings: the head's function words and whether a sibling of the same kind came first.
      var sameBefore: UInt64 = 0
      for c in tree.children[h] where c != d {
        if functionTags[tags[c]] || auxWords.contains(w.word[c]) {
          f.append(FeatureKey.key(19, w.word[c], ht, dt))
          f.append(FeatureKey.key(20, w.word[c], c < h ? 0 : 1, dir))
        }
        if tags[c] == tags[d] && (c < d) == (d < h) && abs(c - h) < abs(d - h) { sameBefore = 1 }
      }
      f.append(FeatureKey.key(21, sameBefore, dt, ht &* 4 &+ dir))
      let gh = tree.heads[h]
      let gt: UInt64 = gh == n ? 901 : UInt64(tags[gh])
      f.append(FeatureKey.key(22, gt, ht, dt))
    }
  }
}
