import ArgumentParser
import DetenteCore
import DetentePostgres
import DetenteStore
import Foundation

/// `detente worker`: takes pieces from a PostgreSQL store's queue, codes and stores them.
struct Worker: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Take pieces from the queue, code and store them (PostgreSQL stores only).",
    discussion:
      "Run one worker per core, on as many machines as you like. A piece is marked done in the transaction that stores its articles; a worker killed half-way leaves its piece to another worker once its lease runs out, and nothing is stored twice (articles are kept once by content hash). Without --follow, the worker stops when no piece is left."
  )

  @OptionGroup var store: StoreOptions

  @OptionGroup var input: InputOptions

  @Option(
    help: ArgumentHelp(
      "Seconds a piece stays this worker's before another may take it.", valueName: "SECONDS"))
  var lease: Int = 600

  @Flag(help: "Wait for new pieces when the queue is empty instead of stopping.")
  var follow = false

  @Option(
    help: ArgumentHelp(
      "The worker's name in the queue (default: host and process id).", valueName: "NAME"))
  var name: String?

  func validate() throws {
    guard lease >= 1 else { throw ValidationError("--lease must be at least 1 second") }
  }

  func run() async throws {
    let lex = try loadLexicon(input.lexicon)
    let db = try await openQueue(store)
    let loader = input.loader
    let coder = EventCoder(lexicon: lex)
    let me = name ?? "\(ProcessInfo.processInfo.hostName):\(getpid())"
    var done = 0
    var stored = 0
    while true {
      let taken: QueuedPiece?
      do { taken = try await db.takePiece(worker: me, lease: lease) } catch {
        throw storeFailure(store.name, error)
      }
      guard let piece = taken else {
        if follow {
          try await Task.sleep(for: .seconds(2))
          continue
        }
        break
      }
      let (articles, problems, unreadable) = read(piece, loader, coder)
      do {
        if let unreadable {
          try await db.fail(piece, problem: unreadable)
          FileHandle.standardError.write(
            "\(piece.path): error: \(unreadable)\n".data(using: .utf8)!)
          continue
        }
        let results = try await db.finish(piece, worker: me, articles: articles, problems: problems)
        for (a, r) in zip(articles, results) {
          if case .failure(let e) = r {
            FileHandle.standardError.write(
              "\(a.article.path): error: not stored: \(e)\n".data(using: .utf8)!)
          }
        }
      } catch {
        throw storeFailure(store.name, error)
      }
      for p in problems { FileHandle.standardError.write((p + "\n").data(using: .utf8)!) }
      done += 1
      stored += articles.count
    }
    FileHandle.standardError.write(
      "\(me): \(done) piece(s) done, \(stored) article(s) coded and stored\n".data(using: .utf8)!)
  }

  /// Reads and codes a piece: its articles, the problems to report, and why it could not be
  /// read at all (its file is gone).
  func read(_ piece: QueuedPiece, _ loader: ArticleLoader, _ coder: EventCoder)
    -> ([CodedArticle], [String], String?)
  {
    let input: InputPiece
    if let block = piece.block {
      do { input = try block.piece(ofFile: piece.path) } catch {
        return (
          [], [],
          "cannot read bytes \(block.firstByte)–\(block.endByte): \(error.localizedDescription)"
        )
      }
    } else {
      guard FileManager.default.isReadableFile(atPath: piece.path) else {
        return ([], [], "cannot read the file (is it on a disk this worker sees?)")
      }
      input = InputPiece(path: piece.path, content: .file)
    }
    let (coded, problems) = codePiece(input, loader, coder)
    return (coded, problems.map(\.description), nil)
  }
}
