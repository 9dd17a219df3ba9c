/// Descriptions that refer back: "the ministry", "the delegation", "the minister" mean the last
/// actor named with that word in an earlier sentence ("Rwanda's foreign ministry", "the Houthi
/// delegation", "Foreign Minister Ayman Safadi"), not whatever the story is mostly about.
extension ActorRecognizer {
  /// Remembers the words of this sentence's actors that are named with their own country, for
  /// the descriptions of later sentences.
  func rememberWords(_ mentions: [Mention], _ tokens: [Token], _ context: inout ArticleContext) {
    for m in mentions
    where !m.countryFromStory && !m.isModifier && !m.isOccasion && !m.isCoreference
      && m.actors.count == 1 && !m.primary.country.isEmpty
    {
      for j in m.range where tokens[j].kind == .word {
        context.rememberWord(tokens[j].hash, of: m.primary)
      }
    }
  }

  /// The actor a definite description names ("the ministry": the last actor named with the
  /// word "ministry"), or `nil` when the mention is no definite description or no earlier
  /// actor was named with its last word.
  func describedActor(
    _ m: Mention, _ tokens: [Token], _ range: Range<Int>, _ context: ArticleContext
  ) -> CodedActor? {
    let first = m.range.lowerBound
    let definite =
      tokens[first].hash == Words.the
      || (first > range.lowerBound && tokens[first - 1].hash == Words.the)
    guard definite, m.actors.count == 1, m.range.count <= 3 else { return nil }
    return context.lastNamed(withWord: tokens[m.range.upperBound - 1].hash)
  }
}
