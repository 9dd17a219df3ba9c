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

  /// Whether `event` is the event this example names: of the pattern (for a pattern) and
  /// between its sides (either way round when the event is symmetric).
  public func names(_ event: Event, rule: Bool) -> Bool {
    if rule {
      let first = event.rule.split(separator: "/").first.map(String.init) ?? ""
      guard first == "verb:" + pattern || first == "noun:" + pattern else { return false }
    }
    let s = Self.side(event.source.code)
    let t = event.target.map { Self.side($0.code) } ?? "-"
    return s == source && (t == target || (event.symmetric && s == target))
  }
}

/// What coding an example gave.
public struct ExampleResult: Sendable {
  /// The example.
  public var example: PatternExample
  /// Whether it gave what it names (for an exclusion: the exclusion matched and the event it
  /// names was not coded).
  public var passed: Bool
  /// The events coded from it (with untargeted ones).
  public var events: [Event]
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

extension EventCoder {
  /// Codes an example alone and tells whether it gives what it names.
  public func check(_ example: PatternExample) -> ExampleResult {
    var coder = self
    coder.includeUntargeted = true
    let article = Article(
      id: "example", title: "Example", published: example.date,
      paragraphs: [example.sentence])
    guard let pattern = lexicon.patterns.first(where: { $0.id == example.pattern }) else {
      return ExampleResult(example: example, passed: false, events: [])
    }
    if pattern.isExclusion {
      let analysis = coder.analyze(article)
      let matched = analysis.exclusions.joined().contains { $0.pattern.id == example.pattern }
      let stopped = !analysis.events.contains { example.names($0, rule: false) }
      return ExampleResult(example: example, passed: matched && stopped, events: analysis.events)
    }
    let events = coder.code(article)
    return ExampleResult(
      example: example, passed: events.contains { example.names($0, rule: true) },
      events: events)
  }
}
