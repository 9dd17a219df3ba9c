/// What `detente meetings` can ask for.
public struct MeetingQuery: Sendable, Hashable {
  /// A person taking part (part of the name, any case).
  public var person: String?
  /// Two countries, or countries with roles, in either order.
  public var dyad: [String]?
  /// Meetings whose dates overlap this range (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`).
  public var from: String?
  public var to: String?

  /// Every meeting.
  public init() {}
}
