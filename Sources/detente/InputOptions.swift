import ArgumentParser
import DetenteCore
import Foundation

/// The options shared by the commands that read and code articles: extra lexicon files and
/// the date for articles that give none.
struct InputOptions: ParsableArguments {
  @Option(
    name: .long,
    help: ArgumentHelp(
      "Add a lexicon file (repeatable); its entries take precedence.", valueName: "FILE"))
  var lexicon: [String] = []

  @Option(
    name: .long,
    help: ArgumentHelp(
      "Date for articles that give none (YYYY-MM-DD); otherwise the file's modification date is used.",
      valueName: "DATE"))
  var date: String?

  func validate() throws {
    if let d = date, CivilDate.strict(d) == nil {
      throw ValidationError("--date \(d) is not a date; write it as YYYY-MM-DD")
    }
  }

  /// A reader that dates undated articles with `--date`, else with the file's time.
  var loader: ArticleLoader {
    ArticleLoader(fallback: date.flatMap(CivilDate.strict).map { .date($0) } ?? .fileTime)
  }

  /// Reads `paths`, analyses each article (every stage kept) and hands it to `body` with the
  /// output; then reports the input's problems on standard error and throws exit status 1 when
  /// one is more than an undated article that `--date` dated (as `detente code` does).
  func analyzeEach(
    _ paths: [String], _ body: (EventCoder.Analysis, inout StandardOutput) throws -> Void
  ) throws {
    let coder = EventCoder(lexicon: try loadLexicon(lexicon), includeUntargeted: true)
    let loaded = loader.load(paths)
    var out = StandardOutput()
    for article in loaded.articles { try body(coder.analyze(article), &out) }
    out.flush()
    var failed = false
    for p in loaded.problems {
      FileHandle.standardError.write((p.description + "\n").data(using: .utf8)!)
      if !(p.kind == .noDate && date != nil) { failed = true }
    }
    // (Input problems are reported even when the output could not be written.)
    try out.finish()
    if failed { throw ExitCode(1) }
  }
}
