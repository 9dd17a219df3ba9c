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
      shared.modality.contains(valueOf: m.node, where: { $0.modality == .cancelled })
    else { return nil }
    return j..<(j + m.length)
  }

  /// "The talks lasted two hours", "once the summit was over": a definite meeting noun whose
  /// meeting the story told before (the same two countries) is not a new event; its sentence is
  /// kept with the story's first such meeting as a retelling, a report of it. Once per
  /// sentence.
  func retell(
    _ r: Reading, _ span: Range<Int>, _ source: CodedActor, _ target: CodedActor?,
    in all: inout [EventDraft], before firstNew: Int
  ) {
    guard !toldAgain, let other = target else { return }
    func same(_ e: EventDraft) -> Bool {
      e.cameo.isMeeting
        && Self.samePair(
          e.source.country, e.target?.country ?? Code(), source.country, other.country)
    }
    // (A sentence that reports a meeting of the two sides anew is a report already.)
    guard let k = all[..<firstNew].firstIndex(where: same), all[k].sentenceIndex != sentence.index,
      !all[firstNew...].contains(where: same)
    else { return }
    all[k].retold.append(
      RetellingDraft(
        sentenceIndex: sentence.index, sentenceBytes: sentence.bytes, evidence: bytes(span),
        modality: r.modality))
    toldAgain = true
  }

  /// "The time and venue of the meeting had yet to be settled", "Hungary was ready to host the
  /// summit": a definite meeting noun whose sides the sentence does not give, in a sentence
  /// that reports no meeting, tells again the story's first meeting told before (its first
  /// telephone call for "the call", else its first meeting in person, else its first call).
  /// Its sentence is kept with that meeting as a retelling. Once per sentence.
  func retellUnnamed(
    _ readings: [Reading], in all: inout [EventDraft], before firstNew: Int,
    _ context: inout ArticleContext
  ) {
    defer { noteMeetings(all, from: firstNew, &context) }
    guard context.firstMeeting != nil || context.firstCall != nil,
      !toldAgain,
      !all[firstNew...].contains(where: { $0.cameo.isMeeting }),
      let span = readings.first(where: { $0.definite && $0.pattern.cameoCode.isMeeting })?
        .trigger.span ?? definiteCall()
    else { return }
    let byPhone = span.contains { Words.calls.contains(tokens[$0].hash) }
    guard let k = byPhone ? context.firstCall : (context.firstMeeting ?? context.firstCall)
    else { return }
    all[k].retold.append(
      RetellingDraft(
        sentenceIndex: sentence.index, sentenceBytes: sentence.bytes,
        evidence: bytes(span), modality: all[k].modality))
    toldAgain = true
  }

  /// Notes the story's first meeting in person and first call among the events from `first`.
  func noteMeetings(_ all: [EventDraft], from first: Int, _ context: inout ArticleContext) {
    guard context.firstMeeting == nil || context.firstCall == nil else { return }
    for k in first..<all.count where all[k].cameo.isMeeting {
      if all[k].cameo == "041" {
        if context.firstCall == nil { context.firstCall = k }
      } else if context.firstMeeting == nil {
        context.firstMeeting = k
      }
    }
  }

  /// "The call lasted an hour", "during the conversation": a definite "call" or "conversation"
  /// that is not an appeal ("the call for restraint"), which the patterns leave alone.
  func definiteCall() -> Range<Int>? {
    var k = range.lowerBound + 1
    while k < range.upperBound {
      let h = tokens[k].hash
      if h == Words.call || h == Words.conversation, isDefinite(k),
        k + 1 >= range.upperBound || !Words.appealAfter.contains(tokens[k + 1].hash)
      {
        return k..<(k + 1)
      }
      k += 1
    }
    return nil
  }
}
