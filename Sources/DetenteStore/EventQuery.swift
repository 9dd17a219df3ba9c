import DetenteCore

/// What `detente events` (and the API) can ask for. Every filter is optional; filters combine
/// with AND, the values of one filter with OR.
public struct EventQuery: Sendable, Hashable {
  /// The order of results.
  public enum Sort: String, Sendable, Hashable, CaseIterable {
    /// By event date (undated events last), then publication date.
    case date
    /// By publication date.
    case published
    /// By Goldstein score, most conflictual first.
    case goldstein
    /// By article, then sentence: the order `detente code` prints.
    case article
  }

  /// Actor codes or countries (`RUS`, `RUSGOV`, `IGONATO`) on either side.
  public var actors: [String] = []
  /// Source only.
  public var sources: [String] = []
  /// Target only.
  public var targets: [String] = []
  /// A named person on either side (case does not matter; part of the name is enough).
  public var person: String?
  /// Two actors in either direction.
  public var dyad: (String, String)? {
    get { dyadPair.map { ($0[0], $0[1]) } }
    set { dyadPair = newValue.map { [$0.0, $0.1] } }
  }
  var dyadPair: [String]?
  /// CAMEO codes or roots (`16` for a root, `163` for a code and its sub-codes).
  public var cameo: [String] = []
  /// PLOVER types.
  public var plover: [String] = []
  /// GDELT quad classes (1 verbal cooperation … 4 material conflict).
  public var quadClass: [Int] = []
  /// Modalities.
  public var modality: [Modality] = []
  /// Event date from (inclusive; `YYYY`, `YYYY-MM` or `YYYY-MM-DD`).
  public var from: String?
  /// Event date to (inclusive).
  public var to: String?
  /// Publication date from.
  public var publishedFrom: String?
  /// Publication date to.
  public var publishedTo: String?
  /// The day a timeline counts an event at — the first day of its date, or its article's
  /// publication date when it has none — from (inclusive; `YYYY`, `YYYY-MM` or `YYYY-MM-DD`).
  /// Unlike ``from``, a date of any precision matches only by its first day: an event dated
  /// 2013 is counted on 2013-01-01, in January's bar, and found by January alone.
  public var countedFrom: String?
  /// The day a timeline counts an event at, to (inclusive).
  public var countedTo: String?
  /// Outlets (exact, case does not matter).
  public var outlet: [String] = []
  /// One article's events.
  public var article: String?
  /// The events at one place: its name as the gazetteer gives it (case does not matter).
  public var place: String?
  /// Full-text search on the sentences: the words (and "quoted phrases") must all be in the
  /// sentence; how the text is read is ``textSyntax``.
  public var text: String?
  /// Whether ``text`` is words as a reader types them (the default) or an FTS5 expression.
  public var textSyntax: TextSyntax = .words
  /// Result order.
  public var sort: Sort = .date
  /// Newest (or highest) first.
  public var descending = false
  /// At most this many events.
  public var limit: Int?
  /// Skip this many (for pages).
  public var offset: Int = 0

  /// An empty query: every event.
  public init() {}

  public static func == (a: EventQuery, b: EventQuery) -> Bool {
    a.actors == b.actors && a.sources == b.sources && a.targets == b.targets
      && a.person == b.person && a.dyadPair == b.dyadPair && a.cameo == b.cameo
      && a.plover == b.plover && a.quadClass == b.quadClass && a.modality == b.modality
      && a.from == b.from && a.to == b.to && a.publishedFrom == b.publishedFrom
      && a.publishedTo == b.publishedTo && a.countedFrom == b.countedFrom
      && a.countedTo == b.countedTo && a.outlet == b.outlet && a.article == b.article
      && a.place == b.place
      && a.text == b.text && a.textSyntax == b.textSyntax && a.sort == b.sort
      && a.descending == b.descending
      && a.limit == b.limit && a.offset == b.offset
  }

  public func hash(into h: inout Hasher) {
    h.combine(actors)
    h.combine(dyadPair)
    h.combine(cameo)
    h.combine(from)
    h.combine(to)
    h.combine(text)
    h.combine(textSyntax)
    h.combine(limit)
    h.combine(offset)
  }
}

extension EventQuery {
  /// The FTS5 expression the text filter runs, or `nil` without one; a text with no words, or
  /// too long, is an error naming `--text`.
  public func matchExpression() throws(QueryError) -> String? {
    guard let text else { return nil }
    switch textSyntax {
    case .fts:
      guard text.count <= TextSearch.maxLength else {
        throw QueryError.text(
          text, TextSearch.Problem.tooLong(text.count).description)
      }
      // (Each prefix term reads every indexed word it starts; hundreds of them take minutes.)
      let prefixes = text.filter { $0 == "*" }.count
      guard prefixes <= TextSearch.maxPrefixTerms else {
        throw QueryError.text(
          text,
          "has \(prefixes) prefix terms (word*); a search has at most \(TextSearch.maxPrefixTerms)"
        )
      }
      return text
    case .words:
      do {
        return try TextSearch.expression(words: text)
      } catch {
        throw QueryError.text(
          text, error.description)
      }
    }
  }
}
