import DetenteCore
import Foundation
import Testing

/// Every bundled lexicon file on its own, and every entry in them, checked against the
/// recognizer: a name must resolve to the entry that lists it.
@Suite("Lexicon entries")
struct LexiconEntryTests {
  /// The bundled files, parsed into records.
  static let records: [String: [LexiconRecord]] = {
    var out: [String: [LexiconRecord]] = [:]
    for (name, text) in (try? Lexicon.bundledSources()) ?? [] {
      let stem = String(name.dropLast(4))
      out[name] = LexiconRecord.parse(text, file: name, defaultSection: stem).0
    }
    return out
  }()

  static let lookup = LexiconLookup(lexicon: Support.lexicon)
  static let date = CivilDate(year: 2024, month: 6, day: 1)!

  /// The files a file needs to compile: codes and offices it refers to.
  static func prerequisites(of file: String) -> [String] {
    switch file {
    case "cameo.lex", "countries.lex", "modality.lex", "topics.lex": return []
    case "people.lex": return ["countries.lex", "titles.lex"]
    case "events.lex", "recodes.lex": return ["cameo.lex"]
    case "examples.lex": return ["cameo.lex", "countries.lex", "events.lex"]
    default: return ["countries.lex"]
    }
  }

  @Test(
    "each bundled file compiles without errors, given only the files it refers to",
    arguments: Lexicon.bundledFiles)
  func fileIsValid(_ file: String) throws {
    let all = Dictionary(
      uniqueKeysWithValues: try Lexicon.bundledSources().map { ($0.name, $0.text) })
    let needed = Self.prerequisites(of: file) + [file]
    let (_, errors) = Lexicon.build(needed.map { ($0, all[$0]!) })
    #expect(errors.isEmpty, "\(errors.prefix(5))")
    #expect(!(Self.records[file] ?? []).isEmpty, "\(file) has no records")
  }

  @Test("every UN member and observer state is a country")
  func unMembers() {
    // The 193 member states, the two observer states, and four territories the news names.
    let members = """
      AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN BOL BIH BWA
      BRA BRN BGR BFA BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG CRI CIV HRV CUB CYP CZE PRK
      COD DNK DJI DMA DOM ECU EGY SLV GNQ ERI EST SWZ ETH FJI FIN FRA GAB GMB GEO DEU GHA GRC GRD
      GTM GIN GNB GUY HTI HND HUN ISL IND IDN IRN IRQ IRL ISR ITA JAM JPN JOR KAZ KEN KIR KWT KGZ
      LAO LVA LBN LSO LBR LBY LIE LTU LUX MDG MWI MYS MDV MLI MLT MHL MRT MUS MEX FSM MCO MNG MNE
      MAR MOZ MMR NAM NRU NPL NLD NZL NIC NER NGA MKD NOR OMN PAK PLW PAN PNG PRY PER PHL POL PRT
      QAT KOR MDA ROU RUS RWA KNA LCA VCT WSM SMR STP SAU SEN SRB SYC SLE SGP SVK SVN SLB SOM ZAF
      SSD ESP LKA SDN SUR SWE CHE SYR TJK THA TLS TGO TON TTO TUN TUR TKM TUV UGA UKR ARE GBR TZA
      USA URY UZB VUT VEN VNM YEM ZMB ZWE
      """.split(whereSeparator: \.isWhitespace).map(String.init)
    #expect(members.count == 193)
    let countries = Support.lexicon.countries
    for code in members + ["VAT", "PSE", "TWN", "XKX", "HKG"] {
      #expect(countries[code] != nil, "\(code) is missing")
    }
  }

  @Test("every country has its capital in the gazetteer, unless the capital bears its name")
  func capitals() {
    let named: Set<String> = ["DJI", "KWT", "LUX", "MCO", "SMR", "SGP", "VAT", "HKG", "MAC"]
    let lex = Support.lexicon
    let withCapital = Set(lex.places.filter { $0.kind == "capital" }.map(\.iso3))
    for code in lex.countries.keys where !named.contains(code) {
      #expect(withCapital.contains(code), "no capital for \(code)")
    }
    for p in lex.places {
      #expect((-90...90).contains(p.lat) && (-180...180).contains(p.lon), "\(p.name)")
      #expect(lex.countries[p.iso3] != nil, "\(p.name): \(p.iso3)")
    }
  }

  @Test("every country name, adjective and demonym resolves to its country")
  func countryNames() {
    for r in Self.records["countries.lex"] ?? [] {
      for name in r.list(1) + r.list(2) + r.list(3) where name != "-" {
        let found = Self.lookup.resolve(name, date: Self.date).actors
        #expect(
          found.contains { $0.actors.contains { $0.country == r[0] } },
          "countries.lex:\(r.line): \"\(name)\" does not resolve to \(r[0])")
      }
    }
  }

  @Test("every organisation and institution name resolves to its code")
  func actorNames() {
    for r in Self.records["actors.lex"] ?? [] where r.section == "actors" {
      for name in r.list(1) {
        let found = Self.lookup.resolve(name, date: Self.date).actors
        #expect(
          found.contains { $0.actors.contains { $0.code == r[0] } },
          "actors.lex:\(r.line): \"\(name)\" does not resolve to \(r[0])")
      }
    }
  }

  @Test("every role word after a country word names that country in its role")
  func roleWords() {
    var tried = 0
    for r in Self.records["roles.lex"] ?? [] where r.section == "roles" && r[0] != "-" {
      for word in r.list(1) {
        // ("Kenyan police", "Kenyan the bloc": a word that starts with "the" stands alone.)
        guard !word.lowercased().hasPrefix("the ") else { continue }
        tried += 1
        let found = Self.lookup.resolve("Kenyan \(word)", date: Self.date).actors
        #expect(
          found.contains { $0.actors.contains { $0.country == "KEN" && $0.code.hasSuffix(r[0]) } },
          "roles.lex:\(r.line): \"Kenyan \(word)\" does not name KEN\(r[0])")
      }
    }
    #expect(tried > 300)
  }

  @Test("every person resolves by full name to their code during each of their terms")
  func people() {
    for r in Self.records["people.lex"] ?? [] {
      let from = CivilDate.strict(r[3])
      let to = CivilDate.strict(r[4])
      // A day inside the term: its first day, or the day before it ended.
      guard let day = from ?? to?.adding(days: -1) else { continue }
      let found = Self.lookup.resolve(r[0], date: day).actors
      #expect(
        found.contains { $0.actors.contains { $0.person == r[0] && $0.code == r[1] } },
        "people.lex:\(r.line): \"\(r[0])\" on \(day) resolves to \(found.flatMap(\.actors).map(\.code))"
      )
    }
  }

  @Test("every place name resolves to a place in its country")
  func places() {
    for r in Self.records["places.lex"] ?? [] {
      for name in [r[0]] + r.list(5) {
        let found = Self.lookup.resolve("in " + name, date: Self.date).places
        #expect(
          found.contains { $0.country == r[1] },
          "places.lex:\(r.line): \"\(name)\" is not found as a place in \(r[1])")
      }
    }
  }

  @Test(
    "a title without a name resolves to whoever held the office that year",
    arguments: [
      ("the Japanese prime minister", "2019-06-01", "Shinzo Abe"),
      ("the Japanese prime minister", "2021-06-01", "Yoshihide Suga"),
      ("the British foreign secretary", "2017-06-01", "Boris Johnson"),
      ("the British foreign secretary", "2020-06-01", "Dominic Raab"),
      ("the German chancellor", "2003-06-01", "Gerhard Schroeder"),
      ("the German chancellor", "2015-06-01", "Angela Merkel"),
      ("the Indian defence minister", "2020-06-01", "Rajnath Singh"),
      ("the French president", "2005-06-01", "Jacques Chirac"),
      ("the Chinese foreign minister", "2010-06-01", "Yang Jiechi"),
      ("the pope", "2010-06-01", "Pope Benedict XVI"),
      ("the pope", "2016-06-01", "Pope Francis"),
    ])
  func officeHolders(_ text: String, _ day: String, _ person: String) {
    let found = Self.lookup.resolve(text, date: CivilDate.strict(day)!).actors
    #expect(
      found.contains { $0.actors.contains { $0.person == person } },
      "\(text) on \(day): \(found.flatMap(\.actors).map { $0.person ?? $0.code })")
  }

  @Test("every event pattern names a known CAMEO code with a PLOVER type, Goldstein and quad class")
  func patterns() {
    let lex = Support.lexicon
    for p in lex.patterns where !p.isExclusion {
      let c = lex.cameo[p.cameo]
      #expect(c != nil, "\(p.id)")
      #expect((-10...10).contains(c?.goldstein ?? 99), "\(p.id)")
      #expect((1...4).contains(c?.quadClass ?? 0), "\(p.id)")
    }
    let roots = Set(lex.patterns.filter { !$0.isExclusion }.map { String($0.cameo.prefix(2)) })
    #expect(roots.count == 20, "roots with patterns: \(roots.sorted())")
  }
}

/// Every region of regions.lex holds the countries it is written for.
@Suite("Regions")
struct RegionTests {
  @Test(
    "each region contains a country it describes, and not one far away",
    arguments: [
      ("West African", "SEN", "KEN"), ("East African", "KEN", "SEN"),
      ("North African", "EGY", "NGA"),
      ("Central African", "CAF", "ZAF"), ("southern African", "ZAF", "EGY"), ("Horn", "SOM", "NGA"),
      ("Sahel", "MLI", "KEN"), ("South American", "COL", "MEX"), ("Latin American", "MEX", "ESP"),
      ("Central American", "HND", "COL"), ("Caribbean", "CUB", "BRA"), ("Andean", "PER", "BRA"),
      ("Baltic", "LTU", "POL"), ("Balkan", "SRB", "POL"), ("Nordic", "SWE", "DEU"),
      ("Scandinavian", "NOR", "DEU"), ("Gulf", "ARE", "EGY"),
      ("Central Asian", "KAZ", "IND"), ("South Asian", "IND", "THA"),
      ("Southeast Asian", "VNM", "IND"),
      ("Himalayan", "NPL", "THA"), ("Pacific", "SLB", "AUS"), ("Caucasus", "ARM", "TUR"),
      ("island", "TUV", ""),
    ])
  func region(_ words: String, _ inside: String, _ outside: String) throws {
    let l = Support.lexicon
    let w = words.lowercased().split(separator: " ").map { TokenHash.of(String($0)) }
    let key = w.count == 2 ? TokenHash.combine(w[0], w[1]) : w[0]
    let r = try #require(l.regions[key], "\(words) is not in regions.lex")
    #expect(r.contains(try #require(l.countries[inside])), "\(words) should hold \(inside)")
    if !outside.isEmpty {
      #expect(
        !r.contains(try #require(l.countries[outside])), "\(words) should not hold \(outside)")
    }
  }

  @Test("every region in the file is tested above")
  func allTested() {
    #expect(Support.lexicon.regions.count == 24)
  }
}

/// Every kind of regions.lex names countries the lexicon knows, and is chosen in a story.
@Suite("Kinds of country")
struct KindTests {
  @Test(
    "each kind means the last country of its kind named before it",
    arguments: [
      (
        "kingdom",
        "Saudi Arabia hosted talks with Iran.\n\nOn Monday the kingdom condemned Israel.",
        "111 SAU>ISR"
      ),
      (
        "monarchy", "Qatar hosted talks with Iran.\n\nThe Gulf monarchy later condemned Israel.",
        "111 QATGOV>ISR"
      ),
      (
        "sultanate", "Oman hosted talks with Iran.\n\nOn Monday the sultanate condemned Israel.",
        "111 OMN>ISR"
      ),
      (
        "emirate", "Kuwait hosted talks with Iran.\n\nOn Monday the emirate condemned Israel.",
        "111 KWT>ISR"
      ),
      (
        "island",
        "China donated vaccines to Iran and Cape Verde.\n\nBeijing also pledged aid to the island nation.",
        "033 CHNGOV>CPV"
      ),
    ])
  func kind(_ word: String, _ body: String, _ expected: String) throws {
    let codes = try #require(Support.lexicon.kindCountries(word), "\(word) is not a kind")
    for c in codes { #expect(Support.lexicon.countries[c] != nil, "\(word): \(c)") }
    let events = Support.coded(body, date: "2024-05-08")
    #expect(events.contains(expected), "\(events)")
  }

  @Test("every kind in the file is tested above")
  func allTested() {
    #expect(Support.lexicon.kindCount == 5)
  }
}
