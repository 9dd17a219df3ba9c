import Foundation
import Testing

@Suite("The detente command")
struct CommandLineTests {
  static var binary: URL? {
    for config in ["debug", "release"] {
      let u = Support.root.appendingPathComponent(".build/\(config)/detente")
      if FileManager.default.isExecutableFile(atPath: u.path) { return u }
    }
    return nil
  }

  /// Runs the binary; with `output`, its standard output goes there and `out` is empty.
  func run(
    _ args: [String], stdin: String? = nil, environment: [String: String] = [:],
    output: FileHandle? = nil
  ) throws -> (status: Int32, out: String, err: String) {
    let p = Process()
    p.executableURL = Self.binary!
    p.arguments = args
    if !environment.isEmpty {
      p.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
    }
    let out = Pipe()
    let err = Pipe()
    p.standardOutput = output ?? out
    p.standardError = err
    let input = Pipe()
    p.standardInput = input
    try p.run()
    if let s = stdin { input.fileHandleForWriting.write(s.data(using: .utf8)!) }
    try input.fileHandleForWriting.close()
    if output != nil { try out.fileHandleForWriting.close() }
    let o = out.fileHandleForReading.readDataToEndOfFile()
    let e = err.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return (
      p.terminationStatus, String(decoding: o, as: UTF8.self), String(decoding: e, as: UTF8.self)
    )
  }

  @Test("explain shows each sentence's mentions and the events with their rule")
  func explain() throws {
    guard Self.binary != nil else {
      print("skipped: build the detente executable first (swift build)")
      return
    }
    let r = try run(
      ["explain", "-"],
      stdin:
        "# T\n\nMarch 17, 2018\n\nBy X\n\nRussia on Saturday expelled 23 British diplomats.\n\nIt rained.\n"
    )
    #expect(r.status == 0)
    #expect(r.out.contains("[0] Russia on Saturday expelled 23 British diplomats."))
    #expect(r.out.contains("actor  \"Russia\" → RUS"))
    #expect(r.out.contains("time   \"on Saturday\""))
    #expect(r.out.contains("event  166 occurred: RUS"))
    #expect(r.out.contains("on 2018-03-17"))
    #expect(r.out.contains("(verb:expel-diplomats, events.lex:"))
    #expect(r.out.contains("[1] It rained."))
  }

  @Test("a missing lexicon folder is a message naming where it was looked for, not a crash")
  func missingLexicon() throws {
    guard Self.binary != nil else {
      print("skipped: build the detente executable first (swift build)")
      return
    }
    let dir = Support.temporaryFolder().appendingPathComponent("no-lexicon")
    let r = try run(
      ["code", "--format", "jsonl", "-"], stdin: "# T\n\nRussia expelled diplomats.\n",
      environment: ["DETENTE_LEXICON": dir.path])
    #expect(r.status == 2)
    #expect(r.err.contains("the bundled lexicon files are not installed"))
    #expect(r.err.contains(dir.path))
    #expect(r.err.contains("DETENTE_LEXICON"))
    #expect(r.out.isEmpty)
    // The same folder named rightly is used.
    let real = Support.root.appendingPathComponent("Sources/DetenteCore/Resources/Lexicon")
    let ok = try run(
      ["code", "--format", "jsonl", "-"],
      stdin: "# T\n\nMarch 17, 2018\n\nRussia on Saturday expelled 23 British diplomats.\n",
      environment: ["DETENTE_LEXICON": real.path])
    #expect(ok.status == 0)
    #expect(ok.out.contains("\"166\""))
  }

  @Test("clauses --parser merges the parse; a model file that cannot be read is named")
  func clausesWithParser() throws {
    guard Self.binary != nil else {
      print("skipped: build the detente executable first (swift build)")
      return
    }
    let text = "# T\n\nMarch 17, 2018\n\nTwo Ugandan diplomats were expelled by Kenya on Monday.\n"
    let r = try run(["clauses", "--parser", "-"], stdin: text)
    #expect(r.status == 0)
    #expect(r.out.contains("object \"Two Ugandan diplomats\" (parsed)"))
    let dir = Support.temporaryFolder()
    let bad = dir.appendingPathComponent("bad.dpm")
    try Data("not a model".utf8).write(to: bad)
    let b = try run(
      ["clauses", "--parser", "-"], stdin: text, environment: ["DETENTE_PARSER_MODEL": bad.path])
    #expect(b.status != 0)
    #expect(b.err.contains("\(bad.path): not a Detente parser model"))
    // Without --parser the model is not read at all.
    let c = try run(["clauses", "-"], stdin: text, environment: ["DETENTE_PARSER_MODEL": bad.path])
    #expect(c.status == 0)
  }

  @Test("output that cannot be written (a full disk) is an error, not a silent success")
  func fullDisk() throws {
    guard Self.binary != nil, let full = FileHandle(forWritingAtPath: "/dev/full") else {
      print("skipped: needs the detente executable (swift build) and /dev/full")
      return
    }
    let r = try run(
      ["code", "--format", "jsonl", Support.root.appendingPathComponent("Examples/articles").path],
      output: full)
    #expect(r.status == 1)
    #expect(r.err.contains("cannot write the output"))
  }

  @Test("bad inputs are named, good ones still coded, and the exit status is 1")
  func badInputs() throws {
    guard Self.binary != nil else {
      print("skipped: build the detente executable first (swift build)")
      return
    }
    let dir = Support.temporaryFolder()
    let good = dir.appendingPathComponent("good.txt")
    try "# T\n\nMarch 17, 2018\n\nRussia on Saturday expelled 23 British diplomats.\n".write(
      to: good, atomically: true, encoding: .utf8)
    let empty = dir.appendingPathComponent("empty.txt")
    FileManager.default.createFile(atPath: empty.path, contents: Data())
    let batch = dir.appendingPathComponent("batch.jsonl")
    try
      "{\"id\":\"b1\",\"published\":\"2018-03-14\",\"text\":\"Britain expelled 23 Russian diplomats.\"}\n{oops\n"
      .write(to: batch, atomically: true, encoding: .utf8)
    let r = try run([
      "code", "--format", "jsonl", good.path, empty.path, batch.path,
      dir.appendingPathComponent("nope.txt").path,
    ])
    #expect(r.status == 1)
    #expect(r.err.contains("empty.txt: error:"))
    #expect(r.err.contains("batch.jsonl:2: error:"))
    #expect(r.err.contains("nope.txt: error: no such file"))
    let lines = r.out.split(separator: "\n")
    #expect(lines.count == 2)
    #expect(lines.allSatisfy { $0.contains("\"cameo\":\"166\"") })
  }

  @Test("the same input gives the same output bytes whatever the number of parallel jobs")
  func stableOrder() throws {
    guard Self.binary != nil else { return }
    let examples = Support.root.appendingPathComponent("Examples/articles").path
    let one = try run(["code", "--format", "jsonl", "--jobs", "1", examples])
    let many = try run(["code", "--format", "jsonl", "--jobs", "8", examples])
    #expect(one.status == 0)
    #expect(!one.out.isEmpty)
    #expect(one.out == many.out)
  }

  @Test("standard input, csv output, and a clean run exits 0")
  func stdinAndCSV() throws {
    guard Self.binary != nil else { return }
    let r = try run(
      ["code", "--format", "csv", "-"],
      stdin:
        "{\"id\":\"s1\",\"published\":\"2020-06-17\",\"text\":\"China urged India to punish those responsible.\"}\n"
    )
    #expect(r.status == 0, "\(r.err)")
    let lines = r.out.split(separator: "\n")
    #expect(lines.first?.hasPrefix("id,article_id,published") == true)
    #expect(lines.count == 2)
  }

  @Test("a lexicon with an error is reported with file and line")
  func badLexicon() throws {
    guard Self.binary != nil else { return }
    let f = Support.temporaryFolder().appendingPathComponent("bad.lex")
    try "[places]\nNowhere | ZZZ | 1 | 2 | city\n".write(to: f, atomically: true, encoding: .utf8)
    let r = try run(["lexicon", "check", f.path])
    #expect(r.status == 1)
    #expect(r.out.contains("bad.lex:2: error: unknown country"))
    let coded = try run(["code", "--lexicon", f.path, "-"], stdin: "")
    #expect(coded.status != 0)
    #expect(coded.err.contains("bad.lex:2"))
  }

  @Test(
    "lexicon coverage counts patterns and working examples per code, and names a failing example")
  func coverage() throws {
    guard Self.binary != nil else { return }
    let ok = try run(["lexicon", "coverage", "--format", "jsonl"])
    #expect(ok.status == 0, "\(ok.err)")
    let rows = ok.out.split(separator: "\n").compactMap {
      try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
    }
    let meet = rows.first { $0["code"] as? String == "040" }
    #expect((meet?["patterns"] as? [String])?.contains("meet") == true)
    #expect((meet?["examples"] as? Int ?? 0) >= 1)
    #expect(
      rows.contains {
        $0["code"] as? String == "2042" && ($0["patterns"] as? [String])?.isEmpty == true
      })
    let f = Support.temporaryFolder().appendingPathComponent("mine.lex")
    try """
    [events]
    hail-test | 051 | +hail | obj |
    [examples]
    hail-test | France hailed Germany on Monday. | FRA | DEU | 2020-01-06
    hail-test | France met Germany on Monday. | FRA | DEU | 2020-01-06
    """.write(to: f, atomically: true, encoding: .utf8)
    let bad = try run(["lexicon", "coverage", "--covered", "--lexicon", f.path])
    #expect(bad.status == 1)
    #expect(bad.err.contains("mine.lex:5: error: example of hail-test"))
    #expect(!bad.err.contains("mine.lex:4"))
    #expect(bad.out.contains("051"))
  }
}
