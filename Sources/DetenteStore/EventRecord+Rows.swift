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
  init(row: Row, columns c: [Int]) throws {
    var k = 0
    func next<V: DatabaseValueConvertible>() throws -> V {
      defer { k += 1 }
      return try row.decode(atIndex: c[k])
    }
    id = try next()
    articleId = try next()
    ordinal = try next()
    sentenceIndex = try next()
    sentenceText = try next()
    sourceText = try next()
    sourceCode = try next()
    sourceCountry = try next()
    sourceRole = try next()
    sourcePerson = try next()
    targetText = try next()
    targetCode = try next()
    targetCountry = try next()
    targetRole = try next()
    targetPerson = try next()
    cameo = try next()
    root = try next()
    plover = try next()
    ploverMode = try next()
    goldstein = try next()
    quadClass = try next()
    modality = try next()
    date = try next()
    datePrecision = try next()
    dateText = try next()
    dateFirst = try next()
    dateLast = try next()
    locationText = try next()
    locationName = try next()
    locationCountry = try next()
    lat = try next()
    lon = try next()
    symmetric = try next()
    topics = try next()
    attributionText = try next()
    attributionCode = try next()
    evidence = try next()
    rule = try next()
    ruleSource = try next()
    triggerStart = try next()
    triggerEnd = try next()
    occasionKey = try next()
    occasion = try next()
    referenceJSON = try next()
    retoldJSON = try next()
  }
}
