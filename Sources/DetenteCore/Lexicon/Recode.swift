/// A recode (section `[recodes]`, file `recodes.lex`): after a pattern has fired, a rule that
/// changes an event's CAMEO code, or drops the event, by who did it to whom. A government that
/// "protests" lodges a complaint (141 → 114); civilians who attack a building riot (190 → 145).
/// Recodes are tried in file order, each on the code the ones before it left; every recode that
/// applies is named in the event's `rule`.
struct Recode: Sendable {
  /// What a recode does to the event.
  enum Action: Sendable, Equatable {
    /// The event takes this code.
    case code(Code)
    /// The event is not coded.
    case drop
    /// Nothing: a user's entry of the same name that switches a bundled recode off.
    case keep
  }

  /// The name the event's `rule` gives (`/recode:NAME`).
  var name: String
  /// The codes it applies to: exact (`190`) or, with `prefix`, every code under it (`18*`).
  var codes: [(code: Code, prefix: Bool)]
  /// What it does.
  var action: Action
  /// When it applies: every group must hold; a group holds when one of its tests does.
  var conditions: [[RecodeTest]]
  /// The file and line it was read from.
  var source: String

  /// Whether the recode applies to `code`.
  func covers(_ code: Code) -> Bool {
    codes.contains { c in c.prefix ? code.hasPrefix(c.code) : code == c.code }
  }

  /// Whether it needs the event refused ("ruled out talks"): the code it gives names the
  /// refusal, which happened.
  var codesRefusal: Bool {
    conditions.contains { group in
      group.count == 1 && !group[0].negated
        && {
          if case .refused = group[0].subject { return true }
          return false
        }()
    }
  }
}

/// One test of a recode's conditions, written `source.role=GOV,-`, `!target.person`,
/// `next:3=hundreds,thousands`, `!next:8=@property-nouns` (see `recodes.lex`).
struct RecodeTest: Sendable {
  /// What is tested.
  enum Subject: Sendable {
    /// The source's role is one of these (none for no role).
    case sourceRole([Role])
    /// The source is a named person.
    case sourcePerson
    /// There is a target.
    case target
    /// The target's role is one of these (none for no role); false without a target.
    case targetRole([Role])
    /// The target is a named person.
    case targetPerson
    /// Source and target are of one country.
    case sameCountry
    /// The target is an international organisation.
    case targetOrganisation
    /// The target is a place ("seized the town of …").
    case targetPlace
    /// The event is planned or possible and an "if" follows the trigger in the sentence.
    case conditional
    /// The event is planned or possible.
    case future
    /// The event is denied or refused ("ruled out talks", "would not negotiate").
    case refused
    /// The trigger's first word is one of these (hashes of the words).
    case trigger([UInt64])
    /// One of the `count` words after the trigger is one of these words, or of this class.
    case next(count: Int, words: [UInt64], wordClass: WordClass?)
  }

  /// What is tested.
  var subject: Subject
  /// Whether the test is negated (`!`).
  var negated: Bool
}

/// What a recode is tested on: the event's sides and its sentence around the trigger.
struct RecodeFacts {
  var sourceRole: Role
  var sourcePerson: Bool
  var target: CodedActor?
  var sourceCountry: Code
  var targetIsPlace: Bool
  var conditional: Bool
  var future: Bool
  /// The trigger's first token, and the tokens after the trigger up to the sentence's end.
  var triggerHash: UInt64
  var after: ArraySlice<Token>
  /// The event's modality is negated.
  var refused: Bool = false
}

extension RecodeTest {
  /// Whether the test holds for an event.
  func holds(_ f: RecodeFacts) -> Bool {
    func role(_ r: Role, _ roles: [Role]) -> Bool { roles.contains(r) }
    let result: Bool
    switch subject {
    case .sourceRole(let names): result = role(f.sourceRole, names)
    case .sourcePerson: result = f.sourcePerson
    case .target: result = f.target != nil
    case .targetRole(let names): result = f.target.map { role($0.role, names) } ?? false
    case .targetPerson: result = f.target?.person != nil
    case .sameCountry: result = f.target.map { $0.country == f.sourceCountry } ?? false
    case .targetOrganisation: result = f.target.map { $0.country.isOrganisation } ?? false
    case .targetPlace: result = f.targetIsPlace
    case .conditional: result = f.conditional && f.future
    case .future: result = f.future
    case .refused: result = f.refused
    case .trigger(let hashes): result = hashes.contains(f.triggerHash)
    case .next(let count, let words, let wordClass):
      result = f.after.prefix(count).contains { t in
        words.contains(t.hash) || wordClass.map { t.is($0) } ?? false
      }
    }
    return result != negated
  }
}

extension Lexicon {
  /// The code an event takes after the recodes, and the indices of those that applied; `nil`
  /// when a recode drops the event.
  func recode(_ code: Code, _ facts: RecodeFacts, applied: inout [Int32]) -> Code? {
    recodes.apply(to: code, facts, applied: &applied)
  }
}

extension [Recode] {
  /// The code an event takes after these recodes in order, and the indices of those that
  /// applied; `nil` when a recode drops the event. (The coder calls this on the lexicon's list
  /// rather than `Lexicon.recode`, which the optimiser called on a copy of the whole lexicon.)
  func apply(to code: Code, _ facts: RecodeFacts, applied: inout [Int32]) -> Code? {
    var code = code
    for (i, r) in enumerated() where r.covers(code) {
      guard r.conditions.allSatisfy({ group in group.contains { $0.holds(facts) } }) else {
        continue
      }
      switch r.action {
      case .keep: continue
      case .drop: return nil
      case .code(let c):
        code = c
        applied.append(Int32(i))
      }
    }
    return code
  }
}
