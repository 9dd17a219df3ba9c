import DetenteCore
import Foundation
import Testing

/// The byte-level helpers on the hot path give what the slower Character-based forms give.
@Suite("Byte helpers: white space and JSON output")
struct ByteHelpersTests {
  /// Every white-space character Swift knows, and some look-alikes that are not white space.
  static let spaces: [String] = [
    " ", "\t", "\n", "\u{0B}", "\u{0C}", "\r", "\r\n", "\u{85}", "\u{A0}", "\u{1680}",
    "\u{2000}", "\u{2005}", "\u{200A}", "\u{2028}", "\u{2029}", "\u{202F}", "\u{205F}", "\u{3000}",
  ]
  static let others: [String] = [
    "a", "é", "\u{200B}", "\u{2060}", "\u{FEFF}", "日", "\u{1F600}", "-",
  ]

  /// The reference: runs of Character white space folded to one space, trimmed.
  func reference(_ s: String) -> String {
    s.split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }

  @Test("collapsing and trimming agree with Character.isWhitespace on every white space")
  func whitespace() {
    #expect(Self.spaces.allSatisfy { $0.first!.isWhitespace })
    #expect(Self.others.allSatisfy { !$0.first!.isWhitespace })
    var generator = SystemRandomNumberGenerator()
    let pieces = Self.spaces + Self.others
    for _ in 0..<2000 {
      let n = Int.random(in: 0..<12, using: &generator)
      let s = (0..<n).map { _ in pieces.randomElement(using: &generator)! }.joined()
      #expect(s.collapsingWhitespace() == reference(s), "\(Array(s.unicodeScalars))")
      let trimmed = s.trimmingWhitespace()
      let words = reference(s)
      #expect(trimmed.split(whereSeparator: \.isWhitespace).joined(separator: " ") == words)
      #expect(trimmed.first.map { !$0.isWhitespace } ?? true)
      #expect(trimmed.last.map { !$0.isWhitespace } ?? true)
    }
  }

  @Test("a JSON line with quotes, back-slashes, controls and non-ASCII text reads back the same")
  func jsonEscaping() throws {
    var e = try #require(Support.code("Russia expelled 23 British diplomats on Saturday.").first)
    let tricky = "He said \"no\" \\ then\ttabs\nnew lines\r\u{01}\u{1F} é 日本 \u{1F600} </script>"
    e.sentenceText = tricky
    e.article.title = tricky
    e.topics = [tricky, ""]
    e.source.person = tricky
    e.goldstein = -2.5
    let line = e.jsonLine
    #expect(!line.contains("\n"))
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
    let back = try #require(Event(jsonObject: object))
    #expect(back.sentenceText == tricky)
    #expect(back.article.title == tricky)
    #expect(back.topics == [tricky, ""])
    #expect(back.source.person == tricky)
    #expect(back.goldstein == -2.5)
    #expect(back.jsonLine == line)
    #expect(line.contains(#""quad_class":"#))
    #expect(line.contains(#"\u0001"#) && line.contains(#"\u001f"#))
  }

  @Test("folding a number's digits gives the hash of the number written out")
  func decimalFold() {
    var generator = SystemRandomNumberGenerator()
    let samples =
      [0, 1, 9, 10, 11, 99, 100, 101, 999_999, Int.max, -1, -40]
      + (0..<500).map { _ in Int.random(in: 0..<1_000_000, using: &generator) }
    for n in samples {
      let seed = TokenHash.fold(TokenHash.seed, "e|")
      #expect(TokenHash.fold(seed, decimal: n) == TokenHash.fold(seed, String(n)), "\(n)")
    }
  }

  @Test("the organisation test on bytes agrees with the listed prefixes")
  func organisationPrefixes() {
    for prefix in Actor.organisationPrefixes {
      #expect(Actor.isOrganisation(prefix))
      #expect(Actor.isOrganisation(prefix + "GOV"))
      #expect(!Actor.isOrganisation(String(prefix.prefix(2))))
    }
    // Every other three-letter code of capitals is not an organisation.
    let letters = (65...90).map { Character(UnicodeScalar(UInt8($0))) }
    var others = 0
    var wrong: [String] = []
    for a in letters {
      for b in letters {
        for c in letters {
          let code = String([a, b, c])
          if Actor.organisationPrefixes.contains(code) { continue }
          if Actor.isOrganisation(code) { wrong.append(code) }
          others += 1
        }
      }
    }
    #expect(wrong.isEmpty)
    #expect(others == 26 * 26 * 26 - Actor.organisationPrefixes.count)
    #expect(!Actor.isOrganisation("") && !Actor.isOrganisation("igo"))
  }
}
