/// A relationship over time: events per period, counted by quad class, with their Goldstein sum.
public struct Timeline: Sendable, Hashable {
  /// The length of a period.
  public enum Period: String, Sendable, Hashable, CaseIterable {
    case month, week
  }

  /// One period.
  public struct Bucket: Sendable, Hashable {
    /// `YYYY-MM` for months; the Monday (`YYYY-MM-DD`) for weeks.
    public var period: String
    /// Events per quad class: [verbal cooperation, material cooperation, verbal conflict,
    /// material conflict].
    public var quad: [Int]
    /// The sum of the events' Goldstein scores.
    public var goldstein: Double
    /// The events, by id.
    public var events: [String]
  }

  /// The periods that have events, oldest first.
  public var buckets: [Bucket]

  /// Groups events by the period of their date (or, undated, of their article's publication);
  /// only events that occurred count (plans and denials are not yet part of the relationship).
  public init(_ events: [Event], by period: Period, includeAll: Bool = false) {
    var map: [String: Bucket] = [:]
    for e in events where includeAll || e.modality == .occurred {
      guard
        let day = (e.date.flatMap { EventDate.period($0.value)?.first } ?? e.article.published)
          .flatMap(CivilDate.strict)
      else { continue }
      let key: String
      switch period {
      case .month: key = String(day.description.prefix(7))
      case .week:
        // Weeks start on Monday (weekday 1).
        let back = (day.weekday + 6) % 7
        key = day.adding(days: -back).description
      }
      var b = map[key] ?? Bucket(period: key, quad: [0, 0, 0, 0], goldstein: 0, events: [])
      if (1...4).contains(e.quadClass) { b.quad[e.quadClass - 1] += 1 }
      b.goldstein += e.goldstein
      b.events.append(e.id)
      map[key] = b
    }
    buckets = map.values.sorted { $0.period < $1.period }
  }
}
