/// Meetings referred to by a definite noun: "The summit was called off on Thursday".
extension SentenceCoder {
  /// "Trump called off the summit", "the visit had been scrapped": a definite meeting noun
  /// that names no other side is the story's last meeting between two sides; it takes the
  /// sides the words do not name from that meeting (either side may be the one named).
  func inheritMeeting(
    _ t: Trigger, _ p: EventPattern, _ reading: Reading, _ readings: [Reading],
    _ context: ArticleContext
  ) {
    guard p.isNoun, reading.targets.isEmpty, p.cameoCode.isMeeting,
      isDefinite(t.span.lowerBound)
    else { return }
    let earlier = readings.compactMap { r -> (Code, CodedActor, CodedActor)? in
      guard let s = r.sources.first, let other = r.targets.first else { return nil }
      return (r.pattern.cameoCode, s, other)
    }
    let acts =
      context.recentActs.compactMap { a -> (Code, CodedActor, CodedActor)? in
        a.target.map { (a.code, a.source, $0) }
      } + earlier
    guard let (_, source, target) = acts.last(where: { $0.0.isMeeting }) else { return }
    if let named = reading.sources.first {
      if named.country == source.country {
        reading.targets = [target]
      } else if named.country == target.country {
        reading.targets = [source]
      } else {
        return
      }
    } else {
      reading.sources = [source]
      reading.targets = [target]
    }
    reading.inheritedTarget = true
    if let ref = sideReference(.target, t.span, reading.targets, context, kind: .event) {
      reading.references.append(ref)
    }
  }

  /// "The summit was called off", "the visit had been postponed": a meeting noun followed by
  /// a cancellation marker of the modality lexicon, after at most three auxiliaries.
  func cancelledAfter(_ t: Trigger, _ p: EventPattern) -> Range<Int>? {
    guard p.isNoun, p.cameoCode.isMeeting else { return nil }
    var j = t.span.upperBound
    while j < min(range.upperBound, t.span.upperBound + 3), tokens[j].is(.auxiliaries) { j += 1 }
    guard j > t.span.upperBound, j < range.upperBound, tokens[j].is(.modalityStart),
      let m = shared.modality.longest(tokens, at: j, end: range.upperBound),
      shared.modality.values(of: m.node).contains(where: { $0.modality == .cancelled })
    else { return nil }
    return j..<(j + m.length)
  }
}
