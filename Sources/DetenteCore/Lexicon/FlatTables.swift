/// The lexicon's hot tables frozen into plain memory for the coder: the phrase tables, the
/// pattern index and the patterns' steps, as values made only of pointers.
///
/// The coder looks these up at nearly every word of every sentence, on all cores at once. A
/// Swift array or table copied out of the lexicon for a look-up is retained and released, and
/// those counts are atomic operations on memory the cores share; a table of pointers is copied
/// with no count at all. The memory belongs to a `FlatMemory` that lives as long as the tables
/// (inside `SharedLexicon`) and is never changed once they are made.

/// Memory for flat tables, freed when the last table made in it is gone.
final class FlatMemory: @unchecked Sendable {
  // (Unchecked: the blocks are written once, while the tables are made, and only read after.)
  private var blocks: [UnsafeMutableRawPointer] = []

  /// A copy of `array` in this memory (plain values: nothing to retain or release).
  func copy<T: BitwiseCopyable>(_ array: [T]) -> UnsafePointer<T> {
    let p = UnsafeMutablePointer<T>.allocate(capacity: max(1, array.count))
    array.withUnsafeBufferPointer { b in
      if let base = b.baseAddress { p.initialize(from: base, count: b.count) }
    }
    blocks.append(UnsafeMutableRawPointer(p))
    return UnsafePointer(p)
  }

  deinit { for b in blocks { b.deallocate() } }
}

/// `HashMap64`'s slots, frozen: finds the position of a key.
struct FlatMap: ~Copyable, @unchecked Sendable {
  let keys: UnsafePointer<UInt64>
  let positions: UnsafePointer<Int32>
  let mask: Int
  let shift: UInt64

  /// The position (in the map's values) of `k`.
  @inline(__always)
  func position(of k: UInt64) -> Int? {
    var i = HashSet64.slot(k, shift)
    while true {
      let p = positions[i]
      if p == 0 { return nil }
      if keys[i] == k { return Int(p) - 1 }
      i = (i + 1) & mask
    }
  }
}

extension HashMap64 {
  /// The map's slots copied into `memory`.
  func freeze(into memory: FlatMemory) -> FlatMap {
    let (k, p, s) = slots
    return FlatMap(keys: memory.copy(k), positions: memory.copy(p), mask: k.count - 1, shift: s)
  }
}

/// One node of a frozen phrase table: where its values are, and whether longer phrases go on.
struct FlatPhraseNode {
  var start: Int32
  var count: Int32
  var hasLonger: Bool
}

/// A `PhraseTable` frozen: the longest phrase at a token is found without retaining anything;
/// a match is a node whose values are read in place.
struct FlatPhraseTable<Value>: ~Copyable, @unchecked Sendable {
  let filter: UnsafePointer<UInt64>
  let map: FlatMap
  let nodes: UnsafePointer<FlatPhraseNode>
  let values: UnsafePointer<Value>
  let requiresCaps: UnsafePointer<Bool>

  /// The longest phrase starting at token `i` (not running past `end`) that has values: its
  /// length in tokens and its node.
  @inline(__always)
  func longest(_ tokens: [Token], at i: Int, end: Int) -> (length: Int, node: Int)? {
    var h = PhraseTable<Int32>.start
    var best = -1
    var length = 0
    var j = i
    while j < end {
      h = PhraseTable<Int32>.step(h, tokens[j].hash)
      let bit = PhraseTable<Int32>.filterBit(h)
      guard filter[bit >> 6] & (1 << UInt64(bit & 63)) != 0, let p = map.position(of: h)
      else { break }
      if nodes[p].count > 0 {
        best = p
        length = j - i + 1
      }
      if !nodes[p].hasLonger { break }
      j += 1
    }
    return best < 0 ? nil : (length, best)
  }

  /// The values of `node`, in the order they were added.
  @inline(__always)
  func values(of node: Int) -> UnsafeBufferPointer<Value> {
    UnsafeBufferPointer(start: values + Int(nodes[node].start), count: Int(nodes[node].count))
  }

  /// Whether each value of `node` must be matched in capitals.
  @inline(__always)
  func requiresCaps(of node: Int) -> UnsafeBufferPointer<Bool> {
    UnsafeBufferPointer(
      start: requiresCaps + Int(nodes[node].start), count: Int(nodes[node].count))
  }
}

extension PhraseTable {
  /// The table frozen into `memory`, its values made by `transform` (plain values only).
  func freeze<T: BitwiseCopyable>(into memory: FlatMemory, _ transform: (Value) -> T)
    -> FlatPhraseTable<T>
  {
    var flatNodes: [FlatPhraseNode] = []
    var values: [T] = []
    var caps: [Bool] = []
    flatNodes.reserveCapacity(nodes.values.count)
    for node in nodes.values {
      flatNodes.append(
        FlatPhraseNode(
          start: Int32(values.count), count: Int32(node.values.count), hasLonger: node.hasLonger))
      for e in node.values {
        values.append(transform(e.value))
        caps.append(e.requiresCaps)
      }
    }
    return FlatPhraseTable(
      filter: memory.copy(filterBits), map: nodes.freeze(into: memory),
      nodes: memory.copy(flatNodes), values: memory.copy(values), requiresCaps: memory.copy(caps))
  }
}

/// The event patterns frozen for the trigger finder: the index from first words to patterns,
/// each pattern's steps, and whether it is a noun pattern.
struct FlatPatterns: ~Copyable, @unchecked Sendable {
  /// The index: the position of a first word's list of patterns.
  let index: FlatMap
  /// Each index entry's patterns, as (start, count) into `indexPatterns`.
  let indexLists: UnsafePointer<(Int32, Int32)>
  let indexPatterns: UnsafePointer<Int32>
  /// Each pattern's steps, as (start, count) into `steps`.
  let stepRanges: UnsafePointer<(Int32, Int32)>
  let steps: UnsafePointer<FlatSet64?>
  /// Each step's gap limit in words (0 for a step of words), parallel to `steps`.
  let gapLimits: UnsafePointer<UInt8>
  /// The slots of every word set of every step.
  let words: UnsafePointer<UInt64>
  /// Whether each pattern is a noun pattern.
  let isNoun: UnsafePointer<Bool>
  /// Whether each pattern is an exclusion (code `not`).
  let isExclusion: UnsafePointer<Bool>

  init(_ lexicon: Lexicon, into memory: FlatMemory) {
    index = lexicon.patternIndex.freeze(into: memory)
    var lists: [(Int32, Int32)] = []
    var all: [Int32] = []
    for l in lexicon.patternIndex.values {
      lists.append((Int32(all.count), Int32(l.count)))
      all += l.map(Int32.init)
    }
    indexLists = memory.copy(lists)
    indexPatterns = memory.copy(all)
    var ranges: [(Int32, Int32)] = []
    var flat: [FlatSet64?] = []
    for s in lexicon.patternSteps {
      ranges.append((Int32(flat.count), Int32(s.count)))
      flat += s
    }
    stepRanges = memory.copy(ranges)
    steps = memory.copy(flat)
    gapLimits = memory.copy(lexicon.patternGapLimits.flatMap { $0 })
    words = memory.copy(lexicon.patternWords)
    isNoun = memory.copy(lexicon.patterns.map(\.isNoun))
    isExclusion = memory.copy(lexicon.patterns.map(\.isExclusion))
  }

  /// The patterns whose first word is `h`.
  @inline(__always)
  func candidates(_ h: UInt64) -> UnsafeBufferPointer<Int32>? {
    guard let p = index.position(of: h) else { return nil }
    let (start, count) = indexLists[p]
    return UnsafeBufferPointer(start: indexPatterns + Int(start), count: Int(count))
  }

  /// The steps of pattern `k`.
  @inline(__always)
  func steps(of k: Int) -> UnsafeBufferPointer<FlatSet64?> {
    let (start, count) = stepRanges[k]
    return UnsafeBufferPointer(start: steps + Int(start), count: Int(count))
  }

  /// The gap limits of pattern `k`'s steps.
  @inline(__always)
  func gapLimits(of k: Int) -> UnsafeBufferPointer<UInt8> {
    let (start, count) = stepRanges[k]
    return UnsafeBufferPointer(start: gapLimits + Int(start), count: Int(count))
  }
}
