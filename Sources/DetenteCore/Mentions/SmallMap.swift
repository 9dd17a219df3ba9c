/// A map for the handful of entries one article collects (people learned from titles,
/// countries counted, roles' last countries): keys and values in two arrays, found by a linear
/// scan.
///
/// An article's context is asked at nearly every capitalized word and every actor; with a few
/// keys a scan of a short array costs less than hashing the key, and an empty map allocates
/// nothing. Entries keep the order they were added in.
public struct SmallMap<Key: Equatable & Sendable, Value: Sendable>: Sendable, Sequence {
  /// The keys, in the order they were added.
  public private(set) var keys: [Key] = []
  /// The values, in the same order as `keys`.
  public private(set) var values: [Value] = []

  /// An empty map.
  public init() {}

  /// The number of entries.
  public var count: Int { keys.count }
  /// Whether the map has no entries.
  public var isEmpty: Bool { keys.isEmpty }

  @inline(__always)
  func index(of k: Key) -> Int? {
    keys.withUnsafeBufferPointer { ks in
      for i in 0..<ks.count where ks[i] == k { return i }
      return nil
    }
  }

  /// Removes every entry, keeping the memory.
  public mutating func removeAll() {
    keys.removeAll(keepingCapacity: true)
    values.removeAll(keepingCapacity: true)
  }

  /// The value of `k`; setting `nil` removes the entry.
  public subscript(k: Key) -> Value? {
    @inline(__always) get { index(of: k).map { values[$0] } }
    set {
      switch (index(of: k), newValue) {
      case (let i?, let v?): values[i] = v
      case (let i?, nil):
        keys.remove(at: i)
        values.remove(at: i)
      case (nil, let v?):
        keys.append(k)
        values.append(v)
      case (nil, nil): break
      }
    }
  }

  /// The value of `k`, added as `defaultValue` when missing, for changing in place.
  public subscript(k: Key, default defaultValue: @autoclosure () -> Value) -> Value {
    get { self[k] ?? defaultValue() }
    _modify {
      let i: Int
      if let found = index(of: k) {
        i = found
      } else {
        keys.append(k)
        values.append(defaultValue())
        i = values.count - 1
      }
      yield &values[i]
    }
  }

  /// The entries as (key, value) pairs, in the order they were added.
  public func makeIterator() -> Zip2Sequence<[Key], [Value]>.Iterator {
    zip(keys, values).makeIterator()
  }
}

extension SmallMap: ExpressibleByDictionaryLiteral {
  /// A map of the listed pairs (a later duplicate key replaces an earlier one).
  public init(dictionaryLiteral pairs: (Key, Value)...) {
    self.init()
    for (k, v) in pairs { self[k] = v }
  }
}
