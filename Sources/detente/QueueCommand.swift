import ArgumentParser
import DetenteCore
import DetentePostgres
import DetenteStore
import Foundation

/// `detente queue`: the work queue of a PostgreSQL store, which workers on many machines take
/// pieces from.
struct QueueCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "queue",
    abstract: "Queue article files for workers on many machines (PostgreSQL stores only).",
    discussion:
      "Pieces are whole files, or blocks of about 256 KB of a JSON Lines file. `detente worker --db URL` takes them one at a time, codes and stores them, and marks each done in the transaction that stores its articles.",
    subcommands: [Add.self, Status.self]
  )

  /// `detente queue add`: records pieces of work.
  struct Add: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Add files and folders to the queue (each file once; its absolute path is kept).",
      discussion:
        "Every worker must be able to open the files by the same absolute path (a shared disk). Adding a file already queued adds nothing."
    )

    @OptionGroup var store: StoreOptions

    @Argument(help: "Article files or folders.")
    var paths: [String]

    func run() async throws {
      let db = try await openQueue(store)
      let (files, problems) = ArticleLoader(fallback: .fileTime).expand(paths)
      var pieces: [QueuedPiece] = []
      var failed = !problems.isEmpty
      for p in problems {
        FileHandle.standardError.write((p.description + "\n").data(using: .utf8)!)
      }
      for file in files where file != "-" {
        let path = URL(fileURLWithPath: file).standardizedFileURL.path
        guard
          let head = FileHandle(forReadingAtPath: path).flatMap({ try? $0.read(upToCount: 512) })
        else {
          FileHandle.standardError.write(
            "\(file): error: cannot read it; not queued\n".data(using: .utf8)!)
          failed = true
          continue
        }
        if InputPieces.isJSONLines(path: path, head: Array(head)) {
          for block in try FileBlock.blocks(ofFile: path) {
            pieces.append(QueuedPiece(path: path, block: block))
          }
        } else {
          pieces.append(QueuedPiece(path: path, block: nil))
        }
      }
      let added: Int
      do { added = try await db.enqueue(pieces) } catch { throw storeFailure(store.name, error) }
      FileHandle.standardError.write(
        "\(added) piece(s) added, \(pieces.count - added) already queued, from \(files.count) file(s)\n"
          .data(using: .utf8)!)
      if failed { throw ExitCode(1) }
    }
  }

  /// `detente queue status`: how far the queue has got.
  struct Status: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Show the queue: pieces waiting, taken, done and failed, and what was stored.")

    @OptionGroup var store: StoreOptions

    func run() async throws {
      let db = try await openQueue(store)
      let s: QueueStatus
      do { s = try await db.queueStatus() } catch { throw storeFailure(store.name, error) }
      var out = StandardOutput()
      for state in ["waiting", "taken", "expired", "done", "failed", "given up"] {
        out.write(
          state.padding(toLength: 9, withPad: " ", startingAt: 0)
            + "\(s.pieces[state, default: 0])\n")
      }
      out.write("stored   \(s.articles) article(s), \(s.events) event(s)\n")
      for f in s.failures {
        let place =
          f.block.map { " (line \($0.firstLine), bytes \($0.firstByte)–\($0.endByte))" } ?? ""
        out.write("\(f.path)\(place): \(f.problem)\n")
      }
      out.flush()
    }
  }
}

/// Opens the PostgreSQL store a queue command names, or says that the queue needs one.
func openQueue(_ store: StoreOptions) async throws -> PostgresStore {
  guard store.isServer else {
    FileHandle.standardError.write(
      "\(store.name): error: the work queue lives in a PostgreSQL store; give --db postgres://USER@HOST/DATABASE\n"
        .data(using: .utf8)!)
    throw ExitCode(2)
  }
  guard let db = try await store.open() as? PostgresStore else { throw ExitCode(1) }
  return db
}
