import ArgumentParser
import DetenteCore
import Foundation

extension LexiconCommand {
  /// `detente lexicon coverage`: the patterns and examples of each CAMEO code.
  struct Coverage: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Count the event patterns and their working examples per CAMEO code.",
      discussion:
        "Codes every example sentence of [examples] (the bundled ones and those of your files) alone and counts, for each CAMEO code of [cameo], its patterns and the examples that give their event. Lists the codes without a pattern, the patterns and exclusions without a working example, and every example that fails (FILE:LINE, with what it gave instead). The exit status is 1 when an example fails."
    )

    @Option(name: .long, help: ArgumentHelp("Add a lexicon file (repeatable).", valueName: "FILE"))
    var lexicon: [String] = []

    @Option(name: [.short, .long], help: "table (by code) or jsonl (one record per code).")
    var format: Layout = .table

    @Flag(name: .long, help: "Show only the codes that have patterns (with the lists below).")
    var covered = false

    enum Layout: String, ExpressibleByArgument, CaseIterable { case table, jsonl }

    func run() throws {
      let report = LexiconCoverage(lexicon: try loadLexicon(lexicon))
      switch format {
      case .table: printTable(report)
      case .jsonl: printLines(report)
      }
      for f in report.failures {
        let got = f.events.map {
          "\($0.source.code)->\($0.target?.code ?? "-") \($0.cameo) \($0.rule)"
        }
        let line =
          "\(f.example.location): error: example of \(f.example.pattern) does not give \(f.example.source)->\(f.example.target): \"\(f.example.sentence)\" gave \(got.isEmpty ? "nothing" : got.joined(separator: "; "))\n"
        FileHandle.standardError.write(Data(line.utf8))
      }
      if !report.failures.isEmpty { throw ExitCode(1) }
    }

    func printTable(_ r: LexiconCoverage) {
      print("code  patterns  examples  name")
      for row in r.rows where !covered || !row.patterns.isEmpty {
        let code = row.code.padding(toLength: 6, withPad: " ", startingAt: 0)
        let p = String(row.patterns.count).leftPadded(8)
        let e = String(row.examples).leftPadded(8)
        print("\(code)\(p)  \(e)  \(row.name)")
      }
      let patterns = r.rows.reduce(0) { $0 + $1.patterns.count }
      let passing = r.results.filter(\.passed).count
      print(
        "\n\(r.rows.count) codes, \(r.rows.count - r.uncovered.count) with patterns; \(patterns) patterns, \(r.exclusions.count) exclusions; \(passing) of \(r.results.count) examples give their event"
      )
      if !r.uncovered.isEmpty {
        print("codes without a pattern: \(r.uncovered.map(\.code).joined(separator: " "))")
      }
      if !r.exclusions.isEmpty {
        print(
          "exclusions: \(r.exclusions.map { "\($0.id) (\($0.examples))" }.joined(separator: ", "))")
      }
      if !r.unexercised.isEmpty {
        print(
          "without a working example: \(r.unexercised.map { "\($0.id) (\($0.source))" }.joined(separator: ", "))"
        )
      }
    }

    func printLines(_ r: LexiconCoverage) {
      for row in r.rows where !covered || !row.patterns.isEmpty {
        let record: [String: Any] = [
          "code": row.code, "name": row.name, "patterns": row.patterns, "examples": row.examples,
        ]
        guard
          let data = try? JSONSerialization.data(
            withJSONObject: record, options: [.sortedKeys, .withoutEscapingSlashes])
        else { continue }
        print(String(decoding: data, as: UTF8.self))
      }
    }
  }
}

extension String {
  /// The string with spaces before it up to `width` characters.
  fileprivate func leftPadded(_ width: Int) -> String {
    count >= width ? self : String(repeating: " ", count: width - count) + self
  }
}
