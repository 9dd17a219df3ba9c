import DetenteCore
import Foundation
import Synchronization
import Testing

@Suite("Ordered parallel work")
struct OrderedParallelTests {
  @Test("results come back in input order, with at most `window` items in flight")
  func orderAndBound() async throws {
    // Atomics rather than `Mutex`: on Linux `Mutex` waits on a futex, which the thread
    // sanitizer cannot see, so it reports the guarded value as raced.
    let inFlight = Atomic(0)
    let most = Atomic(0)
    var seen: [Int] = []
    try await OrderedParallel.run(
      count: 200, window: 4,
      transform: { i in
        let now = inFlight.wrappingAdd(1, ordering: .sequentiallyConsistent).newValue
        var known = most.load(ordering: .sequentiallyConsistent)
        while now > known {
          let (exchanged, original) = most.compareExchange(
            expected: known, desired: now, ordering: .sequentiallyConsistent)
          if exchanged { break }
          known = original
        }
        // Later items finish first now and then.
        usleep(useconds_t((i % 7) * 200))
        inFlight.wrappingSubtract(1, ordering: .sequentiallyConsistent)
        return i
      },
      consume: { seen.append($0) })
    #expect(seen == Array(0..<200))
    #expect(most.load(ordering: .sequentiallyConsistent) <= 4)
  }
}
