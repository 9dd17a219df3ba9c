import Foundation
import Testing

@testable import DetenteCore

/// The hot path's byte-level and table forms give what their plain forms give: each test
/// checks a fast structure against a slower, obvious one (or against the public result it
/// replaced), on chosen cases and on random ones.
@Suite("Hot path: fast forms agree with plain ones")
struct HotPathTests {
  // MARK: - Reading

  /// The plain form of a record's body: carriage returns dropped, tabs as spaces, split on
  /// blank lines, each part's white space folded, empty parts dropped, joined by blank lines.
  func plainBody(_ text: String) -> String {
    let cleaned = String(
      String.UnicodeScalarView(
        text.unicodeScalars.filter { $0 != "\r" }.map { $0 == "\t" ? " " : $0 }))
    return cleaned.components(separatedBy: "\n\n")
      .map { $0.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
      .filter { !$0.isEmpty && !CrawlTextReader.isPromoLine($0.lowercased()) }
      .joined(separator: "\n\n")
  }

  @Test("a record's text becomes the body the plain way does, in one pass")
  func recordBody() {
    let cases: [(String, String)] = [
      (
        "Sudan cut ties.\n\nRELATED: U.N. court rejects case\n\nAlso read: Egypt arms Somalia\n\nThe UAE objected.",
        "Sudan cut ties.\n\nThe UAE objected."
      ),
      ("One.\n\nTwo.", "One.\n\nTwo."),
      ("  One \t two  \n\n\n  three ", "One two\n\nthree"),
      ("a\r\n\r\nb", "a\n\nb"),
      ("a\n \nb", "a b"),
      ("\n\n\n\n", ""),
      ("x\n\n\n\ny", "x\n\ny"),
      ("no\u{A0}break and\u{2003}em\u{3000}space", "no break and em space"),
      (
        "eight by eight bytes of plain text, then\ttab",
        "eight by eight bytes of plain text, then tab"
      ),
    ]
    for (text, body) in cases {
      #expect(JSONLinesReader.body(text) == body, "\(text.debugDescription)")
      #expect(plainBody(text) == body, "\(text.debugDescription)")
    }
    var generator = SystemRandomNumberGenerator()
    let pieces = [
      "a", "Bc", " ", "  ", "\n", "\n\n", "\n\n\n", "\r", "\r\n", "\t", "\u{A0}", "\u{2003}",
      "\u{85}", "\u{2028}", "é", "word ", "a longer run of text", "\u{0B}", "12345678", "日本",
    ]
    for _ in 0..<3000 {
      let n = Int.random(in: 0...24, using: &generator)
      let text = (0..<n).map { _ in pieces.randomElement(using: &generator)! }.joined()
      #expect(JSONLinesReader.body(text) == plainBody(text), "\(text.debugDescription)")
    }
  }

  @Test("an article's paragraphs and body are two views of one text")
  func paragraphsAndBody() {
    let a = Article(id: "a", title: "T", paragraphs: ["First one.", "Second one.", "Third."])
    #expect(a.body == "First one.\n\nSecond one.\n\nThird.")
    #expect(a.paragraphs == ["First one.", "Second one.", "Third."])
    let b = Article(id: "a", title: "T", body: a.body)
    #expect(b == a)
    #expect(Article(id: "e", title: "T", body: "").paragraphs.isEmpty)
    #expect(Article(id: "s", title: "T", body: "Only one.").paragraphs == ["Only one."])
  }

  @Test("JSON Lines records keep their bodies and line numbers")
  func jsonLinesBodies() {
    let text = """
      {"id":"a","title":" Two  words ","text":"P one.\\n\\n\\nP  two.\\t"}

      {"id":"b","text":"  \\n\\n  "}
      {"id":"c","text":"Caf\\u00e9 \\"quoted\\"."}
      """
    let (articles, errors) = JSONLinesReader().read(text, stem: "s", path: "s.jsonl")
    #expect(articles.map(\.id) == ["a", "c"])
    #expect(articles[0].title == "Two words")
    #expect(articles[0].paragraphs == ["P one.", "P two."])
    #expect(articles[0].line == 1)
    #expect(articles[1].body == "Café \"quoted\".")
    #expect(articles[1].line == 4)
    #expect(errors.map(\.line) == [3])
  }

  @Test("records are read field by field as Foundation's decoder reads them")
  func recordFields() throws {
    let lines = [
      #"{"id":"a","text":"x"}"#,
      #"{"id":"a","id":"b","text":"x"}"#,
      #"{"id":null,"id":"b","text":"x"}"#,
      #"{"id":"a","id":null,"text":"x"}"#,
      #"{"title":"T\u00e9 \"q\" \\ \/","text":"x","extra":"e","extra":"f"}"#,
      #"{ "id" : "sp" , "text" : "x" , "n" : null }"#,
      #"{"id":"a","text":"x","count":3}"#,
    ]
    for line in lines {
      let decoded = try? JSONDecoder().decode(JSONLinesReader.Record.self, from: Data(line.utf8))
      let (articles, _) = JSONLinesReader().read(line, stem: "s", path: "s.jsonl")
      #expect(articles.count == (decoded == nil ? 0 : 1), "\(line)")
      if let d = decoded, let a = articles.first {
        #expect(a.id == d.id ?? "s-1", "\(line)")
        #expect(a.title == (d.title ?? ""), "\(line)")
      }
    }
  }

  @Test("UTF-8 is checked in place the way String's own check sees it")
  func utf8Check() {
    func first(_ bytes: [UInt8]) -> Int? { ArticleLoader.firstInvalidUTF8(bytes) }
    let ascii = Array("plain ASCII text that runs past eight bytes".utf8)
    #expect(first(ascii) == nil)
    #expect(first(ascii + [0xFF] + ascii) == ascii.count)
    #expect(first(ascii + [0xE2, 0x80]) == ascii.count)  // cut short at the end
    #expect(first([0xC0, 0xAF]) == 0)  // overlong
    #expect(first([0xED, 0xA0, 0x80]) == 0)  // a surrogate
    #expect(first([0xF4, 0x90, 0x80, 0x80]) == 0)  // past U+10FFFF
    #expect(first(Array("Élysée — “quotes” 日本 😀".utf8)) == nil)
    var generator = SystemRandomNumberGenerator()
    let pieces: [[UInt8]] = [
      Array("abcdefgh".utf8), Array("é".utf8), Array("€".utf8), Array("😀".utf8), [0x80], [0xC3],
      [0xE2, 0x82], [0xFF], [0xF0, 0x9F], Array(" ".utf8),
    ]
    for _ in 0..<3000 {
      let n = Int.random(in: 0...12, using: &generator)
      let bytes = (0..<n).flatMap { _ in pieces.randomElement(using: &generator)! }
      let valid = String(validating: bytes, as: UTF8.self) != nil
      #expect((first(bytes) == nil) == valid, "\(bytes)")
    }
  }

  @Test("line breaks are counted eight bytes at a time as one at a time")
  func lineBreaks() {
    var generator = SystemRandomNumberGenerator()
    for n in [0, 1, 7, 8, 9, 63, 64, 65, 1000] {
      let bytes = (0..<n).map { _ in
        [UInt8(0x0A), 0x0B, 0x09, 0x8A, 0x4A, 0x2A, 0x0A].randomElement(using: &generator)!
      }
      #expect(InputPieces.lineBreaks(in: bytes) == bytes.filter { $0 == 0x0A }.count)
    }
  }

  @Test("dates are written with zero-padded parts")
  func dateText() {
    #expect(CivilDate(year: 2013, month: 10, day: 3)!.description == "2013-10-03")
    #expect(CivilDate(year: 2013, month: 1, day: 5)!.description == "2013-01-05")
    #expect(CivilDate(year: 2024, month: 12, day: 31)!.description == "2024-12-31")
  }

  // MARK: - Tokens

  @Test("a long text is tokenized as its words one by one (the token memory grows)")
  func longText() {
    let words = (0..<5000).map { k in
      ["Putin", "met", "U.S.", "didn't", "1,000", "—", "Élysée"][k % 7]
    }
    let text = words.joined(separator: " ")
    let all = Tokenizer().tokenize(text)
    var expected: [Token] = []
    var offset: Int32 = 0
    for (k, w) in words.enumerated() {
      for var t in Tokenizer().tokenize(w) {
        t.start += offset
        t.end += offset
        if k > 0, t.start == offset { t.flags |= Token.spaceBeforeFlag }
        expected.append(t)
      }
      offset += Int32(w.utf8.count) + 1
    }
    #expect(all == expected)
    #expect(all.count > 5000)
  }

  @Test("negations are split, straight or curly, whatever the case; hyphens end words")
  func negationsAndHyphens() {
    func words(_ s: String) -> [String] {
      let b = Array(s.utf8)
      return Tokenizer().tokenize(s).map { String(decoding: b[$0.range], as: UTF8.self) }
    }
    #expect(words("They didn't.") == ["They", "did", "n't", "."])
    #expect(words("It isn’t") == ["It", "is", "n’t"])
    #expect(words("DON'T") == ["DO", "N'T"])
    #expect(words("no 't here") == ["no", "'", "t", "here"])
    #expect(words("al-Qaeda") == ["al", "-", "Qaeda"])
    let negation = Tokenizer().tokenize("didn't")[1]
    #expect(negation.hash == TokenHash.of("n't"))
    #expect(negation.flags == 0)
  }

  @Test("each word's class bits agree with the word sets")
  func wordClasses() {
    for (c, set) in WordClass.sets {
      for h in set { #expect(WordClass.table[h].map { $0 & c.rawValue != 0 } == true) }
    }
    let words = "the of said will and Monday next soldiers to from".split(separator: " ")
    for w in words {
      let t = Tokenizer().tokenize(String(w))[0]
      for (c, set) in WordClass.sets {
        #expect(t.is(c) == set.contains(t.hash), "\(w) \(c.rawValue)")
      }
    }
  }

  @Test("the lexicon marks the words its phrases start with")
  func lexiconWordBits() {
    let lex = Support.lexicon
    var tokens: [Token] = []
    var text = "Vladimir Putin met the Kremlin spokesman on Monday"
    text.withUTF8 { lex.tokenize($0, into: &tokens) }
    for t in tokens {
      let starts = lex.mentions.longest([t], at: 0, end: 1) != nil
      if starts { #expect(t.is(.mentionStart)) }
      #expect(t.is(.patternStart) == (lex.patternIndex[t.hash] != nil))
    }
  }

  // MARK: - Tables

  @Test("frozen sets and phrase tables answer as the tables they were made from")
  func frozenTables() {
    var generator = SystemRandomNumberGenerator()
    var table: [UInt64] = []
    for size in [1, 2, 5, 6, 40] {
      let keys = HashSet64((0..<size).map { _ in UInt64.random(in: 1...5000, using: &generator) })
      let flat = keys.flatten(into: &table)
      #expect(flat.isInline == (Array(keys).count <= FlatSet64.inlineCount))
      table.withUnsafeBufferPointer { t in
        let base = t.baseAddress ?? UnsafePointer(bitPattern: 8)!
        for k in UInt64(0)...5000 { #expect(flat.contains(k, in: base) == keys.contains(k)) }
      }
    }
    var phrases = PhraseTable<Int>()
    let list = ["United States", "United Nations Security Council", "Security Council", "Iran"]
    for (k, p) in list.enumerated() { phrases.insert(phrase: p, k) }
    let flat = phrases.freeze { $0 }
    let tokens = Tokenizer().tokenize(
      "the United Nations Security Council and United States and Iran and United Kingdom")
    for i in tokens.indices {
      let slow = phrases.longest(tokens, at: i, end: tokens.count)
      let fast = flat.longest(tokens, at: i, end: tokens.count)
      #expect(slow?.length == fast?.length)
      if let fast, let slow {
        #expect(flat.positions(of: fast.node).map { flat.values[$0] } == slow.plain)
      }
    }
  }

  @Test("codes compare, cut and join as their strings do")
  func codes() {
    let strings = ["", "A", "USA", "USAGOV", "IGOUNO", "ABCDEFGH", "ABCDEFGHIJKLM"]
    for a in strings {
      let c = Code(a)
      #expect(c.string == a)
      #expect(c.count == a.utf8.count)
      for n in 0...4 { #expect(c.prefix(n).string == String(a.prefix(n))) }
      #expect(c.dropFirst(3).string == String(a.dropFirst(3)))
      for b in strings where a.count + b.count <= Code.capacity {
        #expect((c + Code(b)).string == a + b)
        #expect((c == Code(b)) == (a == b))
        #expect(c.hasPrefix(Code(b)) == a.hasPrefix(b))
      }
    }
  }

  @Test("a role is cut from a code, joined to a country and written as its string is")
  func roles() {
    for s in ["", "A", "USA", "USAGOV", "USAGOVX", "IGOUNO", "NGOABC", "IMGXYZ", "RUSMIL"] {
      let code = Code(s)
      let actor = Actor(text: s, code: s)
      #expect(code.role == actor.role, "\(s)")
      let cut = Actor.isOrganisation(s) || s.count <= 3 ? "" : String(s.dropFirst(3).prefix(3))
      #expect(actor.role.code == cut, "\(s)")
      #expect(code.role.isEmpty == cut.isEmpty)
      if !code.isOrganisation, s.count >= 3 {
        #expect((code.prefix(3) + code.role).string == String(s.prefix(6)))
      }
    }
    #expect(Set(Role.all.map(\.code)) == Lexicon.roleCodes)
    #expect(Set(Role.all).count == Role.all.count)
    for r in Role.all + [Role()] {
      #expect(Role(r.code) == r)
      #expect(r.code.utf8.count == (r.isEmpty ? 0 : 3))
      #expect(Code(r).string == r.code)
      var fast = JSONWriter()
      fast.string(r)
      var slow = JSONWriter()
      slow.string(r.code)
      #expect(fast.text == slow.text)
      #expect(r.isStateRole == (r.code == "" || r.code == "GOV"))
      #expect(r.isStateOrganRole == ["", "GOV", "MIL", "COP"].contains(r.code))
    }
    #expect(Role.government.code == "GOV" && Role.rebels.code == "REB")
    #expect(Role.civilians.code == "CVL" && Role.police.code == "COP")
  }

  @Test("a code is written as JSON as its string is")
  func codeJSON() {
    for s in [
      "", "A", "IRN", "IRNGOV", "ABCDEFGH", "ABCDEFGHIJKLM", "ABCDEFGHIJKLMNOP", "A\"B", "C\\D",
      "E\u{1}F",
    ] {
      var fast = JSONWriter()
      fast.string(Code(s))
      var slow = JSONWriter()
      slow.string(s)
      #expect(fast.text == slow.text, "\(s.debugDescription)")
    }
  }

  // MARK: - Patterns

  @Test("pattern gaps are held inline; a pattern with more than the inline room is refused")
  func gaps() {
    var g = Gaps()
    g.append(2..<4)
    g.append(5..<5)
    #expect(Array(g) == [2..<4, 5..<5])
    g.removeLast()
    #expect(Array(g) == [2..<4])
    g.removeAll()
    #expect(g.isEmpty)
    var sources = (try? Lexicon.bundledSources()) ?? []
    sources.append(("user.lex", "[events]\nfive-gaps | 010 | +say * a * b * c * d * e | obj |\n"))
    let (_, errors) = Lexicon.build(sources, userCount: 1)
    #expect(errors.contains { $0.file == "user.lex" && $0.line == 2 && "\($0)".contains("gaps") })
  }

  @Test("an actor code longer than the coder holds is refused with its line")
  func longCode() {
    var sources = (try? Lexicon.bundledSources()) ?? []
    sources.append(("user.lex", "[actors]\nUSAGOVABCDEFGHIJ | Long Name Office\n"))
    let (_, errors) = Lexicon.build(sources, userCount: 1)
    #expect(
      errors.contains { $0.file == "user.lex" && $0.line == 2 && "\($0)".contains("too long") })
  }

  @Test("gapped patterns match across the words between, up to six")
  func gappedPatterns() {
    let near = Support.code(
      "Russia imposed new economic sanctions on Ukraine on Monday.", date: "2014-03-03")
    #expect(near.contains { $0.source.code == "RUS" && $0.target?.code == "UKR" })
  }

  // MARK: - Output

  @Test("JSON lines written from drafts are the lines of the events")
  func draftsAsJSON() throws {
    let coder = EventCoder(lexicon: Support.lexicon)
    let articles = ArticleLoader().load([
      Support.root.appendingPathComponent("Examples/articles").path
    ])
    .articles
    #expect(articles.count > 5)
    let workspace = EventCoder.Workspace()
    for a in articles {
      var fast: [UInt8] = []
      coder.appendJSONLines(a, to: &fast, workspace: workspace)
      var slow: [UInt8] = []
      EventFormat.jsonl.append(coder.code(a), to: &slow)
      #expect(fast == slow, "\(a.id)")
    }
  }
}
