import GRDB

/// A store failure as a person should read it: SQLite's own words and result code, never the
/// SQL statement or its arguments (GRDB's description of an error holds both).
public func storeFailureDescription(_ error: any Error) -> String {
  if let e = error as? QueryError { return e.description }
  if let e = error as? DatabaseError {
    return "SQLite error \(e.resultCode.rawValue): \(e.message ?? "no message")"
  }
  return String(describing: error)
}
