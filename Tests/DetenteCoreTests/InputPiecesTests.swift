import Foundation
import Testing

@testable import DetenteCore

@Suite("Input cut into pieces")
struct InputPiecesTests {
  /// A JSON Lines file of `count` records of different lengths, with a blank line, a
  /// malformed line and escapes here and there.
  func batch(_ count: Int) -> String {
    var lines: [String] = []
    for k in 0..<count {
      let body = String(repeating: "Russia and China held talks in Beijing. ", count: 1 + k % 7)
      lines.append(
        #"{"id":"a\#(k)","title":"T\u00e9st \"\#(k)\"","published":"2013-10-0\#(1 + k % 9)","text":"\#(body)\n\nSecond\tparagraph."}"#
      )
      if k == 5 { lines.append("") }
      if k == 9 { lines.append(#"{"id": 12, "text": "wrong type"}"#) }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  func write(_ text: [UInt8], _ name: String) -> String {
    let p = Support.temporaryFolder().appendingPathComponent(name).path
    FileManager.default.createFile(atPath: p, contents: Data(text))
    return p
  }

  @Test("small pieces give the same articles, line numbers and problems as one whole read")
  func sameAsWhole() {
    let text = batch(200)
    let path = write(Array(text.utf8), "batch.jsonl")
    let (whole, wholeErrors) = JSONLinesReader().read(text, stem: "batch", path: path)
    for size in [1, 100, 700, 1 << 20] {
      var pieces = InputPieces(files: [path], pieceSize: size)
      var articles: [Article] = []
      var problems: [ReadError] = []
      var count = 0
      while let piece = pieces.next() {
        count += 1
        let r = ArticleLoader().load(piece)
        articles += r.articles
        problems += r.problems
      }
      #expect(articles == whole, "piece size \(size)")
      #expect(problems.map(\.line) == wholeErrors.map(\.line), "piece size \(size)")
      #expect(articles.count == 200)
      if size == 100 { #expect(count > 10) }
    }
    #expect(wholeErrors.map(\.line) == [12])
    #expect(whole[6].line == 8)
    #expect(whole[0].title == "Tést \"0\"")
    #expect(whole[0].paragraphs.last == "Second paragraph.")
  }

  @Test("an empty or binary JSON Lines file is reported once, by name")
  func emptyAndBinary() {
    let empty = write(Array("\n  \n".utf8), "empty.jsonl")
    let binary = write([0x7B, 0x00, 0x01, 0x0A], "binary.jsonl")
    let result = ArticleLoader().load([empty, binary])
    #expect(result.articles.isEmpty)
    #expect(result.problems.map(\.kind) == [.empty, .binary])
    #expect(result.problems.map(\.path) == [empty, binary])
  }

  @Test("a line that is not UTF-8 is reported with its number and the other lines are read")
  func badLine() {
    let good = #"{"id":"x","published":"2013-10-03","text":"Russia met China."}"#
    let bad =
      Array(#"{"id":"y","published":"2013-10-03","text":"Caf"#.utf8) + [0xE9]
      + Array(#" talks."}"#.utf8)
    let bytes = Array((good + "\n").utf8) + bad + [0x0A] + Array(good.utf8)
    let result = ArticleLoader().load([write(bytes, "mixed.jsonl")])
    #expect(result.articles.map(\.line) == [1, 3])
    #expect(result.problems.map(\.kind) == [.notUTF8])
    #expect(result.problems.first?.line == 2)
  }

  @Test("a file without an extension that starts with { is read as JSON Lines")
  func sniffed() {
    let line = #"  {"id":"x","published":"2013-10-03","text":"Russia met China."}"#
    let result = ArticleLoader().load([write(Array(line.utf8), "batch")])
    #expect(result.articles.map(\.id) == ["x"])
    #expect(result.problems.isEmpty)
  }

  @Test("the quick reader gives what JSONDecoder gives, on every kind of string and escape")
  func scannerMatchesDecoder() throws {
    struct Fields: Decodable {
      var id: String?
      var title: String?
      var text: String?
    }
    var rng = SystemRandomNumberGenerator()
    let alphabet: [Character] = [
      "a", "Z", " ", "\"", "\\", "/", "\n", "\t", "\r", "\u{8}", "\u{C}", "\u{1}", "é", "ß",
      "—", "😀", "中", "\u{FEFF}", "{", "}", ",", ":",
    ]
    var lines: [String] = [
      #"{"id":"a","title":null,"text":"x"}"#,
      #" { "id" : "a" , "text" : "x" } "#,
      #"{"id":"a","text":"\u00e9\ud83d\ude00\/\b\f"}"#,
      #"{"id":"a","extra":"ignored","text":"x"}"#,
      #"{"id":"a","extra":3,"text":"x"}"#,
      #"{"id":"a","extra":{"n":[1,2]},"text":"x"}"#,
      #"{"id":"a","id":"b","text":"x"}"#,
      #"{"id":"a","text":"lone \udc00 half"}"#,
      #"{"id":"a","text":"x",}"#,
      #"{"id":"a","text":"x"} trailing"#,
      #"{"id":"a","text":"bad \q escape"}"#,
      #"{"id":true,"text":"x"}"#,
      #"["id","text"]"#,
      #"{}"#,
    ]
    let encoder = JSONEncoder()
    for _ in 0..<300 {
      let s = String(
        (0..<Int.random(in: 0...12, using: &rng)).map { _ in
          alphabet.randomElement(using: &rng)!
        })
      let json = String(decoding: try encoder.encode(["id": "r", "text": s]), as: UTF8.self)
      lines.append(json)
      // The same string with every character written as \u escapes.
      let escaped = s.utf16.map { String(format: "\\u%04x", $0) }.joined()
      lines.append(#"{"id":"r","text":""# + escaped + #""}"#)
    }
    for line in lines {
      let fields = Array(line.utf8).withUnsafeBufferPointer(FlatJSONScanner.scan)
      let decoded = try? JSONDecoder().decode(Fields.self, from: Data(line.utf8))
      if let fields {
        // What the quick reader accepts, the decoder accepts with the same values.
        #expect(decoded != nil, "\(line)")
        #expect(fields["id"] == decoded?.id, "\(line)")
        #expect(fields["title"] == decoded?.title, "\(line)")
        #expect(fields["text"] == decoded?.text, "\(line)")
      }
    }
    // The generated lines are the common shape: the quick reader must take all of them.
    let generated = lines.suffix(600)
    #expect(
      generated.allSatisfy { Array($0.utf8).withUnsafeBufferPointer(FlatJSONScanner.scan) != nil })
  }

  @Test("the written-out word hashes are the words' token hashes")
  func hashConstants() {
    for (word, hash) in Words.constants { #expect(TokenHash.of(word) == hash, "\(word)") }
    #expect(Words.constants.count >= 57)
  }
}
