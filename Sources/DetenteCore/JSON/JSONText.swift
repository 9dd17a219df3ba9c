/// A JSON value written piece by piece, objects and arrays nested, with the escaping of every
/// line Detente prints: for the stages that answer with JSON of their own around the event
/// lines `code` writes (the API's article detail embeds each event's line as it is).
public struct JSONText: ~Copyable {
  private var writer = JSONWriter(capacity: 1024)
  /// For each open object or array, whether it has a member yet.
  private var filled: [Bool] = []
  /// A key was just written: its value takes no comma.
  private var afterKey = false

  /// An empty text, to be filled from its outermost value in.
  public init() {}

  private mutating func separate() {
    if afterKey {
      afterKey = false
      return
    }
    if let last = filled.last {
      if last { writer.raw(",") }
      filled[filled.count - 1] = true
    }
  }

  /// Opens an object.
  public mutating func beginObject() {
    separate()
    writer.raw("{")
    filled.append(false)
  }

  /// Closes the innermost object.
  public mutating func endObject() {
    filled.removeLast()
    writer.raw("}")
  }

  /// Opens an array.
  public mutating func beginArray() {
    separate()
    writer.raw("[")
    filled.append(false)
  }

  /// Closes the innermost array.
  public mutating func endArray() {
    filled.removeLast()
    writer.raw("]")
  }

  /// Writes a member's key; its value comes next.
  public mutating func key(_ k: String) {
    separate()
    writer.string(k)
    writer.raw(":")
    afterKey = true
  }

  /// Writes a string, or `null`.
  public mutating func string(_ s: String?) {
    separate()
    writer.string(s)
  }

  /// Writes a whole number.
  public mutating func int(_ i: Int) {
    separate()
    writer.int(i)
  }

  /// Writes a value already written as JSON (an event's line), as it is.
  public mutating func json(_ value: String) {
    separate()
    var copy = value
    copy.withUTF8 { writer.put($0) }
  }

  /// The text.
  public consuming func text() -> String { writer.text }
}
