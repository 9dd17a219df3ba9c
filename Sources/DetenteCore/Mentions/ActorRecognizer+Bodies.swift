/// Bodies of an organisation named right after it.
extension ActorRecognizer {
  /// "the OAS Permanent Council", "the AU Peace and Security Council": a council, commission or
  /// other body named right after an organisation's name (with only capitalized words, "and"
  /// or "of" between) is that organisation's, not a council of the story's country nor the
  /// U.N.'s Security Council.
  func joinOrganisationBodies(_ mentions: inout [Mention], _ tokens: [Token]) {
    guard mentions.count >= 2 else { return }
    for i in 1..<mentions.count {
      let org = mentions[i - 1]
      let body = mentions[i]
      guard org.actors.count == 1, org.primary.country.isOrganisation, !org.isOccasion,
        body.actors.count == 1, body.primary.code != org.primary.code,
        body.countryFromStory || body.primary.country.isOrganisation,
        body.range.lowerBound >= org.range.upperBound,
        body.range.lowerBound - org.range.upperBound <= 3,
        Words.bodyNouns.contains(tokens[body.range.upperBound - 1].hash),
        (org.range.upperBound..<body.range.lowerBound).allSatisfy({
          tokens[$0].isCapitalized || tokens[$0].hash == Words.and || tokens[$0].hash == Words.of
        })
      else { continue }
      mentions[i].actors = [CodedActor(text: body.primary.text, code: org.primary.code)]
      mentions[i].countryFromStory = false
      mentions[i].needsSentenceCountry = false
    }
  }
}
