/// A JSON array of rows (arrays of whole numbers, strings and nulls) written with the escaping of
/// every line Detente prints: for other stages that keep small lists as JSON text (the store
/// keeps an article's mentions as one array).
public struct JSONRows: ~Copyable {
  private var writer = JSONWriter(capacity: 512)
  private var rows = 0
  private var values = 0

  /// An empty array, to be filled row by row.
  public init() { writer.raw("[") }

  /// Begins a row (ending the one before).
  public mutating func row() {
    if rows > 0 { writer.raw("]") }
    writer.raw(rows > 0 ? ",[" : "[")
    rows += 1
    values = 0
  }

  /// Adds a whole number to the row.
  public mutating func add(_ n: Int) {
    separate()
    writer.int(n)
  }

  /// Adds a string, or `null`, to the row.
  public mutating func add(_ s: String?) {
    separate()
    writer.string(s)
  }

  private mutating func separate() {
    if values > 0 { writer.raw(",") }
    values += 1
  }

  /// The array's text.
  public consuming func text() -> String {
    writer.raw(rows > 0 ? "]]" : "]")
    return writer.text
  }
}
