/// A problem with an input, located by file and line, with a message a user can act on.
public struct ReadError: Error, Sendable, Hashable, CustomStringConvertible {
  /// What kind of problem it is.
  public enum Kind: String, Sendable, Hashable {
    case missing, unreadable, binary, notUTF8, empty, malformedRecord, noDate, noBody, tooLong
    /// A sentence longer than `SentenceSplitter.maximumTokens`, read in pieces.
    case longSentence
  }
  /// The kind of problem.
  public var kind: Kind
  /// The file, or `-` for standard input.
  public var path: String
  /// The 1-based line, when one line is at fault.
  public var line: Int?
  /// What is wrong and what to do about it.
  public var message: String
  /// Whether the input was still used (a warning) rather than skipped (an error).
  public var isWarning: Bool

  /// Creates an error.
  public init(
    _ kind: Kind, path: String, line: Int? = nil, _ message: String, warning: Bool = false
  ) {
    self.kind = kind
    self.path = path
    self.line = line
    self.message = message
    self.isWarning = warning
  }

  /// `path:line: error: message`, the layout compilers use so editors can jump to it.
  public var description: String {
    let place = line.map { "\(path):\($0)" } ?? path
    return "\(place): \(isWarning ? "warning" : "error"): \(message)"
  }
}

extension ReadError {
  /// The warning for an article with `count` sentences longer than
  /// `SentenceSplitter.maximumTokens`, which were read in pieces.
  public static func longSentences(_ count: Int, in article: Article) -> ReadError {
    let which = count == 1 ? "a sentence" : "\(count) sentences"
    let each = count == 1 ? "it was" : "each was"
    return ReadError(
      .longSentence, path: article.path, line: article.problemLine,
      "article \(article.id) has \(which) longer than \(SentenceSplitter.maximumTokens) words; \(each) read in pieces of at most \(SentenceSplitter.maximumTokens)",
      warning: true)
  }

  /// Whether the problem leaves the output complete: an undated article dated with `--date`
  /// (when `dated`), or a long sentence read in pieces.
  public func isHarmless(dated: Bool) -> Bool {
    kind == .longSentence || (kind == .noDate && dated)
  }
}
