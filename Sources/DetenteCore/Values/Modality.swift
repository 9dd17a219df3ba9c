/// Whether an event happened, is planned, possible, did not happen, or was called off.
public enum Modality: String, Sendable, Hashable, Codable, CaseIterable, Comparable, BitwiseCopyable
{
  /// Reported as having happened.
  case occurred
  /// Will happen, agreed to, scheduled.
  case planned
  /// Could, may, might.
  case possible
  /// Did not happen: "did not", "stopped short of", "denied".
  case negated
  /// Called off, backed out of, skipped, postponed.
  case cancelled

  /// Strength when several markers apply: the strongest wins.
  var strength: Int {
    switch self {
    case .occurred: return 0
    case .planned: return 1
    case .possible: return 2
    case .negated: return 3
    case .cancelled: return 4
    }
  }

  public static func < (a: Modality, b: Modality) -> Bool { a.strength < b.strength }

  /// Whether the event lies ahead of the telling (for resolving weekdays and months).
  public var isFuture: Bool { self == .planned || self == .possible }
}
