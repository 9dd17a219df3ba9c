import ArgumentParser
import DetenteCore
import DetenteStore
import Foundation

/// `detente ingest`: codes articles and keeps them, with their events, in the database.
struct Ingest: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Code articles and store them with their sentences, mentions and events.",
    discussion:
      "Each article is stored whole or not at all. The same article (by content hash) is stored once; an article whose content changed replaces its old version. Two ingests into one database take turns. Progress is shown on a terminal, never in pipes."
  )

  @OptionGroup var store: StoreOptions

  @OptionGroup var input: InputOptions

  @Argument(help: "Article files or folders, or - for standard input.")
  var paths: [String]

  @Flag(
    name: .long,
    help:
      "Also say what linking cost: events linked, stored meetings read as candidates per event, and time."
  )
  var stats = false

  func run() async throws {
    let lex = try loadLexicon(input.lexicon)
    let loader = input.loader
    let (files, expandProblems) = loader.expand(paths)
    let db = try await store.open()
    let coder = EventCoder(lexicon: lex)
    var progress = Progress(total: nil)
    var tally: [IngestOutcome: Int] = [:]
    var events = 0
    var read = 0
    var failed = false
    var problems = expandProblems
    // Inputs are cut into pieces (a file, or about 256 KB of JSON Lines), read and coded on
    // all cores (a bounded number at a time) and stored in input order, each article whole or
    // not at all.
    var pieces = InputPieces(files: files)
    // Coded articles wait here until a write transaction's worth has gathered, or the store
    // is idle and a quarter of a second has passed since the last write began (a slow input is
    // stored as it goes). One batch is written while the next is coded.
    var waiting: [CodedArticle] = []
    var lastWrite = ContinuousClock.now
    var writing: PendingWrite?
    func finishWriting() async throws {
      guard let w = writing else { return }
      writing = nil
      // Stored a few thousand articles per write transaction, each article whole or not at all.
      let outcomes: [Result<IngestOutcome, any Error>]
      do {
        outcomes = try await w.outcomes.value
      } catch {
        // (The disk is full, the file went away: nothing of this batch was kept.)
        progress.clear()
        let kept = tally.values.reduce(0, +)
        FileHandle.standardError.write(
          "\(store.name): error: cannot store the next \(w.articles.count) article(s): \(storeFailureDescription(error))\(storeWriteHint(error)); the \(kept) article(s) before them are stored, none half-written\n"
            .data(using: .utf8)!)
        throw ExitCode(1)
      }
      for (article, outcome) in zip(w.articles, outcomes) {
        read += 1
        switch outcome {
        case .success(let o):
          tally[o, default: 0] += 1
          if o != .unchanged { events += article.events.count }
        case .failure(let error):
          failed = true
          progress.clear()
          FileHandle.standardError.write(
            "\(article.article.path): error: not stored: \(error)\n".data(using: .utf8)!)
        }
        progress.step(events: events)
      }
    }
    try await OrderedParallel.run(
      items: &pieces, window: OrderedParallel.defaultWindow,
      transform: { piece in codePiece(piece, loader, coder) },
      consume: { coded, found in
        problems += found
        waiting += coded
        if waiting.count >= db.articlesPerTransaction
          || (writing?.isOver ?? true) && ContinuousClock.now - lastWrite > .milliseconds(250)
        {
          try await finishWriting()
          writing = PendingWrite(waiting, into: db)
          waiting = []
          lastWrite = ContinuousClock.now
        }
      })
    try await finishWriting()
    if !waiting.isEmpty {
      writing = PendingWrite(waiting, into: db)
      try await finishWriting()
    }
    progress.clear()
    for p in problems {
      FileHandle.standardError.write((p.description + "\n").data(using: .utf8)!)
      if !p.isHarmless(dated: input.date != nil) { failed = true }
    }
    let (articles, stored) = try await db.counts()
    let summary =
      "\(read) article(s) read: \(tally[.added, default: 0]) added, \(tally[.replaced, default: 0]) replaced, \(tally[.unchanged, default: 0]) unchanged, \(events) event(s) stored; \(store.name) holds \(articles) article(s), \(stored) event(s)\n"
    FileHandle.standardError.write(summary.data(using: .utf8)!)
    if stats {
      let (linked, candidates, seconds) = LinkStatistics.totals
      let per = linked > 0 ? Double(candidates) / Double(linked) : 0
      let ms = linked > 0 ? seconds * 1000 / Double(linked) : 0
      FileHandle.standardError.write(
        "linking: \(linked) event(s), \(String(format: "%.2f", per)) stored cluster(s) read per event, \(String(format: "%.3f", ms)) ms per event (\(String(format: "%.2f", seconds)) s)\n"
          .data(using: .utf8)!)
    }
    if failed { throw ExitCode(1) }
  }
}

/// A progress line on a terminal (articles, events, rate); nothing in pipes or CI.
struct Progress {
  /// How many items there are, when known.
  let total: Int?
  let enabled = isatty(2) != 0 && ProcessInfo.processInfo.environment["CI"] == nil
  let start = Date()
  var done = 0
  var last = Date.distantPast

  init(total: Int?) { self.total = total }

  mutating func step(events: Int) {
    done += 1
    guard enabled, Date().timeIntervalSince(last) > 0.2 || done == total else { return }
    last = Date()
    let rate = Double(done) / max(Date().timeIntervalSince(start), 0.001)
    let count = total.map { "\(done)/\($0)" } ?? "\(done)"
    let line = "\r\(count) articles, \(events) events, \(Int(rate)) articles/s "
    FileHandle.standardError.write(line.data(using: .utf8)!)
  }

  func clear() {
    guard enabled, done > 0 else { return }
    FileHandle.standardError.write("\r\u{1B}[K".data(using: .utf8)!)
  }
}

/// Reads and codes one piece of input: its articles ready to store, and the problems to
/// report (a long sentence cut among them).
func codePiece(_ piece: InputPiece, _ loader: ArticleLoader, _ coder: EventCoder)
  -> ([CodedArticle], [ReadError])
{
  let loaded = loader.load(piece)
  var problems = loaded.problems
  let coded = loaded.articles.map { article in
    let analysis = coder.analyze(article)
    if analysis.longSentences > 0 {
      problems.append(.longSentences(analysis.longSentences, in: article))
    }
    return CodedArticle(analysis)
  }
  return (coded, problems)
}
