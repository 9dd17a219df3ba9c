import ArgumentParser
import DetenteCore
import DetenteStore
import Foundation

/// `detente recode`: codes the stored articles again, after a lexicon change.
struct Recode: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Code the stored articles again with the current lexicons.",
    discussion:
      "Reads every stored article back, codes it with the bundled lexicons and any --lexicon files, and replaces its sentences, mentions and events, one article per transaction. Prints how many events changed."
  )

  @OptionGroup var store: StoreOptions

  @Option(
    name: .long,
    help: ArgumentHelp(
      "Add a lexicon file (repeatable); its entries take precedence.", valueName: "FILE"))
  var lexicon: [String] = []

  func run() async throws {
    let lex = try loadLexicon(lexicon)
    let db = try await store.openExisting()
    let before = try await db.counts()
    let coder = EventCoder(lexicon: lex)
    let articles = try await db.storedArticles()
    var progress = Progress(total: articles.count)
    var events = 0
    for a in articles {
      let coded = CodedArticle(coder.analyze(a))
      try await db.replaceCoding(coded)
      events += Set(coded.events.map(\.id)).count
      progress.step(events: events)
    }
    progress.clear()
    let after = try await db.counts()
    FileHandle.standardError.write(
      "\(articles.count) article(s) coded again: \(before.events) event(s) before, \(after.events) now\n"
        .data(using: .utf8)!)
  }
}
