extension Lexicon {
  // MARK: - Compiling

  /// What compiling the records keeps from one record to the next: the errors so far, the first
  /// record of each entry (to tell a file's duplicates), and the actor codes defined.
  struct Compilation {
    var errors: [LexiconError] = []
    var seen: [String: LexiconRecord] = [:]
    var actorCodes: Set<String> = []

    mutating func fail(_ r: LexiconRecord, _ m: String) {
      errors.append(LexiconError(file: r.file, line: r.line, m))
    }

    /// Whether `r` may define `key` in its section: false (with an error) when the same file
    /// defined it before; a second file's entry of the same key is allowed (a user's file
    /// extends or overrides the bundled one).
    mutating func isFirst(_ r: LexiconRecord, _ key: String) -> Bool {
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
  }

  /// The sections in the order they are compiled: what a section refers to comes first.
  static let compileOrder = [
    "cameo", "countries", "titles", "roles", "actors", "people", "places", "wordlists", "events",
    "examples", "recodes", "regions", "kinds", "modality", "topics",
  ]

  mutating func compile(_ records: [LexiconRecord]) -> [LexiconError] {
    var c = Compilation()
    let sorted = records.enumerated().sorted {
      let a = Self.compileOrder.firstIndex(of: $0.element.section) ?? 99
      let b = Self.compileOrder.firstIndex(of: $1.element.section) ?? 99
      return a != b ? a < b : $0.offset < $1.offset
    }.map(\.element)
    for r in sorted where hasFields(r, &c) {
      compileRecord(r, &c)
    }
    finishCompiling(actorCodes: c.actorCodes)
    return c.errors
  }

  /// Whether `r` has its section's required fields and no more than its section's fields
  /// (counted in `counts` either way).
  mutating func hasFields(_ r: LexiconRecord, _ c: inout Compilation) -> Bool {
    counts[r.section, default: 0] += 1
    let need = LexiconSection.required[r.section] ?? 1
    let filled = r.fields.prefix(need).filter { !$0.isEmpty }.count
    if r.fields.count < need || filled < need {
      c.fail(
        r,
        "[\(r.section)] needs \(need) fields (\(LexiconSection.fields[r.section]!.prefix(need).joined(separator: " | "))), found \(filled)"
      )
      return false
    }
    let maxFields = LexiconSection.fields[r.section]!.count
    if r.fields.count > maxFields {
      c.fail(
        r,
        "[\(r.section)] has at most \(maxFields) fields; found \(r.fields.count) (is a ';' written as '|'?)"
      )
      return false
    }
    return true
  }

  /// Adds one record to the lexicon, by its section.
  mutating func compileRecord(_ r: LexiconRecord, _ c: inout Compilation) {
    switch r.section {
    case "cameo": compileCameo(r, &c)
    case "countries": compileCountries(r, &c)
    case "titles": compileTitles(r, &c)
    case "roles": compileRoles(r, &c)
    case "actors": compileActors(r, &c)
    case "people": compilePeople(r, &c)
    case "places": compilePlaces(r, &c)
    case "wordlists": compileWordlists(r, &c)
    case "events": compileEvents(r, &c)
    case "examples": compileExamples(r, &c)
    case "recodes": compileRecodes(r, &c)
    case "regions": compileRegions(r, &c)
    case "kinds": compileKinds(r, &c)
    case "modality": compileModality(r, &c)
    case "topics": compileTopics(r, &c)
    default: break
    }
  }

  /// The tables built from everything compiled: the holders of each office, the countries in
  /// order, the codes' facts and strings, the places' JSON, the word classes and the frozen
  /// pattern steps.
  mutating func finishCompiling(actorCodes: Set<String>) {
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
      w.placeFields(name: name, country: country, lat: lat, lon: lon)
      return w.array
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

  // MARK: - Sections

  /// A CAMEO code: its Goldstein weight, PLOVER type and mode, and name.
  mutating func compileCameo(_ r: LexiconRecord, _ c: inout Compilation) {
    guard Self.isCameoCode(r[0]) else {
      c.fail(r, "\"\(r[0])\" is not a CAMEO code (three or four digits, root 01–20)")
      return
    }
    guard let g = Double(r[1]), (-10...10).contains(g) else {
      c.fail(r, "Goldstein weight \"\(r[1])\" must be a number from -10 to 10")
      return
    }
    let plover = r[2] == "-" || r[2].isEmpty ? nil : r[2]
    if let p = plover, !Self.ploverTypes.contains(p) {
      c.fail(
        r,
        "unknown PLOVER type \"\(p)\"; expected one of \(Self.ploverTypes.sorted().joined(separator: ", "))"
      )
      return
    }
    guard c.isFirst(r, r[0]) else { return }
    cameo[r[0]] = CameoCode(
      code: r[0], goldstein: g, plover: plover, mode: r[3] == "-" || r[3].isEmpty ? nil : r[3],
      name: r[4])
  }

  /// A country: its ISO code, names, adjectives, demonyms and centre.
  mutating func compileCountries(_ r: LexiconRecord, _ c: inout Compilation) {
    let iso = r[0]
    guard iso.count == 3, iso.allSatisfy({ $0.isUppercase && $0.isASCII }) else {
      c.fail(r, "\"\(iso)\" is not an ISO 3166-1 alpha-3 code (three capital letters)")
      return
    }
    guard c.isFirst(r, iso) else { return }
    let names = r.list(1)
    let lat = Double(r[4]) ?? 0
    let lon = Double(r[5]) ?? 0
    if !r[4].isEmpty, Double(r[4]) == nil || !(-90...90).contains(lat) {
      c.fail(r, "latitude \"\(r[4])\" must be a number from -90 to 90")
    }
    if !r[5].isEmpty, Double(r[5]) == nil || !(-180...180).contains(lon) {
      c.fail(r, "longitude \"\(r[5])\" must be a number from -180 to 180")
    }
    countries[iso] = Country(iso3: iso, name: names.first ?? iso, lat: lat, lon: lon)
    for n in names { insertMention(n, .country(iso, .name)) }
    for a in r.list(2) where a != "-" { insertMention(a, .country(iso, .adjective)) }
    for d in r.list(3) where d != "-" { insertMention(d, .country(iso, .demonym)) }
  }

  /// Titles that name a role and an office ("foreign minister").
  mutating func compileTitles(_ r: LexiconRecord, _ c: inout Compilation) {
    guard Self.roleCodes.contains(r[0]) else {
      c.fail(
        r,
        "unknown role \"\(r[0])\"; expected one of \(Self.roleCodes.sorted().joined(separator: ", "))"
      )
      return
    }
    offices.insert(r[2].lowercased())
    for t in r.list(1) {
      insertMention(t, .title(role: Role(r[0]), office: r[2].lowercased()))
    }
  }

  /// Words for a role without a country ("the ministry", "both sides").
  mutating func compileRoles(_ r: LexiconRecord, _ c: inout Compilation) {
    let side = r[2].contains("side")
    guard r[0] == "-" || Self.roleCodes.contains(r[0]) else {
      c.fail(
        r,
        "unknown role \"\(r[0])\"; expected one of \(Self.roleCodes.sorted().joined(separator: ", ")) or -"
      )
      return
    }
    for w in r.list(1) {
      insertMention(w, .role(r[0] == "-" ? Role() : Role(r[0]), side: side))
    }
  }

  /// A named actor that is not a person (an organisation, a group).
  mutating func compileActors(_ r: LexiconRecord, _ c: inout Compilation) {
    guard let problem = validateActorCode(r[0]) else {
      let occasion = r[2].contains("occasion")
      c.actorCodes.insert(r[0])
      for n in r.list(1) { insertMention(n, .actor(code: r[0], occasion: occasion)) }
      return
    }
    c.fail(r, problem)
  }

  /// A person and one of their terms of office.
  mutating func compilePeople(_ r: LexiconRecord, _ c: inout Compilation) {
    if let problem = validateActorCode(r[1]) {
      c.fail(r, problem)
      return
    }
    let from = r[3].isEmpty ? nil : CivilDate.strict(r[3])
    let to = r[4].isEmpty ? nil : CivilDate.strict(r[4])
    if !r[3].isEmpty, from == nil {
      c.fail(r, "\"\(r[3])\" is not a date (YYYY-MM-DD)")
      return
    }
    if !r[4].isEmpty, to == nil {
      c.fail(r, "\"\(r[4])\" is not a date (YYYY-MM-DD)")
      return
    }
    if let f = from, let t = to, t < f {
      c.fail(r, "the term ends (\(t)) before it starts (\(f))")
      return
    }
    let office = r[2].lowercased()
    if !offices.contains(office) {
      c.fail(
        r,
        "unknown office \"\(r[2])\"; add it to a [titles] record or use one of: \(offices.sorted().joined(separator: ", "))"
      )
      return
    }
    let term = Person.Term(code: r[1], office: office, from: from, to: to)
    let index: Int
    if let existing = personIndex[r[0]] {
      index = existing
      if people[index].terms.contains(where: { $0.from == from && $0.office == office }) {
        c.fail(r, "duplicate term for \(r[0]) as \(office) from \(r[3])")
        return
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
  }

  /// A place: its country, coordinates, kind and other names.
  mutating func compilePlaces(_ r: LexiconRecord, _ c: inout Compilation) {
    let iso = r[1]
    guard countries[iso] != nil else {
      c.fail(r, "unknown country \"\(iso)\" for place \(r[0]); add it to [countries] first")
      return
    }
    guard let lat = Double(r[2]), let lon = Double(r[3]), (-90...90).contains(lat),
      (-180...180).contains(lon)
    else {
      c.fail(
        r, "coordinates \"\(r[2]) | \(r[3])\" must be latitude -90…90 and longitude -180…180")
      return
    }
    let kind = r[4].isEmpty ? "city" : r[4].lowercased()
    guard ["capital", "city", "region", "venue"].contains(kind) else {
      c.fail(r, "place kind \"\(kind)\" must be capital, city, region or venue")
      return
    }
    guard c.isFirst(r, r[0]) else { return }
    let index = places.count
    places.append(Place(name: r[0], iso3: iso, lat: lat, lon: lon, kind: kind))
    insertMention(r[0], .place(index))
    for a in r.list(5) { insertMention(a, .place(index)) }
  }

  /// A named list of words that patterns refer to as @name.
  mutating func compileWordlists(_ r: LexiconRecord, _ c: inout Compilation) {
    guard r[0].hasPrefix("@"), r[0].count > 1, !r[0].contains(" ") else {
      c.fail(r, "a word list's name is one word after @ (@censure-adjectives)")
      return
    }
    // (A user's list of a bundled list's name adds to it; one file names a list once.)
    guard c.isFirst(r, r[0]) else { return }
    c.errors += addWordList(r)
  }

  /// An event pattern, indexed by its first words.
  mutating func compileEvents(_ r: LexiconRecord, _ c: inout Compilation) {
    guard c.isFirst(r, r[0]) else { return }
    switch compilePattern(r) {
    case .success(let p):
      let index = patterns.count
      patterns.append(p)
      patternIDs.insert(p.id)
      if case .words(let first) = p.elements.first! {
        for h in first { patternIndex[h, default: []].append(index) }
      }
    case .failure(let e): c.errors.append(e)
    }
  }

  /// An example sentence for a pattern, checked by the tests.
  mutating func compileExamples(_ r: LexiconRecord, _ c: inout Compilation) {
    if let e = addExample(r) { c.errors.append(e) }
  }

  /// A recode rule, applied to events after coding.
  mutating func compileRecodes(_ r: LexiconRecord, _ c: inout Compilation) {
    guard c.isFirst(r, r[0]) else { return }
    switch Self.compileRecode(r, cameo: cameo) {
    case .success(let recode):
      // A user's records come first: a bundled recode of the same name is replaced by
      // the user's, which takes the bundled one's place in the order.
      if let i = recodes.firstIndex(where: { $0.name == recode.name }) {
        recodes.append(recodes.remove(at: i))
      } else {
        recodes.append(recode)
      }
    case .failure(let e): c.errors.append(e)
    }
  }

  /// A region: one or two words and its bounds.
  mutating func compileRegions(_ r: LexiconRecord, _ c: inout Compilation) {
    let bounds = (1...4).map { Double(r[$0]) }
    let w = r[0].lowercased().split(separator: " ").map { TokenHash.of(String($0)) }
    guard bounds.allSatisfy({ $0 != nil }), let s = bounds[0], let n = bounds[1],
      let west = bounds[2], let east = bounds[3], s <= n, west <= east, (-90...90).contains(s),
      (-90...90).contains(n), (-180...180).contains(west), (-180...180).contains(east),
      w.count == 1 || w.count == 2
    else {
      c.fail(
        r,
        "a region is one or two words and south <= north (-90 to 90), west <= east (-180 to 180)"
      )
      return
    }
    guard c.isFirst(r, r[0]) else { return }
    // (A user's records come first: the bundled region of the same words does not replace it.)
    let key = w.count == 2 ? TokenHash.combine(w[0], w[1]) : w[0]
    if regions[key] == nil { regions[key] = Region(lat: s...n, lon: west...east) }
  }

  /// A kind of place or body and the countries it stands for.
  mutating func compileKinds(_ r: LexiconRecord, _ c: inout Compilation) {
    let w = r[0].lowercased().split(separator: " ").map { TokenHash.of(String($0)) }
    let codes = r[1].split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
    guard w.count == 1 || w.count == 2, !codes.isEmpty,
      codes.allSatisfy({ $0.count == 3 && $0.allSatisfy(\.isUppercase) })
    else {
      c.fail(r, "a kind is one or two words and ISO alpha-3 codes separated by ;")
      return
    }
    guard c.isFirst(r, r[0]) else { return }
    let key = w.count == 2 ? TokenHash.combine(w[0], w[1]) : w[0]
    if kinds[key] == nil { kinds[key] = codes.map { Code($0) } }
  }

  /// Words that make an event planned, possible, negated or cancelled.
  mutating func compileModality(_ r: LexiconRecord, _ c: inout Compilation) {
    guard let m = Modality(rawValue: r[0]) else {
      c.fail(
        r,
        "unknown modality \"\(r[0])\"; expected occurred, planned, possible, negated or cancelled"
      )
      return
    }
    let near = r[2].lowercased() == "near"
    if !r[2].isEmpty, !["near", "before"].contains(r[2].lowercased()) {
      c.fail(r, "scope \"\(r[2])\" must be near or before")
      return
    }
    for phrase in r.list(1) {
      let (hashes, caps) = PhraseTable<ModalityMarker>.key(phrase)
      modality.insert(hashes, ModalityMarker(modality: m, near: near), requiresCaps: caps)
      if let first = hashes.first { firstWords.append((.modalityStart, first)) }
    }
  }

  /// Words that give an event its topic.
  mutating func compileTopics(_ r: LexiconRecord, _ c: inout Compilation) {
    for phrase in r.list(1) {
      let (hashes, caps) = PhraseTable<String>.key(phrase)
      topics.insert(hashes, r[0], requiresCaps: caps)
      if let first = hashes.first { firstWords.append((.topicStart, first)) }
    }
  }
}
