import Foundation
import Testing

@testable import DetenteCore

/// Long and odd documents: limits that keep the coder's cost linear in a text's length and its
/// memory bounded, each reported rather than a stall.
@Suite("Long documents: limits and linear cost")
struct LongDocumentTests {
  /// The sentences of `s` as the coder reads them, and how many were cut.
  func sentences(_ s: String) -> (texts: [String], cut: Int) {
    var copy = s
    return copy.withUTF8 { bytes in
      var tokens: [Token] = []
      Tokenizer().tokenize(bytes, into: &tokens)
      var ranges: [Range<Int>] = []
      let cut = SentenceSplitter().split(bytes, tokens, into: &ranges)
      let texts = ranges.map { r in
        String(
          decoding: bytes[Int(tokens[r.lowerBound].start)..<Int(tokens[r.upperBound - 1].end)],
          as: UTF8.self)
      }
      return (texts, cut)
    }
  }

  @Test("a sentence longer than the limit is read in pieces that end at a comma")
  func longSentence() {
    // 6 tokens a clause ("item", "number", "N", "and", "more", ","), 100 clauses.
    let clauses = (0..<100).map { "item number \($0) and more," }
    let text = "Russia listed " + clauses.joined(separator: " ") + " in all. France met Italy."
    let (texts, cut) = sentences(text)
    #expect(cut == 1)
    #expect(texts.last == "France met Italy.")
    let pieces = texts.dropLast()
    #expect(pieces.count == 4)
    for p in pieces.dropLast() {
      #expect(p.hasSuffix(","))
      #expect(Tokenizer().tokenize(p).count <= SentenceSplitter.maximumTokens)
    }
    // Nothing is lost: the pieces hold every word of the sentence.
    #expect(pieces.joined(separator: " ") + " France met Italy." == text)
  }

  @Test("a text without stops or commas is cut at the limit")
  func noStops() {
    let words = (0..<450).map { _ in "word" }.joined(separator: " ")
    let (texts, cut) = sentences(words)
    #expect(cut == 1)
    #expect(texts.map { $0.split(separator: " ").count } == [200, 200, 50])
  }

  @Test("ordinary sentences are not touched")
  func ordinary() {
    let text = "Russia condemned Ukraine on Monday. France praised Germany."
    #expect(
      sentences(text) == (["Russia condemned Ukraine on Monday.", "France praised Germany."], 0))
  }

  @Test("the coder reports the long sentences of the last article it coded")
  func reported() {
    let long = (0..<300).map { "Russia condemned Ukraine \($0)" }.joined(separator: " and ")
    let article = Article(
      id: "a", title: "", published: CivilDate(year: 2013, month: 6, day: 1), body: long + ".")
    let ws = EventCoder.Workspace()
    let coder = EventCoder(lexicon: Support.lexicon)
    #expect(!coder.code(article, workspace: ws).isEmpty)
    #expect(ws.longSentences == 1)
    #expect(coder.analyze(article).longSentences == 1)
    let short = Article(
      id: "b", title: "", published: CivilDate(year: 2013, month: 6, day: 1), body: "Hi.")
    _ = coder.code(short, workspace: ws)
    #expect(ws.longSentences == 0)
    let warning = ReadError.longSentences(1, in: article)
    #expect(warning.isWarning && warning.isHarmless(dated: false))
    #expect(warning.message.contains("longer than 200 words; it was read in pieces"))
  }

  /// `count` filler bytes without the letter "x".
  func filler(_ count: Int) -> String { String(repeating: "ab. ", count: count / 4) }

  @Test(
    "a caption repeating the lead or a nearby sentence is found; one far away is not looked for")
  func repeatedText() {
    let lead = "The two presidents met in Moscow on Monday to discuss the crisis xx"
    func repeats(_ before: String, _ sentence: String) -> Bool {
      var text = before + sentence
      return text.withUTF8 { b in
        EventCoder.repeatsEarlierText(b, before.utf8.count..<b.count)
      }
    }
    // (Each text is built here and only its answer compared, so a failure prints no text.)
    let inLead = repeats(lead + filler(100_000), lead + ".")
    #expect(inLead)
    let nearby = repeats(filler(100_000) + lead + filler(1_000), lead + ".")
    #expect(nearby)
    // Starting inside the lead's window and ending after it.
    let straddling = repeats(
      filler(EventCoder.repeatWindow - 20) + lead + filler(40_000), lead + ".")
    #expect(straddling)
    // Beyond both windows: not searched, so that the cost per sentence stays bounded.
    let far = repeats(filler(40_000) + lead + filler(40_000), lead + ".")
    #expect(!far)
    let absent = repeats(filler(1_000), lead + ".")
    #expect(!absent)
    // A sentence longer than the window is still found, and compared safely.
    let huge = String(repeating: "word ", count: 5_000)
    let hugeRepeat = repeats(huge + filler(100), huge)
    #expect(hugeRepeat)
    let hugeFar = repeats(filler(40_000) + huge + filler(40_000), huge)
    #expect(!hugeFar)
  }

  @Test("an article longer than the limit is cut at a paragraph break, with a warning")
  func articleLimit() throws {
    let paragraph = String(repeating: "Russia condemned Ukraine. ", count: 40)  // 1,040 bytes
    let body = Array(repeating: paragraph, count: 10).joined(separator: "\n\n")
    let record = #"{"id":"big","published":"2013-06-01","title":"T","text":"#
    let line = record + String(decoding: try JSONEncoder().encode(body), as: UTF8.self) + "}"
    let path = Support.temporaryFolder().appendingPathComponent("big.jsonl").path
    try Data((#"{"id":"small","published":"2013-06-01","text":"Hi."}"# + "\n" + line + "\n").utf8)
      .write(to: URL(fileURLWithPath: path))
    let loaded = ArticleLoader(maximumBodyBytes: 4_000).load([path])
    #expect(loaded.articles.map(\.id) == ["small", "big"])
    let cut = loaded.articles[1].body
    #expect(cut.utf8.count <= 4_000)
    #expect(cut.hasSuffix("Ukraine."))
    #expect(loaded.articles[1].paragraphs.count == 3)
    #expect(loaded.problems.map(\.kind) == [.tooLong])
    #expect(loaded.problems.first?.line == 2)
    #expect(loaded.problems.first?.path == path)
    #expect(loaded.problems.first?.message.hasPrefix("article big is 10 KB long") == true)
  }

  @Test("a body without breaks is cut at a character's boundary")
  func cutInsideCharacter() {
    let body = String(repeating: "é", count: 100)  // two bytes each
    #expect(ArticleLoader.prefix(of: body, atMost: 51) == String(repeating: "é", count: 25))
    #expect(ArticleLoader.prefix(of: "short", atMost: 51) == "short")
  }
}
