/// A relationship over time: events per period, counted by quad class, with their Goldstein sum.
public struct Timeline: Sendable, Hashable {
  /// The length of a period.
  public enum Period: String, Sendable, Hashable, CaseIterable {
    case month, week, year

    /// The period a day falls in: `YYYY-MM`, the week's Monday, or `YYYY`.
    public func key(_ day: CivilDate) -> String {
      switch self {
      case .month: return String(day.description.prefix(7))
      case .year: return String(day.description.prefix(4))
      case .week:
        // Weeks start on Monday (weekday 1).
        return day.adding(days: -((day.weekday + 6) % 7)).description
      }
    }

    /// The first day of a period named by ``key(_:)``.
    public func firstDay(_ key: String) -> CivilDate? {
      switch self {
      case .month: return CivilDate.strict(key + "-01")
      case .year: return CivilDate.strict(key + "-01-01")
      case .week: return CivilDate.strict(key)
      }
    }

    /// The period after the one that starts on `day`.
    public func next(_ day: CivilDate) -> CivilDate {
      switch self {
      case .week: return day.adding(days: 7)
      case .month:
        return CivilDate(year: day.year + day.month / 12, month: day.month % 12 + 1, day: 1) ?? day
      case .year: return CivilDate(year: day.year + 1, month: 1, day: 1) ?? day
      }
    }
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

    /// A period's bucket from its parts (an empty one: no counts, no events).
    public init(
      period: String, quad: [Int] = [0, 0, 0, 0], goldstein: Double = 0, events: [String] = []
    ) {
      self.period = period
      self.quad = quad
      self.goldstein = goldstein
      self.events = events
    }
  }

  /// The periods that have events, oldest first.
  public var buckets: [Bucket]

  /// What a timeline reads of an event: its id, the day it is counted at (the first day of
  /// its date, or its article's publication date when it has none), its quad class and score.
  public struct Entry: Sendable, Hashable {
    public var id: String
    public var day: String?
    public var quadClass: Int
    public var goldstein: Double

    public init(id: String, day: String?, quadClass: Int, goldstein: Double) {
      self.id = id
      self.day = day
      self.quadClass = quadClass
      self.goldstein = goldstein
    }

    /// An event's entry.
    public init(_ e: Event) {
      self.init(
        id: e.id,
        day: e.date.flatMap { EventDate.period($0.value)?.first } ?? e.article.published,
        quadClass: e.quadClass, goldstein: e.goldstein)
    }
  }

  /// Groups events by the period of their date (or, undated, of their article's publication);
  /// only events that occurred count (plans and denials are not yet part of the relationship).
  public init(_ events: [Event], by period: Period, includeAll: Bool = false) {
    self.init(
      entries: events.lazy.filter { includeAll || $0.modality == .occurred }.map(Entry.init),
      by: period)
  }

  /// Groups entries (of events that count, in their list's order) by the period of their day.
  public init(entries: some Sequence<Entry>, by period: Period) {
    var map: [String: Bucket] = [:]
    for e in entries {
      guard let day = e.day.flatMap(CivilDate.strict) else { continue }
      let key = period.key(day)
      var b = map[key] ?? Bucket(period: key, quad: [0, 0, 0, 0], goldstein: 0, events: [])
      if (1...4).contains(e.quadClass) { b.quad[e.quadClass - 1] += 1 }
      b.goldstein += e.goldstein
      b.events.append(e.id)
      map[key] = b
    }
    buckets = map.values.sorted { $0.period < $1.period }
  }
}
