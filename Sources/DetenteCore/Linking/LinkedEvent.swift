/// What linking needs to know about one event: who, what class, when, where, on what occasion,
/// and which story said it.
public struct LinkedEvent: Sendable, Hashable {
  /// The event id.
  public var id: String
  /// The article it comes from.
  public var articleId: String
  /// When that article was published (`YYYY-MM-DD`), if known.
  public var published: String?
  /// The event class: the CAMEO root, or `MEET` for 036 and 04x.
  public var eventClass: String
  /// Who takes part, as a key: countries in order (source>target), or sorted for meetings and
  /// symmetric events (`RUS|USA`).
  public var key: String
  /// The gathering it belongs to ("G20 summit"), when the sentence names one.
  public var occasion: String?
  /// Where (country), when known.
  public var placeCountry: String?
  /// First and last day the event's date covers, when dated.
  public var dateFirst: String?
  public var dateLast: String?
  /// What the report says of it: whether it happened, is planned, and so on.
  public var modality: Modality
  /// The report speaks of something still to come: a plan, a possibility, a proposal (036).
  public var isPlan: Bool
  /// The date is a single day.
  public var isDay: Bool
  /// The report calls the meeting off: its date is when that was done, on or before the
  /// meeting's own.
  public var isCallingOff: Bool
  /// The people named on each side, as `COUNTRY=Name`, sorted.
  public var people: [String]
  /// How the sides meet, when the report says: by telephone or in person.
  public var mode: MeetingMode?

  /// Builds the linking view of an event.
  public init(_ e: Event, occasion: String?) {
    id = e.id
    articleId = e.article.id
    published = e.article.published
    let klass = CameoCode.eventClass(e.cameo)
    eventClass = klass
    let a = e.source.country
    let b = e.target?.country ?? "-"
    key =
      klass + ":"
      + (klass == "MEET" || e.symmetric ? [a, b].sorted().joined(separator: "|") : a + ">" + b)
    self.occasion = occasion
    modality = e.modality
    isPlan = e.modality == .planned || e.modality == .possible || e.cameo == "036"
    isDay = e.date?.precision == "day"
    isCallingOff = e.modality == .cancelled
    placeCountry = e.location?.country
    // A side found through a pronoun with no antecedent is the speaker's ("our proposal,"
    // Ushakov said): an aide speaking for a leader, not who meets.
    func speaker(_ role: Event.Reference.Role) -> Bool {
      e.references.contains { $0.role == role && $0.kind == .pronoun && $0.antecedent == nil }
    }
    let sides = [(e.source, Event.Reference.Role.source)] + (e.target.map { [($0, .target)] } ?? [])
    people = Set(
      sides.compactMap { a, role in
        speaker(role) ? nil : a.person.map { a.country + "=" + $0 }
      }
    ).sorted()
    mode = MeetingMode(e)
    if let d = e.date, let p = EventDate.period(d.value) {
      dateFirst = p.first
      dateLast = p.last
    }
  }

}

/// How the sides of a meeting meet: a call (CAMEO 041) or in person (a visit, a hosted visit,
/// a meeting at a third place, or talks with a place).
public enum MeetingMode: String, Sendable, Hashable {
  case call
  case inPerson = "in person"

  /// The mode a report gives, or `nil` when it does not say.
  public init?(_ e: Event) {
    switch e.cameo {
    case "041": self = .call
    case "042", "043", "044": self = .inPerson
    case "040" where Self.toldAsCall(e.sentenceText): self = .call
    case "040" where e.location != nil: self = .inPerson
    default: return nil
    }
  }

  /// Talks told as a call ("spoke to Putin by phone"), by the words of their sentence.
  static func toldAsCall(_ sentence: String) -> Bool {
    let s = sentence.lowercased()
    return [
      "by phone", "by telephone", "phone call", "telephone call", "video call",
      "phone conversation", "telephone conversation", "videoconference", "video link",
    ]
    .contains { s.contains($0) }
  }
}
