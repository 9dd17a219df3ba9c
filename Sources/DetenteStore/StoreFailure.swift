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

/// What to check when SQLite could not write: " (is the disk full?)" and the like, or "".
public func storeWriteHint(_ error: any Error) -> String {
  guard let e = error as? DatabaseError else { return "" }
  switch e.resultCode.primaryResultCode {
  case .SQLITE_FULL, .SQLITE_IOERR: return " (is the disk full?)"
  case .SQLITE_READONLY, .SQLITE_PERM, .SQLITE_CANTOPEN:
    return " (can this user write the file and its folder?)"
  default: return ""
  }
}

/// A database whose schema a newer version of Detente changed: refused before anything is
/// read or written.
public struct SchemaTooNew: Error, Sendable, Hashable, CustomStringConvertible {
  /// The changes this version does not know, by name.
  public var unknown: [String]
  /// How many changes this version knows.
  public var known: Int

  package init(unknown: [String], known: Int) {
    self.unknown = unknown
    self.known = known
  }

  public var description: String {
    "this database was changed by a newer version of Detente (schema changes this version does not know: \(unknown.joined(separator: "; "))); open it with that version, or give another --db"
  }
}

/// A database an older Detente made, opened read-only: its schema cannot be brought up to date.
public struct SchemaTooOld: Error, Sendable, Hashable, CustomStringConvertible {
  public var description: String {
    "this database was made by an older version of Detente and needs its schema brought up to date, which a read-only file cannot take; open it once where it can be written (detente stats --db FILE does it)"
  }
}
