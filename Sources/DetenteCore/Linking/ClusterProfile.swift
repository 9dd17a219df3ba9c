/// What a cluster of linked events looks like from outside: enough to decide whether a new
/// event belongs to it, without reading its members.
public struct ClusterProfile: Sendable, Hashable {
  /// The cluster id (the id of its first event, prefixed `c-`).
  public var id: String
  /// The participants key shared by all members.
  public var key: String
  /// The event class.
  public var eventClass: String
  /// The gathering, when a member names one.
  public var occasion: String?
  /// Where, when a member says.
  public var placeCountry: String?
  /// The span the members' dates cover.
  public var dateFirst: String?
  public var dateLast: String?
  /// The span of the members' publication dates.
  public var publishedFirst: String?
  public var publishedLast: String?
  /// How many events it holds.
  public var size: Int
  /// The people its members name, as `COUNTRY=Name`, sorted.
  public var people: [String]
  /// How its sides met, once a member says.
  public var mode: MeetingMode?

  /// A cluster of one event.
  public init(_ e: LinkedEvent) {
    id = "c-" + e.id.replacingOccurrences(of: "e-", with: "")
    key = e.key
    eventClass = e.eventClass
    occasion = e.occasion
    placeCountry = e.placeCountry
    dateFirst = e.dateFirst
    dateLast = e.dateLast
    publishedFirst = e.published
    publishedLast = e.published
    size = 1
    people = e.people
    mode = e.mode
  }

  /// Creates a profile from stored values.
  public init(
    id: String, key: String, eventClass: String, occasion: String?, placeCountry: String?,
    dateFirst: String?, dateLast: String?, publishedFirst: String?, publishedLast: String?,
    size: Int, people: [String] = [], mode: MeetingMode? = nil
  ) {
    self.id = id
    self.key = key
    self.eventClass = eventClass
    self.occasion = occasion
    self.placeCountry = placeCountry
    self.dateFirst = dateFirst
    self.dateLast = dateLast
    self.publishedFirst = publishedFirst
    self.publishedLast = publishedLast
    self.size = size
    self.people = people
    self.mode = mode
  }

  /// The profile after `e` joins.
  public func adding(_ e: LinkedEvent) -> ClusterProfile {
    var p = self
    p.occasion = p.occasion ?? e.occasion
    p.placeCountry = p.placeCountry ?? e.placeCountry
    // The most precise dates say when: a coarser date that holds them ("in 2021" after "on
    // June 16") does not widen the span, and a finer one inside it narrows it; dates that
    // disagree widen it.
    // (A report calling the meeting off is dated when that was done.)
    if let f = e.dateFirst, let l = e.dateLast, !(e.isCallingOff && p.dateFirst != nil) {
      if let cf = p.dateFirst, let cl = p.dateLast {
        if f >= cf && l <= cl {
          (p.dateFirst, p.dateLast) = (f, l)
        } else if f > cf || l < cl {
          (p.dateFirst, p.dateLast) = (min(cf, f), max(cl, l))
        }
      } else {
        (p.dateFirst, p.dateLast) = (f, l)
      }
    }
    if let d = e.published {
      p.publishedFirst = min(p.publishedFirst ?? d, d)
      p.publishedLast = max(p.publishedLast ?? d, d)
    }
    p.size += 1
    if !e.people.allSatisfy(p.people.contains) { p.people = Set(p.people + e.people).sorted() }
    p.mode = p.mode ?? e.mode
    return p
  }
}
