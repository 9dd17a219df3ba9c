/// Reads a row's values one column after another, in a record's column order: how each
/// database's rows become the same records (SQLite's through GRDB, PostgreSQL's through
/// postgres-nio).
package protocol ColumnReader {
  mutating func text() throws -> String
  mutating func optionalText() throws -> String?
  mutating func integer() throws -> Int
  mutating func real() throws -> Double
  mutating func optionalReal() throws -> Double?
  mutating func boolean() throws -> Bool
}
