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
}
