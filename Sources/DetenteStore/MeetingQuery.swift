/// What `detente meetings` can ask for.
public struct MeetingQuery: Sendable, Hashable {
  /// A person taking part (part of the name, any case).
  public var person: String?
  /// Two countries, or countries with roles, in either order.
  public var dyad: [String]?
  /// Meetings whose dates overlap this range (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`).
  public var from: String?
  public var to: String?
  /// At most this many meetings (`nil`: all of them).
  public var limit: Int?
  /// Skip this many (for pages).
  public var offset: Int = 0
  /// The day (`YYYY-MM-DD`) a meeting still to come must be dated after; one dated earlier is
  /// unconfirmed (`nil`: statuses as the reports give them).
  public var asOf: String?

  /// Every meeting.
  public init() {}
}

/// One page of a list that grows with the store: its items, how many there are in all, and
/// where the next page starts.
public struct Page<Item: Sendable>: Sendable {
  /// The items of this page.
  public var items: [Item]
  /// How many items the whole list has.
  public var total: Int
  /// The page size asked for.
  public var limit: Int
  /// How many items come before this page.
  public var offset: Int

  public init(items: [Item], total: Int, limit: Int, offset: Int) {
    self.items = items
    self.total = total
    self.limit = limit
    self.offset = offset
  }

  /// The offset of the next page, or `nil` on the last one.
  public var nextOffset: Int? {
    let (end, overflow) = offset.addingReportingOverflow(items.count)
    return !overflow && !items.isEmpty && end < total ? end : nil
  }
}
