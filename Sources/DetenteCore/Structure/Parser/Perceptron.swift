/// An averaged perceptron being trained: weights by feature and class, with the running sums
/// that give each weight's average over every instance seen.
struct Perceptron {
  let classes: Int
  var index: [UInt64: Int] = [:]
  var weights: [Float] = []
  var totals: [Double] = []
  var stamps: [Int] = []
  /// The number of instances seen.
  var time = 0

  init(classes: Int) { self.classes = classes }

  /// Adds the weights of `features` to `scores` (zeroed by the caller).
  func score(_ features: [UInt64], into scores: inout [Float]) {
    for f in features {
      guard let row = index[f] else { continue }
      let base = row * classes
      for c in 0..<classes { scores[c] += weights[base + c] }
    }
  }

  /// Moves the weights towards `truth` and away from `guess` (nothing when they are the same).
  mutating func update(_ features: [UInt64], truth: Int, guess: Int) {
    time += 1
    if truth == guess { return }
    for f in features {
      let row: Int
      if let r = index[f] {
        row = r
      } else {
        row = index.count
        index[f] = row
        weights += repeatElement(0, count: classes)
        totals += repeatElement(0, count: classes)
        stamps += repeatElement(0, count: classes)
      }
      let base = row * classes
      bump(base + truth, 1)
      bump(base + guess, -1)
    }
  }

  /// Counts an instance that needs no update.
  mutating func tick() { time += 1 }

  private mutating func bump(_ i: Int, _ delta: Float) {
    totals[i] += Double(time - stamps[i]) * Double(weights[i])
    stamps[i] = time
    weights[i] += delta
  }

  /// The averaged weights, keeping only those at least `threshold` of the largest in size.
  func averaged(threshold: Float = 0.002) -> LinearModel {
    let t = Double(max(time, 1))
    var average = [Float](repeating: 0, count: weights.count)
    var largest: Float = 0
    for i in weights.indices {
      let total = totals[i] + Double(time - stamps[i]) * Double(weights[i])
      average[i] = Float(total / t)
      largest = max(largest, abs(average[i]))
    }
    let scale = largest > 0 ? largest / 32767 : 1
    let keep = largest * threshold
    var fingerprints: [UInt32] = []
    var starts: [UInt32] = [0]
    var entryClasses: [UInt8] = []
    var entryWeights: [Int16] = []
    for (key, row) in index.sorted(by: { $0.value < $1.value }) {
      let before = entryWeights.count
      for c in 0..<classes {
        let v = average[row * classes + c]
        if abs(v) < keep || abs(v) < scale { continue }
        entryClasses.append(UInt8(c))
        entryWeights.append(Int16((v / scale).rounded()))
      }
      if entryWeights.count == before { continue }
      fingerprints.append(LinearModel.fingerprint(key))
      starts.append(UInt32(entryWeights.count))
    }
    return LinearModel(
      classes: classes, fingerprints: fingerprints, rowStarts: starts, entryClasses: entryClasses,
      entryWeights: entryWeights, scale: scale)
  }
}
