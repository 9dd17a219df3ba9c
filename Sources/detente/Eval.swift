import ArgumentParser
import DetenteCore
import DetenteStore
import Foundation

/// `detente eval`: scores events against a gold file, with the rules of `shared/tools/score.py`.
struct Eval: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "eval",
    abstract: "Score events against a gold file (the rules of shared/tools/score.py).",
    discussion:
      "The events come from a JSON Lines file of events (EVENTS.jsonl), from the database (--db FILE), or from coding article files and folders (PATH...). Only articles the gold file names are scored. The first line is score.py's summary; then precision, recall and F1 per event class (CAMEO root; MEET for 036 and 04x) and per modality; with --show, the misses and false alarms. With --links, GOLD is a linking gold file and the meetings come from the database or from ingesting the articles, in the order given, into a temporary one: pairwise and B-cubed precision, recall and F1 of the meetings over the gold reports found and over all of them, and how many meetings end with the gold's final status; with --show, each gold meeting and the reports not found."
  )

  @Argument(help: "The gold file (JSON Lines, the layout of shared/gold/seeds.jsonl).")
  var gold: String

  @Argument(help: "A JSON Lines file of events, or article files and folders to code.")
  var inputs: [String] = []

  @Option(
    name: .long, help: ArgumentHelp("Score the events stored in this database.", valueName: "FILE"))
  var db: String?

  @Option(
    name: .long,
    help: ArgumentHelp(
      "Add a lexicon file (repeatable) when coding articles.", valueName: "FILE"))
  var lexicon: [String] = []

  @Flag(name: .long, help: "List the misses and the false alarms.")
  var show = false

  @Flag(name: .long, help: "Print the summary as one JSON object only.")
  var json = false

  @Flag(
    name: .long,
    help:
      "Score the meetings tracker: GOLD is a linking gold file (one meeting per line, with its reports and final status)."
  )
  var links = false

  func validate() throws {
    if inputs.isEmpty && db == nil {
      throw ValidationError("give the events: an EVENTS.jsonl file, article PATHs, or --db FILE")
    }
    if !inputs.isEmpty && db != nil {
      throw ValidationError("give either --db or files, not both")
    }
  }

  /// Whether a .jsonl file holds events (rather than articles to code).
  static func holdsEvents(_ path: String) -> Bool {
    guard path.hasSuffix(".jsonl") || path.hasSuffix(".ndjson"),
      let h = FileHandle(forReadingAtPath: path)
    else { return false }
    defer { try? h.close() }
    let head = String(decoding: h.readData(ofLength: 65536), as: UTF8.self)
    guard
      let first = head.split(separator: "\n").first(where: {
        !$0.trimmingCharacters(in: .whitespaces).isEmpty
      }),
      let o = try? JSONSerialization.jsonObject(with: Data(first.utf8)) as? [String: Any]
    else { return false }
    return o["cameo"] != nil && o["source"] != nil
  }

  func run() async throws {
    if links { return try await runLinks() }
    let goldEvents: [Scorer.Gold]
    do {
      goldEvents = try Scorer.loadGold(gold)
    } catch {
      FileHandle.standardError.write("\(error)\n".data(using: .utf8)!)
      throw ExitCode(1)
    }
    var system: [Event] = []
    var failed = false
    if let db {
      let store = try await StoreOptions.parse(["--db", db]).openExisting()
      var q = EventQuery()
      q.sort = .article
      system = try await store.events(matching: q)
    } else if inputs.count == 1, Self.holdsEvents(inputs[0]) {
      do {
        system = try Event.loadJSONLines(inputs[0])
      } catch {
        FileHandle.standardError.write("\(error)\n".data(using: .utf8)!)
        throw ExitCode(1)
      }
    } else {
      let lex = try loadLexicon(lexicon)
      let loaded = ArticleLoader(fallback: .fileTime).load(inputs)
      let coder = EventCoder(lexicon: lex)
      for a in loaded.articles { system += coder.code(a) }
      for p in loaded.problems {
        FileHandle.standardError.write((p.description + "\n").data(using: .utf8)!)
        if p.kind != .noDate { failed = true }
      }
    }
    let result = Scorer().score(gold: goldEvents, system: system)
    if json {
      let pairs = result.summary.split(separator: " ").map { kv -> String in
        let parts = kv.split(separator: "=", maxSplits: 1)
        let v = parts[1] == "None" ? "null" : String(parts[1])
        return "\"\(parts[0])\": \(v)"
      }
      print("{" + pairs.joined(separator: ", ") + "}")
      if failed { throw ExitCode(1) }
      return
    }
    print(result.summary)
    func table(_ title: String, _ rows: [Scorer.Breakdown]) {
      print("")
      print(
        title.padding(toLength: 10, withPad: " ", startingAt: 0)
          + " required found system right precision recall    f1")
      func f(_ v: Double) -> String { String(format: "%9.3f", v) }
      for b in rows {
        print(
          b.key.padding(toLength: 10, withPad: " ", startingAt: 0)
            + String(format: " %8d %5d %6d %5d", b.required, b.found, b.system, b.right)
            + f(b.precision) + String(format: " %6.3f", b.recall) + String(format: " %5.3f", b.f1))
      }
    }
    table("class", result.byClass)
    table("modality", result.byModality)
    if show {
      print("")
      for g in result.misses {
        print(
          "MISS \(g.article) | \(g.sentence) | \(g.source)->\(g.target) \(g.cameo) \(g.modality)")
      }
      for e in result.falseAlarms {
        print(
          "FP   \(e.article.id) | \(String(e.sentenceText.prefix(90))) | \(e.source.code)->\(e.target?.code ?? "") \(e.cameo) \(e.modality.rawValue)"
        )
      }
    }
    if failed { throw ExitCode(1) }
  }
}
