/// The features of a parser state: words and tags of the stack's three top words, the
/// buffer's three first, and the outer children of the top and the front.
enum ParserFeatures {
  static let noWord: UInt64 = 0x00DE_AD00_0000_0001
  static let rootWord: UInt64 = 0x0000_4007_0000_0001

  static func make(
    _ s: ParserState, _ w: WordFeatures, _ tags: [Int], into f: inout [UInt64]
  ) {
    f.removeAll(keepingCapacity: true)
    let n = s.n
    let noTag: UInt64 = 900
    let rootTag: UInt64 = 901
    @inline(__always) func word(_ i: Int) -> UInt64 {
      i < 0 ? noWord : (i == n ? rootWord : w.word[i])
    }
    @inline(__always) func tag(_ i: Int) -> UInt64 {
      i < 0 ? noTag : (i == n ? rootTag : UInt64(tags[i]))
    }
    let c = s.stack.count
    let s0 = c > 0 ? s.stack[c - 1] : -1
    let s1 = c > 1 ? s.stack[c - 2] : -1
    let s2 = c > 2 ? s.stack[c - 3] : -1
    let n0 = s.buffer <= n ? s.buffer : -1
    let n1 = s.buffer + 1 <= n ? s.buffer + 1 : -1
    let n2 = s.buffer + 2 <= n ? s.buffer + 2 : -1
    let s0w = word(s0)
    let s0t = tag(s0)
    let s1w = word(s1)
    let s1t = tag(s1)
    let n0w = word(n0)
    let n0t = tag(n0)
    let n1w = word(n1)
    let n1t = tag(n1)
    let n2t = tag(n2)
    let s2t = tag(s2)
    let s0l = s0 >= 0 ? s.left1[s0] : -1
    let s0l2 = s0 >= 0 ? s.left2[s0] : -1
    let s0r = s0 >= 0 ? s.right1[s0] : -1
    let s0r2 = s0 >= 0 ? s.right2[s0] : -1
    let n0l = n0 >= 0 ? s.left1[n0] : -1
    let n0l2 = n0 >= 0 ? s.left2[n0] : -1
    let s1r = s1 >= 0 ? s.right1[s1] : -1
    let s1l = s1 >= 0 ? s.left1[s1] : -1
    let dist: UInt64 = s0 >= 0 && n0 >= 0 ? UInt64(min(n0 - s0, 6)) : 0
    let s0vl: UInt64 = s0 >= 0 ? UInt64(min(s.leftCount[s0], 3)) : 9
    let s0vr: UInt64 = s0 >= 0 ? UInt64(min(s.rightCount[s0], 3)) : 9
    let n0vl: UInt64 = n0 >= 0 ? UInt64(min(s.leftCount[n0], 3)) : 9
    f.append(FeatureKey.key(1, 0))
    f.append(FeatureKey.key(2, s0w))
    f.append(FeatureKey.key(3, s0t))
    f.append(FeatureKey.key(4, s0w, s0t))
    f.append(FeatureKey.key(5, s1w))
    f.append(FeatureKey.key(6, s1t))
    f.append(FeatureKey.key(7, s1w, s1t))
    f.append(FeatureKey.key(8, n0w))
    f.append(FeatureKey.key(9, n0t))
    f.append(FeatureKey.key(10, n0w, n0t))
    f.append(FeatureKey.key(11, n1w))
    f.append(FeatureKey.key(12, n1t))
    f.append(FeatureKey.key(13, n1w, n1t))
    f.append(FeatureKey.key(14, n2t))
    f.append(FeatureKey.key(15, s2t))
    f.append(FeatureKey.key(16, s0t, n0t))
    f.append(FeatureKey.key(17, s0w, n0w))
    f.append(FeatureKey.key(18, s0t, n0w))
    f.append(FeatureKey.key(19, s0w, n0t))
    f.append(FeatureKey.key(20, s1t, s0t))
    f.append(FeatureKey.key(21, s1t, s0t, n0t))
    f.append(FeatureKey.key(22, s0t, n0t, n1t))
    f.append(FeatureKey.key(23, n0t, n1t, n2t))
    f.append(FeatureKey.key(24, s2t, s1t, s0t))
    f.append(FeatureKey.key(25, s1w, s0w))
    f.append(FeatureKey.key(26, s1t, s0w))
    f.append(FeatureKey.key(27, s1w, s0t))
    f.append(FeatureKey.key(28, s0t, tag(s0l), n0t))
    f.append(FeatureKey.key(29, s0t, tag(s0r), n0t))
    f.append(FeatureKey.key(30, s0t, tag(s0l), tag(s0l2)))
    f.append(FeatureKey.key(31, s0t, tag(s0r), tag(s0r2)))
    f.append(FeatureKey.key(32, n0t, tag(n0l), tag(n0l2)))
    f.append(FeatureKey.key(33, s0t, n0t, tag(n0l)))
    f.append(FeatureKey.key(34, s1t, tag(s1r), s0t))
    f.append(FeatureKey.key(35, s1t, tag(s1l), s0t))
    f.append(FeatureKey.key(36, dist, s0t, n0t))
    f.append(FeatureKey.key(37, dist, s0w))
    f.append(FeatureKey.key(38, dist, n0w))
    f.append(FeatureKey.key(39, s0vl, s0vr, s0t))
    f.append(FeatureKey.key(40, n0vl, n0t))
    f.append(FeatureKey.key(41, word(s0l), s0t))
    f.append(FeatureKey.key(42, word(s0r), s0t))
    f.append(FeatureKey.key(43, word(n0l), n0t))
    f.append(FeatureKey.key(44, s0w, n0t, n1t))
    f.append(FeatureKey.key(45, s0t, n0w, n1t))
    f.append(FeatureKey.key(46, s1t, s0t, n0w))
    f.append(FeatureKey.key(47, n0w, n1w))
    f.append(FeatureKey.key(48, w.suffix2.isEmpty || n0 < 0 || n0 == n ? 0 : w.suffix2[n0], n0t))
  }
}
