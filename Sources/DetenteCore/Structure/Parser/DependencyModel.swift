/// A dependency parse of one sentence: each word's tag, head and relation.
public struct DependencyParse: Sendable {
  /// Penn Treebank tag numbers (names in `DependencyModel.tagNames`).
  public var tags: [Int]
  /// Each word's head (a word index), or `-1` for the sentence's root.
  public var heads: [Int]
  /// Relation numbers (names in `DependencyModel.relationNames`).
  public var relations: [Int]
}

/// A trained tagger, parser and relation labeller (`ParserTraining` makes one; the bundled one
/// is `DependencyModel.bundled`).
public struct DependencyModel: Sendable {
  /// The tags the tagger gives (Penn Treebank).
  public let tagNames: [String]
  /// The relations the labeller gives (Universal Dependencies).
  public let relationNames: [String]
  var tagger: LinearModel
  var parser: LinearModel
  var labeler: LinearModel
  var functionTags: [Bool]
  var auxWords: HashSet64
  /// The tags of verbs and modals, which a word inside an actor mention cannot have.
  var verbTags: [Bool]

  static let auxiliaryForms = [
    "be", "is", "was", "were", "are", "been", "being", "am", "'s", "'re", "'m",
    "have", "has", "had", "having", "'ve", "'d", "do", "does", "did", "get", "got", "gets",
    "getting", "not", "n't", "never", "that", "whether", "if", "because", "while", "after",
    "before", "as", "to", "by", "of",
  ]

  static func auxHashes() -> HashSet64 {
    HashSet64(WordFeatures(forms: auxiliaryForms).word)
  }

  init(
    tagNames: [String], relationNames: [String], tagger: LinearModel, parser: LinearModel,
    labeler: LinearModel
  ) {
    self.tagNames = tagNames
    self.relationNames = relationNames
    self.tagger = tagger
    self.parser = parser
    self.labeler = labeler
    functionTags = tagNames.map(LabelerFeatures.isFunctionTag)
    auxWords = Self.auxHashes()
    verbTags = tagNames.map { $0.hasPrefix("VB") || $0 == "MD" }
  }

  /// Tags each word of `w`; a word marked in `nominal` (inside an actor mention) is not given
  /// a verb's tag.
  func tag(_ w: WordFeatures, nominal: [Bool] = []) -> [Int] {
    var tags = [Int](repeating: 0, count: w.count)
    var f: [UInt64] = []
    var scores = [Int32](repeating: 0, count: tagger.classes)
    for i in 0..<w.count {
      TaggerFeatures.make(w, i, tags, into: &f)
      if i < nominal.count, nominal[i] {
        tags[i] = best(tagger, f, &scores) { !verbTags[$0] }
      } else {
        tags[i] = best(tagger, f, &scores)
      }
    }
    return tags
  }

  @inline(__always)
  private func best(
    _ m: LinearModel, _ f: [UInt64], _ scores: inout [Int32], valid: ((Int) -> Bool)? = nil
  ) -> Int {
    for c in 0..<scores.count { scores[c] = 0 }
    f.withUnsafeBufferPointer { fp in
      scores.withUnsafeMutableBufferPointer { m.add(fp, to: $0) }
    }
    var bestClass = -1
    var bestScore = Int32.min
    for c in 0..<scores.count where scores[c] > bestScore && (valid?(c) ?? true) {
      bestScore = scores[c]
      bestClass = c
    }
    return max(bestClass, 0)
  }

  /// The unlabelled tree over `w` with tags `tags`: heads, with `w.count` for the root.
  func attach(_ w: WordFeatures, _ tags: [Int]) -> [Int] {
    var state = ParserState(count: w.count)
    var f: [UInt64] = []
    var scores = [Int32](repeating: 0, count: 3)
    while !state.isTerminal {
      ParserFeatures.make(state, w, tags, into: &f)
      let move = best(parser, f, &scores) { state.isValid($0) }
      state.apply(move)
    }
    return Array(state.heads[0..<w.count])
  }

  /// Names each arc's relation, from the root down.
  func label(_ w: WordFeatures, _ tags: [Int], _ heads: [Int]) -> [Int] {
    let tree = LabelerFeatures.Tree(heads: heads)
    var labels = [Int](repeating: 0, count: w.count)
    var f: [UInt64] = []
    var scores = [Int32](repeating: 0, count: labeler.classes)
    var queue = tree.children[w.count]
    var k = 0
    while k < queue.count {
      let d = queue[k]
      k += 1
      LabelerFeatures.make(
        d, tree, w, tags, labels, functionTags: functionTags, auxWords: auxWords, into: &f)
      labels[d] = best(labeler, f, &scores)
      queue += tree.children[d]
    }
    return labels
  }

  /// Tags, attaches and labels the words of `w` (see `tag` for `nominal`).
  func parse(_ w: WordFeatures, nominal: [Bool] = []) -> DependencyParse {
    let tags = tag(w, nominal: nominal)
    let heads = attach(w, tags)
    let labels = label(w, tags, heads)
    return DependencyParse(
      tags: tags, heads: heads.map { $0 == w.count ? -1 : $0 }, relations: labels)
  }

  /// Parses the words of `text` at the byte ranges `words`.
  public func parse(text: String, words: [Range<Int>]) -> DependencyParse {
    var copy = text
    return copy.withUTF8 { parse(WordFeatures(bytes: $0, ranges: words)) }
  }
}
extension DependencyModel {
  /// How many features and weights each classifier kept: tagger, parser, labeller.
  public var sizes: [(features: Int, weights: Int)] {
    [tagger, parser, labeler].map { ($0.featureCount, $0.weightCount) }
  }
}
