/// Open-addressing hash tables keyed by token hashes (`UInt64`).
///
/// Token hashes are already well mixed, so a table needs no hasher of its own: a key's slot is
/// its top bits after one multiplication (Fibonacci hashing), and a look-up is a multiply, a
/// shift and a short linear probe over one flat array. Swift's `Set` and `Dictionary` run
/// SipHash on every look-up, which on the coder's hot path (closed word classes tested for
/// every token, phrase tables walked at every position) costs more than the rest of the test.

/// A set of token hashes.
public struct HashSet64: Sendable, Sequence, ExpressibleByArrayLiteral, Hashable {
  /// Slots; `0` marks an empty one (the key 0 itself is kept in `hasZero`).
  private var slots: [UInt64]
  private var hasZero = false
  private var shift: UInt64
  /// The number of keys.
  public private(set) var count = 0

  /// An empty set.
  public init() {
    slots = Array(repeating: 0, count: 8)
    shift = 61
  }

  /// A set of `keys`.
  public init<S: Sequence<UInt64>>(_ keys: S) {
    self.init()
    for k in keys { insert(k) }
  }

  /// A set of the listed keys.
  public init(arrayLiteral keys: UInt64...) { self.init(keys) }

  /// Whether the set has no keys.
  public var isEmpty: Bool { count == 0 }

  @inline(__always)
  static func slot(_ k: UInt64, _ shift: UInt64) -> Int {
    Int(truncatingIfNeeded: (k &* 0x9E37_79B9_7F4A_7C15) >> shift)
  }

  /// Whether `k` is in the set.
  @inline(__always)
  public func contains(_ k: UInt64) -> Bool {
    if k == 0 { return hasZero }
    return slots.withUnsafeBufferPointer { s in
      let mask = s.count - 1
      var i = Self.slot(k, shift)
      while true {
        let v = s[i]
        if v == k { return true }
        if v == 0 { return false }
        i = (i + 1) & mask
      }
    }
  }

  /// The set as a `FlatSet64`: its keys inline when there are at most `FlatSet64.inlineCount`
  /// of them (most word positions of a pattern: "with", or the five forms of one verb), else its
  /// slots appended to `table`.
  func flatten(into table: inout [UInt64]) -> FlatSet64 {
    let keys = Array(self)
    if !keys.isEmpty, keys.count <= FlatSet64.inlineCount {
      // (Unused places repeat the first key, so that every place can be compared.)
      let k = keys + Array(repeating: keys[0], count: FlatSet64.inlineCount - keys.count)
      return FlatSet64(
        offset: 0, mask: 0, shift: 0, hasZero: false, isInline: true,
        inline: (k[0], k[1], k[2], k[3], k[4]))
    }
    let offset = table.count
    table += slots
    return FlatSet64(
      offset: Int32(offset), mask: Int32(slots.count - 1), shift: UInt8(shift), hasZero: hasZero,
      isInline: false, inline: (0, 0, 0, 0, 0))
  }

  /// Adds `k`; returns whether it was new.
  @discardableResult
  public mutating func insert(_ k: UInt64) -> Bool {
    if k == 0 {
      defer { hasZero = true }
      if !hasZero { count += 1 }
      return !hasZero
    }
    if (count + 1) * 2 > slots.count { grow() }
    let mask = slots.count - 1
    var i = Self.slot(k, shift)
    while slots[i] != 0 {
      if slots[i] == k { return false }
      i = (i + 1) & mask
    }
    slots[i] = k
    count += 1
    return true
  }

  /// Adds every key of `other`.
  public mutating func formUnion<S: Sequence<UInt64>>(_ other: S) {
    for k in other { insert(k) }
  }

  /// This set with every key of `other` added.
  public func union<S: Sequence<UInt64>>(_ other: S) -> HashSet64 {
    var u = self
    u.formUnion(other)
    return u
  }

  private mutating func grow() {
    let old = slots
    slots = Array(repeating: 0, count: old.count * 2)
    shift -= 1
    let mask = slots.count - 1
    for k in old where k != 0 {
      var i = Self.slot(k, shift)
      while slots[i] != 0 { i = (i + 1) & mask }
      slots[i] = k
    }
  }

  /// The keys, in no particular order.
  public func makeIterator() -> some IteratorProtocol<UInt64> {
    ((hasZero ? [0] : []) + slots.filter { $0 != 0 }).makeIterator()
  }

  public static func == (a: HashSet64, b: HashSet64) -> Bool {
    a.count == b.count && a.allSatisfy { b.contains($0) }
  }

  public func hash(into hasher: inout Hasher) {
    // Order-independent, like Set's.
    hasher.combine(count)
    hasher.combine(reduce(UInt64(0)) { $0 ^ ($1 &* 0x9E37_79B9_7F4A_7C15) })
  }
}

/// A map from token hashes to values.
public struct HashMap64<Value>: Sendable where Value: Sendable {
  /// Slots hold the key and the index of its value plus one; `0` marks an empty slot.
  private var storedKeys: [UInt64]
  private var positions: [Int32]
  /// The values, densely, in insertion order.
  public private(set) var values: [Value] = []
  private var shift: UInt64

  /// An empty map.
  public init() {
    storedKeys = Array(repeating: 0, count: 8)
    positions = Array(repeating: 0, count: 8)
    shift = 61
  }

  /// The number of keys.
  public var count: Int { values.count }
  /// Whether the map has no keys.
  public var isEmpty: Bool { values.isEmpty }

  @inline(__always)
  private func find(_ k: UInt64) -> (slot: Int, position: Int?) {
    storedKeys.withUnsafeBufferPointer { ks in
      positions.withUnsafeBufferPointer { ps in
        let mask = ks.count - 1
        var i = HashSet64.slot(k, shift)
        while true {
          let p = ps[i]
          if p == 0 { return (i, nil) }
          if ks[i] == k { return (i, Int(p) - 1) }
          i = (i + 1) & mask
        }
      }
    }
  }

  /// The slots: keys, positions (plus one; 0 for empty) and the shift (see `FlatMap`).
  var slots: (keys: [UInt64], positions: [Int32], shift: UInt64) {
    (storedKeys, positions, shift)
  }

  /// The keys, in no particular order.
  public var keys: [UInt64] {
    var out: [UInt64] = []
    out.reserveCapacity(values.count)
    for (k, p) in zip(storedKeys, positions) where p != 0 { out.append(k) }
    return out
  }

  /// The index in `values` of the value of `k`, if any: for reading a value in place, without
  /// copying it out (a copy retains everything the value holds).
  @inline(__always)
  public func position(of k: UInt64) -> Int? { find(k).position }

  /// The value of `k`; setting `nil` is not supported (entries are never removed).
  public subscript(k: UInt64) -> Value? {
    @inline(__always) get {
      find(k).position.map { values[$0] }
    }
    set {
      guard let newValue else { preconditionFailure("HashMap64 does not remove keys") }
      if let p = find(k).position {
        values[p] = newValue
      } else {
        add(k, newValue)
      }
    }
  }

  /// The value of `k`, added as `defaultValue` when missing, for changing in place.
  public subscript(k: UInt64, default defaultValue: @autoclosure () -> Value) -> Value {
    get { self[k] ?? defaultValue() }
    _modify {
      let p: Int
      if let found = find(k).position {
        p = found
      } else {
        add(k, defaultValue())
        p = values.count - 1
      }
      yield &values[p]
    }
  }

  private mutating func add(_ k: UInt64, _ v: Value) {
    if (values.count + 1) * 2 > storedKeys.count { grow() }
    let slot = find(k).slot
    values.append(v)
    storedKeys[slot] = k
    positions[slot] = Int32(values.count)
  }

  private mutating func grow() {
    let oldKeys = storedKeys
    let oldPositions = positions
    storedKeys = Array(repeating: 0, count: oldKeys.count * 2)
    positions = Array(repeating: 0, count: oldKeys.count * 2)
    shift -= 1
    let mask = storedKeys.count - 1
    for (k, p) in zip(oldKeys, oldPositions) where p != 0 {
      var i = HashSet64.slot(k, shift)
      while positions[i] != 0 { i = (i + 1) & mask }
      storedKeys[i] = k
      positions[i] = p
    }
  }
}

extension HashMap64: ExpressibleByDictionaryLiteral {
  /// A map of the listed pairs (a later duplicate key replaces an earlier one).
  public init(dictionaryLiteral pairs: (UInt64, Value)...) {
    self.init()
    for (k, v) in pairs { self[k] = v }
  }
}

/// A `HashSet64` for the trigger finder: its keys held inline when they are few, else its
/// slots copied into a table shared with other sets. A plain value that finds a key without
/// retaining anything (the table is read through a pointer held for a whole look-up), and most
/// often without reading memory other than its own.
struct FlatSet64: Sendable {
  /// The most keys held inline.
  static let inlineCount = 5
  /// Where the set's slots start in the table.
  var offset: Int32
  /// The number of slots minus one.
  var mask: Int32
  /// The set's slot shift.
  var shift: UInt8
  /// Whether the key 0 is in the set.
  var hasZero: Bool
  /// Whether the keys are the ones inline (then the table is not read).
  var isInline: Bool
  /// The keys, when inline (unused places repeat the first).
  var inline: (UInt64, UInt64, UInt64, UInt64, UInt64)

  /// Whether `k` is in the set (whose slots, when not inline, are in `table`).
  @inline(__always)
  func contains(_ k: UInt64, in table: UnsafePointer<UInt64>) -> Bool {
    if isInline {
      return k == inline.0 || k == inline.1 || k == inline.2 || k == inline.3 || k == inline.4
    }
    if k == 0 { return hasZero }
    let base = table + Int(offset)
    var i = HashSet64.slot(k, UInt64(shift))
    let m = Int(mask)
    while true {
      let v = base[i]
      if v == k { return true }
      if v == 0 { return false }
      i = (i + 1) & m
    }
  }
}
