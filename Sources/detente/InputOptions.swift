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

  @Option(
    name: .long,
    help: ArgumentHelp(
      "Longest article body coded, in bytes or with K or M (default 4M); a longer article is cut at a paragraph break before it, with a warning.",
      valueName: "SIZE"))
  var maxArticleSize: String?

  func validate() throws {
    if let d = date, CivilDate.strict(d) == nil {
      throw ValidationError("--date \(d) is not a date; write it as YYYY-MM-DD")
    }
    if let s = maxArticleSize, Self.bytes(s) == nil {
      throw ValidationError(
        "--max-article-size \(s) is not a size; write it as bytes or with K or M, such as 512K or 8M"
      )
    }
  }

  /// A reader that dates undated articles with `--date`, else with the file's time, and cuts
  /// articles longer than `--max-article-size`.
  var loader: ArticleLoader {
    ArticleLoader(
      fallback: date.flatMap(CivilDate.strict).map { .date($0) } ?? .fileTime,
      maximumBodyBytes: maxArticleSize.flatMap(Self.bytes) ?? ArticleLoader.defaultMaximumBodyBytes)
  }

  /// "512K", "8M" or a number of bytes, as bytes; nil for anything else or for zero.
  static func bytes(_ size: String) -> Int? {
    var digits = Substring(size.trimmingCharacters(in: .whitespaces))
    var unit = 1
    switch digits.last?.uppercased() {
    case "K": unit = 1 << 10
    case "M": unit = 1 << 20
    case "G": unit = 1 << 30
    default: break
    }
    if unit > 1 { digits = digits.dropLast() }
    guard let n = Int(digits), n > 0, n <= Int.max / unit else { return nil }
    return n * unit
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
    var problems = loaded.problems
    for article in loaded.articles {
      let analysis = coder.analyze(article)
      if analysis.longSentences > 0 {
        problems.append(.longSentences(analysis.longSentences, in: article))
      }
      try body(analysis, &out)
    }
    out.flush()
    var failed = false
    for p in problems {
      FileHandle.standardError.write((p.description + "\n").data(using: .utf8)!)
      if !p.isHarmless(dated: date != nil) { failed = true }
    }
    // (Input problems are reported even when the output could not be written.)
    try out.finish()
    if failed { throw ExitCode(1) }
  }
}
