/// An example sentence of an event pattern (`[examples]`): coded alone, it must give an event
/// of the pattern between the actors named; for an exclusion, it names the event the exclusion
/// stops.
public struct PatternExample: Sendable, Hashable {
  /// The id of the pattern (or exclusion) it exercises.
  public var pattern: String
  /// The sentence, coded as an article of its own.
  public var sentence: String
  /// The source's country (its first three letters) or organisation code.
  public var source: String
  /// The target's country or organisation code, or `-` for none.
  public var target: String
  /// The article's date.
  public var date: CivilDate
  /// Where it was written.
  public var file: String
  /// Where it was written.
  public var line: Int

  /// Creates an example.
  public init(
    pattern: String, sentence: String, source: String, target: String, date: CivilDate,
    file: String, line: Int
  ) {
    self.pattern = pattern
    self.sentence = sentence
    self.source = source
    self.target = target
    self.date = date
    self.file = file
    self.line = line
  }

  /// Where it was written, as `FILE:LINE`.
  public var location: String { "\(file):\(line)" }

  /// The side of an event as examples name it: a country's first three letters, an
  /// organisation's whole code.
  static func side(_ code: String) -> String {
    Actor.organisationPrefixes.contains(String(code.prefix(3))) ? code : String(code.prefix(3))
  }
}

extension Lexicon {
  /// Adds an `[examples]` record, checked: a known pattern, sides, a date.
  mutating func addExample(_ r: LexiconRecord) -> LexiconError? {
    func fail(_ m: String) -> LexiconError { LexiconError(file: r.file, line: r.line, m) }
    guard patternIDs.contains(r[0]) else {
      return fail("unknown pattern \"\(r[0])\"; an example names a pattern of [events]")
    }
    guard !r[1].isEmpty else { return fail("an example needs a sentence") }
    for side in r[3] == "-" ? [r[2]] : [r[2], r[3]] {
      if let problem = validateActorCode(side) { return fail(problem) }
    }
    guard let date = CivilDate.strict(r[4]) else {
      return fail("\"\(r[4])\" is not a date (YYYY-MM-DD)")
    }
    examples.append(
      PatternExample(
        pattern: r[0], sentence: r[1], source: r[2], target: r[3], date: date, file: r.file,
        line: r.line))
    return nil
  }
}
