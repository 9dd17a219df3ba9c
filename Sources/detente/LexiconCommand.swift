import ArgumentParser
import DetenteCore
import Foundation

/// `detente lexicon`: check lexicon files and see how names resolve.
struct LexiconCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "lexicon",
    abstract: "Check lexicon files, look names up, and count the patterns per CAMEO code.",
    subcommands: [Check.self, Lookup.self, Coverage.self]
  )

  struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract:
        "Validate the bundled lexicons and any FILEs (duplicate keys, unknown codes, bad dates).")

    @Argument(help: "User lexicon files to check together with the bundled ones.")
    var files: [String] = []

    func run() throws {
      let (lex, errors) = DetenteCore.Lexicon.load(userFiles: files)
      for e in errors { print(e) }
      if let l = lex {
        let counts = l.counts.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(
          separator: ", ")
        print("\(errors.isEmpty ? "ok" : "\(errors.count) problem(s)"): \(counts)")
      }
      if !errors.isEmpty { throw ExitCode(1) }
    }
  }

  struct Lookup: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Show how a name or phrase resolves, on a date.")

    @Argument(help: "The text to look up, e.g. \"the Russian president\".")
    var text: String

    @Option(help: "The date to resolve offices on (YYYY-MM-DD); default today.")
    var date: String?

    @Option(name: .long, help: ArgumentHelp("Add a lexicon file (repeatable).", valueName: "FILE"))
    var lexicon: [String] = []

    func run() throws {
      let lex = try loadLexicon(lexicon)
      let d =
        date.flatMap(CivilDate.strict)
        ?? {
          let days = Int(Date().timeIntervalSince1970 / 86_400)
          return CivilDate(dayNumber: days)
        }()
      let found = LexiconLookup(lexicon: lex).lookup(text, date: d)
      if found.isEmpty {
        print("no actor, place or time found in \"\(text)\"")
        throw ExitCode(1)
      }
      for line in found { print(line) }
    }
  }
}
