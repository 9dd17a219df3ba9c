/// A problem in a lexicon file, located by file and line.
public struct LexiconError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The lexicon file.
  public var file: String
  /// The 1-based line.
  public var line: Int
  /// What is wrong and how to fix it.
  public var message: String

  /// Creates an error.
  public init(file: String, line: Int, _ message: String) {
    self.file = file
    self.line = line
    self.message = message
  }

  /// `file:line: error: message`.
  public var description: String { "\(file):\(line): error: \(message)" }
}
