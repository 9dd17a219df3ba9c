/// The token ranges a pattern's gaps covered, held inline (a pattern has at most
/// `Gaps.capacity` gaps): a trigger is copied without reference counts.
struct Gaps: RandomAccessCollection, Sendable {
  /// The most gaps a pattern may have.
  static let capacity = 4
  private var bounds: (Int32, Int32, Int32, Int32, Int32, Int32, Int32, Int32) = (
    0, 0, 0, 0, 0, 0, 0, 0
  )
  private(set) var count8: UInt8 = 0

  init() {}

  var startIndex: Int { 0 }
  var endIndex: Int { Int(count8) }

  subscript(k: Int) -> Range<Int> {
    withUnsafeBytes(of: bounds) { raw in
      let b = raw.bindMemory(to: Int32.self)
      return Int(b[2 * k])..<Int(b[2 * k + 1])
    }
  }

  mutating func append(_ r: Range<Int>) {
    let k = Int(count8)
    precondition(k < Self.capacity)
    withUnsafeMutableBytes(of: &bounds) { raw in
      let b = raw.bindMemory(to: Int32.self)
      b[2 * k] = Int32(r.lowerBound)
      b[2 * k + 1] = Int32(r.upperBound)
    }
    count8 += 1
  }

  /// Takes the last range off.
  mutating func removeLast() {
    precondition(count8 > 0)
    count8 -= 1
  }

  /// Takes every range off.
  mutating func removeAll() { count8 = 0 }
}
