/// The buffers the actor recognizer fills and empties for every sentence (its pieces, their
/// chunks, the countries the sentence names, the mentions and places it finds) kept from one
/// sentence to the next, so that their memory is allocated once, not per sentence.
///
/// Scratch belongs to one caller at a time: the coder's `EventCoder.Workspace` holds one for
/// each task coding articles. (Its buffers are not checked for overlapping accesses while the
/// program runs, for the reason `EventCoder.Workspace` gives: each is taken out, or lent to one
/// call, at a time.)
final class MentionScratch {
  @exclusivity(unchecked) var pieces: [ActorRecognizer.Piece] = []
  @exclusivity(unchecked) var chunks: [Range<Int>] = []
  /// The countries the sentence names, and those named where something happens.
  @exclusivity(unchecked) var named: [Code] = []
  @exclusivity(unchecked) var located: [Code] = []
  @exclusivity(unchecked) var mentions: [Mention] = []
  @exclusivity(unchecked) var places: [PlaceHit] = []
  /// The places the sentence's mentions name (`Mention.placeIndex`).
  @exclusivity(unchecked) var mentionPlaces: [PlaceHit] = []
}
