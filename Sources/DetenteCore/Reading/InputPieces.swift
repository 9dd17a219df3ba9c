import Foundation

/// A piece of input small enough to read and code on one core: a whole article file, or a run
/// of whole lines of a JSON Lines file (so a large batch file is coded on every core and never
/// held in memory at once).
public struct InputPiece: Sendable {
  /// What the piece holds.
  public enum Content: Sendable {
    /// A whole file (or `-`), read with `ArticleLoader.loadFile`.
    case file
    /// Whole lines of a JSON Lines file, starting at line `firstLine`.
    case lines([UInt8], firstLine: Int)
    /// A whole input already read (standard input that is not JSON Lines).
    case whole([UInt8])
    /// A problem found while cutting the file into pieces (empty, binary, unreadable).
    case problem(ReadError)
  }

  /// The file the piece comes from, as given (or `-`).
  public var path: String
  /// The piece's content.
  public var content: Content

  /// A piece of `path` holding `content`.
  public init(path: String, content: Content) {
    self.path = path
    self.content = content
  }
}

/// Cuts files into pieces, reading JSON Lines files a block at a time and ending each piece on
/// a line break. Not thread-safe: one reader feeds the workers.
public struct InputPieces: IteratorProtocol {
  /// About how many bytes of JSON Lines go into one piece.
  public var pieceSize: Int

  private var files: [String]
  private var nextFile = 0
  private var open: OpenFile?

  private final class OpenFile {
    let path: String
    let handle: FileHandle
    var carry: [UInt8] = []
    var line = 1
    var sawText = false
    var done = false
    init(path: String, handle: FileHandle) {
      self.path = path
      self.handle = handle
    }
    deinit { if path != "-" { try? handle.close() } }
  }

  /// Pieces of `files` (as expanded by `ArticleLoader.expand`), in order.
  public init(files: [String], pieceSize: Int = 1 << 18) {
    self.files = files
    self.pieceSize = max(1, pieceSize)
  }

  /// Whether a file is read as JSON Lines: by extension, or (without one) when its first byte
  /// that is not white space is `{`.
  public static func isJSONLines(path: String, head: [UInt8]) -> Bool {
    let name = path == "-" ? "stdin" : (path as NSString).lastPathComponent
    let ext = (name as NSString).pathExtension.lowercased()
    if ext == "jsonl" || ext == "ndjson" { return true }
    guard ext.isEmpty else { return false }
    var h = head[...]
    if h.starts(with: [0xEF, 0xBB, 0xBF]) { h = h.dropFirst(3) }
    return h.first { !isBlank($0) } == UInt8(ascii: "{")
  }

  /// Whether a file's extension alone says it is read whole (`.txt`, `.html`, …): any
  /// extension but `.jsonl` and `.ndjson` (see `isJSONLines`).
  static func isWholeFile(path: String) -> Bool {
    let ext = (path as NSString).pathExtension.lowercased()
    return !ext.isEmpty && ext != "jsonl" && ext != "ndjson"
  }

  /// The white space an empty file may hold.
  static func isBlank(_ b: UInt8) -> Bool { b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 }

  /// The next piece, or `nil` after the last file.
  public mutating func next() -> InputPiece? {
    while true {
      if let f = open {
        if let piece = nextPiece(f) { return piece }
        open = nil
        continue
      }
      guard nextFile < files.count else { return nil }
      let path = files[nextFile]
      nextFile += 1
      // A file whose extension says it is not JSON Lines is read whole by a worker: opening it
      // here to look at its first bytes cost the one reader that feeds every core some 45 µs a
      // file.
      if path != "-", Self.isWholeFile(path: path) { return InputPiece(path: path, content: .file) }
      let handle: FileHandle?
      if path == "-" {
        handle = FileHandle.standardInput
      } else {
        var isDir: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDir)
        handle = exists && !isDir.boolValue ? FileHandle(forReadingAtPath: path) : nil
      }
      // Missing or unreadable files are reported by the whole-file reader.
      guard let handle else { return InputPiece(path: path, content: .file) }
      let f = OpenFile(path: path, handle: handle)
      let head = read(f, 8192)
      guard Self.isJSONLines(path: path, head: head) else {
        if path == "-" {
          // Standard input cannot be read twice: keep what was read and read the rest.
          let rest = (try? handle.readToEnd()) ?? Data()
          return InputPiece(path: path, content: .whole(head + rest))
        }
        return InputPiece(path: path, content: .file)
      }
      f.carry = head
      if f.carry.starts(with: [0xEF, 0xBB, 0xBF]) { f.carry.removeFirst(3) }
      if f.carry.contains(0) {
        return InputPiece(path: path, content: .problem(ArticleLoader.binaryProblem(path)))
      }
      open = f
    }
  }

  private func read(_ f: OpenFile, _ count: Int) -> [UInt8] {
    guard !f.done else { return [] }
    let data = (try? f.handle.read(upToCount: count)) ?? Data()
    if data.isEmpty { f.done = true }
    return [UInt8](data)
  }

  /// The next run of whole lines of an open JSON Lines file.
  private func nextPiece(_ f: OpenFile) -> InputPiece? {
    while f.carry.count < pieceSize, !f.done {
      f.carry += read(f, pieceSize)
    }
    guard !f.carry.isEmpty else { return f.sawText ? nil : emptyFile(f) }
    // Cut after the last line break (or take everything at the end of the file).
    var cut = f.carry.count
    if !f.done, let nl = f.carry.lastIndex(of: 0x0A) { cut = nl + 1 }
    if !f.done, cut == f.carry.count, f.carry.last != 0x0A {
      // One line longer than a piece: read until it ends.
      while !f.done {
        let more = read(f, pieceSize)
        if let nl = more.firstIndex(of: 0x0A) {
          cut = f.carry.count + nl + 1
          f.carry += more
          break
        }
        f.carry += more
        cut = f.carry.count
      }
    }
    let bytes = Array(f.carry[..<cut])
    f.carry.removeFirst(cut)
    if !f.sawText, bytes.contains(where: { !Self.isBlank($0) }) { f.sawText = true }
    let first = f.line
    f.line += Self.lineBreaks(in: bytes)
    if !f.sawText, f.done, f.carry.isEmpty { return emptyFile(f) }
    return InputPiece(path: f.path, content: .lines(bytes, firstLine: first))
  }

  /// The number of new-line bytes in `bytes`, counted eight at a time.
  static func lineBreaks(in bytes: [UInt8]) -> Int {
    bytes.withUnsafeBufferPointer { b in
      var n = 0
      var i = 0
      let lows: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
      while i + 8 <= b.count {
        // A byte of `y` is zero where `x` has a new line; its high bit is set in `z` exactly there.
        let x = UnsafeRawPointer(b.baseAddress! + i).loadUnaligned(as: UInt64.self)
        let y = x ^ 0x0A0A_0A0A_0A0A_0A0A
        let z = ~(((y & lows) &+ lows) | y | lows)
        n += z.nonzeroBitCount
        i += 8
      }
      while i < b.count {
        if b[i] == 0x0A { n += 1 }
        i += 1
      }
      return n
    }
  }

  /// The one report for a file with nothing but white space in it.
  private func emptyFile(_ f: OpenFile) -> InputPiece {
    f.sawText = true
    return InputPiece(path: f.path, content: .problem(ArticleLoader.emptyProblem(f.path)))
  }
}
