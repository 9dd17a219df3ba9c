import Foundation

/// GDELT 1.0's event table: the 57 columns of its event records and the SOURCEURL its daily
/// files add, in the order of the GDELT 1.0 data format codebook (V1.03) and the header file
/// GDELT published for its daily updates. `docs/formats.md` says what Detente writes in each.
public enum GDELTLayout {
  /// The 58 column names, in GDELT 1.0's order.
  public static let columns = [
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
    "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code",
    "Actor1Type3Code",
    "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
    "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code",
    "Actor2Type3Code",
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code",
    "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
    "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code",
    "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
    "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code",
    "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
    "DATEADDED", "SOURCEURL",
  ]

  /// The ten actor columns of an event side, empty when there is no actor.
  static func actorFields(_ a: Actor?) -> [String] {
    guard let a else { return Array(repeating: "", count: 10) }
    let name = (a.person ?? a.text).uppercased()
    var country = ""
    var group = ""
    var types = ["", "", ""]
    if Actor.isOrganisation(a.code) {
      // IGONATO: the kind of organisation is its type, the rest names it.
      types[0] = String(a.code.prefix(3))
      group = String(a.code.dropFirst(3))
    } else {
      country = a.country
      // The role is the first type (an actor holds one role: the second and third stay empty).
      types[0] = a.role.code
    }
    return [a.code, name, country, group, "", "", ""] + types
  }

  /// The date columns SQLDATE, MonthYear, Year and FractionDate: each only as far as the
  /// event's date is known (a date of a month has no SQLDATE or FractionDate).
  static func dateFields(_ d: EventDate?) -> [String] {
    guard let d else { return ["", "", "", ""] }
    let parts = d.value.split(separator: "-").map(String.init)
    guard let year = parts.first else { return ["", "", "", ""] }
    let month = parts.count >= 2 ? year + parts[1] : ""
    guard parts.count == 3, let m = Int(parts[1]), let day = Int(parts[2]), let y = Int(year)
    else { return ["", month, year, ""] }
    // GDELT's fraction of the year: (MONTH * 30 + DAY) / 365, four decimals.
    let fraction = String(format: "%.4f", Double(y) + Double(m * 30 + day) / 365)
    return [parts.joined(), month, year, fraction]
  }

  /// The seven geography columns of the place where the event happens.
  static func placeFields(_ l: Event.Location?, _ places: Gazetteer) -> [String] {
    guard let l else { return Array(repeating: "", count: 7) }
    let countryName = places.countryNames[l.country]
    let inUSA = l.country == "USA"
    let type: Int
    var fullName = "\(l.name), \(countryName ?? l.country)"
    if let countryName, l.name == countryName {
      type = 1
      fullName = countryName
    } else if places.regions.contains(l.name + "|" + l.country) {
      type = inUSA ? 2 : 5
    } else {
      type = inUSA ? 3 : 4
    }
    let fips = GDELTCountries.code(iso3: l.country, place: l.name)
    return [String(type), fullName, fips, "", String(l.lat), String(l.lon), ""]
  }

  /// GLOBALEVENTID: the hexadecimal digits of the event's id (`e-3f9a2c1d7b`) read as a
  /// number, so that the column holds an integer and the id can be had back from it.
  static func numericID(_ id: String) -> String {
    guard id.hasPrefix("e-"), let n = UInt64(id.dropFirst(2), radix: 16) else { return id }
    return String(n)
  }

  /// `YYYY-MM-DD` as `YYYYMMDD`, or empty.
  static func compactDay(_ s: String?) -> String {
    guard let s, s.utf8.count == 10 else { return "" }
    return s.replacingOccurrences(of: "-", with: "")
  }

  /// The event's 58 values, in `columns` order, each without tabs or line breaks.
  public static func row(_ e: Event) -> [String] {
    let cameo = e.cameo
    let event = [
      e.sentenceIndex == 0 ? "1" : "0", cameo, cameo.count > 3 ? String(cameo.prefix(3)) : cameo,
      String(cameo.prefix(2)), String(e.quadClass), JSONWriter.number(e.goldstein),
      String(1 + e.retold.count), "1", "1", "",
    ]
    let values: [String] =
      [numericID(e.id)] + dateFields(e.date) + actorFields(e.source) + actorFields(e.target)
      + event + Array(repeating: "", count: 14) + placeFields(e.location, .bundled)
      + [compactDay(e.article.published), e.article.url ?? ""]
    return values.map { $0.replacingTabsAndNewlines() }
  }

  /// The names a GDELT row needs from the bundled lexicon: countries' names (a place named
  /// as its country is a country) and which places are regions.
  struct Gazetteer: Sendable {
    var countryNames: [String: String] = [:]
    /// `name|ISO3` of each place of kind `region`.
    var regions: Set<String> = []

    init(_ lexicon: Lexicon?) {
      guard let lexicon else { return }
      for c in lexicon.countryList { countryNames[c.iso3] = c.name }
      for p in lexicon.places where p.kind == "region" { regions.insert(p.name + "|" + p.iso3) }
    }

    /// From the bundled lexicon, made once.
    static let bundled = Gazetteer(try? Lexicon.bundled.get())
  }
}

extension Event {
  /// The event as a row of GDELT 1.0's event table: 58 tab-separated values.
  public var gdeltRow: String { GDELTLayout.row(self).joined(separator: "\t") }
}
