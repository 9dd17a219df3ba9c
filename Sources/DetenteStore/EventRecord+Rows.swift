import GRDB

extension EventRecord {
  /// The records of `rows` (all from one statement, so with the same columns), read by column
  /// position. GRDB's decoding by name looks each column up in every row, lower-casing names
  /// as it compares them: a fifth of a busy server's time went to that.
  static func records(_ rows: [Row]) throws -> [EventRecord] {
    guard let first = rows.first else { return [] }
    var position: [String: Int] = [:]
    for (i, name) in first.columnNames.enumerated() where position[name] == nil {
      position[name] = i
    }
    let columns = try CodingKeys.allCases.map { key in
      guard let i = position[key.rawValue] else {
        throw DatabaseError(message: "the event rows have no column \(key.rawValue)")
      }
      return i
    }
    return try rows.map { try EventRecord(row: $0, columns: columns) }
  }

  /// The record of `row`, whose column for each of `CodingKeys` (in order) is in `columns`.
  init(row: Row, columns: [Int]) throws {
    var reader = GRDBColumns(row: row, columns: columns)
    try self.init(reading: &reader)
  }

  /// The record whose values `r` reads in `CodingKeys` order.
  package init<R: ColumnReader>(reading r: inout R) throws {
    id = try r.text()
    articleId = try r.text()
    ordinal = try r.integer()
    sentenceIndex = try r.integer()
    sentenceText = try r.text()
    sourceText = try r.optionalText()
    sourceCode = try r.optionalText()
    sourceCountry = try r.optionalText()
    sourceRole = try r.optionalText()
    sourcePerson = try r.optionalText()
    targetText = try r.optionalText()
    targetCode = try r.optionalText()
    targetCountry = try r.optionalText()
    targetRole = try r.optionalText()
    targetPerson = try r.optionalText()
    cameo = try r.text()
    root = try r.text()
    plover = try r.optionalText()
    ploverMode = try r.optionalText()
    goldstein = try r.real()
    quadClass = try r.integer()
    modality = try r.text()
    date = try r.optionalText()
    datePrecision = try r.optionalText()
    dateText = try r.optionalText()
    dateFirst = try r.optionalText()
    dateLast = try r.optionalText()
    locationText = try r.optionalText()
    locationName = try r.optionalText()
    locationCountry = try r.optionalText()
    lat = try r.optionalReal()
    lon = try r.optionalReal()
    symmetric = try r.boolean()
    topics = try r.text()
    attributionText = try r.optionalText()
    attributionCode = try r.optionalText()
    evidence = try r.text()
    rule = try r.text()
    ruleSource = try r.text()
    triggerStart = try r.integer()
    triggerEnd = try r.integer()
    occasionKey = try r.optionalText()
    occasion = try r.optionalText()
    referenceJSON = try r.optionalText()
    retoldJSON = try r.optionalText()
  }
}

/// The columns of a GRDB row, at the positions given, one after another.
struct GRDBColumns: ColumnReader {
  let row: Row
  let columns: [Int]
  var k = 0

  init(row: Row, columns: [Int]) {
    self.row = row
    self.columns = columns
  }

  mutating func next<V: DatabaseValueConvertible>() throws -> V {
    defer { k += 1 }
    return try row.decode(atIndex: columns[k])
  }
  mutating func text() throws -> String { try next() }
  mutating func optionalText() throws -> String? { try next() }
  mutating func integer() throws -> Int { try next() }
  mutating func real() throws -> Double { try next() }
  mutating func optionalReal() throws -> Double? { try next() }
  mutating func boolean() throws -> Bool { try next() }
}
