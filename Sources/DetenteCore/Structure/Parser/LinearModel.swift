/// A frozen linear classifier: for each feature it has kept, the classes it votes for and by
/// how much. Weights are 16-bit integers in units of `scale`, and only those that matter are
/// kept, so that the model stays small.
///
/// A feature is found by a 32-bit fingerprint of its key in an open-addressing table whose
/// slot also says where the feature's weights are and how many there are; a weight is its class
/// and value in one 32-bit entry. A look-up thus touches two places in memory, and the first
/// of them is loaded for all of a decision's features before any is used, so that the loads
/// overlap (the tables are larger than the processor's nearest caches).
public struct LinearModel: Sendable {
  /// The number of classes.
  public let classes: Int
  /// Open-addressing slots: fingerprint (high 32 bits), first entry (24), entry count (8);
  /// 0 is empty.
  var slots: [UInt64]
  /// Entries: class (high 16 bits) and weight (low 16, two's complement).
  var entries: [UInt32]
  /// The value of one unit of the weights.
  public let scale: Float
  let shift: UInt32
  /// The number of features kept.
  public let featureCount: Int

  @inline(__always)
  static func fingerprint(_ key: UInt64) -> UInt32 { UInt32(truncatingIfNeeded: key >> 32) | 1 }

  @inline(__always)
  static func slot(_ fp: UInt32, _ shift: UInt32) -> Int {
    Int((fp &* 0x9E37_79B1) >> shift)
  }

  /// A model of features `fingerprints`, row `r` holding entries `rowStarts[r]..<rowStarts[r+1]`.
  init(
    classes: Int, fingerprints: [UInt32], rowStarts: [UInt32], entryClasses: [UInt8],
    entryWeights: [Int16], scale: Float
  ) {
    precondition(entryWeights.count < 1 << 24 && classes <= 255)
    self.classes = classes
    self.scale = scale
    featureCount = fingerprints.count
    entries = zip(entryClasses, entryWeights).map {
      UInt32($0) << 16 | UInt32(UInt16(bitPattern: $1))
    }
    var capacity = 16
    while capacity < fingerprints.count + fingerprints.count / 2 { capacity *= 2 }
    shift = UInt32(32 - capacity.trailingZeroBitCount)
    slots = Array(repeating: 0, count: capacity)
    for (row, fp) in fingerprints.enumerated() {
      var i = Self.slot(fp, shift)
      while slots[i] != 0 { i = (i + 1) & (capacity - 1) }
      let start = UInt64(rowStarts[row])
      let count = UInt64(rowStarts[row + 1]) - start
      slots[i] = UInt64(fp) << 32 | start << 8 | count
    }
  }

  /// The number of weights kept.
  public var weightCount: Int { entries.count }

  /// The features in the order of their entries: fingerprint, first entry and count.
  var rows: [(fingerprint: UInt32, start: Int, count: Int)] {
    slots.filter { $0 != 0 }.map {
      (UInt32(truncatingIfNeeded: $0 >> 32), Int(($0 >> 8) & 0xFF_FFFF), Int($0 & 0xFF))
    }.sorted { $0.start < $1.start }
  }

  /// Adds the weights of `features` to `scores` (`classes` values, in units of `scale`).
  @inline(__always)
  func add(_ features: UnsafeBufferPointer<UInt64>, to scores: UnsafeMutableBufferPointer<Int32>) {
    slots.withUnsafeBufferPointer { k in
      entries.withUnsafeBufferPointer { e in
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: features.count) { first in
          // (Every feature's first slot is loaded before any is looked at.)
          for (j, f) in features.enumerated() {
            first[j] = k[Self.slot(Self.fingerprint(f), shift)]
          }
          let mask = k.count - 1
          for (j, f) in features.enumerated() {
            let fp = Self.fingerprint(f)
            var v = first[j]
            var i = Self.slot(fp, shift)
            while v != 0 {
              if UInt32(truncatingIfNeeded: v >> 32) == fp {
                let start = Int((v >> 8) & 0xFF_FFFF)
                for x in e[start..<(start + Int(v & 0xFF))] {
                  scores[Int(x >> 16)] &+= Int32(Int16(truncatingIfNeeded: x))
                }
                break
              }
              i = (i + 1) & mask
              v = k[i]
            }
          }
        }
      }
    }
  }
}
