import Foundation
import PropertyBased
import Testing

@testable import DetenteCore

/// The parsers' and writers' invariants, on generated input (x-sheep/swift-property-based; a
/// failure prints the input and the seed that reproduces it).
@Suite("Properties: readers and writers on generated input")
struct PropertyTests {
  /// Text of every kind a record may hold: ASCII with control characters, quotes and
  /// back-slashes, Latin and CJK letters, and characters outside the basic plane.
  static let anyText = Gen.oneOf(
    Gen.character(in: " "..."~"), Gen.character(in: "\u{0}"..."\u{1F}"),
    Gen.character(in: "\u{A0}"..."\u{2FFF}"), Gen.character(in: "\u{1F300}"..."\u{1F64F}")
  ).string(of: 0...40)

  /// Words, stops, abbreviations, quotes and paragraph breaks, as news text is made of.
  static let newsText = Gen<String?>.element(of: [
    "Russia", "met", "Putin", "in", "Moscow", ".", ",", ";", "U.S.", "Mr.", "Sept.", "5", "\"",
    "“", "”", "—", "\n\n", "'s", "said", "(", ")", "!", "?", "J.", "Smith", "the", "and", "…",
  ]).map { $0! }.array(of: 0...400).map { $0.joined(separator: " ") }

  @Test("the flat record scanner reads what JSONDecoder reads, or leaves it to JSONDecoder")
  func flatScannerAgrees() async throws {
    await propertyCheck(count: 300, input: Self.anyText, Self.anyText) { title, text in
      let record = ["id": "a", "published": "2013-09-05", "title": title, "text": text]
      let bytes = Array(try! JSONEncoder().encode(record))
      let fields = bytes.withUnsafeBufferPointer { FlatJSONScanner.scan($0) }
      if let fields {
        #expect(fields["title"] == title)
        #expect(fields["text"] == text)
        #expect(fields["id"] == "a")
      }
    }
  }

  @Test("a string the JSON writer escapes reads back as itself")
  func writerEscapes() async {
    await propertyCheck(count: 300, input: Self.anyText) { s in
      var w = JSONWriter()
      w.string(s)
      let back = try? JSONSerialization.jsonObject(
        with: Data(w.array), options: [.fragmentsAllowed])
      #expect(back as? String == s)
    }
  }

  @Test("a number the JSON writer prints reads back as the same number")
  func writerNumbers() async {
    await propertyCheck(
      count: 300, input: Gen.double(in: -1_000_000...1_000_000), Gen.int(in: -100...100)
    ) { d, tenths in
      for value in [d, Double(tenths) / 10] {
        var w = JSONWriter()
        w.number(value)
        #expect(Double(w.text) == value, "\(w.text)")
      }
    }
  }

  @Test("tokens lie in order inside the text; sentences cover them in order, none too long")
  func sentencesCoverTokens() async {
    await propertyCheck(count: 200, input: Self.newsText) { text in
      var copy = text
      copy.withUTF8 { b in
        var tokens: [Token] = []
        Tokenizer().tokenize(b, into: &tokens)
        var end = 0
        for t in tokens {
          #expect(Int(t.start) >= end && t.start < t.end && Int(t.end) <= b.count)
          end = Int(t.end)
        }
        var ranges: [Range<Int>] = []
        SentenceSplitter().split(b, tokens, into: &ranges)
        var next = 0
        for r in ranges {
          #expect(r.lowerBound == next && r.count <= SentenceSplitter.maximumTokens)
          next = r.upperBound
        }
        #expect(next == tokens.count)
      }
    }
  }

  @Test("a day written as YYYY-MM-DD reads back as the same day")
  func datesRoundTrip() async {
    await propertyCheck(
      count: 300, input: Gen.int(in: 1...9999), Gen.int(in: 1...12), Gen.int(in: 1...31)
    ) { y, m, d in
      guard let date = CivilDate(year: y, month: m, day: d) else { return }
      #expect(CivilDate.strict(date.description) == date)
    }
  }
}
