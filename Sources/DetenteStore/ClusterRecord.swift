import DetenteCore
import GRDB

/// A stored cluster of linked events (table `cluster`); its members are in `cluster_member`.
struct ClusterRecord: Codable, FetchableRecord, PersistableRecord, Sendable {
  static let databaseTableName = "cluster"
  static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
  static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase

  var id: String
  var key: String
  var eventClass: String
  var occasion: String?
  var placeCountry: String?
  var dateFirst: String?
  var dateLast: String?
  var publishedFirst: String?
  var publishedLast: String?
  var size: Int

  init(_ p: ClusterProfile) {
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
  }

  var profile: ClusterProfile {
    ClusterProfile(
      id: id, key: key, eventClass: eventClass, occasion: occasion, placeCountry: placeCountry,
      dateFirst: dateFirst, dateLast: dateLast, publishedFirst: publishedFirst,
      publishedLast: publishedLast, size: size)
  }
}
