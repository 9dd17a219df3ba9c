import Foundation

@testable import DetenteCore
@testable import DetenteServer
@testable import DetenteStore

/// The fuzz targets, one of which a run exercises: `DETENTE_FUZZ_TARGET` names it.
enum FuzzTarget: String, CaseIterable {
  /// The crawled-text reader (`.txt` and `.md` articles).
  case crawl
  /// The HTML reader.
  case html
  /// The JSON Lines reader, from bytes (invalid UTF-8 included).
  case jsonl
  /// The flat JSON record scanner.
  case flatjson
  /// The tokenizer and the sentence splitter.
  case text
  /// The lexicon file parser, and a lexicon built from the parsed file alone.
  case lexicon
  /// The server's query-parameter parser, the queries it makes and their SQL.
  case query
  /// The whole coder: loading an input (by its first byte: JSON Lines, HTML or text) and
  /// coding every article.
  case code

  /// The target this process runs.
  static let current: FuzzTarget = {
    let name = ProcessInfo.processInfo.environment["DETENTE_FUZZ_TARGET"] ?? ""
    guard let t = FuzzTarget(rawValue: name) else {
      let names = allCases.map(\.rawValue).joined(separator: ", ")
      FileHandle.standardError.write(
        "detente-fuzz: set DETENTE_FUZZ_TARGET to one of \(names)\n".data(using: .utf8)!)
      exit(2)
    }
    return t
  }()

  /// The bundled lexicon (read once).
  static let bundledLexicon: Lexicon = {
    switch Lexicon.bundled {
    case .success(let l): return l
    case .failure(let e): fatalError("the bundled lexicon does not build: \(e)")
    }
  }()

  static let coder = EventCoder(lexicon: bundledLexicon, includeUntargeted: true)

  /// Runs the target on one input.
  func run(_ bytes: UnsafeBufferPointer<UInt8>) {
    switch self {
    case .crawl: _ = CrawlTextReader().read(Self.text(bytes), id: "fuzz", path: "fuzz.txt")
    case .html: _ = HTMLReader().read(Self.text(bytes), id: "fuzz", path: "fuzz.html")
    case .jsonl:
      _ = JSONLinesReader().read(Array(bytes), firstLine: 1, stem: "fuzz", path: "fuzz.jsonl")
    case .flatjson: _ = FlatJSONScanner.scan(bytes)
    case .text: Self.tokenize(Self.text(bytes))
    case .lexicon: Self.parseLexicon(Self.text(bytes))
    case .query: Self.parseQuery(Self.text(bytes))
    case .code: Self.codeInput(bytes)
    }
  }

  /// The input as text, as the readers get it (not UTF-8: replaced).
  static func text(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
    String(decoding: bytes, as: UTF8.self)
  }

  static func tokenize(_ s: String) {
    var copy = s
    copy.withUTF8 { b in
      var tokens: [Token] = []
      bundledLexicon.tokenize(b, into: &tokens)
      var ranges: [Range<Int>] = []
      SentenceSplitter().split(b, tokens, into: &ranges)
      // Every token is inside the text, every sentence inside the tokens, in order.
      var end = 0
      for t in tokens {
        precondition(Int(t.start) >= end && Int(t.end) <= b.count && t.start < t.end)
        end = Int(t.end)
      }
      var next = 0
      for r in ranges {
        precondition(r.lowerBound == next && r.upperBound <= tokens.count)
        precondition(r.count <= SentenceSplitter.maximumTokens)
        next = r.upperBound
      }
      precondition(next == tokens.count)
    }
  }

  static func parseLexicon(_ s: String) {
    _ = LexiconRecord.parse(s, file: "fuzz.lex")
    _ = Lexicon.build([(name: "fuzz.lex", text: s)], userCount: 1)
  }

  static func parseQuery(_ s: String) {
    let p = QueryParameters(query: s)
    if let q = try? p.eventQuery(lexicon: bundledLexicon) {
      _ = try? SQLiteStore.sql(for: q, count: true)
      _ = try? SQLiteStore.sql(for: q, inDateOrder: true)
      _ = try? q.matchExpression()
      _ = try? q.searchQuery()
      _ = try? q.sql(.postgres)
    }
    _ = try? p.meetingQuery(lexicon: bundledLexicon)
  }

  static func codeInput(_ bytes: UnsafeBufferPointer<UInt8>) {
    let name: String
    switch bytes.first {
    case UInt8(ascii: "{"): name = "fuzz.jsonl"
    case UInt8(ascii: "<"): name = "fuzz.html"
    default: name = "fuzz.txt"
    }
    let loader = ArticleLoader(fallback: .date(CivilDate(year: 2013, month: 9, day: 5)!))
    for article in loader.load(Data(bytes), path: name).articles {
      var out: [UInt8] = []
      coder.appendJSONLines(article, to: &out)
      _ = coder.analyze(article)
    }
  }
}

/// libFuzzer's entry point: one input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
  FuzzTarget.current.run(UnsafeBufferPointer(start: data, count: count))
  return 0
}

/// libFuzzer's driver, which reads the command line and runs the inputs.
@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(
  _ argc: UnsafeMutablePointer<CInt>,
  _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
  _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

/// The program's entry point (the package manager names an executable's `main` so): hands
/// the command line to libFuzzer.
@_cdecl("detente_fuzz_main")
public func fuzzMain(
  _ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
) -> CInt {
  var count = argc
  var arguments = argv
  return runFuzzerDriver(&count, &arguments, fuzzOne)
}
