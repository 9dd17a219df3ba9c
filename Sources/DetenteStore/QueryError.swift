/// A filter value that cannot be used, with what to write instead.
public struct QueryError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The option or parameter (`--from`, `cameo`).
  public var option: String
  /// The value given.
  public var value: String
  /// What is wrong and what is expected.
  public var problem: String

  /// Creates an error.
  public init(option: String, value: String, problem: String) {
    self.option = option
    self.value = value
    self.problem = problem
  }

  public var description: String { "\(option) \"\(value)\": \(problem)" }
}

extension QueryError {
  /// A search text that cannot be used (shown by its first 80 characters).
  static func text(_ text: String, _ problem: String) -> QueryError {
    QueryError(option: "--text", value: String(text.prefix(80)), problem: problem)
  }
}
