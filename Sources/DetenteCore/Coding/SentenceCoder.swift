/// Codes the triggers of one sentence into events.
///
/// A class, not a struct: the rules' many closures capture it, and capturing a reference costs
/// one retain where a struct of arrays and strings would be copied field by field.
final class SentenceCoder {
  let shared: SharedLexicon
  var lexicon: Lexicon { _read { yield shared.value } }
  /// The article's publication date, against which times are resolved.
  let published: CivilDate?
  /// The start of every event id's hash: the article's id and a separator folded.
  let articleSeed: UInt64
  let bytes: UnsafeBufferPointer<UInt8>
  let tokens: [Token]
  let sentence: Sentence
  let actors: [Mention]
  let places: [PlaceHit]
  /// Turns the sentence's plain values back into words.
  let words: TextResolver
  let times: [TimeMention]
  // (Like the workspace's buffers, the coder's and its readings' changing fields are not
  // checked for overlapping accesses at run time: each rule reads or sets them one at a time.)
  @exclusivity(unchecked) var triggers: [Trigger]
  let includeUntargeted: Bool
  let previousHadMeeting: Bool
  /// Whether this sentence already tells a meeting again (`retell`): once per sentence.
  var toldAgain = false

  init(
    shared: SharedLexicon, published: CivilDate?, articleSeed: UInt64,
    bytes: UnsafeBufferPointer<UInt8>, tokens: [Token],
    sentence: Sentence, actors: [Mention], places: [PlaceHit], times: [TimeMention],
    triggers: [Trigger], includeUntargeted: Bool, previousHadMeeting: Bool, words: TextResolver,
    workspace ws: EventCoder.Workspace
  ) {
    self.words = words
    self.shared = shared
    self.published = published
    self.articleSeed = articleSeed
    self.bytes = bytes
    self.tokens = tokens
    self.sentence = sentence
    self.actors = actors
    self.places = places
    self.times = times
    self.triggers = triggers
    self.includeUntargeted = includeUntargeted
    self.previousHadMeeting = previousHadMeeting
    // For each token of the sentence, the first mention starting there and the last one
    // ending there: the rules ask at nearly every word they step over.
    let lo = sentence.tokens.lowerBound
    let n = sentence.tokens.count
    // (Filled in the workspace's memory, and given back to it when this coder is done.)
    var starts = take(&ws.starts)
    var ends = take(&ws.ends)
    starts.append(contentsOf: repeatElement(-1, count: n))
    ends.append(contentsOf: repeatElement(-1, count: n))
    for (k, m) in actors.enumerated() {
      let s = m.range.lowerBound - lo
      let e = m.range.upperBound - 1 - lo
      if s >= 0, s < n, starts[s] < 0 { starts[s] = Int16(k) }
      if e >= 0, e < n { ends[e] = Int16(k) }
    }
    self.starts = starts
    self.ends = ends
    ws.starts = starts
    ws.ends = ends
    self.ws = ws
  }

  /// Buffers kept from sentence to sentence.
  let ws: EventCoder.Workspace
  /// The sentence's clause structure (read when a rule first asks).
  lazy var clauses: [ClausePredicate] = clauseReader().read()
  /// Where the sentence's dateline ends ("MOSCOW, July 9 (Wire) –"), if it starts with one.
  lazy var datelineEnd: Int? = Dateline.end(bytes, tokens, range)
  /// The person who is the subject of the clause being read: "him" and "her" are someone else
  /// ("Trump had invited him").
  var clauseSubjectPerson: PersonID?
  /// The people mentioned before this sentence, most recent last (for "him" and "her" when
  /// the sentence names no one else).
  var storyPeople: [(actor: CodedActor, isLeader: Bool)] = []
  /// The month and the day of the story's last events before this sentence
  /// (`ArticleContext.storyMonth`, `storyDay`).
  var storyMonth: EventDate?
  var storyDay: EventDate?
  /// The story's news day (`ArticleContext.newsDay`), when known by this sentence.
  var newsDay: EventDate?

  /// Per token of the sentence: the index in `actors` of the first mention that starts there,
  /// or -1.
  private let starts: [Int16]
  /// Per token of the sentence: the index in `actors` of the last mention that ends there, or -1.
  private let ends: [Int16]

  /// The index in `actors` of the first mention starting at token `j`.
  @inline(__always)
  func mentionIndex(startingAt j: Int) -> Int? { Self.mention(at: j - range.lowerBound, starts) }

  /// The index in `actors` of the last mention ending at token `j`.
  @inline(__always)
  func mentionIndex(endingAt j: Int) -> Int? { Self.mention(at: j - range.lowerBound, ends) }

  /// The mention `table` (`starts` or `ends`) gives for the sentence's token `k`.
  @inline(__always)
  private static func mention(at k: Int, _ table: [Int16]) -> Int? {
    guard k >= 0, k < table.count, table[k] >= 0 else { return nil }
    return Int(table[k])
  }

  /// Whether a mention starts at token `j`.
  func hasMention(startingAt j: Int) -> Bool { mentionIndex(startingAt: j) != nil }
  /// Whether a mention ends at token `j`.
  func hasMention(endingAt j: Int) -> Bool { mentionIndex(endingAt: j) != nil }

  var range: Range<Int> { sentence.tokens }

  /// The place mention `m` also names (a capital), if any.
  func place(of m: Mention) -> PlaceHit? {
    m.placeIndex < 0 ? nil : ws.mentionScratch.mentionPlaces[Int(m.placeIndex)]
  }

  /// Code prefixes whose object may come after a noun and "of" or "from": reactions to an act
  /// ("criticised the expansion of the alliance"), and meetings and arrests of a person ("met a
  /// representative from Myanmar").
  static let ofObjectCodes: [Code] = Words.actObjectPrefixes + ["03", "04", "17"]

  /// One trigger's reading before it becomes events.
  ///
  /// A class: a reading is filled in while its trigger is read, then only read — by later
  /// triggers' rules and by every event made from it — and passing a reference around costs a
  /// retain where the struct's arrays, mentions and strings would each be retained.
  final class Reading {
    @exclusivity(unchecked) var trigger: Trigger
    @exclusivity(unchecked) var pattern: EventPattern
    @exclusivity(unchecked) var sources: [CodedActor] = []
    @exclusivity(unchecked) var subject: Mention? { didSet { subjectRange = subject?.range } }
    /// The range of `subject` (read without copying the mention).
    @exclusivity(unchecked) private(set) var subjectRange: Range<Int>?
    @exclusivity(unchecked) var targets: [CodedActor] = []
    @exclusivity(unchecked) var targetPlace: PlaceHit?
    @exclusivity(unchecked) var modality: Modality = .occurred
    @exclusivity(unchecked) var marker: (Range<Int>, Modality)?
    @exclusivity(unchecked) var definite = false
    @exclusivity(unchecked) var sourceFromClause = false
    @exclusivity(unchecked) var inheritedTarget = false
    /// The source came from "by X" (a passive or a noun), not from the clause's subject.
    @exclusivity(unchecked) var sourceFromAgent = false
    /// The rule that named the source of a passive with no agent.
    @exclusivity(unchecked) var sourceRule: SourceRule?
    /// The sides found by reference: each one's words, kind, and for each actor it resolved
    /// to, the mention that named that actor before.
    @exclusivity(unchecked) var references: [SideReference] = []

    init(trigger: Trigger, pattern: EventPattern) {
      self.trigger = trigger
      self.pattern = pattern
    }
  }

  func text(_ r: Range<Int>) -> String {
    String(
      decoding: bytes[Int(tokens[r.lowerBound].start)..<Int(tokens[r.upperBound - 1].end)],
      as: UTF8.self)
  }

  /// The byte range of tokens `r`.
  func bytes(_ r: Range<Int>) -> Range<Int> {
    Int(tokens[r.lowerBound].start)..<Int(tokens[r.upperBound - 1].end)
  }

  /// The words of tokens `r`, as an actor's text.
  func ref(_ r: Range<Int>) -> TextRef {
    .body(tokens[r.lowerBound].start, tokens[r.upperBound - 1].end)
  }

  func mention(endingAt j: Int) -> Mention? { mentionIndex(endingAt: j).map { actors[$0] } }
  func mention(startingAt j: Int) -> Mention? {
    mentionIndex(startingAt: j).map { actors[$0] }
  }
  func isTriggerToken(_ j: Int) -> Bool { triggers.contains { $0.span.contains(j) } }

  /// "U.S. strikes on Iranian sites": words a verb pattern matched ("strike … sites") that are
  /// a noun here take the noun pattern that matched at the same word.
  func preferNouns() {
    for (n, t) in triggers.enumerated() {
      guard !lexicon.patterns[t.pattern].isNoun, let noun = t.asNoun,
        t.span.lowerBound > range.lowerBound,
        afterDeterminer(t.span.lowerBound)
          || (mention(endingAt: t.span.lowerBound - 1)?.isModifier ?? false)
      else { continue }
      triggers[n] = noun
    }
  }

  /// Appends the sentence's events to `events`, the article's events so far.
  func code(_ context: inout ArticleContext, into events: inout [EventDraft]) {
    context.sentenceCount += 1
    // (Let go at the end: held while the next sentence's actors are noted, the context's list
    // would be copied.)
    storyPeople = context.recentPeople
    defer { storyPeople = [] }
    let speaker = findSpeaker()
    if let s = speaker { context.lastSpeaker = s.primary }
    // Without triggers a sentence only names who speaks next.
    if triggers.isEmpty {
      if speaker == nil { noteOpeningSubject(&context) }
      notePersonSubject([], speaker: speaker, &context)
      retellUnnamed([], in: &events, before: events.count, &context)
      return
    }
    let quoteSpeaker = speaker?.primary ?? (startsWithQuote() ? context.lastSpeaker : nil)
    var readings = take(&ws.readings)
    defer {
      readings.removeAll(keepingCapacity: true)
      ws.readings = readings
    }
    for t in triggers {
      read(t, into: &readings, speaker: speaker, quoteSpeaker: quoteSpeaker, context)
    }
    codeReadings(readings, speaker: speaker, into: &events, &context)
    noteSentence(readings, speaker: speaker, &context)
  }

  /// Reads one trigger's sides, modality and meeting into a reading appended to `readings`
  /// (nothing when the trigger is skipped or a passive-only pattern is active).
  private func read(
    _ t: Trigger, into readings: inout [Reading], speaker: Mention?, quoteSpeaker: CodedActor?,
    _ context: ArticleContext
  ) {
    let p = lexicon.patterns[t.pattern]
    if isSkipped(t, p, readings) { return }
    let reading = Reading(trigger: t, pattern: p)
    // Source
    // ("were being held": a pattern may start with the passive's "be".)
    let passive =
      !p.isNoun
      && (isPassive(t.span) || (p.passiveOnly && tokens[t.span.lowerBound].is(.beForms)))
    if p.passiveOnly, !passive { return }
    var subject = clauseSubject(
      t, p, reading, passive: passive, readings, quoteSpeaker: quoteSpeaker, context)
    // "thanked Scholz in a phone call": the call is between the same two sides.
    if p.sharesTarget,
      let prev = readings.last(where: {
        !$0.targets.isEmpty && $0.trigger.span.upperBound <= t.span.lowerBound
          && !(($0.trigger.span.upperBound)..<t.span.lowerBound).contains {
            tokens[$0].kind == .punct
          }
      })
    {
      subject = prev.subject
      reading.subject = subject
      reading.sources = prev.sources
      reading.targets = prev.targets
      reading.modality = prev.modality
      readings.append(reading)
      return
    }
    subject = subject.map { refineSubject($0, readings) }
    reading.subject = subject
    reading.sources = subject?.actors ?? []
    if let s = subject, isReferring(s) {
      if let ref = sideReference(.source, s.range, s.actors, context) {
        reading.references.append(ref)
      }
    }
    clauseSubjectPerson = subject?.actors.count == 1 ? subject?.primary.person : nil
    // Target
    var (targetMention, targetFromBetween) = slotTarget(t, p, reading, context)
    targetMention = refineTarget(
      targetMention, t, p, reading, passive: passive, subject: subject, readings,
      speaker: speaker, quoteSpeaker: quoteSpeaker, context)
    reading.targets = targetMention?.actors ?? []
    if let tm = targetMention, isReferring(tm) {
      if let ref = sideReference(.target, tm.range, tm.actors, context) {
        reading.references.append(ref)
      }
    }
    if let tp = targetMention.flatMap(place(of:)), reading.targetPlace == nil,
      p.slots.contains(.place)
    {
      reading.targetPlace = tp
    }
    inheritTarget(t, p, reading, subject: subject, readings, context)
    sourceAcrossTarget(reading, subject: subject, target: targetMention, context)
    settleSides(p, reading, targetMention, targetFromBetween: targetFromBetween)
    settleModality(t, p, reading, subject: subject, readings)
    inheritMeeting(t, p, reading, readings, context)
    reading.definite = p.isNoun && isDefinite(t.span.lowerBound)
    readings.append(reading)
  }

  /// Makes the readings' events, and notes in the context the story's dates and the group of
  /// three or four countries the sentence's events name.
  private func codeReadings(
    _ readings: [Reading], speaker: Mention?, into events: inout [EventDraft],
    _ context: inout ArticleContext
  ) {
    let firstNew = events.count
    // Three or four countries in one sentence's events are what "the three countries" next
    // refers to ("Biden hosted Kishida and Marcos").
    var group: [Code] = []
    func join(_ c: Code) {
      if !group.contains(c) && !c.isOrganisation { group.append(c) }
    }
    storyMonth = context.storyMonth
    storyDay = context.storyDay
    newsDay = context.newsDay
    makeEvents(readings, speaker: speaker, into: &events) { source, target in
      join(source.country)
      if let t = target { join(t.country) }
    }
    retellUnnamed(readings, in: &events, before: firstNew, &context)
    context.noteDates(events[firstNew...])
    if (3...4).contains(group.count) {
      context.lastEventGroup = group.map { CodedActor(text: .code($0), code: $0) }
    }
  }

  /// Notes in the context what the sentence's readings tell later sentences: the acts, the
  /// subjects, and who "he" or "it" means next.
  private func noteSentence(
    _ readings: [Reading], speaker: Mention?, _ context: inout ArticleContext
  ) {
    context.lastNotedActs = (context.sentenceCount, context.recentActs.count)
    for r in readings {
      // ("Japarov and Rahmon, who arrived in Bishkek": the source that acts on the target,
      // not the first of a list.)
      let target = r.targets.first
      if let s = r.sources.first(where: { $0.country != target?.country }) ?? r.sources.first {
        context.recentActs.append((r.pattern.cameoCode, s, target))
      }
    }
    let subjectsBefore = context.recentSubjects.count
    for r in readings {
      if let s = r.subject, !s.isCoreference, let a = s.actors.first {
        context.recentSubjects.append(a)
      }
    }
    if context.recentSubjects.count == subjectsBefore, speaker == nil {
      noteOpeningSubject(&context)
    }
    notePersonSubject(readings, speaker: speaker, &context)
  }

  /// "The UAE stopped short of a full break. It recalled …": a sentence whose events name no
  /// subject still says whom "it" next means, by the country or body it opens with when a
  /// verb follows (or "had", "has", "have": "Beijing had steadily raised the stakes"), not
  /// another auxiliary ("Moscow would go on helping …, she added" tells what was
  /// said). (Nor a speaker's sentence: "Russia's envoy said …".)
  func noteOpeningSubject(_ context: inout ArticleContext) {
    guard let first = actors.first(where: { !$0.isModifier }), isSubjectLikeStart(first),
      !first.isCoreference, !first.countryFromStory, first.actors.count == 1,
      first.primary.person == nil, first.range.upperBound < range.upperBound,
      !tokens[first.range.upperBound].is(.auxiliaries)
        || Words.perfectAuxiliaries.contains(tokens[first.range.upperBound].hash),
      Verbs.looksLikeVerb(tokens[first.range.upperBound], bytes),
      !hasNotYet(after: first.range.upperBound)
    else { return }
    context.recentSubjects.append(first.primary)
  }

  /// Whether "has not yet responded", "had never commented" follows at `k`: a sentence that
  /// introduces what "it" next means (the proposal, the law), not an act of its subject.
  func hasNotYet(after k: Int) -> Bool {
    guard Words.perfectAuxiliaries.contains(tokens[k].hash) else { return false }
    var j = k + 1
    while j < range.upperBound, Words.notYet.contains(tokens[j].hash) { j += 1 }
    return j > k + 1 || (j < range.upperBound && Words.reactingVerbs.contains(tokens[j].hash))
  }

  /// Remembers the person this sentence is about, for "he" and "she" in the next ones: the
  /// first subject of its events that is a person named in it, else its speaker, else the
  /// person it starts with ("Safadi spoke with Blinken …").
  func notePersonSubject(_ readings: [Reading], speaker: Mention?, _ context: inout ArticleContext)
  {
    let subject = readings.lazy.compactMap { r -> CodedActor? in
      guard let s = r.subject, !s.isCoreference, s.actors.count == 1,
        s.primary.person != nil
      else { return nil }
      return s.primary
    }.first
    let opening = actors.first { !$0.isModifier && !$0.isOccasion }.flatMap {
      $0.actors.count == 1 && !$0.isCoreference && isSubjectLikeStart($0) ? $0.primary : nil
    }
    if let p = subject ?? speaker.flatMap({ $0.actors.count == 1 ? $0.primary : nil }) ?? opening,
      p.person != nil
    {
      context.lastPersonSubject = (p, context.sentenceCount)
    }
  }

  /// The topics the sentence's words name, found once for all its events.
  lazy var phraseTopics: [String] = {
    var out: [String] = []
    var i = range.lowerBound
    while i < range.upperBound {
      if tokens[i].is(.topicStart),
        let m = shared.topics.longest(tokens, at: i, end: range.upperBound)
      {
        for k in shared.topics.positions(of: m.node) {
          let topic = shared.topicNames[Int(shared.topics.values[k])]
          if !out.contains(topic) { out.append(topic) }
        }
        i += m.length
        continue
      }
      i += 1
    }
    return out
  }()

  func topics(source: CodedActor, target: CodedActor?) -> [String] {
    var out = phraseTopics
    // Countries named after "on", "about", "over", "including".
    for p in places where p.range.lowerBound > range.lowerBound {
      var j = p.range.lowerBound - 1
      while j > range.lowerBound, tokens[j].is(.articleWords) { j -= 1 }
      let inList = tokens[j].hash == Words.comma || tokens[j].hash == Words.and
      if Words.topicPrepositions.contains(tokens[j].hash)
        || (inList && !out.isEmpty
          && out.contains(where: { lexicon.countryNames.contains($0) })),
        p.country != source.country, p.country != target?.country,
        let c = lexicon.country(p.country), p.name(lexicon) == c.name, !out.contains(c.name)
      {
        out.append(c.name)
      }
    }
    return out
  }
}

extension ArticleContext {
  /// Remembers the day and the month of the last of a sentence's `events` that happened,
  /// for times counted from them in the next sentences.
  mutating func noteDates(_ events: ArraySlice<EventDraft>) {
    for e in events.reversed() where e.modality == .occurred {
      guard let d = e.date, d.precision != "year" else { continue }
      if d.precision == "day" { storyDay = d }
      storyMonth = d
      return
    }
  }
}

extension ArticleContext {
  /// Takes the story's news day (`newsDay`) from a sentence's `times` when it has none yet:
  /// the first weekday ("on Tuesday"), "today" or "yesterday", or date that falls in the week
  /// before `published`.
  mutating func noteNewsDay(_ times: [TimeMention], published: CivilDate?) {
    guard newsDay == nil, let p = published else { return }
    for t in times where !t.isModifier && !t.isForward && !t.isAnchored {
      switch t.spec {
      case .weekday(_, relative: nil), .dayOffset(-2...0), .month(_, day: .some, _, _),
        .date:
        guard
          let d = TimeRecognizer.resolve(t.spec, text: t.text, published: p, future: false),
          d.precision == "day", let c = CivilDate.strict(d.value),
          (0...7).contains(p.dayNumber - c.dayNumber)
        else { continue }
        newsDay = d
        return
      default: continue
      }
    }
  }
}
