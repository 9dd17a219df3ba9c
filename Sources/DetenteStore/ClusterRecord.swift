import DetenteCore
import GRDB

/// A stored cluster of linked events (table `cluster`); its members are in `cluster_member`.
package struct ClusterRecord: Codable, FetchableRecord, PersistableRecord, FastRow, Sendable {
  package static let databaseTableName = "cluster"

  package var id: String
  package var key: String
  package var eventClass: String
  var occasion: String?
  var placeCountry: String?
  var dateFirst: String?
  var dateLast: String?
  var publishedFirst: String?
  var publishedLast: String?
  var size: Int
  /// The people its members name (`COUNTRY=Name`, joined by `|`), and how the sides met.
  var people: String?
  var mode: String?

  /// Column names (snake case), spelled out: converting every key of every row costs more than
  /// the rest of encoding it.
  package enum CodingKeys: String, CodingKey, CaseIterable {
    case id
    case key
    case eventClass = "event_class"
    case occasion
    case placeCountry = "place_country"
    case dateFirst = "date_first"
    case dateLast = "date_last"
    case publishedFirst = "published_first"
    case publishedLast = "published_last"
    case size
    case people
    case mode
  }

  /// The row's values in `CodingKeys` order, for `FastRow`.
  package var databaseValues: [(any DatabaseValueConvertible)?] {
    [
      id,
      key,
      eventClass,
      occasion,
      placeCountry,
      dateFirst,
      dateLast,
      publishedFirst,
      publishedLast,
      size,
      people,
      mode,
    ]
  }

  /// Reads a row by column name, without the Codable decoder: ingest reads the candidate
  /// clusters of every event it links, and decoding them took more time than the query.
  package init(row: Row) {
    id = row[CodingKeys.id.rawValue]
    key = row[CodingKeys.key.rawValue]
    eventClass = row[CodingKeys.eventClass.rawValue]
    occasion = row[CodingKeys.occasion.rawValue]
    placeCountry = row[CodingKeys.placeCountry.rawValue]
    dateFirst = row[CodingKeys.dateFirst.rawValue]
    dateLast = row[CodingKeys.dateLast.rawValue]
    publishedFirst = row[CodingKeys.publishedFirst.rawValue]
    publishedLast = row[CodingKeys.publishedLast.rawValue]
    size = row[CodingKeys.size.rawValue]
    people = row[CodingKeys.people.rawValue]
    mode = row[CodingKeys.mode.rawValue]
  }

  /// The record whose values `r` reads in `CodingKeys` order.
  package init<R: ColumnReader>(reading r: inout R) throws {
    id = try r.text()
    key = try r.text()
    eventClass = try r.text()
    occasion = try r.optionalText()
    placeCountry = try r.optionalText()
    dateFirst = try r.optionalText()
    dateLast = try r.optionalText()
    publishedFirst = try r.optionalText()
    publishedLast = try r.optionalText()
    size = try r.integer()
    people = try r.optionalText()
    mode = try r.optionalText()
  }

  package init(_ p: ClusterProfile) {
    id = p.id
    key = p.key
    eventClass = p.eventClass
    occasion = p.occasion
    placeCountry = p.placeCountry
    dateFirst = p.dateFirst
    dateLast = p.dateLast
    publishedFirst = p.publishedFirst
    publishedLast = p.publishedLast
    size = p.size
    people = p.people.isEmpty ? nil : p.people.joined(separator: "|")
    mode = p.mode?.rawValue
  }

  package var profile: ClusterProfile {
    ClusterProfile(
      id: id, key: key, eventClass: eventClass, occasion: occasion, placeCountry: placeCountry,
      dateFirst: dateFirst, dateLast: dateLast, publishedFirst: publishedFirst,
      publishedLast: publishedLast, size: size,
      people: people.map { $0.split(separator: "|").map(String.init) } ?? [],
      mode: mode.flatMap(MeetingMode.init(rawValue:)))
  }
}
