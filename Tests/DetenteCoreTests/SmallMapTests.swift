import DetenteCore
import Testing

@Suite("SmallMap, the per-article map")
struct SmallMapTests {
  @Test("agrees with Dictionary on random sets, removals and in-place changes")
  func agreesWithDictionary() {
    var generator = SystemRandomNumberGenerator()
    for round in 0..<20 {
      var mine: SmallMap<UInt64, Int> = [:]
      var reference: [UInt64: Int] = [:]
      for step in 0..<(round * 30) {
        let k = UInt64.random(in: 0...40, using: &generator)
        switch Int.random(in: 0..<4, using: &generator) {
        case 0:
          mine[k] = nil
          reference[k] = nil
        case 1:
          mine[k, default: 0] += 2
          reference[k, default: 0] += 2
        default:
          mine[k] = step
          reference[k] = step
        }
        #expect(mine.count == reference.count)
      }
      for k in UInt64(0)...41 { #expect(mine[k] == reference[k]) }
      #expect(Dictionary(uniqueKeysWithValues: mine.map { ($0, $1) }) == reference)
    }
  }

  @Test("keeps the order entries were added in, and an empty map answers nil")
  func order() {
    var m: SmallMap<String, String> = ["REB": "ARM", "GOV": "FRA"]
    #expect(m.keys == ["REB", "GOV"])
    m["REB"] = "AZE"
    m["MIL"] = "RUS"
    #expect(m.keys == ["REB", "GOV", "MIL"])
    #expect(m.values == ["AZE", "FRA", "RUS"])
    m["GOV"] = nil
    #expect(m.keys == ["REB", "MIL"])
    let empty = SmallMap<String, Int>()
    #expect(empty["X"] == nil && empty.isEmpty)
  }
}
