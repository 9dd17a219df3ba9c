/// Reading the `[recodes]` section: `name | codes | becomes | when`.
///
/// - `codes`: CAMEO codes separated by `;`, each exact (`190`) or a prefix with `*` (`18*`).
/// - `becomes`: a CAMEO code of the table, `drop` (the event is not coded) or `keep` (nothing:
///   written in a user's file under a bundled recode's name, it switches that recode off).
/// - `when`: tests separated by `;`, all of which must hold; `a or b` holds when either does;
///   `!` before a test negates it. The tests: `source.role=GOV,-` and `target.role=CVL,REF`
///   (one of these roles; `-` is no role), `source.person`, `target`, `target.person`,
///   `same-country`, `target.organisation`, `target.place`, `future` (planned or possible),
///   `conditional` (future, with an "if" after the trigger), `trigger=protest,protests` (the
///   trigger's first word) and `next:3=hundreds,thousands` (one of the next three words; a word
///   class as `@property-nouns`).
extension Lexicon {
  /// The word classes a recode may name with `@`.
  static let recodeWordClasses: [String: WordClass] = [
    "property-nouns": .propertyNouns, "person-plural": .personPlural, "quantities": .quantities,
  ]

  static func compileRecode(_ r: LexiconRecord, cameo: [String: CameoCode]) -> Result<
    Recode, LexiconError
  > {
    func fail(_ m: String) -> Result<Recode, LexiconError> {
      .failure(LexiconError(file: r.file, line: r.line, m))
    }
    var codes: [(code: Code, prefix: Bool)] = []
    for c in r.list(1) {
      let prefix = c.hasSuffix("*")
      let digits = prefix ? String(c.dropLast()) : c
      guard !digits.isEmpty || prefix, digits.count <= 4, digits.allSatisfy(\.isNumber) else {
        return fail("\"\(c)\" is not a CAMEO code, a prefix with * (190, 18*) or * (every code)")
      }
      codes.append((Code(digits), prefix))
    }
    let action: Recode.Action
    switch r[2].lowercased() {
    case "drop": action = .drop
    case "keep": action = .keep
    default:
      guard cameo[r[2]] != nil else {
        return fail("\"\(r[2])\" is not a code of the CAMEO table, drop or keep")
      }
      action = .code(Code(r[2]))
    }
    var conditions: [[RecodeTest]] = []
    for group in r.list(3) {
      var alternatives: [RecodeTest] = []
      for text in group.components(separatedBy: " or ") {
        switch recodeTest(text.trimmingCharacters(in: .whitespaces)) {
        case .success(let t): alternatives.append(t)
        case .failure(let m): return fail(m.message)
        }
      }
      conditions.append(alternatives)
    }
    return .success(
      Recode(
        name: r[0], codes: codes, action: action, conditions: conditions,
        source: "\(r.file):\(r.line)"))
  }

  /// Why a test cannot be read.
  struct RecodeProblem: Error { var message: String }

  /// One test, as written in the `when` field.
  static func recodeTest(_ written: String) -> Result<RecodeTest, RecodeProblem> {
    let negated = written.hasPrefix("!")
    let text = negated ? String(written.dropFirst()) : written
    let parts = text.split(separator: "=", maxSplits: 1).map(String.init)
    let name = parts.first ?? ""
    let values = parts.count > 1 ? parts[1].split(separator: ",").map(String.init) : []
    func roles() -> [Role] { values.map { $0 == "-" ? Role() : Role($0.uppercased()) } }
    // (A role is held in three letters: a longer or unknown one would be cut or never match.)
    if name.hasSuffix(".role"),
      let bad = values.first(where: { $0 != "-" && !roleCodes.contains($0.uppercased()) })
    {
      return .failure(
        RecodeProblem(
          message:
            "unknown role \"\(bad)\" in \"\(written)\"; expected one of \(roleCodes.sorted().joined(separator: ", ")) or -"
        ))
    }
    let subject: RecodeTest.Subject
    switch (name, values.isEmpty) {
    case ("source.role", false): subject = .sourceRole(roles())
    case ("target.role", false): subject = .targetRole(roles())
    case ("source.person", true): subject = .sourcePerson
    case ("target", true): subject = .target
    case ("target.person", true): subject = .targetPerson
    case ("same-country", true): subject = .sameCountry
    case ("target.organisation", true): subject = .targetOrganisation
    case ("target.place", true): subject = .targetPlace
    case ("conditional", true): subject = .conditional
    case ("future", true): subject = .future
    case ("refused", true): subject = .refused
    case ("trigger", false): subject = .trigger(values.map { TokenHash.of($0.lowercased()) })
    default:
      guard name.hasPrefix("next:"), let n = Int(name.dropFirst(5)), n > 0, !values.isEmpty else {
        return .failure(
          RecodeProblem(
            message:
              "unknown test \"\(written)\"; tests are source.role=…, target.role=…, source.person, target, target.person, same-country, target.organisation, target.place, future, conditional, trigger=…, next:N=…"
          ))
      }
      var words: [UInt64] = []
      var wordClass: WordClass?
      for v in values {
        if v.hasPrefix("@") {
          guard let c = recodeWordClasses[String(v.dropFirst())] else {
            return .failure(
              RecodeProblem(
                message:
                  "unknown word class \"\(v)\"; classes are \(recodeWordClasses.keys.sorted().map { "@" + $0 }.joined(separator: ", "))"
              ))
          }
          wordClass = (wordClass ?? []).union(c)
        } else {
          words.append(TokenHash.of(v.lowercased()))
        }
      }
      subject = .next(count: n, words: words, wordClass: wordClass)
    }
    return .success(RecodeTest(subject: subject, negated: negated))
  }
}
