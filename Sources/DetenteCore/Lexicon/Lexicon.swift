import Foundation

/// All lexicons, compiled into look-up tables: countries, named actors, roles, titles, people,
/// places, event patterns, modality markers, topics and the CAMEO table.
///
/// Built from the data files bundled with the library and any user files, which add entries or
/// override bundled ones (a user's entry for the same phrase is tried first).
public struct Lexicon: Sendable {
  /// Countries by ISO alpha-3 code.
  public internal(set) var countries: [String: Country] = [:]
  /// People, indexed by `MentionEntry.person`.
  public internal(set) var people: [Person] = []
  /// Places, indexed by `MentionEntry.place`.
  public internal(set) var places: [Place] = []
  /// Phrases naming actors, places, roles and titles.
  public internal(set) var mentions = PhraseTable<MentionEntry>()
  /// Event patterns, in file order.
  public internal(set) var patterns: [EventPattern] = []
  /// The example sentences of the patterns (`[examples]`), in file order.
  public internal(set) var examples: [PatternExample] = []
  /// The ids of `patterns`.
  var patternIDs: Set<String> = []
  /// The word lists of `[wordlists]`, by name: the hashes of the words (and of every form of
  /// the `+verb`s) a pattern's `@name` stands for.
  var wordLists: [String: HashSet64] = [:]
  /// Regions a country can be described by, by the hash of their word or of their two words
  /// combined (`TokenHash.combine`).
  public internal(set) var regions: [UInt64: Region] = [:]
  /// Kinds of country a description names ("the kingdom", "the sultanate"): the countries it
  /// can mean, by the hash of its word or of its two words combined.
  var kinds: [UInt64: [Code]] = [:]
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
  var recodes: [Recode] = []
  /// Pattern indices by the hash of a word their first position accepts.
  public internal(set) var patternIndex: HashMap64<[Int]> = [:]
  /// Modality markers.
  public internal(set) var modality = PhraseTable<ModalityMarker>()
  /// Topic phrases.
  public internal(set) var topics = PhraseTable<String>()
  /// The CAMEO table by code.
  public internal(set) var cameo: [String: CameoCode] = [:]
  /// The countries' names (as in `countries`), for testing a topic word.
  public internal(set) var countryNames: Set<String> = []
  /// Offices named in titles.lex.
  public internal(set) var offices: Set<String> = []
  /// People by full name (index into `people`).
  public internal(set) var personIndex: [String: Int] = [:]
  /// Who ever held each office (indices into `people`, in file order).
  public internal(set) var holders: [String: [Int]] = [:]
  /// Records read, per section, for `lexicon check` reports.
  public internal(set) var counts: [String: Int] = [:]

  // The tables the coder reads, in plain values (see `CodedActor`).
  /// `mentions` with codes as `Code` and offices by hash.
  var mentionValues = PhraseTable<MentionValue>()
  /// The countries, by ISO code.
  var countryList: [Country] = []
  /// Index into `countryList` by the country's `Code.key`.
  var countryIndex: HashMap64<Int32> = [:]
  /// `holders` by the hash of the office.
  var holdersByOffice: HashMap64<[Int]> = [:]
  /// `cameo` by the code's `Code.key`.
  var cameoFacts: HashMap64<CameoFacts> = [:]
  /// For each place, the rest of an event's location after its text:
  /// `,"name":…,"country":…,"lat":…,"lon":…}`.
  var placeJSON: [[UInt8]] = []
  /// The same for each country of `countryList`.
  var countryJSON: [[UInt8]] = []
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
  var wordTable: HashMap64<UInt64> = WordClass.table
  /// First words of the phrases of each table, gathered while compiling.
  var firstWords: [(WordClass, UInt64)] = []

  /// Tokenizes `bytes` with this lexicon's word bits (see `wordTable`).
  func tokenize(_ bytes: UnsafeBufferPointer<UInt8>, into tokens: inout [Token]) {
    Tokenizer().tokenize(bytes, into: &tokens, words: wordTable)
  }

  /// The strings of the codes events carry most (countries, roles, countries with roles, the
  /// lexicon's actor codes), made once: an event's actor then costs no new string for them
  /// (`SharedLexicon.string`).
  var codeStrings: HashMap64<(code: Code, string: String)> = [:]

  static func stringKey(_ c: Code) -> UInt64 { c.lo ^ (c.hi &* 0x9E37_79B9_7F4A_7C15) }

  /// The country of `code`, if the lexicon knows it.
  func country(_ code: Code) -> Country? {
    guard code.count <= 3, let i = countryIndex[code.key] else { return nil }
    return countryList[Int(i)]
  }

  /// Adds a phrase to both mention tables (tokenized once).
  mutating func insertMention(_ phrase: String, _ entry: MentionEntry) {
    let (hashes, caps) = PhraseTable<MentionEntry>.key(phrase)
    if let first = hashes.first { firstWords.append((.mentionStart, first)) }
    mentions.insert(hashes, entry, requiresCaps: caps)
    mentionValues.insert(hashes, MentionValue(entry), requiresCaps: caps)
  }

  /// Role codes the lexicons may use.
  public static let roleCodes: Set<String> = Set(Role.all.map(\.code))

  /// The bundled lexicon files, in load order.
  public static let bundledFiles = [
    "cameo.lex", "countries.lex", "actors.lex", "roles.lex", "titles.lex", "people.lex",
    "places.lex",
    "events.lex", "recodes.lex", "regions.lex", "modality.lex", "topics.lex", "examples.lex",
  ]

  /// The environment variable that names the folder of the bundled lexicon files, for
  /// installs that keep them apart from the binary.
  public static let directoryVariable = "DETENTE_LEXICON"

  /// The folders searched for the bundled files: the one `DETENTE_LEXICON` names when it is
  /// set (and then no other), or else the resources folder next to the running program
  /// (symbolic links followed), then the source tree the library was built from.
  public static var bundledDirectoryCandidates: [URL] {
    if let v = ProcessInfo.processInfo.environment[directoryVariable], !v.isEmpty {
      return [URL(fileURLWithPath: v, isDirectory: true)]
    }
    return BundledResources.candidates(folder: "Lexicon")
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
          + "\(BundledResources.resourcesName) next to the program, or set \(directoryVariable) to the folder "
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

  // (Compiling records into tables: Lexicon+Compile.swift.)

}
