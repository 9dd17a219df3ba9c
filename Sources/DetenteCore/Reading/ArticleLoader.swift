import Foundation

/// Turns command-line inputs (files, folders read recursively, `-` for standard input) into
/// articles, choosing a reader by extension or content, and reports every bad input without
/// stopping the others.
public struct ArticleLoader: Sendable {
  /// What to do for an article in which no date can be found.
  public enum DateFallback: Sendable, Hashable {
    /// Use this date and mark the article's date source as `option`.
    case date(CivilDate)
    /// Use the file's modification time and mark the date source as `file-time`.
    case fileTime
  }

  /// The date fallback for articles without a findable date.
  public var fallback: DateFallback
  /// File extensions read when walking a folder.
  public static let extensions: Set<String> = [
    "txt", "md", "markdown", "text", "html", "htm", "jsonl", "ndjson",
  ]

  /// The longest body coded, in bytes of UTF-8: a longer article is cut at the last paragraph
  /// (or sentence) break before it, with a warning, so that one record cannot take the
  /// memory of a whole run.
  public var maximumBodyBytes: Int
  /// The default `maximumBodyBytes`: 4 MiB, a long book.
  public static let defaultMaximumBodyBytes = 4 << 20

  /// Creates a loader.
  public init(fallback: DateFallback = .fileTime, maximumBodyBytes: Int = defaultMaximumBodyBytes) {
    self.fallback = fallback
    self.maximumBodyBytes = max(1, maximumBodyBytes)
  }

  /// The result of loading: articles in input order, and problems found on the way.
  public struct Result: Sendable {
    /// Articles read successfully, possibly with warnings.
    public var articles: [Article] = []
    /// Errors (inputs skipped) and warnings (inputs used with a caveat).
    public var problems: [ReadError] = []
    /// Whether any problem was an error rather than a warning.
    public var hasErrors: Bool { problems.contains { !$0.isWarning } }
  }

  /// Expands folders into their readable files, sorted, so output order is stable.
  public func expand(_ inputs: [String]) -> (files: [String], problems: [ReadError]) {
    var files: [String] = []
    var problems: [ReadError] = []
    let fm = FileManager.default
    for input in inputs {
      if input == "-" {
        files.append(input)
        continue
      }
      var isDir: ObjCBool = false
      guard fm.fileExists(atPath: input, isDirectory: &isDir) else {
        problems.append(ReadError(.missing, path: input, "no such file or folder"))
        continue
      }
      if isDir.boolValue {
        guard let walker = fm.enumerator(atPath: input) else {
          problems.append(ReadError(.unreadable, path: input, "the folder cannot be listed"))
          continue
        }
        var found: [String] = []
        while let rel = walker.nextObject() as? String {
          let ext = (rel as NSString).pathExtension.lowercased()
          let name = (rel as NSString).lastPathComponent
          if name.hasPrefix(".") { continue }
          if Self.extensions.contains(ext) {
            found.append((input as NSString).appendingPathComponent(rel))
          }
        }
        files += found.sorted()
      } else {
        files.append(input)
      }
    }
    return (files, problems)
  }

  /// Loads every input.
  public func load(_ inputs: [String]) -> Result {
    var result = Result()
    let (files, problems) = expand(inputs)
    result.problems += problems
    var pieces = InputPieces(files: files)
    while let piece = pieces.next() {
      let r = load(piece)
      result.articles += r.articles
      result.problems += r.problems
    }
    return result
  }

  /// Loads one piece of input (see `InputPieces`).
  public func load(_ piece: InputPiece) -> Result {
    switch piece.content {
    case .file: return loadFile(piece.path)
    case .whole(let bytes): return load(Data(bytes), path: piece.path)
    case .problem(let p): return Result(articles: [], problems: [p])
    case .lines(let bytes, let firstLine):
      var result = Result()
      let (articles, errors) = JSONLinesReader().read(
        bytes, firstLine: firstLine, stem: Self.stem(piece.path), path: piece.path)
      result.problems += errors
      for a in articles { result.articles.append(finish(a, &result.problems)) }
      return result
    }
  }

  /// The name an input's records are known by when they carry no id: the file name without
  /// its extension (`stdin` for standard input).
  static func stem(_ path: String) -> String {
    let name = path == "-" ? "stdin" : (path as NSString).lastPathComponent
    let ext = (name as NSString).pathExtension
    return ext.isEmpty ? name : (name as NSString).deletingPathExtension
  }

  /// Loads one file (or `-`).
  public func loadFile(_ path: String) -> Result {
    var result = Result()
    let data: Data
    if path == "-" {
      data = FileHandle.standardInput.readDataToEndOfFile()
    } else {
      guard FileManager.default.isReadableFile(atPath: path),
        let d = FileManager.default.contents(atPath: path)
      else {
        let exists = FileManager.default.fileExists(atPath: path)
        result.problems.append(
          ReadError(
            exists ? .unreadable : .missing, path: path,
            exists ? "the file cannot be read (check its permissions)" : "no such file"))
        return result
      }
      data = d
    }
    return load(data, path: path)
  }

  /// Reads the bytes of one input, choosing a reader by extension or content.
  func load(_ data: Data, path: String) -> Result {
    var result = Result()
    let decoded = decode(data, path: path)
    guard let text = decoded.text else {
      result.problems += decoded.problems
      return result
    }
    let name = path == "-" ? "stdin" : (path as NSString).lastPathComponent
    let ext = (name as NSString).pathExtension.lowercased()
    let stem = Self.stem(path)
    // The first 512 bytes in ASCII lower case, searched as bytes (`String.contains` with a
    // string goes through Foundation's locale-aware search, a tenth of a small file's time).
    let head = text.utf8.prefix(512).map { $0 >= 65 && $0 <= 90 ? $0 | 0x20 : $0 }
    if ext == "jsonl" || ext == "ndjson" || (ext.isEmpty && head.first == UInt8(ascii: "{")) {
      let (articles, errors) = JSONLinesReader().read(text, stem: stem, path: path)
      result.problems += errors
      for a in articles { result.articles.append(finish(a, &result.problems)) }
      return result
    }
    let read: (Article, [ReadError])
    if ext == "html" || ext == "htm" || Self.contains(head, "<html")
      || Self.contains(head, "<!doctype html")
    {
      read = HTMLReader().read(text, id: stem, path: path)
    } else {
      read = CrawlTextReader().read(text, id: stem, path: path)
    }
    result.problems += read.1
    result.articles.append(finish(read.0, &result.problems))
    return result
  }

  /// Whether `bytes` hold `pattern`'s bytes in a row.
  static func contains(_ bytes: [UInt8], _ pattern: String) -> Bool {
    let p = Array(pattern.utf8)
    guard !p.isEmpty, bytes.count >= p.count else { return p.isEmpty }
    return (0...(bytes.count - p.count)).contains { i in bytes[i..<(i + p.count)].elementsEqual(p) }
  }

  func decode(_ data: Data, path: String) -> (text: String?, problems: [ReadError]) {
    if data.allSatisfy(InputPieces.isBlank) { return (nil, [Self.emptyProblem(path)]) }
    if data.prefix(8192).contains(0) { return (nil, [Self.binaryProblem(path)]) }
    var bytes = [UInt8](data)
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
    if let bad = Self.firstInvalidUTF8(bytes) {
      let line = 1 + bytes[..<bad].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
      return (
        nil,
        [
          ReadError(
            .notUTF8, path: path, line: line,
            "the file is not valid UTF-8 (byte offset \(bad)); convert it first, e.g. iconv -f latin1 -t utf-8"
          )
        ]
      )
    }
    return (String(decoding: bytes, as: UTF8.self), [])
  }

  /// The report for a file with nothing but white space in it.
  static func emptyProblem(_ path: String) -> ReadError {
    ReadError(.empty, path: path, "the file is empty; nothing to code")
  }

  /// The report for a file with NUL bytes near its start.
  static func binaryProblem(_ path: String) -> ReadError {
    ReadError(
      .binary, path: path,
      "the file looks binary (it contains NUL bytes); expected text, HTML or JSON Lines")
  }

  /// The offset of the first byte that is not part of a valid UTF-8 sequence, or `nil`.
  public static func firstInvalidUTF8(_ b: [UInt8]) -> Int? {
    b.withUnsafeBufferPointer { firstInvalidUTF8($0) }
  }

  /// The offset in `b` of the first byte that is not part of a valid UTF-8 sequence, or `nil`.
  static func firstInvalidUTF8(_ b: UnsafeBufferPointer<UInt8>) -> Int? {
    var i = 0
    let n = b.count
    while i < n {
      // Plain ASCII, eight bytes at a time.
      if i + 8 <= n,
        UnsafeRawPointer(b.baseAddress! + i).loadUnaligned(as: UInt64.self)
          & 0x8080_8080_8080_8080 == 0
      {
        i += 8
        continue
      }
      let c = b[i]
      if c < 0x80 {
        i += 1
        continue
      }
      var need = 0
      var minValue: UInt32 = 0
      var v: UInt32 = 0
      if c & 0xE0 == 0xC0 {
        need = 1
        v = UInt32(c & 0x1F)
        minValue = 0x80
      } else if c & 0xF0 == 0xE0 {
        need = 2
        v = UInt32(c & 0x0F)
        minValue = 0x800
      } else if c & 0xF8 == 0xF0 {
        need = 3
        v = UInt32(c & 0x07)
        minValue = 0x10000
      } else {
        return i
      }
      for k in 1...need {
        guard i + k < n, b[i + k] & 0xC0 == 0x80 else { return i }
        v = (v << 6) | UInt32(b[i + k] & 0x3F)
      }
      if v < minValue || v > 0x10FFFF || (0xD800...0xDFFF).contains(v) { return i }
      i += need + 1
    }
    return nil
  }

  /// An article as read, cut to `maximumBodyBytes` and dated.
  func finish(_ article: Article, _ problems: inout [ReadError]) -> Article {
    resolveDate(limitLength(article, &problems), &problems)
  }

  /// `article` with its body cut to `maximumBodyBytes`, and a warning if it was.
  func limitLength(_ article: Article, _ problems: inout [ReadError]) -> Article {
    let n = article.body.utf8.count
    guard n > maximumBodyBytes else { return article }
    var a = article
    a.body = Self.prefix(of: a.body, atMost: maximumBodyBytes)
    problems.append(
      ReadError(
        .tooLong, path: a.path, line: a.problemLine,
        "article \(a.id) is \(Self.size(n)) long; only its first \(Self.size(a.body.utf8.count)) were coded (the limit is --max-article-size \(Self.size(maximumBodyBytes)))",
        warning: true))
    return a
  }

  /// The first `limit` bytes of `body` or fewer, ending at its last paragraph break past the
  /// limit's half, else at its last sentence stop or space, else at a character's boundary.
  static func prefix(of body: String, atMost limit: Int) -> String {
    let bytes = Array(body.utf8.prefix(limit + 1))
    guard bytes.count > limit else { return body }
    var end = limit
    func lastBreak(_ isBreak: (Int) -> Bool) -> Int? {
      var i = limit - 1
      while i > limit / 2 {
        if isBreak(i) { return i }
        i -= 1
      }
      return nil
    }
    if let p = lastBreak({ bytes[$0] == 0x0A && bytes[$0 - 1] == 0x0A }) {
      end = p - 1
    } else if let s = lastBreak({ bytes[$0] == 0x20 && bytes[$0 - 1] == UInt8(ascii: ".") }) {
      end = s
    } else if let w = lastBreak({ bytes[$0] == 0x20 }) {
      end = w
    } else {
      while end > 0, bytes[end] & 0xC0 == 0x80 { end -= 1 }
    }
    return String(decoding: bytes[..<end], as: UTF8.self)
  }

  /// A size in bytes as people read it: "812 KB", "4.0 MB".
  static func size(_ bytes: Int) -> String {
    if bytes < 1 << 20 { return "\((bytes + 512) >> 10) KB" }
    return String(format: "%.1f MB", Double(bytes) / Double(1 << 20))
  }

  func resolveDate(_ article: Article, _ problems: inout [ReadError]) -> Article {
    guard article.published == nil else { return article }
    var a = article
    switch fallback {
    case .date(let d):
      a.published = d
      a.dateSource = .option
      problems.append(
        ReadError(
          .noDate, path: a.path, line: a.problemLine,
          "no date found in article \(a.id); using --date \(d)", warning: true))
    case .fileTime:
      if a.path != "-",
        let attrs = try? FileManager.default.attributesOfItem(atPath: a.path),
        let m = attrs[.modificationDate] as? Date
      {
        let days = Int((m.timeIntervalSince1970 / 86_400).rounded(.down))
        a.published = CivilDate(dayNumber: days)
        a.dateSource = .fileTime
        problems.append(
          ReadError(
            .noDate, path: a.path, line: a.problemLine,
            "no date found in article \(a.id); using the file's modification date \(a.published!) (give --date to set one)",
            warning: true))
      } else {
        problems.append(
          ReadError(
            .noDate, path: a.path, line: a.problemLine,
            "no date found in article \(a.id) and none given with --date; relative times are left unresolved",
            warning: true))
      }
    }
    return a
  }
}
