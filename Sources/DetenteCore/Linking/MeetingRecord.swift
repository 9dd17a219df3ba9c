/// One meeting as the stories tell it: who, on what occasion, where, when, and whether it was
/// proposed, planned, possible, held, not held or cancelled, with the story behind each change.
public struct MeetingRecord: Sendable, Hashable {
  /// A meeting's status.
  public enum Status: String, Sendable, Hashable, CaseIterable {
    case proposed, planned, possible, held
    case notHeld = "not held"
    case cancelled
    /// Proposed, planned or possible for a date that has passed, with no report that it was
    /// held or called off (only with an "as of" day; never a report's own status).
    case unconfirmed
  }

  /// One report of the meeting.
  public struct Report: Sendable, Hashable {
    /// The status this report gives.
    public var status: Status
    /// The article and its publication date.
    public var articleId: String
    public var published: String?
    /// The event id and its sentence.
    public var eventId: String
    public var sentence: String
    /// The date and place as this report gives them.
    public var date: EventDate?
    public var place: String?
    /// The sentence tells the meeting again by a definite noun ("the talks"): a retelling of
    /// the event, which gives no status, date or place of its own to the record.
    public var retold = false
    /// The sentence's index in its article.
    public var sentenceIndex = 0
  }

  /// Two reports that disagree.
  public struct Contradiction: Sendable, Hashable {
    /// `date` or `place`.
    public var field: String
    /// The two values and the reports that give them.
    public var first: (value: String, articleId: String)
    public var second: (value: String, articleId: String)

    public static func == (a: Contradiction, b: Contradiction) -> Bool {
      a.field == b.field && a.first == b.first && a.second == b.second
    }
    public func hash(into h: inout Hasher) {
      h.combine(field)
      h.combine(first.value)
      h.combine(second.value)
    }
  }

  /// The cluster id.
  public var id: String
  /// Who meets: people when named, else countries (codes).
  public var participants: [String]
  /// The countries of the participants.
  public var countries: [String]
  /// The gathering ("G20 summit"), when a report names one.
  public var occasion: String?
  /// Where: place name and country, from the most precise report.
  public var place: String?
  public var placeCountry: String?
  /// When, from the most recent report with the most precise date.
  public var date: EventDate?
  /// The current status: what the latest report says.
  public var status: Status
  /// Every report, oldest story first.
  public var history: [Report]
  /// Where reports disagree.
  public var contradictions: [Contradiction]
  /// How many stories report the meeting (``history`` has one entry per report).
  public var stories: Int

  /// How many reports give each status.
  public var statusCounts: [Status: Int] {
    history.reduce(into: [:]) { $0[$1.status, default: 0] += 1 }
  }

  /// The latest `n` reports, oldest of them first.
  public func latest(_ n: Int) -> ArraySlice<Report> { history.suffix(n) }

  /// The status a report's event gives a meeting.
  public static func status(_ e: Event) -> Status {
    switch e.modality {
    case .occurred:
      return e.cameo == "036"
        ? (e.rule.contains("propos") || e.rule.contains("offer") ? .proposed : .planned) : .held
    case .planned:
      return e.rule.contains("invite") || e.rule.contains("propos") || e.rule.contains("offer")
        ? .proposed : .planned
    case .possible: return .possible
    case .negated: return .notHeld
    case .cancelled: return .cancelled
    }
  }

  /// Builds the record of one cluster from its events (with the occasion each names). With
  /// `asOf` (`YYYY-MM-DD`), a meeting still to come whose date ended before that day is
  /// unconfirmed.
  public init(id: String, events: [(event: Event, occasion: String?)], asOf: String? = nil) {
    self.id = id
    let ordered = events.sorted {
      ($0.event.article.published ?? "", $0.event.article.id, $0.event.sentenceIndex)
        < ($1.event.article.published ?? "", $1.event.article.id, $1.event.sentenceIndex)
    }
    // Each country is represented by the person most reports name for it, else by its code.
    var countries: [String] = []
    var named: [String: [String: Int]] = [:]
    for (e, _) in ordered {
      for a in [e.source] + (e.target.map { [$0] } ?? []) {
        if !countries.contains(a.country) { countries.append(a.country) }
        if let p = a.person { named[a.country, default: [:]][p, default: 0] += 1 }
      }
    }
    self.countries = countries.sorted()
    participants = countries.map { c in
      named[c].flatMap { counts in
        counts.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
      } ?? c
    }
    occasion = ordered.compactMap(\.occasion).first
    let reports = ordered.map { e, _ in
      Report(
        status: Self.status(e), articleId: e.article.id, published: e.article.published,
        eventId: e.id, sentence: e.sentenceText, date: e.date, place: e.location?.name,
        sentenceIndex: e.sentenceIndex)
    }
    history = Self.withRetellings(reports, ordered.map(\.event))
    // The latest story decides; within it, its first report (the lead), and there a denial or
    // a cancellation over a meeting that did take place ("saw each other … but stopped short
    // of a bilateral meeting").
    let lastArticle = reports.last?.articleId
    let latest = ordered.filter { $0.event.article.id == lastArticle }.map(\.event)
    let firstSentence = latest.map(\.sentenceIndex).min()
    let lead = reports.filter { r in
      latest.contains { $0.id == r.eventId && $0.sentenceIndex == firstSentence }
    }
    // A later sentence of that story that calls it off, where none says it was held, wins over
    // a lead that recalls the plan ("had been due to meet … The summit was called off").
    let story = reports.filter { $0.articleId == lastArticle }
    let off = story.first { $0.status == .notHeld || $0.status == .cancelled }
    status =
      lead.first { $0.status == .notHeld || $0.status == .cancelled }?.status
      ?? (story.contains { $0.status == .held } ? nil : off?.status)
      ?? lead.first?.status ?? reports.last?.status ?? .planned
    // ("Opening the talks, Putin said both sides wanted to resume dialogue. … The two leaders
    // first talked one-on-one": a lead that tells a wish or a plan, in a story that says the
    // meeting took place no later than the story's day, is held.)
    let published = latest.first?.article.published
    // (Not an invitation: "Putin invited Kim to Moscow" beside a recalled earlier meeting.)
    if status == .planned || status == .possible,
      let held = latest.first(where: { Self.status($0) == .held }),
      let day = held.date.flatMap({ EventDate.period($0.value) })?.last, let published,
      day <= published
    {
      status = .held
    }
    func rank(_ p: String?) -> Int { p == "day" ? 3 : p == "month" ? 2 : p == "year" ? 1 : 0 }
    // (A report calling the meeting off gives the day that was done: the meeting's date only
    // when no other report gives one.)
    let allDated = ordered.map(\.event).filter { $0.date != nil }
    let dated =
      allDated.contains { $0.modality != .cancelled }
      ? allDated.filter { $0.modality != .cancelled } : allDated
    date =
      dated.max {
        (rank($0.date?.precision), $0.article.published ?? "")
          < (rank($1.date?.precision), $1.article.published ?? "")
      }?.date
    let located = ordered.map(\.event).filter { $0.location != nil }
    place = located.last?.location?.name
    placeCountry = located.last?.location?.country
    contradictions = Self.contradictions(dated: dated, located: located)
    stories = Set(ordered.map(\.event.article.id)).count
    if let asOf, [.proposed, .planned, .possible].contains(status),
      let last = date.flatMap({ EventDate.period($0.value) })?.last, last < asOf
    {
      status = .unconfirmed
    }
  }

  /// The events' reports with their retellings, each at its sentence's place in story order.
  static func withRetellings(_ reports: [Report], _ events: [Event]) -> [Report] {
    guard events.contains(where: { !$0.retold.isEmpty }) else { return reports }
    var all = reports
    for e in events {
      for r in e.retold {
        var copy = e
        copy.modality = r.modality
        all.append(
          Report(
            status: status(copy), articleId: e.article.id, published: e.article.published,
            eventId: e.id, sentence: r.sentenceText, date: nil, place: nil, retold: true,
            sentenceIndex: r.sentenceIndex))
      }
    }
    // (A stable sort: reports of one sentence stay in the events' order.)
    return all.enumerated().sorted {
      ($0.element.published ?? "", $0.element.articleId, $0.element.sentenceIndex, $0.offset)
        < ($1.element.published ?? "", $1.element.articleId, $1.element.sentenceIndex, $1.offset)
    }.map(\.element)
  }

  /// Where reports disagree: each pair of dates whose periods do not overlap, and each pair of
  /// places in different countries, given by two different stories; once per pair of values,
  /// with the first story that gives each (the reports are in story order). Distinct values are
  /// few even when a meeting has thousands of reports, so this stays quick.
  static func contradictions(dated: [Event], located: [Event]) -> [Contradiction] {
    var found: [Contradiction] = []
    var dates: [(value: String, period: (first: String, last: String), articles: [String])] = []
    for e in dated {
      guard let v = e.date?.value else { continue }
      if let i = dates.firstIndex(where: { $0.value == v }) {
        if !dates[i].articles.contains(e.article.id) { dates[i].articles.append(e.article.id) }
      } else if let p = EventDate.period(v) {
        dates.append((v, p, [e.article.id]))
      }
    }
    for (i, a) in dates.enumerated() {
      for b in dates[(i + 1)...]
      where a.period.last < b.period.first || b.period.last < a.period.first {
        if let (x, y) = twoStories(a.articles, b.articles) {
          found.append(Contradiction(field: "date", first: (a.value, x), second: (b.value, y)))
        }
      }
    }
    var places: [(name: String, country: String, articles: [String])] = []
    for e in located {
      guard let l = e.location else { continue }
      if let i = places.firstIndex(where: { $0.country == l.country }) {
        if !places[i].articles.contains(e.article.id) { places[i].articles.append(e.article.id) }
      } else {
        places.append((l.name, l.country, [e.article.id]))
      }
    }
    for (i, a) in places.enumerated() {
      for b in places[(i + 1)...] {
        if let (x, y) = twoStories(a.articles, b.articles) {
          found.append(Contradiction(field: "place", first: (a.name, x), second: (b.name, y)))
        }
      }
    }
    return found
  }

  /// The first story of `a` and the first other story of `b` (or the other way round): two
  /// different stories that give the two values, or `nil` when one story alone gives both.
  static func twoStories(_ a: [String], _ b: [String]) -> (String, String)? {
    if let x = a.first, let y = b.first(where: { $0 != x }) { return (x, y) }
    if let y = b.first, let x = a.first(where: { $0 != y }) { return (x, y) }
    return nil
  }
}
