import ArgumentParser
import DetenteCore
import Foundation

/// `detente code`: codes articles and prints events.
struct Code: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Code articles into events.",
    discussion:
      "PATH may be a file, a folder (read recursively: .txt .md .html .htm .jsonl .ndjson) or - for standard input. Problems with an input are reported as FILE:LINE: error: … on standard error; the other inputs are still coded and the exit status is 1."
  )

  @Option(
    name: .shortAndLong,
    help:
      "Output format: jsonl, csv, tsv, table, gdelt (GDELT 1.0's event table: 58 tab-separated columns, no header) or plover (PLOVER JSON records, one a line); default: table on a terminal, jsonl otherwise. See docs/formats.md."
  )
  var format: EventFormat?

  @OptionGroup var input: InputOptions

  @Flag(name: .long, help: "Also print events that have a source but no target.")
  var includeUntargeted = false

  @Option(
    name: .long,
    help:
      "Pieces of input (a file, or about 256 KB of JSON Lines) coded at the same time (default: two per core); the output is the same for any value."
  )
  var jobs: Int?

  @Argument(help: "Article files or folders, or - for standard input.")
  var paths: [String]

  func validate() throws {
    if paths.isEmpty {
      throw ValidationError("give at least one article file or folder (or - for standard input)")
    }
  }

  func run() async throws {
    let lex = try loadLexicon(input.lexicon)
    let loader = input.loader
    let (files, expandProblems) = loader.expand(paths)
    let coder = EventCoder(lexicon: lex, includeUntargeted: includeUntargeted)
    let fmt = format ?? (isatty(1) != 0 ? .table : .jsonl)
    var out = StandardOutput()
    if let h = fmt.header() { out.write(h + "\n") }
    var problems = expandProblems
    // Inputs are cut into pieces (a file, or about 256 KB of JSON Lines), read and coded
    // on all cores, a bounded number at a time, and printed in input order: the same input
    // gives the same output bytes whatever the number of cores, and memory stays flat.
    var pieces = InputPieces(files: files)
    let window = jobs ?? OrderedParallel.defaultWindow
    let pool = BufferPool(limit: window + 1)
    try await OrderedParallel.run(
      items: &pieces, window: window,
      transform: { piece -> ([UInt8], [ReadError]) in
        let loaded = loader.load(piece)
        // Room for about six times the text (what JSON Lines takes here), so that the buffer
        // is not copied as it grows; pages never written cost no memory.
        var text = 0
        for a in loaded.articles { text += a.body.utf8.count }
        var bytes = pool.take(capacity: text * 6 + 4096)
        let workspace = EventCoder.Workspace()
        var problems = loaded.problems
        for article in loaded.articles {
          if fmt == .jsonl {
            coder.appendJSONLines(article, to: &bytes, workspace: workspace)
          } else {
            fmt.append(coder.code(article, workspace: workspace), to: &bytes)
          }
          if workspace.longSentences > 0 {
            problems.append(.longSentences(workspace.longSentences, in: article))
          }
        }
        return (bytes, problems)
      },
      consume: { bytes, found in
        out.write(bytes)
        pool.give(bytes)
        problems += found
      })
    out.flush()
    var failed = false
    for p in problems {
      FileHandle.standardError.write((p.description + "\n").data(using: .utf8)!)
      if !p.isHarmless(dated: input.date != nil) { failed = true }
    }
    try out.finish()
    if failed { throw ExitCode(1) }
  }
}

extension EventFormat: ExpressibleByArgument {}

/// Buffered writes to standard output.
///
/// A failed write (a full disk, a closed pipe) is remembered, later writes are dropped, and
/// `finish()` reports it: the command then fails rather than print half its output and succeed.
struct StandardOutput {
  var buffer: [UInt8] = []
  /// The `errno` of the first failed write.
  private(set) var failure: Int32?

  mutating func write(_ s: String) { write(Array(s.utf8)) }

  mutating func write(_ bytes: [UInt8]) {
    // (A large block goes out as it is: neither copied nor kept, so its owner may reuse it.)
    if buffer.isEmpty && bytes.count > 1 << 16 {
      bytes.withUnsafeBytes { put($0) }
      return
    }
    buffer.append(contentsOf: bytes)
    if buffer.count > 1 << 16 { flush() }
  }

  mutating func flush() {
    buffer.withUnsafeBytes { put($0) }
    buffer.removeAll(keepingCapacity: true)
  }

  private mutating func put(_ p: UnsafeRawBufferPointer) {
    var off = 0
    while failure == nil, off < p.count {
      let n = Foundation.write(1, p.baseAddress! + off, p.count - off)
      if n < 0 {
        if errno == EINTR { continue }
        failure = errno
      } else {
        off += n
      }
    }
  }

  /// Writes what is left; if any write failed, says so on standard error and fails.
  mutating func finish() throws {
    flush()
    if let e = failure {
      let reason = String(cString: strerror(e))
      FileHandle.standardError.write(
        "detente: error: cannot write the output: \(reason)\n".data(using: .utf8)!)
      throw ExitCode(1)
    }
  }
}

/// Byte buffers handed back after their bytes are written, so that the next piece of input
/// is coded into memory already touched rather than into fresh pages.
final class BufferPool: @unchecked Sendable {
  private let lock = NSLock()
  private var free: [[UInt8]] = []
  private let limit: Int

  /// A pool that keeps at most `limit` buffers.
  init(limit: Int) { self.limit = limit }

  /// An empty buffer with room for at least `capacity` bytes.
  func take(capacity: Int) -> [UInt8] {
    lock.lock()
    var b = free.popLast() ?? []
    lock.unlock()
    // (Emptied here, not when given: by now the writer has let go of it, so it is not copied.)
    b.removeAll(keepingCapacity: true)
    b.reserveCapacity(capacity)
    return b
  }

  /// Keeps `buffer`'s memory for a later `take`.
  func give(_ buffer: [UInt8]) {
    lock.lock()
    if free.count < limit { free.append(buffer) }
    lock.unlock()
  }
}

/// Loads the bundled lexicon plus user files, or fails with every problem listed.
func loadLexicon(_ files: [String]) throws -> DetenteCore.Lexicon {
  if files.isEmpty {
    switch DetenteCore.Lexicon.bundled {
    case .success(let l): return l
    case .failure(let e):
      FileHandle.standardError.write("\(e)\n".data(using: .utf8)!)
      throw ExitCode(2)
    }
  }
  let (lex, errors) = DetenteCore.Lexicon.load(userFiles: files)
  for e in errors { FileHandle.standardError.write("\(e)\n".data(using: .utf8)!) }
  guard let l = lex, errors.isEmpty else { throw ExitCode(2) }
  return l
}
