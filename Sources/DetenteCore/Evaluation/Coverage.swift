/// How well the event patterns cover the CAMEO codes, counted by coding every example of
/// `[examples]` (`detente lexicon coverage`).
public struct LexiconCoverage: Sendable {
  /// One CAMEO code: its patterns and the examples that exercise them.
  public struct Row: Sendable {
    /// The code.
    public var code: String
    /// Its name in `[cameo]`.
    public var name: String
    /// The ids of its patterns.
    public var patterns: [String]
    /// Its patterns' examples that give their event.
    public var examples: Int
  }

  /// Every code of `[cameo]`, in code order.
  public var rows: [Row]
  /// The exclusions (code `not`) and how many of their examples pass.
  public var exclusions: [(id: String, examples: Int)]
  /// What each example gave, in file order.
  public var results: [ExampleResult]
  /// Patterns and exclusions without an example that passes.
  public var unexercised: [EventPattern]

  /// Codes every example of `lexicon` and counts them by code.
  public init(lexicon: Lexicon) {
    let coder = EventCoder(lexicon: lexicon)
    results = lexicon.examples.map { coder.check($0) }
    var passing: [String: Int] = [:]
    for r in results where r.passed { passing[r.example.pattern, default: 0] += 1 }
    var byCode: [String: [EventPattern]] = [:]
    for p in lexicon.patterns where !p.isExclusion { byCode[p.cameo, default: []].append(p) }
    rows = lexicon.cameo.keys.sorted().map { code in
      let ps = byCode[code] ?? []
      return Row(
        code: code, name: lexicon.cameo[code]?.name ?? "", patterns: ps.map(\.id),
        examples: ps.reduce(0) { $0 + (passing[$1.id] ?? 0) })
    }
    exclusions = lexicon.patterns.filter(\.isExclusion).map { ($0.id, passing[$0.id] ?? 0) }
    unexercised = lexicon.patterns.filter { passing[$0.id] == nil }
  }

  /// The examples that did not give their event.
  public var failures: [ExampleResult] { results.filter { !$0.passed } }

  /// The codes without a pattern.
  public var uncovered: [Row] { rows.filter(\.patterns.isEmpty) }
}
