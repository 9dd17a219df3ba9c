/// Modality, and the events a sentence's readings become: sides paired, dates and places
/// chosen per clause, repeats dropped.
extension SentenceCoder {
  // MARK: - Modality

  func coordinated(_ t: Trigger, _ readings: [Reading]) -> Reading? {
    guard let prev = readings.last else { return nil }
    var j = t.span.lowerBound - 1
    if j >= range.lowerBound, tokens[j].hash == Words.to { j -= 1 }
    guard j >= range.lowerBound, tokens[j].hash == Words.and || tokens[j].hash == Words.or
    else { return nil }
    return prev
  }

  /// Whether the word at `i` is the month "May" (or a name): capitalized inside the sentence,
  /// where the modal is not ("met in Port Moresby on May 22, and will then …").
  func isMonthMay(_ i: Int) -> Bool {
    i > range.lowerBound && tokens[i].hash == Words.may && tokens[i].isCapitalized
  }

  /// Whether tokens `r` are one subject pronoun ("he", "she", "it", "they", "we" …).
  func isPronoun(_ r: Range<Int>) -> Bool {
    r.count == 1 && ClauseReader.subjectPronouns.contains(tokens[r.lowerBound].hash)
  }

  func modalityMarker(before k: Int, subject: Mention?) -> (Range<Int>, Modality)? {
    var start = max(range.lowerBound, k - 8)
    // (A pronoun is a subject of its own clause too: "said she would visit Chile, and she
    // urged Peru …" — the urging is not in the scope of "would".)
    if let s = subject, !s.isCoreference || isPronoun(s.range), s.range.upperBound <= k,
      s.range.upperBound > start
    {
      start = s.range.upperBound
    }
    var best: (Range<Int>, Modality)?
    var i = start
    // (The lexicon's frozen table, read in place: nothing is copied or retained.)
    while i < k {
      if tokens[i].hash == Words.semicolon { best = nil }
      if tokens[i].is(.modalityStart), !isMonthMay(i),
        let m = shared.modality.longest(tokens, at: i, end: k)
      {
        let r = i..<(i + m.length)
        for p in shared.modality.positions(of: m.node) {
          let marker = shared.modality.values[p]
          if marker.near, k - r.upperBound > 3 { continue }
          var modality = marker.modality
          // "Germany said on Wednesday it would send": reported future, not a possibility.
          if modality == .possible, tokens[i].hash == Words.would,
            (range.lowerBound..<i).contains(where: { tokens[$0].is(.reporting) })
          {
            modality = .planned
          }
          if best == nil || modality > best!.1 { best = (r, modality) }
        }
        i = r.upperBound
        continue
      }
      i += 1
    }
    return best
  }

  // MARK: - Events

  /// Whether an event is only a state acting on itself, which the coders of the field do not
  /// code: a government's statement, appeal, praise, cooperation or help to its own government,
  /// army or police ("the ministry urged the army to show restraint"), its statement, praise,
  /// cooperation or help to its own people, or its government disputing with
  /// itself. Force, arrests, threats and condemnation at home ("Ruto described the protests as
  /// treasonous", "police arrested Castillo") stay events, as do acts of rebels, the
  /// opposition and people.
  static func isOwnStateOnly(_ s: CodedActor, _ t: CodedActor, code: Code) -> Bool {
    guard s.country == t.country, !s.country.isOrganisation else { return false }
    guard s.role.isStateOrganRole, t.role.isStateOrganRole || t.role == .civilians else {
      return false
    }
    let governmentOnItself = s.role.isStateRole && t.role.isStateRole
    // (Talks, agreements and releases at home are events: "Ethiopia's government and Tigrayan
    // forces agreed", "Belarus freed 52 prisoners".)
    // (An appeal to the people stays: "Kenya urged the protesters to stand down".)
    let oneSided =
      (t.role == .civilians ? ["01", "05", "06", "07"] : ["01", "02", "05", "06", "07"])
      .contains { code.hasPrefix($0) }
    return oneSided || (governmentOnItself && !code.hasPrefix("17"))
  }

  /// Appends the events of `readings` to `all`, the article's events so far (which a definite
  /// noun may refer back to).
  func makeEvents(
    _ readings: [Reading], speaker: Mention?, into all: inout [EventDraft],
    made: (CodedActor, CodedActor?) -> Void
  ) {
    // (The workspace's buffers are lent for the whole call: nothing is retained to take them
    // out and put them back, and they hold plain values, so nothing is released per event.)
    makeEvents(
      readings, speaker: speaker, into: &all, made: made, kept: &ws.kept, spans: &ws.spans,
      subjects: &ws.subjects, seen: &ws.seenDated, seenAnyDate: &ws.seenAnyDate,
      verbRoots: &ws.verbRoots, usedIDs: &ws.usedIDs)
  }

  private func makeEvents(
    _ readings: [Reading], speaker: Mention?, into all: inout [EventDraft],
    made: (CodedActor, CodedActor?) -> Void, kept: inout [(Int, CodedActor, CodedActor?)],
    spans: inout [Range<Int>], subjects: inout [Range<Int>?], seen: inout [Dated],
    seenAnyDate: inout [Sameness], verbRoots: inout [Sameness], usedIDs: inout [UInt64]
  ) {
    let firstNew = all.count
    kept.removeAll(keepingCapacity: true)
    spans.removeAll(keepingCapacity: true)
    subjects.removeAll(keepingCapacity: true)
    seen.removeAll(keepingCapacity: true)
    seenAnyDate.removeAll(keepingCapacity: true)
    verbRoots.removeAll(keepingCapacity: true)
    usedIDs.removeAll(keepingCapacity: true)
    keepSides(readings, into: &kept)
    segmentSpans(readings, kept, spans: &spans, subjects: &subjects)
    var carry = ClauseCarry()
    for (ri, source, target) in kept {
      let r = readings[ri]
      let span = r.trigger.span
      let segment = self.segment(
        of: span, subject: r.subjectRange, spans: spans, subjects: subjects)
      guard let (cameo, recodes) = recodedCameo(r, source, target) else { continue }
      // "ruled out talks" coded as a rejection: the rejection happened.
      let modality =
        recodes.contains(where: { lexicon.recodes[Int($0)].codesRefusal }) ? .occurred : r.modality
      var (date, dateRule, location) = timeAndPlace(r, segment, target, &carry)
      // A place the sentence leaves out: the one country of both sides, or the host's or the
      // visited side's country as the pattern says (`at=`).
      var placeRule: PlaceRule?
      if location == nil, let (home, why) = implicitPlace(r.pattern, source, target, span) {
        location = home
        placeRule = why
      }
      let isMeet = cameo.isMeeting
      let klass = cameo.eventClass
      if isToldBefore(r, cameo, klass, source, target, all[..<firstNew]) {
        if isMeet { retell(r, span, source, target, in: &all, before: firstNew) }
        continue
      }
      let symmetric = r.pattern.symmetric
      // Two sides of one country ("the army and the RSF") are two targets, not one.
      var sameCountry = 0
      if let tc = target?.country { for a in r.targets where a.country == tc { sameCountry += 1 } }
      let targetKey = sameCountry > 1 ? (target?.code ?? Code()) : (target?.country ?? Code())
      let pair = Pair(source.country, targetKey, ordered: !(symmetric || isMeet))
      let same = Sameness(pair: pair, kind: isMeet ? klass : cameo, modality: r.modality)
      let dated = Dated(same, date.map { Code($0.value) } ?? Code())
      guard !seen.contains(dated) else { continue }
      // "launched drones at Israel, in its first direct attack on Israeli territory": a noun
      // that restates the verb's event in the same sentence is not a second event.
      let root = Sameness(pair: pair, kind: klass, modality: r.modality)
      if r.pattern.isNoun, verbRoots.contains(root) { continue }
      if !r.pattern.isNoun, !verbRoots.contains(root) { verbRoots.append(root) }
      // "arrived in Asmara on Sunday, the first visit by …": an undated repeat of a dated event
      // in the same sentence is the same event.
      if date == nil, seenAnyDate.contains(same) { continue }
      seen.append(dated)
      if !seenAnyDate.contains(same) { seenAnyDate.append(same) }
      var attribution: CodedActor?
      if let sp = speaker, sp.range != r.subjectRange, !words.same(sp.primary, source) {
        attribution = sp.primary
      }
      made(source, target)
      all.append(
        EventDraft(
          idHash: newID(span, source, target, cameo, &usedIDs), sentenceIndex: sentence.index,
          sentenceBytes: sentence.bytes, source: source, target: target, cameo: cameo,
          // The CAMEO facts of the code, or of the pattern's code when the table lacks it.
          facts: lexicon.cameoFacts[cameo.key] != nil ? cameo : r.pattern.cameoCode,
          modality: modality, date: date, location: location, symmetric: symmetric,
          topics: topics(source: source, target: target), attribution: attribution,
          evidence: bytes(evidence(r)), pattern: r.trigger.pattern,
          marker: r.marker.map { (bytes($0.0), $0.1) }, trigger: span, recodes: recodes,
          references: references(r, source, target), placeRule: placeRule, dateRule: dateRule,
          sourceRule: r.sourceRule))
    }
  }

  /// The segments for dates and places: one per trigger that yields events. ("chatted … at the
  /// climate summit on Nov. 30": a noun of the verb's class right after it in the same clause,
  /// from one of the verb's sides, restates the verb's event, so the verb's segment runs on
  /// over it and the time and place after the noun are the verb's. Not "met Wang on Friday,
  /// weeks after their talks in Beijing": a clause break between them.)
  private func segmentSpans(
    _ readings: [Reading], _ kept: [(Int, CodedActor, CodedActor?)],
    spans: inout [Range<Int>], subjects: inout [Range<Int>?]
  ) {
    for (n, (ri, source, _)) in kept.enumerated() where spans.last != readings[ri].trigger.span {
      let r = readings[ri]
      if r.pattern.isNoun,
        kept[..<n].contains(where: { (vi, vs, vt) in
          let v = readings[vi]
          return !v.pattern.isNoun && spans.last == v.trigger.span
            && v.trigger.span.upperBound <= r.trigger.span.lowerBound
            && (vs.country == source.country || vt?.country == source.country)
            && v.pattern.cameoCode.eventClass == r.pattern.cameoCode.eventClass
            && !(v.trigger.span.upperBound..<r.trigger.span.lowerBound).contains {
              tokens[$0].hash == Words.comma || Words.timeClauseBreaks.contains(tokens[$0].hash)
            }
        })
      {
        continue
      }
      spans.append(r.trigger.span)
      subjects.append(r.subjectRange)
    }
  }

  /// Keeps the readings that have both sides (or a source, when untargeted events are
  /// wanted): each as its index in `readings` and its two sides. A state acting on itself is
  /// set aside (`isOwnStateOnly`).
  private func keepSides(_ readings: [Reading], into kept: inout [(Int, CodedActor, CodedActor?)]) {
    for (ri, r) in readings.enumerated() {
      for s in r.sources {
        // Each target, or none (`nil`) when the reading has no target.
        for ti in 0..<max(1, r.targets.count) {
          let t: CodedActor? = r.targets.isEmpty ? nil : r.targets[ti]
          if t == nil && !includeUntargeted { continue }
          if let t {
            if t.code == s.code && (t.person == s.person || t.person == nil || s.person == nil) {
              continue
            }
            // (Rebels who seize a town of their own country act against it.)
            // (No role is "IMG", an organisation prefix: the test for it, always true, is gone.)
            if r.targetPlace != nil && t.country == s.country && s.role != .rebels {
              continue
            }
            if s.country.isEmpty || t.country.isEmpty { continue }
            if Self.isOwnStateOnly(s, t, code: r.pattern.cameoCode) {
              ws.setAside.append((r.trigger.pattern, r.trigger.span, (s.code, t.code)))
              continue
            }
          }
          kept.append((ri, s, t))
        }
      }
    }
  }

  /// The words of the sentence whose time and place belong to the trigger at `span`: from the
  /// boundary after the trigger before it to the boundary before the next. (A noun that has no
  /// segment of its own shares the verb's before it, the last segment that starts before it.)
  private func segment(
    of trigger: Range<Int>, subject triggerSubject: Range<Int>?, spans: [Range<Int>],
    subjects: [Range<Int>?]
  ) -> Range<Int> {
    var (span, subject) = (trigger, triggerSubject)
    let n =
      spans.firstIndex(of: trigger)
      ?? spans.lastIndex(where: { $0.lowerBound <= trigger.lowerBound }) ?? 0
    if spans[n] != trigger { (span, subject) = (spans[n], subjects[n]) }
    let lower =
      n == 0 ? range.lowerBound : boundary(after: spans[n - 1], before: span, subject: subject)
    let upper =
      n + 1 < spans.count
      ? boundary(after: span, before: spans[n + 1], subject: subjects[n + 1]) : range.upperBound
    return lower..<max(lower, upper)
  }

  /// The reading's CAMEO code after the recodes of recodes.lex (a code by who did it to whom)
  /// and the recodes that changed it, or nil when a recode says there is no event.
  private func recodedCameo(
    _ r: Reading, _ source: CodedActor, _ target: CodedActor?
  ) -> (Code, [Int32])? {
    let span = r.trigger.span
    var cameo = r.pattern.cameoCode
    if r.pattern.refineMeet,
      previousHadMeeting
        || triggers.contains(where: { lexicon.patterns[$0.pattern].cameoCode.hasPrefix("04") })
    {
      cameo = "036"
    }
    let facts = RecodeFacts(
      sourceRole: source.role, sourcePerson: source.person != nil, target: target,
      sourceCountry: source.country, targetIsPlace: r.targetPlace != nil,
      conditional: (span.upperBound..<range.upperBound).contains {
        tokens[$0].hash == Words.ifWord
      },
      future: r.modality.isFuture, triggerHash: tokens[span.lowerBound].hash,
      after: tokens[span.upperBound..<range.upperBound], refused: r.modality == .negated)
    var applied: [Int32] = []
    guard let code = lexicon.recodes.apply(to: cameo, facts, applied: &applied) else { return nil }
    return (code, applied)
  }

  /// What the clause before gave later events of the sentence: its subject, time and place.
  struct ClauseCarry {
    var previous: (subject: Range<Int>?, date: EventDate?, location: PlaceHit?)?
    var previousSpan: Range<Int>?
    var previousDateRule: DateRule?
  }

  /// The event's time (and why, when it is not its own) and place: its clause's, else the
  /// clause before's for a coordinated or participle clause, else the story's news day.
  private func timeAndPlace(
    _ r: Reading, _ segment: Range<Int>, _ target: CodedActor?, _ carry: inout ClauseCarry
  ) -> (EventDate?, DateRule?, PlaceHit?) {
    let span = r.trigger.span
    let subjectRange = r.subjectRange
    var (date, dateRule) = eventDate(r, segment, span)
    var location: PlaceHit? = r.targetPlace ?? pickPlace(segment, span)
    // "his trip to Papua New Guinea and Australia": each visited country is its own place.
    if r.pattern.placeAt == .target, let t = target, let l = location, l.country != t.country,
      let own = places.first(where: { $0.country == t.country })
    {
      location = own
    }
    // Coordinated clauses share a subject, and a clause that says neither when nor where
    // shares the first clause's time and place ("met in August … but stopped short of …").
    if carry.previousSpan != span, let prev = carry.previous, prev.subject != nil,
      prev.subject == subjectRange, date == nil, location == nil
    {
      date = prev.date
      dateRule = nil
      location = prev.location
    }
    // "cut links with Doha in June 2017, accusing it of …": a participle's clause happens
    // when its main clause does (a time after it is a later noun's: "… of failing to honour
    // a pact signed last year").
    if carry.previousSpan != span, let prev = carry.previous, isParticiple(span.lowerBound),
      date == nil
        || (prev.date != nil
          && pickTime(segment, span).map { $0.range.lowerBound >= span.upperBound } == true)
    {
      date = prev.date
      dateRule = prev.date == nil ? nil : .participle
    }
    if date == nil, isNewsDayEvent(r, span, segment) {
      // (Without a news day yet, the article's end gives it the one told later: "… the
      // minister said on Tuesday".)
      date = reportDay() ?? newsDay
      dateRule = .news
    }
    // (Every event of one trigger happens when its first does: "drawing condemnation from
    // Turkey and Washington".)
    if carry.previousSpan == span, date == nil, let d = carry.previous?.date {
      date = d
      dateRule = carry.previousDateRule
    }
    if carry.previousSpan != span {
      carry.previous = (subjectRange, date, location)
      carry.previousDateRule = dateRule
    }
    carry.previousSpan = span
    return (date, dateRule, location)
  }

  /// Whether the reading's definite noun refers to an event told before rather than
  /// reporting one: "the visit showed …" whose actors come only from the clause (unless the
  /// clause calls it off or denies it: "called off the planned meeting"), a treaty in force
  /// ("would threaten the peace treaty between the two countries"), or the same kind of event
  /// between the same pair earlier in the article (a meeting told before and now called off or
  /// denied is news: "the summit was called off").
  private func isToldBefore(
    _ r: Reading, _ cameo: Code, _ klass: Code, _ source: CodedActor, _ target: CodedActor?,
    _ before: ArraySlice<EventDraft>
  ) -> Bool {
    guard r.definite else { return false }
    let isMeet = klass == "MEET"
    if r.sourceFromClause, r.modality != .cancelled, r.modality != .negated { return true }
    if r.pattern.isNoun, cameo == "057" { return true }
    if isMeet && (r.modality == .cancelled || r.modality == .negated) { return false }
    return before.contains { e in
      return e.cameo.eventClass == klass
        && Self.samePair(
          e.source.country, e.target?.country ?? Code(), source.country, target?.country ?? Code())
    }
  }

  /// The words the event's evidence quotes: the trigger, with a modality marker within three
  /// words of it (which may come after a noun: "the summit was called off").
  private func evidence(_ r: Reading) -> Range<Int> {
    let span = r.trigger.span
    if let (mr, _) = r.marker, span.lowerBound - mr.upperBound <= 3,
      mr.lowerBound - span.upperBound <= 3
    {
      return min(mr.lowerBound, span.lowerBound)..<max(mr.upperBound, span.upperBound)
    }
    return span
  }

  /// A new event id's hash: of "article|sentence|token|source|target|cameo", folded part by
  /// part without making that string, salted until it differs from the sentence's others in
  /// the ten digits written (`used`).
  private func newID(
    _ span: Range<Int>, _ source: CodedActor, _ target: CodedActor?, _ cameo: Code,
    _ used: inout [UInt64]
  ) -> UInt64 {
    var seed = articleSeed
    seed = TokenHash.fold(seed, decimal: sentence.index)
    seed = TokenHash.fold(seed, UInt8(ascii: "|"))
    seed = TokenHash.fold(seed, decimal: span.lowerBound)
    seed = TokenHash.fold(seed, UInt8(ascii: "|"))
    seed = TokenHash.fold(seed, code: source.code)
    seed = TokenHash.fold(seed, UInt8(ascii: "|"))
    if let target { seed = TokenHash.fold(seed, code: target.code) }
    seed = TokenHash.fold(seed, UInt8(ascii: "|"))
    seed = TokenHash.fold(seed, code: cameo)
    var idHash = seed >> 24
    var salt = 1
    while used.contains(idHash) {
      idHash = TokenHash.fold(seed, "#\(salt)") >> 24
      salt += 1
    }
    used.append(idHash)
    return idHash
  }

  /// Whether the sets {a, b} and {c, d} are equal.
  static func samePair(_ a: Code, _ b: Code, _ c: Code, _ d: Code) -> Bool {
    (a == c && b == d) || (a == d && b == c)
  }

  /// The two sides of an event, in order or (for symmetric events and meetings) not.
  struct Pair: Equatable {
    var first: Code
    var second: Code
    var ordered: Bool
    init(_ a: Code, _ b: Code, ordered: Bool) {
      // (Unordered pairs are kept in one order, so that equal pairs compare equal.)
      if !ordered, (b.lo.byteSwapped, b.hi.byteSwapped) < (a.lo.byteSwapped, a.hi.byteSwapped) {
        first = b
        second = a
      } else {
        first = a
        second = b
      }
      self.ordered = ordered
    }
  }

  /// What makes two readings of one sentence one event: the participants (in order, or sorted
  /// for symmetric kinds), the kind (a CAMEO code, or MEET for all meetings) and the modality.
  struct Sameness: Equatable {
    var pair: Pair
    var kind: Code
    var modality: Modality
  }

  /// A `Sameness` on a date (the date's value, `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, as a code;
  /// empty when the event has none).
  struct Dated: Equatable {
    var same: Sameness
    var date: Code
    init(_ same: Sameness, _ date: Code) {
      self.same = same
      self.date = date
    }
  }

  /// Where the clause of the next event starts: its subject, a coordinator, or its trigger.
  func boundary(after a: Range<Int>, before b: Range<Int>, subject: Range<Int>?) -> Int {
    // "summoned the ambassadors of Britain … on Sunday to rebuke them": an infinitive's clause
    // starts at its "to"; what comes before is the main verb's.
    if b.lowerBound - 1 >= a.upperBound, tokens[b.lowerBound - 1].hash == Words.to {
      return b.lowerBound - 1
    }
    if let s = subject, s.lowerBound >= a.upperBound, s.lowerBound < b.lowerBound {
      return s.lowerBound
    }
    // ", accusing it of …": a participle's clause starts at its comma.
    if isParticiple(b.lowerBound) { return b.lowerBound - 1 }
    var j = b.lowerBound - 1
    while j >= a.upperBound {
      let h = tokens[j].hash
      if h == Words.and || h == Words.but || h == Words.semicolon
        || tokens[j].is(.relativePronouns)
      {
        return j
      }
      j -= 1
    }
    return b.lowerBound
  }

  /// Whether a role word ("migrants", "troops") starts at token `k`.
  func isRoleWord(_ k: Int) -> Bool {
    guard tokens[k].is(.mentionStart),
      let m = shared.mentions.longest(tokens, at: k, end: range.upperBound)
    else {
      return false
    }
    return shared.mentions.contains(valueOf: m.node) {
      if case .role = $0 { return true }
      return false
    }
  }
}
