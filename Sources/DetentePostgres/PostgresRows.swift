import DetenteCore
import DetenteStore
import Logging
import PostgresNIO

/// The cells of a PostgreSQL row, one after another from `start`, for the records' readers.
struct PostgresColumns: ColumnReader {
  let row: PostgresRandomAccessRow
  var k: Int

  init(_ row: PostgresRandomAccessRow, from start: Int = 0) {
    self.row = row
    k = start
  }

  mutating func next<T: PostgresDecodable>(_: T.Type) throws -> T {
    defer { k += 1 }
    return try row[k].decode(T.self)
  }
  mutating func text() throws -> String { try next(String.self) }
  mutating func optionalText() throws -> String? { try next(String?.self) }
  mutating func integer() throws -> Int { try next(Int.self) }
  mutating func real() throws -> Double { try next(Double.self) }
  mutating func optionalReal() throws -> Double? { try next(Double?.self) }
  mutating func boolean() throws -> Bool { try next(Bool.self) }
}

extension PostgresBindings {
  /// Binds a record's value (as its `databaseValues` give it): text, a whole number, a real
  /// number, a boolean, or NULL.
  mutating func appendValue(_ value: Any?) {
    switch value {
    case nil: appendNull()
    case let s as String: append(s)
    case let i as Int: append(i)
    case let i as Int64: append(i)
    case let d as Double: append(d)
    case let b as Bool: append(b)
    default: preconditionFailure("no PostgreSQL binding for \(type(of: value))")
    }
  }
}

/// Rows to insert into one table by multi-row `INSERT` statements, as many rows each as
/// PostgreSQL's limit of parameters allows (a statement per row made a round trip per row).
struct RowInserts {
  /// `INSERT INTO table (columns) VALUES`.
  let head: String
  /// One row's values as SQL, cut at its `?` (`?, ?, to_tsvector('simple', ?)`).
  let template: [String]
  /// What follows the rows (`ON CONFLICT …`).
  let tail: String
  let columns: Int
  private var rows: [[Any?]] = []

  init(table: String, columns: [String], template: String? = nil, tail: String = "") {
    // (Names quoted: `symmetric` is one of PostgreSQL's reserved words.)
    head = "INSERT INTO \(table) (\(columns.map { "\"\($0)\"" }.joined(separator: ", "))) VALUES "
    self.template =
      (template ?? Array(repeating: "?", count: columns.count).joined(separator: ", "))
      .split(separator: "?", omittingEmptySubsequences: false).map(String.init)
    self.tail = tail
    self.columns = columns.count
  }

  var isEmpty: Bool { rows.isEmpty }

  mutating func add(_ values: [Any?]) {
    precondition(values.count == columns, "\(head): \(values.count) values for \(columns) columns")
    rows.append(values)
  }

  /// Writes the rows gathered and forgets them; `returned` reads what each statement returns.
  mutating func write(
    _ c: PostgresConnection, _ logger: Logger,
    returned: ((PostgresRowSequence) async throws -> Void)? = nil
  ) async throws {
    let perStatement = max(1, 30_000 / columns)
    var start = 0
    while start < rows.count {
      let part = rows[start..<min(start + perStatement, rows.count)]
      var binds = PostgresBindings(capacity: part.count * columns)
      var sql = head
      var n = 0
      sql.reserveCapacity(head.utf8.count + part.count * (template.count * 8 + 8))
      for (i, row) in part.enumerated() {
        sql += i > 0 ? ", (" : "("
        sql += template[0]
        for piece in template.dropFirst() {
          n += 1
          sql += "$"
          sql += String(n)
          sql += piece
        }
        sql += ")"
        for v in row { binds.appendValue(v) }
      }
      let rows = try await c.query(
        PostgresQuery(unsafeSQL: sql + " " + tail, binds: binds), logger: logger)
      if let returned { try await returned(rows) }
      start += perStatement
    }
    rows.removeAll(keepingCapacity: true)
  }
}
