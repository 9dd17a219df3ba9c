import GRDB

/// Where the SQL of SQLite and of PostgreSQL differ, for the statements both stores build from
/// one query (`EventQuery.sql`, `MeetingQuery.conditions`, the page of articles). Statements
/// are written with `?` for each argument; PostgreSQL's are numbered (`$1`) by ``numbered(_:)``.
package enum SQLDialect: Sendable {
  case sqlite
  case postgres

  /// `column LIKE pattern` ignoring case (SQLite's LIKE ignores the case of ASCII letters;
  /// PostgreSQL's ILIKE of every letter).
  var likeIgnoringCase: String { self == .sqlite ? "LIKE" : "ILIKE" }

  /// `column direction`, with empty values where SQLite puts them: first in ascending order,
  /// last in descending (PostgreSQL's default is the other way round).
  func order(_ column: String, _ descending: Bool) -> String {
    switch self {
    case .sqlite: return column + (descending ? " DESC" : " ASC")
    case .postgres: return column + (descending ? " DESC NULLS LAST" : " ASC NULLS FIRST")
    }
  }

  /// `LIMIT … OFFSET …` for a page (nothing for every row from the start).
  func page(limit: Int?, offset: Int) -> String {
    if let limit { return " LIMIT \(limit)" + (offset > 0 ? " OFFSET \(offset)" : "") }
    guard offset > 0 else { return "" }
    return self == .sqlite ? " LIMIT -1 OFFSET \(offset)" : " OFFSET \(offset)"
  }

  /// A statement written with `?` placeholders, with PostgreSQL's `$1`, `$2`, … instead.
  /// (The statements built here hold no `?` but their placeholders: every value is an
  /// argument.)
  package static func numbered(_ sql: String) -> String {
    var out = ""
    out.reserveCapacity(sql.utf8.count + 16)
    var n = 0
    for c in sql {
      if c == "?" {
        n += 1
        out += "$\(n)"
      } else {
        out.append(c)
      }
    }
    return out
  }
}

/// One argument of a statement built for either database.
package enum SQLValue: Sendable, Hashable {
  case text(String)
  case integer(Int)
  case real(Double)

  /// The arguments as GRDB binds them.
  static func arguments(_ values: [SQLValue]) -> StatementArguments {
    StatementArguments(
      values.map { v -> DatabaseValue in
        switch v {
        case .text(let s): return s.databaseValue
        case .integer(let i): return i.databaseValue
        case .real(let d): return d.databaseValue
        }
      })
  }
}
