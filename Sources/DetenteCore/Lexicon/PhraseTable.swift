/// A table of multi-word phrases keyed by token hashes: every prefix of every phrase is stored,
/// so finding the longest phrase at a position costs one hash look-up per token and allocates
/// nothing.
public struct PhraseTable<Value: Sendable>: Sendable {
  struct Node: Sendable {
    var values: [Entry] = []
    /// The same values without their flags, for callers that keep them all (no array to build).
    var plain: [Value] = []
    var hasLonger = false
  }
  /// A stored value and whether the phrase must appear in capitals ("US", "WHO").
  public struct Entry: Sendable {
    /// The value.
    public var value: Value
    /// The phrase was written in capitals and matches only capitals in the text.
    public var requiresCaps: Bool
  }

  var nodes: HashMap64<Node> = [:]
  /// One bit per slot of 2^19, set for every stored prefix's hash: a clear bit says at once that
  /// no phrase goes on (most words of a text start none), from 64 KB that stay in the cache,
  /// before the large table is probed.
  private var filter = [UInt64](repeating: 0, count: 1 << (Self.filterSize - 6))
  private static var filterSize: Int { 19 }

  /// The filter's words (see `FlatPhraseTable`).
  var filterBits: [UInt64] { filter }

  @inline(__always)
  static func filterBit(_ h: UInt64) -> Int {
    Int(truncatingIfNeeded: (h &* 0xD6E8_FEB8_6659_FD93) >> UInt64(64 - filterSize))
  }
  /// The longest phrase, in tokens.
  public private(set) var maxLength = 0

  /// An empty table.
  public init() {}

  /// The hash of a sequence of token hashes.
  @inline(__always)
  static func step(_ h: UInt64, _ token: UInt64) -> UInt64 { TokenHash.combine(h, token) }
  static var start: UInt64 { 0x84222325_cbf29ce4 }

  /// Adds `value` under the phrase whose token hashes are `hashes`.
  public mutating func insert(_ hashes: [UInt64], _ value: Value, requiresCaps: Bool = false) {
    guard !hashes.isEmpty else { return }
    var h = Self.start
    for (k, t) in hashes.enumerated() {
      h = Self.step(h, t)
      let bit = Self.filterBit(h)
      filter[bit >> 6] |= 1 << UInt64(bit & 63)
      if k < hashes.count - 1 {
        nodes[h, default: Node()].hasLonger = true
      }
    }
    nodes[h, default: Node()].values.append(Entry(value: value, requiresCaps: requiresCaps))
    nodes[h, default: Node()].plain.append(value)
    maxLength = max(maxLength, hashes.count)
  }

  /// Adds `value` under a phrase given as text (tokenized the way article text is).
  public mutating func insert(phrase: String, _ value: Value) {
    let (hashes, caps) = Self.key(phrase)
    insert(hashes, value, requiresCaps: caps)
  }

  /// A phrase given as text as the table keys it: its tokens' hashes, and whether it must be
  /// matched in capitals (two letters or more, all upper case: an acronym).
  static func key(_ phrase: String) -> (hashes: [UInt64], requiresCaps: Bool) {
    let tokens = Tokenizer().tokenize(phrase)
    let letters = phrase.unicodeScalars.filter { $0.properties.isAlphabetic }
    let caps = letters.count >= 2 && letters.allSatisfy { $0.properties.isUppercase }
    return (tokens.map(\.hash), caps)
  }

  // (Also compiled for the lexicon's mention table, so that a caller in another module looks
  // up mentions without the generic entry point's type look-ups at every call.)
  /// The longest phrase starting at token `i` (not running past `end`), with its values (and
  /// the same values without their flags, in the same order).
  @_specialize(exported:true,where Value == MentionEntry)
  @inline(__always)
  public func longest(_ tokens: [Token], at i: Int, end: Int) -> (
    length: Int, values: [Entry], plain: [Value]
  )? {
    // The walk reads nodes in place and remembers only where the best one is: its arrays are
    // retained once, for the answer, not at every step.
    nodes.values.withUnsafeBufferPointer { store in
      filter.withUnsafeBufferPointer { bits in
        var h = Self.start
        var best = -1
        var length = 0
        var j = i
        while j < end {
          h = Self.step(h, tokens[j].hash)
          let bit = Self.filterBit(h)
          guard bits[bit >> 6] & (1 << UInt64(bit & 63)) != 0, let p = nodes.position(of: h)
          else { break }
          if !store[p].values.isEmpty {
            best = p
            length = j - i + 1
          }
          if !store[p].hasLonger { break }
          j += 1
        }
        return best < 0 ? nil : (length, store[best].values, store[best].plain)
      }
    }
  }

  /// The values of exactly the phrase of tokens `range`, if stored.
  public func exact(_ tokens: [Token], _ range: Range<Int>) -> [Entry] {
    var h = Self.start
    for j in range { h = Self.step(h, tokens[j].hash) }
    return nodes[h]?.values ?? []
  }
}
