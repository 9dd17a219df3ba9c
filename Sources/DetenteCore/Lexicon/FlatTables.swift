/// The lexicon's hot tables frozen into plain memory for the coder: the phrase tables, the
/// pattern index and the patterns' steps, as arrays of plain values that cannot be copied.
///
/// The coder looks these up at nearly every word of every sentence, on all cores at once. A
/// Swift array or table copied out of the lexicon for a look-up is retained and released, and
/// those counts are atomic operations on memory the cores share; these tables are read in
/// place (inside `SharedLexicon`, which owns them) with no count at all. Each array owns its
/// memory (`FrozenArray`), which is never changed once the tables are made and is freed with
/// them.

/// Plain values frozen in memory that this value owns and frees when it goes.
///
/// It cannot be copied, so the memory has one owner: a table holds its arrays, and
/// `SharedLexicon` holds the tables. Elements are read by index; a buffer of them is lent only
/// by the tables' `withUnsafeView`, whose pointers must not escape the closure (as with
/// swift-nio's `ByteBuffer.withUnsafeReadableBytes`).
struct FrozenArray<Element: BitwiseCopyable>: ~Copyable, @unchecked Sendable {
  // (Unchecked: the memory is written once, in `init`, and only read after.)
  private let base: UnsafeMutablePointer<Element>
  /// The number of elements.
  let count: Int

  /// A copy of `array`.
  init(_ array: [Element]) {
    base = .allocate(capacity: max(1, array.count))
    count = array.count
    array.withUnsafeBufferPointer { b in
      if let start = b.baseAddress { base.initialize(from: start, count: b.count) }
    }
  }

  deinit { base.deallocate() }

  /// Element `i` (checked only in debug builds: the tables' look-ups make the indices).
  @inline(__always)
  subscript(i: Int) -> Element {
    assert(i >= 0 && i < count)
    return base[i]
  }

  /// The elements in place, for a view that this file lends only inside a `with…` call.
  fileprivate var buffer: UnsafeBufferPointer<Element> {
    UnsafeBufferPointer(start: base, count: count)
  }
}

/// `HashMap64`'s slots, frozen: finds the position of a key.
struct FlatMap: ~Copyable, Sendable {
  let keys: FrozenArray<UInt64>
  let positions: FrozenArray<Int32>
  let mask: Int
  let shift: UInt64

  /// The position (in the map's values) of `k`.
  @inline(__always)
  func position(of k: UInt64) -> Int? {
    Self.position(of: k, mask: mask, shift: shift, key: { keys[$0] }, position: { positions[$0] })
  }

  /// The probe both forms share: `key` and `position` read slot `i`.
  @inline(__always)
  static func position(
    of k: UInt64, mask: Int, shift: UInt64, key: (Int) -> UInt64, position: (Int) -> Int32
  ) -> Int? {
    var i = HashSet64.slot(k, shift)
    while true {
      let p = position(i)
      if p == 0 { return nil }
      if key(i) == k { return Int(p) - 1 }
      i = (i + 1) & mask
    }
  }

  /// The map as a view lends it (see `FlatPatterns.withUnsafeView`).
  fileprivate var unsafeView: View {
    View(keys: keys.buffer, positions: positions.buffer, mask: mask, shift: shift)
  }

  /// The map's slots in place, valid only inside the `with…` call that made it.
  struct View {
    let keys: UnsafeBufferPointer<UInt64>
    let positions: UnsafeBufferPointer<Int32>
    let mask: Int
    let shift: UInt64

    /// The position (in the map's values) of `k`.
    @inline(__always)
    func position(of k: UInt64) -> Int? {
      FlatMap.position(
        of: k, mask: mask, shift: shift, key: { keys[$0] }, position: { positions[$0] })
    }
  }
}

extension HashMap64 {
  /// The map's slots, frozen.
  func freeze() -> FlatMap {
    let (k, p, s) = slots
    return FlatMap(keys: FrozenArray(k), positions: FrozenArray(p), mask: k.count - 1, shift: s)
  }
}

/// One node of a frozen phrase table: where its values are, and whether longer phrases go on.
struct FlatPhraseNode {
  var start: Int32
  var count: Int32
  var hasLonger: Bool
}

/// A `PhraseTable` frozen: the longest phrase at a token is found without retaining anything;
/// a match is a node whose values are read in place, by their positions.
struct FlatPhraseTable<Value: BitwiseCopyable>: ~Copyable, Sendable {
  let filter: FrozenArray<UInt64>
  let map: FlatMap
  let nodes: FrozenArray<FlatPhraseNode>
  let values: FrozenArray<Value>
  let requiresCaps: FrozenArray<Bool>

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

  /// The positions of `node`'s values (in `values` and `requiresCaps`), in the order they were
  /// added.
  @inline(__always)
  func positions(of node: Int) -> Range<Int> {
    let start = Int(nodes[node].start)
    return start..<(start + Int(nodes[node].count))
  }

  /// Whether a value of `node` satisfies `predicate`.
  @inline(__always)
  func contains(valueOf node: Int, where predicate: (Value) -> Bool) -> Bool {
    positions(of: node).contains { predicate(values[$0]) }
  }
}

extension PhraseTable {
  /// The table frozen, its values made by `transform` (plain values only).
  func freeze<T: BitwiseCopyable>(_ transform: (Value) -> T) -> FlatPhraseTable<T> {
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
      filter: FrozenArray(filterBits), map: nodes.freeze(), nodes: FrozenArray(flatNodes),
      values: FrozenArray(values), requiresCaps: FrozenArray(caps))
  }
}

/// The event patterns frozen for the trigger finder: the index from first words to patterns,
/// each pattern's steps, and whether it is a noun pattern.
struct FlatPatterns: ~Copyable, Sendable {
  /// The index: the position of a first word's list of patterns.
  private let index: FlatMap
  /// Each index entry's patterns, as (start, count) into `indexPatterns`.
  private let indexLists: FrozenArray<(Int32, Int32)>
  private let indexPatterns: FrozenArray<Int32>
  /// Each pattern's steps, as (start, count) into `steps`.
  private let stepRanges: FrozenArray<(Int32, Int32)>
  private let steps: FrozenArray<FlatSet64?>
  /// Each step's gap limit in words (0 for a step of words), parallel to `steps`.
  private let gapLimits: FrozenArray<UInt8>
  /// The slots of every word set of every step.
  private let words: FrozenArray<UInt64>
  /// Whether each pattern is a noun pattern.
  private let isNoun: FrozenArray<Bool>
  /// Whether each pattern is an exclusion (code `not`).
  private let isExclusion: FrozenArray<Bool>

  init(_ lexicon: Lexicon) {
    index = lexicon.patternIndex.freeze()
    var lists: [(Int32, Int32)] = []
    var all: [Int32] = []
    for l in lexicon.patternIndex.values {
      lists.append((Int32(all.count), Int32(l.count)))
      all += l.map(Int32.init)
    }
    indexLists = FrozenArray(lists)
    indexPatterns = FrozenArray(all)
    var ranges: [(Int32, Int32)] = []
    var flat: [FlatSet64?] = []
    for s in lexicon.patternSteps {
      ranges.append((Int32(flat.count), Int32(s.count)))
      flat += s
    }
    stepRanges = FrozenArray(ranges)
    steps = FrozenArray(flat)
    gapLimits = FrozenArray(lexicon.patternGapLimits.flatMap { $0 })
    words = FrozenArray(lexicon.patternWords)
    isNoun = FrozenArray(lexicon.patterns.map(\.isNoun))
    isExclusion = FrozenArray(lexicon.patterns.map(\.isExclusion))
  }

  /// Calls `body` with the tables in place, for the trigger finder's inner loop: the view's
  /// pointers are valid only inside `body` and must not be kept.
  @inline(__always)
  func withUnsafeView<R>(_ body: (View) throws -> R) rethrows -> R {
    // (The tables are borrowed for the call, so their memory lives until `body` returns.)
    try body(
      View(
        index: index.unsafeView, indexLists: indexLists.buffer, indexPatterns: indexPatterns.buffer,
        stepRanges: stepRanges.buffer, steps: steps.buffer, gapLimits: gapLimits.buffer,
        words: words.buffer.baseAddress!, isNoun: isNoun.buffer, isExclusion: isExclusion.buffer))
  }

  /// `withUnsafeView` with `tokens` lent in place too, for the trigger finder's loop over both.
  @inline(__always)
  func withUnsafeView<R>(
    _ tokens: [Token], _ body: (View, UnsafeBufferPointer<Token>) throws -> R
  ) rethrows -> R {
    try withUnsafeView { view in try tokens.withUnsafeBufferPointer { try body(view, $0) } }
  }

  /// The patterns' tables as `withUnsafeView` lends them: buffers into the tables' memory.
  struct View {
    fileprivate let index: FlatMap.View
    fileprivate let indexLists: UnsafeBufferPointer<(Int32, Int32)>
    fileprivate let indexPatterns: UnsafeBufferPointer<Int32>
    fileprivate let stepRanges: UnsafeBufferPointer<(Int32, Int32)>
    fileprivate let steps: UnsafeBufferPointer<FlatSet64?>
    fileprivate let gapLimits: UnsafeBufferPointer<UInt8>
    /// The slots of every word set of every step (`FlatSet64.contains(_:in:)`).
    let words: UnsafePointer<UInt64>
    fileprivate let isNoun: UnsafeBufferPointer<Bool>
    fileprivate let isExclusion: UnsafeBufferPointer<Bool>

    /// The patterns whose first word is `h`.
    @inline(__always)
    func candidates(_ h: UInt64) -> UnsafeBufferPointer<Int32>? {
      guard let p = index.position(of: h) else { return nil }
      let (start, count) = indexLists[p]
      return UnsafeBufferPointer(rebasing: indexPatterns[Int(start)..<Int(start + count)])
    }

    /// The steps of pattern `k`.
    @inline(__always)
    func steps(of k: Int) -> UnsafeBufferPointer<FlatSet64?> {
      let (start, count) = stepRanges[k]
      return UnsafeBufferPointer(rebasing: steps[Int(start)..<Int(start + count)])
    }

    /// The gap limits of pattern `k`'s steps.
    @inline(__always)
    func gapLimits(of k: Int) -> UnsafeBufferPointer<UInt8> {
      let (start, count) = stepRanges[k]
      return UnsafeBufferPointer(rebasing: gapLimits[Int(start)..<Int(start + count)])
    }

    /// Whether pattern `k` is a noun pattern.
    @inline(__always)
    func isNoun(_ k: Int) -> Bool { isNoun[k] }

    /// Whether pattern `k` is an exclusion.
    @inline(__always)
    func isExclusion(_ k: Int) -> Bool { isExclusion[k] }
  }
}
