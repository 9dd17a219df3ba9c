/// What storing one article did.
public enum IngestOutcome: String, Sendable, Hashable {
  /// A new article was stored.
  case added
  /// An article with the same id but different content replaced the stored one.
  case replaced
  /// The same article was already stored; nothing changed.
  case unchanged
}
