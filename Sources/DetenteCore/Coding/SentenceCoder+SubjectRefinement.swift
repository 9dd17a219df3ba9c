/// A subject made precise once found: "the two sides" of this sentence's meeting, a role owned
/// by "its", and the other side for an office acting on its own country's named actor.
extension SentenceCoder {
  /// A subject the story supplied, made precise by the sentence: "the two sides" are the
  /// pair of this sentence's meeting; a role owned by "its" belongs to the sentence's subject.
  func refineSubject(_ s: Mention, _ readings: [Reading]) -> Mention {
    // "Xi held talks with Trong, and the two sides signed …": the pair of this sentence's
    // meeting, not the last pair named in the story.
    if s.isCoreference, s.actors.count == 2,
      let prev = readings.last(where: {
        $0.sources.count == 1 && $0.targets.count == 1
          && $0.sources[0].country != $0.targets[0].country
          && $0.trigger.span.upperBound <= s.range.lowerBound
      })
    {
      return Mention(
        range: s.range, actors: [prev.sources[0], prev.targets[0]], isCoreference: true)
    }
    // "Indonesia handed over the fishermen, months after its navy detained them": a role
    // owned by "its" belongs to the sentence's subject.
    if s.countryFromStory, s.actors.count == 1,
      s.range.lowerBound > range.lowerBound,
      tokens[s.range.lowerBound - 1].is(.possessiveDeterminers),
      let owner = actors.first(where: {
        $0.range.upperBound < s.range.lowerBound && !$0.isModifier && !$0.isOccasion
          && $0.actors.count == 1 && $0.primary.person == nil && isSubjectLikeStart($0)
      })
    {
      return Mention(
        range: s.range,
        actors: [CodedActor(text: s.primary.text, code: owner.primary.country + s.primary.role)],
        isCoreference: true)
    }
    return s
  }

  /// A source whose country the story supplied ("the foreign ministry", "the ministry") that
  /// acts on an actor the sentence names of that same country is of the story's other side
  /// (`SourceRule.otherSide`): "The foreign ministry said it had summoned Canada's High
  /// Commissioner" in a story about India and Canada is India's; a crowd protesting at a
  /// country's embassy is of the place it gathers in.
  func sourceAcrossTarget(
    _ reading: Reading, subject: Mention?, target: Mention?, _ context: ArticleContext
  ) {
    // ("The foreign ministry said it had summoned …": "it" is that ministry.)
    let origin = subject.flatMap { s -> Mention? in
      guard s.isCoreference, s.range.count == 1 else { return s }
      return actors.last {
        $0.range.upperBound <= s.range.lowerBound && $0.countryFromStory && $0.actors.count == 1
          && $0.primary.code == s.primary.code
      }
    }
    guard let s = origin, s.countryFromStory, !s.isCoreference, s.actors.count == 1,
      reading.sources.count == 1, let tm = target, !tm.countryFromStory, !tm.isModifier,
      tm.actors.count == 1, !tm.primary.country.isOrganisation,
      tm.primary.country == s.primary.country,
      // ("the kingdom" is a country described, not an office of the story's.)
      !Words.countryNouns.contains(tokens[s.range.upperBound - 1].hash)
    else { return }
    var other: Code?
    if reading.pattern.root == 14, s.primary.role == .civilians {
      // "Protesters rally outside the Myanmar embassy in Jakarta": the crowd is of where it
      // gathers.
      other = places.first { $0.isLocative && $0.country != s.primary.country }?.country
    } else if s.primary.role.isStateRole, tm.primary.role.isStateRole {
      // (A government acting on its own country's government: not police, rebels or people,
      // whose acts at home are events.)
      other =
        context.home(excluding: [s.primary.country])
        ?? context.datelineCountry.flatMap { $0 == s.primary.country ? nil : $0 }
    }
    guard let other else { return }
    let a = s.primary
    reading.sources = [CodedActor(text: a.text, code: other + a.role, person: a.person)]
    reading.sourceRule = .otherSide
  }
}
