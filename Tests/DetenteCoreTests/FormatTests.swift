import Foundation
import Testing

@testable import DetenteCore

@Suite("Output formats: GDELT and PLOVER")
struct FormatTests {
  /// The column names of GDELT 1.0's event table as GDELT published them (the header of its
  /// daily event files; the GDELT 1.0 data format codebook, V1.03, describes them in this
  /// order): 57 columns and SOURCEURL.
  static let published =
    """
    GLOBALEVENTID SQLDATE MonthYear Year FractionDate Actor1Code Actor1Name Actor1CountryCode \
    Actor1KnownGroupCode Actor1EthnicCode Actor1Religion1Code Actor1Religion2Code Actor1Type1Code \
    Actor1Type2Code Actor1Type3Code Actor2Code Actor2Name Actor2CountryCode Actor2KnownGroupCode \
    Actor2EthnicCode Actor2Religion1Code Actor2Religion2Code Actor2Type1Code Actor2Type2Code \
    Actor2Type3Code IsRootEvent EventCode EventBaseCode EventRootCode QuadClass GoldsteinScale \
    NumMentions NumSources NumArticles AvgTone Actor1Geo_Type Actor1Geo_FullName \
    Actor1Geo_CountryCode Actor1Geo_ADM1Code Actor1Geo_Lat Actor1Geo_Long Actor1Geo_FeatureID \
    Actor2Geo_Type Actor2Geo_FullName Actor2Geo_CountryCode Actor2Geo_ADM1Code Actor2Geo_Lat \
    Actor2Geo_Long Actor2Geo_FeatureID ActionGeo_Type ActionGeo_FullName ActionGeo_CountryCode \
    ActionGeo_ADM1Code ActionGeo_Lat ActionGeo_Long ActionGeo_FeatureID DATEADDED SOURCEURL
    """.split(separator: " ").map(String.init)

  /// The bundled examples, coded.
  static let examples: [Event] = {
    let loaded = ArticleLoader(fallback: .fileTime).load([
      Support.root.appendingPathComponent("Examples/articles").path
    ])
    let coder = EventCoder(lexicon: Support.lexicon)
    return loaded.articles.flatMap { coder.code($0) }
  }()

  /// A row's fields, split as a reader of tab-separated values splits them.
  static func fields(_ row: String) -> [String] {
    row.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
  }

  @Test("the GDELT columns are GDELT 1.0's, in its order")
  func publishedColumns() {
    #expect(Self.published.count == 58)
    #expect(GDELTLayout.columns == Self.published)
  }

  @Test("every example event is one GDELT row of 58 fields, with no tab or line break inside one")
  func everyRow() {
    #expect(Self.examples.count > 500)
    for e in Self.examples {
      let row = EventFormat.gdelt.line(e)
      #expect(Self.fields(row).count == 58, "\(e.id)")
      #expect(!row.unicodeScalars.contains { $0 == "\n" || $0 == "\r" }, "\(e.id)")
      #expect(GDELTLayout.row(e).allSatisfy { !$0.contains("\t") })
      // The numeric columns hold numbers or nothing.
      let f = Self.fields(row)
      #expect(UInt64(f[0]) != nil, "\(e.id): GLOBALEVENTID \(f[0])")
      for k in [1, 2, 3, 29, 31, 32, 33] where !f[k].isEmpty {
        #expect(Int(f[k]) != nil, "\(e.id): \(Self.published[k]) \(f[k])")
      }
      #expect(Double(f[30]) != nil)
      #expect(f[28].count == 2 && f[26].hasPrefix(f[28]) && f[26].hasPrefix(f[27]))
    }
  }

  @Test("one known event, column by column")
  func knownEvent() throws {
    let e = try #require(
      Self.examples.first { $0.article.id == "athens-declaration" && $0.cameo == "057" })
    #expect(e.id == "e-0b46059e07")
    let row = Dictionary(uniqueKeysWithValues: zip(Self.published, Self.fields(e.gdeltRow)))
    let expected: [String: String] = [
      "GLOBALEVENTID": String(UInt64("0b46059e07", radix: 16)!),
      "SQLDATE": "20231207", "MonthYear": "202312", "Year": "2023",
      // (12 * 30 + 7) / 365 = 1.0055: GDELT's formula runs past the year in late December.
      "FractionDate": "2024.0055",
      "Actor1Code": "TURGOV", "Actor1Name": "RECEP TAYYIP ERDOGAN", "Actor1CountryCode": "TUR",
      "Actor1Type1Code": "GOV",
      "Actor2Code": "GRCGOV", "Actor2Name": "KYRIAKOS MITSOTAKIS", "Actor2CountryCode": "GRC",
      "Actor2Type1Code": "GOV",
      "IsRootEvent": "1", "EventCode": "057", "EventBaseCode": "057", "EventRootCode": "05",
      "QuadClass": "1", "GoldsteinScale": "8.0",
      "NumMentions": "1", "NumSources": "1", "NumArticles": "1",
      "ActionGeo_Type": "4", "ActionGeo_FullName": "Athens, Greece",
      "ActionGeo_CountryCode": "GR", "ActionGeo_Lat": "37.98", "ActionGeo_Long": "23.73",
      "DATEADDED": "20231207",
    ]
    for name in Self.published {
      #expect(row[name] == expected[name, default: ""], "\(name)")
    }
  }

  @Test("organisations, roles, dates of a month, places of each kind and the source URL")
  func mapping() throws {
    let asean = try #require(Self.examples.first { $0.source.code == "IGOASEAN" })
    let a = Self.fields(asean.gdeltRow)
    #expect(Array(a[5...14]) == ["IGOASEAN", a[6], "", "ASEAN", "", "", "", "IGO", "", ""])
    let monthly = try #require(Self.examples.first { $0.date?.precision == "month" })
    let m = Self.fields(monthly.gdeltRow)
    #expect(m[1].isEmpty && m[2].count == 6 && m[3].count == 4 && m[4].isEmpty)
    let undated = try #require(Self.examples.first { $0.date == nil })
    #expect(Self.fields(undated.gdeltRow)[1...4].allSatisfy { $0.isEmpty })
    let country = try #require(Self.examples.first { $0.location?.name == "Greece" })
    #expect(Self.fields(country.gdeltRow)[49...50] == ["1", "Greece"])
    let expel = try #require(
      Self.examples.first { $0.article.id == "uk-expels-russian-diplomats" && $0.cameo == "166" })
    #expect(
      Self.fields(expel.gdeltRow)[57] == "https://example.org/detente/uk-expels-russian-diplomats")
    let retold = try #require(Self.examples.first { !$0.retold.isEmpty })
    #expect(Self.fields(retold.gdeltRow)[31] == String(1 + retold.retold.count))
  }

  @Test("tabs and line breaks inside a value become spaces")
  func hostileValues() throws {
    var e = try #require(Self.examples.first)
    e.source.text = "a\tb\r\nc\u{2028}d"
    e.source.person = nil
    e.article.url = "https://example.org/x\ny"
    let f = Self.fields(e.gdeltRow)
    #expect(f.count == 58)
    #expect(f[6] == "A B  C D")
    #expect(f[57] == "https://example.org/x y")
  }

  @Test("the place's country is written as GDELT's FIPS 10-4 code")
  func fipsCountries() throws {
    var e = try #require(Self.examples.first { $0.location != nil })
    for (iso3, name, fips) in [
      ("DEU", "Berlin", "GM"), ("AUT", "Vienna", "AU"), ("AUS", "Canberra", "AS"),
      ("PSE", "Rafah", "GZ"), ("PSE", "Ramallah", "WE"), ("PSE", "Palestine", ""),
      ("XKX", "Pristina", "KV"), ("ZZZ", "Nowhere", ""),
    ] {
      e.location?.country = iso3
      e.location?.name = name
      #expect(Self.fields(e.gdeltRow)[51] == fips, "\(iso3) \(name)")
    }
    // Every country of the bundled lexicon has one, but Palestine (split by FIPS).
    let lexicon = try Lexicon.bundled.get()
    let missing = lexicon.countryList.map(\.iso3).filter { GDELTCountries.fips[$0] == nil }
    #expect(missing == ["PSE"])
  }

  @Test("TSV and CSV keep a value with a CR LF pair on its line")
  func crlfInTSVAndCSV() throws {
    var e = try #require(Self.examples.first)
    e.source.text = "a\tb\r\nc"
    let tsv = EventFormat.tsv.line(e)
    #expect(!tsv.unicodeScalars.contains { $0 == "\r" || $0 == "\n" })
    #expect(tsv.contains("a b  c"))
    #expect(
      tsv.split(separator: "\t", omittingEmptySubsequences: false).count == Event.columns.count)
    e.source.text = "x\r\ny"
    // (A CSV reader sees one quoted field across the line break.)
    #expect(EventFormat.csv.line(e).contains("\"x\r\ny\""))
    e.source.text = "lone\rreturn"
    #expect(EventFormat.csv.line(e).contains("\"lone\rreturn\""))
  }

  @Test("every example event is one PLOVER record: valid JSON with PLOVER's fields")
  func ploverRecords() throws {
    let types: Set<String> = [
      "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
      "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
    ]
    for e in Self.examples {
      let line = EventFormat.plover.line(e)
      #expect(!line.contains("\n"))
      let o = try #require(
        try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any], "\(e.id)")
      #expect(Set(o.keys) == Set(PLOVERLayout.fields), "\(e.id)")
      #expect(o["id"] as? String == e.id)
      let source = try #require(o["source"] as? [[String: Any]])
      #expect(source.count == 1 && source[0]["cameo_code"] as? String == e.source.code)
      #expect((o["recipient"] as? [[String: Any]])?.count == (e.target == nil ? 0 : 1))
      let event = try #require(o["event"] as? [String])
      #expect(event.allSatisfy(types.contains), "\(e.id): \(event)")
      #expect(event == (e.plover.map { [$0] } ?? []))
      #expect(o["text"] as? String == e.sentenceText)
      #expect(o["quad_code"] as? Int == e.quadClass)
      if let d = e.date {
        #expect((o["date"] as? String)?.hasPrefix(d.value) == true)
      } else {
        #expect(o["date"] is NSNull)
      }
    }
  }

  @Test("a PLOVER record of a known event")
  func ploverKnownEvent() throws {
    let e = try #require(
      Self.examples.first { $0.article.id == "athens-declaration" && $0.cameo == "057" })
    let o = try #require(
      try JSONSerialization.jsonObject(with: Data(e.ploverLine.utf8)) as? [String: Any])
    #expect(o["date"] as? String == "2023-12-07")
    #expect(o["enddate"] is NSNull)
    #expect(o["event"] as? [String] == ["AGREE"])
    let source = try #require((o["source"] as? [[String: Any]])?.first)
    #expect(source["code"] as? String == "TUR")
    #expect(source["sector"] as? String == "GOV")
    #expect(source["identifier_text"] as? String == "Recep Tayyip Erdogan")
    #expect(source["actor_text"] as? String == "Turkish President Tayyip Erdogan")
    let place = try #require(o["event_loc"] as? [String: Any])
    #expect(place["name"] as? String == "Athens" && place["cc3"] as? String == "GRC")
    #expect((o["cite_info"] as? [String: Any])?["citation"] as? String == "athens-declaration")
    let monthly = try #require(Self.examples.first { $0.date?.precision == "month" })
    let m = try #require(
      try JSONSerialization.jsonObject(with: Data(monthly.ploverLine.utf8)) as? [String: Any])
    let period = try #require(EventDate.period(monthly.date!.value))
    #expect(m["date"] as? String == period.first && m["enddate"] as? String == period.last)
  }
}
