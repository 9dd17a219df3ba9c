/// Checking actor codes and compiling the event patterns of `[events]` records.
extension Lexicon {
  /// Checks an actor code: a known country plus an optional role, or IGO/NGO plus letters.
  func validateActorCode(_ code: String) -> String? {
    guard code.count >= 3, code.allSatisfy({ $0.isASCII && ($0.isUppercase || $0.isNumber) })
    else {
      return
        "actor code \"\(code)\" must be capitals: a country code and a role (RUSGOV) or IGO/NGO/IMG and a name (IGONATO)"
    }
    // (The coder holds a code in sixteen bytes, and adds up to three for a role.)
    guard code.count <= Self.maxCodeLength else {
      return
        "actor code \"\(code)\" is too long: codes have at most \(Self.maxCodeLength) letters"
    }
    let prefix = String(code.prefix(3))
    if Actor.organisationPrefixes.contains(prefix) { return nil }
    guard countries[prefix] != nil else {
      return "unknown country \"\(prefix)\" in actor code \"\(code)\"; add it to [countries] first"
    }
    let role = String(code.dropFirst(3))
    if !role.isEmpty, !Self.roleCodes.contains(String(role.prefix(3))) {
      return
        "unknown role \"\(role)\" in actor code \"\(code)\"; expected one of \(Self.roleCodes.sorted().joined(separator: ", "))"
    }
    return nil
  }

  /// The longest actor code the lexicon accepts.
  public static let maxCodeLength = 13

  /// The 16 PLOVER event types.
  public static let ploverTypes: Set<String> = [
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
    "REJECT",
    "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
  ]

  static func isCameoCode(_ s: String) -> Bool {
    guard (3...4).contains(s.count), s.allSatisfy({ $0.isASCII && $0.isNumber }),
      let root = Int(s.prefix(2))
    else {
      return false
    }
    return (1...20).contains(root)
  }

  /// Adds the words of a `[wordlists]` record to its list, each checked at the record's line.
  mutating func addWordList(_ r: LexiconRecord) -> [LexiconError] {
    var errors: [LexiconError] = []
    for word in r.list(1) {
      switch Self.hashes(of: Substring(word)) {
      case .success(let h): wordLists[r[0], default: []].formUnion(h)
      case .failure(let e): errors.append(LexiconError(file: r.file, line: r.line, e.message))
      }
    }
    return errors
  }

  /// Freezes each pattern's steps for the trigger finder: its words (into `patternWords`), or a
  /// gap (`nil`) with its limit in `patternGapLimits`.
  mutating func freezePatternSteps() {
    patternSteps = []
    patternGapLimits = []
    for p in patterns {
      var steps: [FlatSet64?] = []
      var limits: [UInt8] = []
      for e in p.elements {
        switch e {
        case .words(let set):
          steps.append(set.flatten(into: &patternWords))
          limits.append(0)
        case .gap(let limit):
          steps.append(nil)
          limits.append(UInt8(limit))
        }
      }
      patternSteps.append(steps)
      patternGapLimits.append(limits)
    }
  }

  /// The longest gap a pattern may name (`*12`).
  static let maxGap = 12

  /// A failure to read one word of a pattern.
  struct PatternWordError: Error { var message: String }

  /// The hashes of one alternative of a pattern: a word, or a `+verb` in all its forms.
  static func hashes(of alt: Substring) -> Result<HashSet64, PatternWordError> {
    func err(_ m: String) -> Result<HashSet64, PatternWordError> {
      .failure(PatternWordError(message: m))
    }
    var forms: [String]
    if alt.hasPrefix("+") {
      var lemma = String(alt.dropFirst())
      var extra: [String] = []
      if let open = lemma.firstIndex(of: "[") {
        guard lemma.hasSuffix("]") else { return err("unclosed [ in \"\(alt)\"") }
        extra = lemma[lemma.index(after: open)..<lemma.index(before: lemma.endIndex)]
          .split(separator: ",").map { String($0).trimmingWhitespace() }
        lemma = String(lemma[..<open])
      }
      if lemma.isEmpty { return err("empty verb after + in \"\(alt)\"") }
      forms = EventPattern.inflections(lemma, extra: extra)
    } else {
      forms = [String(alt)]
    }
    var hashes: HashSet64 = []
    let tokenizer = Tokenizer()
    for f in forms {
      let t = tokenizer.tokenize(f)
      guard t.count == 1 else {
        if f == "'s" || f == "n't" {
          hashes.insert(t.first?.hash ?? 0)
          continue
        }
        return err("\"\(f)\" is more than one word; separate words with spaces")
      }
      hashes.insert(t[0].hash)
    }
    return .success(hashes)
  }

  /// A problem in a pattern's text, its target list or its flags, said as the error's message.
  struct PatternProblem: Error {
    let message: String
    init(_ message: String) { self.message = message }
  }

  /// A pattern's words as steps: word sets (with `/` alternatives and `@lists`) and gaps (`*`,
  /// `*N`).
  func patternElements(_ text: String) -> Result<[EventPattern.Element], PatternProblem> {
    func fail(_ m: String) -> Result<[EventPattern.Element], PatternProblem> {
      .failure(PatternProblem(m))
    }
    var elements: [EventPattern.Element] = []
    for word in text.split(separator: " ") {
      if word.hasPrefix("*") {
        if elements.isEmpty { return fail("a pattern cannot start with *") }
        // "*" is up to six words; "*10" up to ten.
        let limit = word == "*" ? 6 : Int(word.dropFirst()) ?? 0
        guard (1...Self.maxGap).contains(limit) else {
          return fail(
            "\"\(word)\" is not a gap: write * (six words) or *N, N from 1 to \(Self.maxGap)")
        }
        elements.append(.gap(limit))
        continue
      }
      var hashes: HashSet64 = []
      for alt in word.split(separator: "/") {
        // "@censure-adjectives": every word of a list of [wordlists].
        if alt.hasPrefix("@") {
          guard let list = wordLists[String(alt)] else {
            return fail("unknown word list \"\(alt)\"; define it in [wordlists]")
          }
          hashes.formUnion(list)
          continue
        }
        switch Self.hashes(of: alt) {
        case .success(let h): hashes.formUnion(h)
        case .failure(let m): return fail(m.message)
        }
      }
      elements.append(.words(hashes))
    }
    return .success(elements)
  }

  /// A pattern's targets, tried in order: obj, in, place, - or a preposition.
  static func patternSlots(_ text: String) -> Result<[EventPattern.Slot], PatternProblem> {
    func fail(_ m: String) -> Result<[EventPattern.Slot], PatternProblem> {
      .failure(PatternProblem(m))
    }
    var slots: [EventPattern.Slot] = []
    for s in text.split(separator: " ") {
      switch s {
      case "obj": slots.append(.object)
      case "in": slots.append(.inGap)
      case "place": slots.append(.place)
      case "-": slots.append(.none)
      default:
        let prepositions: Set<String> = [
          "with", "to", "on", "against", "of", "from", "into", "at", "for", "between", "by", "near",
          "toward",
          "towards", "over", "about", "in", "off", "around", "outside", "across", "inside", "onto",
          "upon",
        ]
        guard prepositions.contains(String(s)) else {
          return fail(
            "unknown target \"\(s)\"; use obj, in, place, - or a preposition (\(prepositions.sorted().joined(separator: ", ")))"
          )
        }
        slots.append(.preposition(TokenHash.of(String(s)), String(s)))
      }
    }
    return .success(slots)
  }

  func compilePattern(_ r: LexiconRecord) -> Result<EventPattern, LexiconError> {
    func err(_ m: String) -> Result<EventPattern, LexiconError> {
      .failure(LexiconError(file: r.file, line: r.line, m))
    }
    let isExclusion = r[1] == EventPattern.exclusionCode
    guard cameo[r[1]] != nil || isExclusion else {
      return err(
        "unknown CAMEO code \"\(r[1])\"; it must be listed in [cameo] (or be `not` for an exclusion)"
      )
    }
    let elements: [EventPattern.Element]
    switch patternElements(r[2]) {
    case .success(let e): elements = e
    case .failure(let e): return err(e.message)
    }
    guard !elements.isEmpty else { return err("empty pattern") }
    let gapCount = elements.filter { if case .gap = $0 { return true } else { return false } }
      .count
    guard gapCount <= Gaps.capacity else {
      return err("a pattern has at most \(Gaps.capacity) gaps (*); this one has \(gapCount)")
    }
    if case .gap = elements.last! { return err("a pattern cannot end with *") }
    let slots: [EventPattern.Slot]
    switch Self.patternSlots(r[3]) {
    case .success(let e): slots = e
    case .failure(let e): return err(e.message)
    }
    var symmetric = false
    var isNoun = false
    var reciprocal = false
    var sourceByAgent = false
    var sourceFrom = false
    var refineMeet = false
    var sharesTarget = false
    var targetsHome = false
    var targetsOrganisation = false
    var passiveOnly = false
    var fixedModality: Modality?
    var placeAt: EventPattern.Side?
    for flag in r[4].split(separator: " ") {
      switch flag {
      case "sym": symmetric = true
      case "noun": isNoun = true
      case "recip": reciprocal = true
      case "src=by": sourceByAgent = true
      case "src=from": sourceFrom = true
      case "refine=meet": refineMeet = true
      case "shared": sharesTarget = true
      case "home": targetsHome = true
      case "org": targetsOrganisation = true
      case "passive": passiveOnly = true
      default:
        if flag.hasPrefix("mod="), let m = Modality(rawValue: String(flag.dropFirst(4))) {
          fixedModality = m
        } else if flag.hasPrefix("at="),
          let side = EventPattern.Side(rawValue: String(flag.dropFirst(3)))
        {
          placeAt = side
        } else {
          return err(
            "unknown flag \"\(flag)\"; expected sym, noun, recip, src=by, src=from, refine=meet, shared, home, org, passive, at=source, at=target or mod=MODALITY"
          )
        }
      }
    }
    if isExclusion, slots != [.none] || !r[4].isEmpty {
      return err(
        "an exclusion (code `not`) has target - and no flags: it only stops other patterns")
    }
    let p = EventPattern(
      id: r[0], cameo: r[1], elements: elements, slots: slots, symmetric: symmetric,
      isNoun: isNoun, reciprocal: reciprocal, fixedModality: fixedModality,
      sourceByAgent: sourceByAgent, sourceFrom: sourceFrom, refineMeet: refineMeet,
      sharesTarget: sharesTarget,
      targetsHome: targetsHome, targetsOrganisation: targetsOrganisation,
      passiveOnly: passiveOnly, placeAt: placeAt,
      file: r.file, line: r.line, text: r[2])
    return .success(p)
  }
}
