import GRDB

/// A record that ingest writes with one cached statement per table.
///
/// GRDB's record methods build their SQL and encode the record through a container on every
/// call; ingest writes tens of thousands of rows, so it binds the values of `databaseValues`
/// (in `CodingKeys` order) to a statement prepared once per connection instead. Reading and
/// every other write still go through GRDB's records.
package protocol FastRow: TableRecord, EncodableRecord {
  associatedtype CodingKeys: CodingKey & CaseIterable & RawRepresentable<String>
  /// The values, in `CodingKeys` order.
  var databaseValues: [(any DatabaseValueConvertible)?] { get }
}

extension FastRow {
  /// The table's columns, in `CodingKeys` order.
  package static var columnNames: [String] { CodingKeys.allCases.map(\.rawValue) }

  /// `INSERT` (or `verb`) of every column.
  static func insertSQL(_ verb: String = "INSERT") -> String {
    let names = columnNames
    return
      "\(verb) INTO \(databaseTableName) (\(names.joined(separator: ", "))) VALUES (\(Array(repeating: "?", count: names.count).joined(separator: ", ")))"
  }

  /// `INSERT … ON CONFLICT(id) DO UPDATE`: writes the row whether or not one with its id exists.
  static func upsertSQL() -> String {
    insertSQL() + " ON CONFLICT(id) DO UPDATE SET "
      + columnNames.filter { $0 != "id" }.map { "\($0) = excluded.\($0)" }.joined(separator: ", ")
  }

  /// Runs `sql` (one of the above, kept in a static so it is built once) with this row's values.
  func write(_ db: Database, sql: String) throws {
    // (A column added to `CodingKeys` but not to `databaseValues` fails every test that stores.)
    assert(databaseValues.count == Self.columnNames.count, "\(Self.self): values out of step")
    let statement = try db.cachedStatement(sql: sql)
    try statement.execute(arguments: StatementArguments(databaseValues))
  }

  /// GRDB's own writes (updates, saves outside ingest) see the same columns.
  package func encode(to container: inout PersistenceContainer) {
    for (name, value) in zip(Self.columnNames, databaseValues) { container[name] = value }
  }
}
