import DetenteCore
import Testing

@Suite("Hash tables keyed by token hashes")
struct HashTable64Tests {
  @Test("HashSet64 agrees with Set on random keys, zero and growth included")
  func set() {
    var generator = SystemRandomNumberGenerator()
    for round in 0..<20 {
      var mine = HashSet64()
      var reference = Set<UInt64>()
      // Small key ranges force collisions and repeats; round 0 includes the key 0.
      let range: ClosedRange<UInt64> = round.isMultiple(of: 2) ? 0...50 : 0...UInt64.max
      for _ in 0..<(round * 40) {
        let k = UInt64.random(in: range, using: &generator)
        #expect(mine.insert(k) == reference.insert(k).inserted)
      }
      #expect(mine.count == reference.count)
      for _ in 0..<200 {
        let k = UInt64.random(in: range, using: &generator)
        #expect(mine.contains(k) == reference.contains(k))
      }
      #expect(Set(mine) == reference)
      #expect(mine == HashSet64(reference))
    }
  }

  @Test("HashMap64 agrees with Dictionary, and changes values in place")
  func map() {
    var generator = SystemRandomNumberGenerator()
    var mine = HashMap64<[Int]>()
    var reference: [UInt64: [Int]] = [:]
    for n in 0..<3000 {
      let k = UInt64.random(in: 0...700, using: &generator) &* 0x1000_0000_0000
      if n.isMultiple(of: 3) {
        mine[k] = [n]
        reference[k] = [n]
      } else {
        mine[k, default: []].append(n)
        reference[k, default: []].append(n)
      }
    }
    #expect(mine.count == reference.count)
    for (k, v) in reference { #expect(mine[k] == v) }
    #expect(mine[12345] == nil)
    let literal: HashMap64<String> = [1: "one", 2: "two", 1: "uno"]
    #expect(literal[1] == "uno" && literal.count == 2)
  }

  @Test("PhraseTable finds the longest stored phrase at every token, as a plain search does")
  func phrases() {
    var generator = SystemRandomNumberGenerator()
    let words = (0..<12).map { "w\($0)" }
    var table = PhraseTable<Int>()
    var reference: [String: [Int]] = [:]
    for n in 0..<3000 {
      let length = Int.random(in: 1...4, using: &generator)
      let phrase = (0..<length).map { _ in words.randomElement(using: &generator)! }
        .joined(separator: " ")
      table.insert(phrase: phrase, n)
      reference[phrase, default: []].append(n)
    }
    for _ in 0..<300 {
      let text = (0..<10).map { _ in words.randomElement(using: &generator)! }
      let tokens = Tokenizer().tokenize(text.joined(separator: " "))
      #expect(tokens.count == text.count)
      for i in 0..<text.count {
        let end = Int.random(in: i...text.count, using: &generator)
        // The plain search: the longest run of words from i that is a stored phrase.
        let expected = (1...max(1, end - i)).reversed().first { n in
          i + n <= end && reference[text[i..<(i + n)].joined(separator: " ")] != nil
        }
        let found = table.longest(tokens, at: i, end: end)
        #expect(found?.length == expected)
        if let found, let expected {
          let values = reference[text[i..<(i + expected)].joined(separator: " ")]!
          #expect(found.plain == values)
          #expect(found.values.map(\.value) == values)
        }
      }
    }
  }
}
