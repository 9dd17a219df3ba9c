/// Checking a pattern's example (`[examples]` of the lexicon): the example coded alone must
/// give an event of its pattern between its sides.
extension PatternExample {
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
