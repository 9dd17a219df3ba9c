import DetenteCore
import Testing

@Suite("Text: tokens and sentences")
struct TextTests {
  func words(_ s: String) -> [String] {
    let tokens = Tokenizer().tokenize(s)
    let b = Array(s.utf8)
    return tokens.map { String(decoding: b[$0.range], as: UTF8.self) }
  }

  func sentences(_ s: String) -> [String] {
    var tokens: [Token] = []
    Tokenizer().tokenize(s, into: &tokens)
    let bytes = Array(s.utf8)
    return SentenceSplitter().split(s, tokens).map { r in
      String(
        decoding: bytes[Int(tokens[r.lowerBound].start)..<Int(tokens[r.upperBound - 1].end)],
        as: UTF8.self)
    }
  }

  @Test("initialisms keep their periods and possessives split off")
  func initialisms() {
    #expect(
      words("U.S.-Russian talks in Washington, D.C. on Putin's plan") == [
        "U.S.", "-", "Russian", "talks", "in", "Washington", ",", "D.C.", "on", "Putin", "'s",
        "plan",
      ])
  }

  @Test("negations split as n't and brackets are transparent")
  func negationsAndBrackets() {
    #expect(
      words("didn't meet [Nikolai] Patrushev") == ["did", "n't", "meet", "Nikolai", "Patrushev"])
  }

  @Test("curly quotes and apostrophes hash like ASCII ones")
  func curly() {
    let a = Tokenizer().tokenize("Russia\u{2019}s \u{201C}deal\u{201D}")
    let b = Tokenizer().tokenize("Russia's \"deal\"")
    #expect(a.map(\.hash) == b.map(\.hash))
  }

  @Test("numbers keep inner separators")
  func numbers() {
    #expect(words("$1,000 and 3.5 at 10:30") == ["$", "1,000", "and", "3.5", "at", "10:30"])
  }

  @Test("abbreviations, initials and dates do not end sentences")
  func abbreviations() {
    let s = sentences(
      "The U.S. Senate met Mr. Smith and J. Doe on Sept. 5-6 in St. Petersburg. It ended. \"We agree,\" he said. Then they left."
    )
    #expect(s.count == 4)
    #expect(s[0].hasSuffix("St. Petersburg."))
    #expect(s[2] == "\"We agree,\" he said.")
  }

  @Test("an initialism at the end of a sentence ends it before a sentence opener")
  func initialismEnd() {
    #expect(
      sentences("Officials were barred from entering the U.S. The move angered Moscow.").count == 2)
  }

  @Test("a paragraph broken mid-sentence is joined")
  func brokenParagraph() {
    let s = sentences("members include China,\n\nJapan and Canada.\n\nA new paragraph.")
    #expect(s.count == 2)
    #expect(s[0].contains("China,") && s[0].contains("Japan"))
  }
}
