/// A problem in a lexicon file, located by file and line.
public struct LexiconError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The lexicon file.
  public var file: String
  /// The 1-based line, or 0 when the whole file (or the folder) is at fault.
  public var line: Int
  /// What is wrong and how to fix it.
  public var message: String

  /// Creates an error.
  public init(file: String, line: Int, _ message: String) {
    self.file = file
    self.line = line
    self.message = message
  }

  /// `file:line: error: message` (`file: error: message` when no line is at fault).
  public var description: String {
    line > 0 ? "\(file):\(line): error: \(message)" : "\(file): error: \(message)"
  }
}
