import DetenteCore
import Foundation
import Synchronization
import Testing

@Suite("Ordered parallel work")
struct OrderedParallelTests {
  @Test("results come back in input order, with at most `window` items in flight")
  func orderAndBound() async throws {
    let inFlight = Mutex(0)
    let most = Mutex(0)
    var seen: [Int] = []
    try await OrderedParallel.run(
      count: 200, window: 4,
      transform: { i in
        let now = inFlight.withLock { v -> Int in
          v += 1
          return v
        }
        most.withLock { $0 = max($0, now) }
        // Later items finish first now and then.
        usleep(useconds_t((i % 7) * 200))
        inFlight.withLock { $0 -= 1 }
        return i
      },
      consume: { seen.append($0) })
    #expect(seen == Array(0..<200))
    #expect(most.withLock { $0 } <= 4)
  }
}
