/// The arc-hybrid transition system: a stack, a buffer read left to right with the root after
/// the last word, and three moves. SHIFT pushes the buffer's front; LEFT makes the buffer's
/// front the head of the stack's top and pops it; RIGHT makes the word under the top its head
/// and pops it. Every projective tree has a sequence of moves that builds it.
struct ParserState {
  static let shift = 0
  static let left = 1
  static let right = 2

  let n: Int
  var stack: [Int] = []
  var buffer = 0
  var heads: [Int]
  /// Leftmost and second-leftmost, rightmost and second-rightmost children (-1 for none).
  var left1: [Int]
  var left2: [Int]
  var right1: [Int]
  var right2: [Int]
  var leftCount: [Int]
  var rightCount: [Int]

  init(count n: Int) {
    self.n = n
    heads = Array(repeating: -1, count: n + 1)
    left1 = Array(repeating: -1, count: n + 1)
    left2 = left1
    right1 = left1
    right2 = left1
    leftCount = Array(repeating: 0, count: n + 1)
    rightCount = leftCount
  }

  var isTerminal: Bool { buffer == n && stack.isEmpty }

  func isValid(_ move: Int) -> Bool {
    switch move {
    case Self.shift: return buffer < n
    case Self.left: return !stack.isEmpty && (buffer < n || stack.count == 1)
    default: return stack.count >= 2
    }
  }

  mutating func apply(_ move: Int) {
    switch move {
    case Self.shift:
      stack.append(buffer)
      buffer += 1
    case Self.left:
      let d = stack.removeLast()
      attach(d, to: buffer, onLeft: true)
    default:
      let d = stack.removeLast()
      attach(d, to: stack[stack.count - 1], onLeft: false)
    }
  }

  private mutating func attach(_ d: Int, to h: Int, onLeft: Bool) {
    heads[d] = h
    if onLeft {
      left2[h] = left1[h]
      left1[h] = d
      leftCount[h] += 1
    } else {
      right2[h] = right1[h]
      right1[h] = d
      rightCount[h] += 1
    }
  }

  /// How many gold arcs each move makes unreachable (`gold[i]` is word i's head, `n` the root).
  func costs(gold: [Int]) -> (Int, Int, Int) {
    var shiftCost = Int.max
    var leftCost = Int.max
    var rightCost = Int.max
    if buffer < n {
      // Pushing b: its head can no longer be below the top, nor its dependents on the stack.
      var c = 0
      let b = buffer
      for (k, s) in stack.enumerated() {
        if gold[s] == b { c += 1 }
        if gold[b] == s && k != stack.count - 1 { c += 1 }
      }
      shiftCost = c
    }
    if let s0 = stack.last {
      var lost = 0
      for d in buffer..<n where gold[d] == s0 { lost += 1 }
      let s1 = stack.count >= 2 ? stack[stack.count - 2] : -2
      let headInBuffer = gold[s0] >= buffer
      if isValid(Self.left) {
        var c = lost
        if gold[s0] != buffer && (gold[s0] == s1 || headInBuffer) { c += 1 }
        leftCost = c
      }
      if isValid(Self.right) {
        var c = lost
        if gold[s0] != s1 && headInBuffer { c += 1 }
        rightCost = c
      }
    }
    return (shiftCost, leftCost, rightCost)
  }
}
