import Foundation

/// All lexicons, compiled into look-up tables: countries, named actors, roles, titles, people,
/// places, event patterns, modality markers, topics and the CAMEO table.
///
/// Built from the data files bundled with the library and any user files, which add entries or
/// override bundled ones (a user's entry for the same phrase is tried first).
public struct Lexicon: Sendable {
  /// Countries by ISO alpha-3 code.
  public private(set) var countries: [String: Country] = [:]
  /// People, indexed by `MentionEntry.person`.
  public private(set) var people: [Person] = []
  /// Places, indexed by `MentionEntry.place`.
  public private(set) var places: [Place] = []
  /// Phrases naming actors, places, roles and titles.
  public private(set) var mentions = PhraseTable<MentionEntry>()
  /// Event patterns, in file order.
  public private(set) var patterns: [EventPattern] = []
  /// The example sentences of the patterns (`[examples]`), in file order.
  public internal(set) var examples: [PatternExample] = []
  /// The ids of `patterns`.
  var patternIDs: Set<String> = []
  /// The word lists of `[wordlists]`, by name: the hashes of the words (and of every form of
  /// the `+verb`s) a pattern's `@name` stands for.
  var wordLists: [String: HashSet64] = [:]
  /// Regions a country can be described by, by the hash of their word or of their two words
  /// combined (`TokenHash.combine`).
  public private(set) var regions: [UInt64: Region] = [:]
  /// Kinds of country a description names ("the kingdom", "the sultanate"): the countries it
  /// can mean, by the hash of its word or of its two words combined.
  private(set) var kinds: [UInt64: [Code]] = [:]
  /// The countries a kind of country (`[kinds]`, "kingdom", "island") can mean, by its words.
  public func kindCountries(_ words: String) -> [String]? {
    let w = words.lowercased().split(separator: " ").map { TokenHash.of(String($0)) }
    guard w.count == 1 || w.count == 2 else { return nil }
    return kinds[w.count == 2 ? TokenHash.combine(w[0], w[1]) : w[0]]?.map(\.string)
  }
  /// The number of kinds of country.
  public var kindCount: Int { kinds.count }
  /// Recodes, in the order they are tried: a user's entry replaces the bundled one of its name
  /// in its place; a user's new ones come before the bundled ones.
  private(set) var recodes: [Recode] = []
  /// Pattern indices by the hash of a word their first position accepts.
  public private(set) var patternIndex: HashMap64<[Int]> = [:]
  /// Modality markers.
  public private(set) var modality = PhraseTable<ModalityMarker>()
  /// Topic phrases.
  public private(set) var topics = PhraseTable<String>()
  /// The CAMEO table by code.
  public private(set) var cameo: [String: CameoCode] = [:]
  /// The countries' names (as in `countries`), for testing a topic word.
  public private(set) var countryNames: Set<String> = []
  /// Offices named in titles.lex.
  public private(set) var offices: Set<String> = []
  /// People by full name (index into `people`).
  public private(set) var personIndex: [String: Int] = [:]
  /// Who ever held each office (indices into `people`, in file order).
  public private(set) var holders: [String: [Int]] = [:]
  /// Records read, per section, for `lexicon check` reports.
  public private(set) var counts: [String: Int] = [:]

  // The tables the coder reads, in plain values (see `CodedActor`).
  /// `mentions` with codes as `Code` and offices by hash.
  private(set) var mentionValues = PhraseTable<MentionValue>()
  /// The countries, by ISO code.
  private(set) var countryList: [Country] = []
  /// Index into `countryList` by the country's `Code.key`.
  private(set) var countryIndex: HashMap64<Int32> = [:]
  /// `holders` by the hash of the office.
  private(set) var holdersByOffice: HashMap64<[Int]> = [:]
  /// `cameo` by the code's `Code.key`.
  private(set) var cameoFacts: HashMap64<CameoFacts> = [:]
  /// For each place, the rest of an event's location after its text:
  /// `,"name":…,"country":…,"lat":…,"lon":…}`.
  private(set) var placeJSON: [[UInt8]] = []
  /// The same for each country of `countryList`.
  private(set) var countryJSON: [[UInt8]] = []
  /// Each pattern's positions in plain values: a word position as its set of hashes in
  /// `patternWords`, a gap as `nil`.
  var patternSteps: [[FlatSet64?]] = []
  /// For each pattern, each step's gap limit in words (0 for a step of words).
  var patternGapLimits: [[UInt8]] = []
  /// The slots of every word set of every pattern.
  var patternWords: [UInt64] = []
  /// `WordClass.table` with this lexicon's bits added: which words start one of its mention
  /// phrases, patterns, topics or modality markers. Text tokenized with it tells the coder at
  /// each word whether a table look-up can find anything there.
  private(set) var wordTable: HashMap64<UInt64> = WordClass.table
  /// First words of the phrases of each table, gathered while compiling.
  private var firstWords: [(WordClass, UInt64)] = []

  /// Tokenizes `bytes` with this lexicon's word bits (see `wordTable`).
  func tokenize(_ bytes: UnsafeBufferPointer<UInt8>, into tokens: inout [Token]) {
    Tokenizer().tokenize(bytes, into: &tokens, words: wordTable)
  }

  /// The strings of the codes events carry most (countries, roles, countries with roles, the
  /// lexicon's actor codes), made once: an event's actor then costs no new string for them
  /// (`SharedLexicon.string`).
  private(set) var codeStrings: HashMap64<(code: Code, string: String)> = [:]

  static func stringKey(_ c: Code) -> UInt64 { c.lo ^ (c.hi &* 0x9E37_79B9_7F4A_7C15) }

  /// The country of `code`, if the lexicon knows it.
  func country(_ code: Code) -> Country? {
    guard code.count <= 3, let i = countryIndex[code.key] else { return nil }
    return countryList[Int(i)]
  }

  /// Adds a phrase to both mention tables (tokenized once).
  private mutating func insertMention(_ phrase: String, _ entry: MentionEntry) {
    let (hashes, caps) = PhraseTable<MentionEntry>.key(phrase)
    if let first = hashes.first { firstWords.append((.mentionStart, first)) }
    mentions.insert(hashes, entry, requiresCaps: caps)
    mentionValues.insert(hashes, MentionValue(entry), requiresCaps: caps)
  }

  /// Role codes the lexicons may use.
  public static let roleCodes: Set<String> = [
    "GOV", "MIL", "LEG", "JUD", "COP", "OPP", "REB", "MED", "BUS", "CVL", "EDU", "REL", "NGO",
    "SPY",
    "INS", "SEP", "LAB", "HRI", "REF", "ELI", "AGR", "DEV", "ENV", "HLH", "CRM", "UAF", "PKO",
    "IGO",
  ]

  /// The bundled lexicon files, in load order.
  public static let bundledFiles = [
    "cameo.lex", "countries.lex", "actors.lex", "roles.lex", "titles.lex", "people.lex",
    "places.lex",
    "events.lex", "recodes.lex", "regions.lex", "modality.lex", "topics.lex", "examples.lex",
  ]

  /// The environment variable that names the folder of the bundled lexicon files, for
  /// installs that keep them apart from the binary.
  public static let directoryVariable = "DETENTE_LEXICON"

  /// The folder that holds the library's resources, next to the program that uses it.
  static let resourcesName = "Detente_DetenteCore.resources"

  /// The folders searched for the bundled files: the one `DETENTE_LEXICON` names when it is
  /// set (and then no other), or else the resources folder next to the running program
  /// (symbolic links followed), then the source tree the library was built from.
  public static var bundledDirectoryCandidates: [URL] {
    if let v = ProcessInfo.processInfo.environment[directoryVariable], !v.isEmpty {
      return [URL(fileURLWithPath: v, isDirectory: true)]
    }
    var out: [URL] = []
    // (Not `Bundle.module`: it stops the program when the folder is missing.)
    var programs = [Bundle.main.bundleURL]
    if let exe = Bundle.main.executableURL {
      programs.append(exe.resolvingSymlinksInPath().deletingLastPathComponent())
    }
    for dir in programs {
      let url = dir.appendingPathComponent(resourcesName).appendingPathComponent("Lexicon")
      if !out.contains(url) { out.append(url) }
      #if canImport(Darwin)
        // (On Apple systems the resources are a bundle.)
        let bundle = resourcesName.replacingOccurrences(of: ".resources", with: ".bundle")
        if let b = Bundle(url: dir.appendingPathComponent(bundle)),
          let url = b.url(forResource: "Lexicon", withExtension: nil), !out.contains(url)
        {
          out.append(url)
        }
      #endif
    }
    out.append(
      URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Resources").appendingPathComponent("Lexicon"))
    return out
  }

  /// Where the bundled files are: the first of `bundledDirectoryCandidates` that holds them.
  public static var bundledDirectory: URL? {
    bundledDirectoryCandidates.first { dir in
      FileManager.default.fileExists(
        atPath: dir.appendingPathComponent(bundledFiles[0]).path)
    }
  }

  /// Reads the bundled files as (name, text) pairs.
  public static func bundledSources() throws -> [(name: String, text: String)] {
    guard let dir = bundledDirectory else {
      let looked = bundledDirectoryCandidates.map(\.path).joined(separator: ", ")
      throw LexiconError(
        file: "Lexicon", line: 0,
        "the bundled lexicon files are not installed (looked in \(looked)); copy the folder "
          + "\(resourcesName) next to the program, or set \(directoryVariable) to the folder "
          + "that holds \(bundledFiles[0]) and the other bundled files")
    }
    return try bundledFiles.map { name in
      let url = dir.appendingPathComponent(name)
      return (name, try String(contentsOf: url, encoding: .utf8))
    }
  }

  /// The bundled lexicon, built once.
  public static let bundled: Result<Lexicon, LexiconError> = {
    do {
      let (lexicon, errors) = Lexicon.build(try bundledSources())
      if let first = errors.first { return .failure(first) }
      return .success(lexicon)
    } catch let e as LexiconError {
      return .failure(e)
    } catch {
      return .failure(LexiconError(file: "Lexicon", line: 0, "\(error)"))
    }
  }()

  /// Builds a lexicon from bundled sources plus user files (read from disk).
  public static func load(userFiles: [String]) -> (Lexicon?, [LexiconError]) {
    var sources: [(name: String, text: String)]
    do { sources = try bundledSources() } catch let e as LexiconError { return (nil, [e]) } catch {
      return (nil, [LexiconError(file: "Lexicon", line: 0, "\(error)")])
    }
    var errors: [LexiconError] = []
    var user: [(name: String, text: String)] = []
    for path in userFiles {
      guard let data = FileManager.default.contents(atPath: path) else {
        let reason =
          FileManager.default.fileExists(atPath: path)
          ? "cannot read the lexicon file (check its permissions)" : "no such lexicon file"
        errors.append(LexiconError(file: path, line: 0, reason))
        continue
      }
      guard let text = String(data: data, encoding: .utf8) else {
        errors.append(LexiconError(file: path, line: 1, "the lexicon file is not UTF-8"))
        continue
      }
      user.append((path, text))
    }
    sources += user
    let (lexicon, buildErrors) = build(sources, userCount: user.count)
    return (lexicon, errors + buildErrors)
  }

  /// Builds a lexicon from (file name, text) pairs, reporting every problem found.
  /// The last `userCount` sources are user files: their entries take precedence.
  public static func build(_ sources: [(name: String, text: String)], userCount: Int = 0) -> (
    Lexicon, [LexiconError]
  ) {
    var records: [LexiconRecord] = []
    var errors: [LexiconError] = []
    for (k, source) in sources.enumerated() {
      let defaultSection: String? = {
        let base = (source.name as NSString).lastPathComponent
        let stem = (base as NSString).deletingPathExtension
        return LexiconSection.all.contains(stem) ? stem : nil
      }()
      let (r, e) = LexiconRecord.parse(
        source.text, file: source.name, defaultSection: defaultSection)
      // User records come first so that their phrases win ties.
      if k >= sources.count - userCount {
        records.insert(contentsOf: r, at: 0)
      } else {
        records += r
      }
      errors += e
    }
    var lexicon = Lexicon()
    errors += lexicon.compile(records)
    lexicon.countryNames = Set(lexicon.countries.values.map(\.name))
    errors.sort { ($0.file, $0.line) < ($1.file, $1.line) }
    return (lexicon, errors)
  }

  // MARK: - Compiling

  mutating func compile(_ records: [LexiconRecord]) -> [LexiconError] {
    var errors: [LexiconError] = []
    func fail(_ r: LexiconRecord, _ m: String) {
      errors.append(LexiconError(file: r.file, line: r.line, m))
    }
    var seen: [String: LexiconRecord] = [:]
    var actorCodes: Set<String> = []
    func checkDuplicate(_ r: LexiconRecord, _ key: String) -> Bool {
      let k = r.section + "\u{1}" + key.lowercased()
      if let first = seen[k] {
        if first.file == r.file {
          fail(
            r, "duplicate entry \"\(key)\" in [\(r.section)]; first defined at line \(first.line)")
          return false
        }
        return true
      }
      seen[k] = r
      return true
    }
    let order = [
      "cameo", "countries", "titles", "roles", "actors", "people", "places", "wordlists", "events",
      "examples", "recodes",
      "regions", "kinds", "modality", "topics",
    ]
    let sorted = records.enumerated().sorted {
      let a = order.firstIndex(of: $0.element.section) ?? 99
      let b = order.firstIndex(of: $1.element.section) ?? 99
      return a != b ? a < b : $0.offset < $1.offset
    }.map(\.element)
    defer {
      holders = [:]
      holdersByOffice = [:]
      for (k, p) in people.enumerated() {
        for office in Set(p.terms.map(\.office)) {
          holders[office, default: []].append(k)
          holdersByOffice[TokenHash.of(office), default: []].append(k)
        }
      }
      countryList = countries.values.sorted { $0.iso3 < $1.iso3 }
      countryIndex = [:]
      for (k, c) in countryList.enumerated() { countryIndex[Code(c.iso3).key] = Int32(k) }
      cameoFacts = [:]
      for (code, c) in cameo { cameoFacts[Code(code).key] = CameoFacts(c) }
      codeStrings = [:]
      func keep(_ s: String) {
        let c = Code(s)
        if codeStrings[Self.stringKey(c)] == nil { codeStrings[Self.stringKey(c)] = (c, c.string) }
      }
      keep("")
      for role in Self.roleCodes.sorted() { keep(role) }
      for c in countryList {
        keep(c.iso3)
        for role in Self.roleCodes.sorted() { keep(c.iso3 + role) }
      }
      for p in people { for t in p.terms { keep(t.code) } }
      for code in actorCodes.sorted() { keep(code) }
      func locationJSON(_ name: String, _ country: String, _ lat: Double, _ lon: Double)
        -> [UInt8]
      {
        var w = JSONWriter(capacity: 128)
        w.raw(",\"name\":")
        w.string(name)
        w.raw(",\"country\":")
        w.string(country)
        w.raw(",\"lat\":")
        w.number(lat)
        w.raw(",\"lon\":")
        w.number(lon)
        w.put(UInt8(ascii: "}"))
        return Array(w.bytes)
      }
      placeJSON = places.map { locationJSON($0.name, $0.iso3, $0.lat, $0.lon) }
      countryJSON = countryList.map { locationJSON($0.name, $0.iso3, $0.lat, $0.lon) }
      wordTable = WordClass.table
      for (c, h) in firstWords { wordTable[h, default: 0] |= c.rawValue }
      for h in patternIndex.keys { wordTable[h, default: 0] |= WordClass.patternStart.rawValue }
      firstWords = []
      patternWords = []
      freezePatternSteps()
    }
    for r in sorted {
      counts[r.section, default: 0] += 1
      let need = LexiconSection.required[r.section] ?? 1
      let filled = r.fields.prefix(need).filter { !$0.isEmpty }.count
      if r.fields.count < need || filled < need {
        fail(
          r,
          "[\(r.section)] needs \(need) fields (\(LexiconSection.fields[r.section]!.prefix(need).joined(separator: " | "))), found \(filled)"
        )
        continue
      }
      let maxFields = LexiconSection.fields[r.section]!.count
      if r.fields.count > maxFields {
        fail(
          r,
          "[\(r.section)] has at most \(maxFields) fields; found \(r.fields.count) (is a ';' written as '|'?)"
        )
        continue
      }
      switch r.section {
      case "cameo":
        guard Self.isCameoCode(r[0]) else {
          fail(r, "\"\(r[0])\" is not a CAMEO code (three or four digits, root 01–20)")
          continue
        }
        guard let g = Double(r[1]), (-10...10).contains(g) else {
          fail(r, "Goldstein weight \"\(r[1])\" must be a number from -10 to 10")
          continue
        }
        let plover = r[2] == "-" || r[2].isEmpty ? nil : r[2]
        if let p = plover, !Self.ploverTypes.contains(p) {
          fail(
            r,
            "unknown PLOVER type \"\(p)\"; expected one of \(Self.ploverTypes.sorted().joined(separator: ", "))"
          )
          continue
        }
        guard checkDuplicate(r, r[0]) else { continue }
        cameo[r[0]] = CameoCode(
          code: r[0], goldstein: g, plover: plover, mode: r[3] == "-" || r[3].isEmpty ? nil : r[3],
          name: r[4])
      case "countries":
        let iso = r[0]
        guard iso.count == 3, iso.allSatisfy({ $0.isUppercase && $0.isASCII }) else {
          fail(r, "\"\(iso)\" is not an ISO 3166-1 alpha-3 code (three capital letters)")
          continue
        }
        guard checkDuplicate(r, iso) else { continue }
        let names = r.list(1)
        let lat = Double(r[4]) ?? 0
        let lon = Double(r[5]) ?? 0
        if !r[4].isEmpty, Double(r[4]) == nil || !(-90...90).contains(lat) {
          fail(r, "latitude \"\(r[4])\" must be a number from -90 to 90")
        }
        if !r[5].isEmpty, Double(r[5]) == nil || !(-180...180).contains(lon) {
          fail(r, "longitude \"\(r[5])\" must be a number from -180 to 180")
        }
        countries[iso] = Country(iso3: iso, name: names.first ?? iso, lat: lat, lon: lon)
        for n in names { insertMention(n, .country(iso, .name)) }
        for a in r.list(2) where a != "-" { insertMention(a, .country(iso, .adjective)) }
        for d in r.list(3) where d != "-" { insertMention(d, .country(iso, .demonym)) }
      case "titles":
        guard Self.roleCodes.contains(r[0]) else {
          fail(
            r,
            "unknown role \"\(r[0])\"; expected one of \(Self.roleCodes.sorted().joined(separator: ", "))"
          )
          continue
        }
        offices.insert(r[2].lowercased())
        for t in r.list(1) {
          insertMention(t, .title(role: r[0], office: r[2].lowercased()))
        }
      case "roles":
        let side = r[2].contains("side")
        guard r[0] == "-" || Self.roleCodes.contains(r[0]) else {
          fail(
            r,
            "unknown role \"\(r[0])\"; expected one of \(Self.roleCodes.sorted().joined(separator: ", ")) or -"
          )
          continue
        }
        for w in r.list(1) {
          insertMention(w, .role(r[0] == "-" ? "" : r[0], side: side))
        }
      case "actors":
        guard let problem = validateActorCode(r[0]) else {
          let occasion = r[2].contains("occasion")
          actorCodes.insert(r[0])
          for n in r.list(1) { insertMention(n, .actor(code: r[0], occasion: occasion)) }
          continue
        }
        fail(r, problem)
      case "people":
        if let problem = validateActorCode(r[1]) {
          fail(r, problem)
          continue
        }
        let from = r[3].isEmpty ? nil : CivilDate.strict(r[3])
        let to = r[4].isEmpty ? nil : CivilDate.strict(r[4])
        if !r[3].isEmpty, from == nil {
          fail(r, "\"\(r[3])\" is not a date (YYYY-MM-DD)")
          continue
        }
        if !r[4].isEmpty, to == nil {
          fail(r, "\"\(r[4])\" is not a date (YYYY-MM-DD)")
          continue
        }
        if let f = from, let t = to, t < f {
          fail(r, "the term ends (\(t)) before it starts (\(f))")
          continue
        }
        let office = r[2].lowercased()
        if !offices.contains(office) {
          fail(
            r,
            "unknown office \"\(r[2])\"; add it to a [titles] record or use one of: \(offices.sorted().joined(separator: ", "))"
          )
          continue
        }
        let term = Person.Term(code: r[1], office: office, from: from, to: to)
        let index: Int
        if let existing = personIndex[r[0]] {
          index = existing
          if people[index].terms.contains(where: { $0.from == from && $0.office == office }) {
            fail(r, "duplicate term for \(r[0]) as \(office) from \(r[3])")
            continue
          }
          people[index].terms.append(term)
        } else {
          index = people.count
          personIndex[r[0]] = index
          people.append(Person(name: r[0], terms: [term]))
          insertMention(r[0], .person(index))
        }
        for alias in r.list(5) {
          let tokens = Tokenizer().tokenize(alias)
          if !mentions.exact(tokens, 0..<tokens.count).contains(where: {
            $0.value == .person(index)
          }) {
            insertMention(alias, .person(index))
          }
        }
      case "places":
        let iso = r[1]
        guard countries[iso] != nil else {
          fail(r, "unknown country \"\(iso)\" for place \(r[0]); add it to [countries] first")
          continue
        }
        guard let lat = Double(r[2]), let lon = Double(r[3]), (-90...90).contains(lat),
          (-180...180).contains(lon)
        else {
          fail(
            r, "coordinates \"\(r[2]) | \(r[3])\" must be latitude -90…90 and longitude -180…180")
          continue
        }
        let kind = r[4].isEmpty ? "city" : r[4].lowercased()
        guard ["capital", "city", "region", "venue"].contains(kind) else {
          fail(r, "place kind \"\(kind)\" must be capital, city, region or venue")
          continue
        }
        guard checkDuplicate(r, r[0]) else { continue }
        let index = places.count
        places.append(Place(name: r[0], iso3: iso, lat: lat, lon: lon, kind: kind))
        insertMention(r[0], .place(index))
        for a in r.list(5) { insertMention(a, .place(index)) }
      case "wordlists":
        guard r[0].hasPrefix("@"), r[0].count > 1, !r[0].contains(" ") else {
          fail(r, "a word list's name is one word after @ (@censure-adjectives)")
          continue
        }
        // (A user's list of a bundled list's name adds to it; one file names a list once.)
        guard checkDuplicate(r, r[0]) else { continue }
        errors += addWordList(r)
      case "events":
        guard checkDuplicate(r, r[0]) else { continue }
        switch compilePattern(r) {
        case .success(let p):
          let index = patterns.count
          patterns.append(p)
          patternIDs.insert(p.id)
          if case .words(let first) = p.elements.first! {
            for h in first { patternIndex[h, default: []].append(index) }
          }
        case .failure(let e): errors.append(e)
        }
      case "examples":
        if let e = addExample(r) { errors.append(e) }
      case "recodes":
        guard checkDuplicate(r, r[0]) else { continue }
        switch Self.compileRecode(r, cameo: cameo) {
        case .success(let recode):
          // A user's records come first: a bundled recode of the same name is replaced by
          // the user's, which takes the bundled one's place in the order.
          if let i = recodes.firstIndex(where: { $0.name == recode.name }) {
            recodes.append(recodes.remove(at: i))
          } else {
            recodes.append(recode)
          }
        case .failure(let e): errors.append(e)
        }
      case "regions":
        let bounds = (1...4).map { Double(r[$0]) }
        let w = r[0].lowercased().split(separator: " ").map { TokenHash.of(String($0)) }
        guard bounds.allSatisfy({ $0 != nil }), let s = bounds[0], let n = bounds[1],
          let west = bounds[2], let east = bounds[3], s <= n, west <= east, (-90...90).contains(s),
          (-90...90).contains(n), (-180...180).contains(west), (-180...180).contains(east),
          w.count == 1 || w.count == 2
        else {
          fail(
            r,
            "a region is one or two words and south <= north (-90 to 90), west <= east (-180 to 180)"
          )
          continue
        }
        guard checkDuplicate(r, r[0]) else { continue }
        // (A user's records come first: the bundled region of the same words does not replace it.)
        let key = w.count == 2 ? TokenHash.combine(w[0], w[1]) : w[0]
        if regions[key] == nil { regions[key] = Region(lat: s...n, lon: west...east) }
      case "kinds":
        let w = r[0].lowercased().split(separator: " ").map { TokenHash.of(String($0)) }
        let codes = r[1].split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
        guard w.count == 1 || w.count == 2, !codes.isEmpty,
          codes.allSatisfy({ $0.count == 3 && $0.allSatisfy(\.isUppercase) })
        else {
          fail(r, "a kind is one or two words and ISO alpha-3 codes separated by ;")
          continue
        }
        guard checkDuplicate(r, r[0]) else { continue }
        let key = w.count == 2 ? TokenHash.combine(w[0], w[1]) : w[0]
        if kinds[key] == nil { kinds[key] = codes.map { Code($0) } }
      case "modality":
        guard let m = Modality(rawValue: r[0]) else {
          fail(
            r,
            "unknown modality \"\(r[0])\"; expected occurred, planned, possible, negated or cancelled"
          )
          continue
        }
        let near = r[2].lowercased() == "near"
        if !r[2].isEmpty, !["near", "before"].contains(r[2].lowercased()) {
          fail(r, "scope \"\(r[2])\" must be near or before")
          continue
        }
        for phrase in r.list(1) {
          let (hashes, caps) = PhraseTable<ModalityMarker>.key(phrase)
          modality.insert(hashes, ModalityMarker(modality: m, near: near), requiresCaps: caps)
          if let first = hashes.first { firstWords.append((.modalityStart, first)) }
        }
      case "topics":
        for phrase in r.list(1) {
          let (hashes, caps) = PhraseTable<String>.key(phrase)
          topics.insert(hashes, r[0], requiresCaps: caps)
          if let first = hashes.first { firstWords.append((.topicStart, first)) }
        }
      default:
        break
      }
    }
    return errors
  }

}
