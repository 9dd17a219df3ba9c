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
    // (The lexicon's frozen table: nothing is copied or retained.)
    let markers = shared.modality
    while i < k {
      if tokens[i].hash == Words.semicolon { best = nil }
      if tokens[i].is(.modalityStart), !isMonthMay(i),
        let m = markers.longest(tokens, at: i, end: k)
      {
        let r = i..<(i + m.length)
        for marker in markers.values(of: m.node) {
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
    guard s.role.isStateOrganRole, t.role.isStateOrganRole || t.role == "CVL" else {
      return false
    }
    let governmentOnItself = s.role.isStateRole && t.role.isStateRole
    // (Talks, agreements and releases at home are events: "Ethiopia's government and Tigrayan
    // forces agreed", "Belarus freed 52 prisoners".)
    // (An appeal to the people stays: "Kenya urged the protesters to stand down".)
    let oneSided = (t.role == "CVL" ? ["01", "05", "06", "07"] : ["01", "02", "05", "06", "07"])
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
    // Keep readings that have both sides (or a source, when untargeted events are wanted):
    // each as its index in `readings` and its two sides.
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
            if r.targetPlace != nil && t.country == s.country && s.role != "REB" && s.role != "IMG"
            {
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
    // Segments for dates and places: one per trigger that yields events.

    for (ri, _, _) in kept where spans.last != readings[ri].trigger.span {
      spans.append(readings[ri].trigger.span)
      subjects.append(readings[ri].subjectRange)
    }
    var previous: (subject: Range<Int>?, date: EventDate?, location: PlaceHit?)?
    var previousSpan: Range<Int>?
    var previousDateRule: DateRule?
    for (ri, source, target) in kept {
      let r = readings[ri]
      let span = r.trigger.span
      let subjectRange = r.subjectRange
      let n = spans.firstIndex(of: span)!
      let lower =
        n == 0
        ? range.lowerBound : boundary(after: spans[n - 1], before: span, subject: subjectRange)
      let upper =
        n + 1 < spans.count
        ? boundary(after: span, before: spans[n + 1], subject: subjects[n + 1]) : range.upperBound
      let segment = lower..<max(lower, upper)
      var cameo = r.pattern.cameoCode
      if r.pattern.refineMeet,
        previousHadMeeting
          || triggers.contains(where: { lexicon.patterns[$0.pattern].cameoCode.hasPrefix("04") })
      {
        cameo = "036"
      }
      // The recodes of recodes.lex: a code by who did it to whom, or no event.
      let recodeFacts = RecodeFacts(
        sourceRole: source.role, sourcePerson: source.person != nil, target: target,
        sourceCountry: source.country, targetIsPlace: r.targetPlace != nil,
        conditional: (span.upperBound..<range.upperBound).contains {
          tokens[$0].hash == Words.ifWord
        },
        future: r.modality.isFuture, triggerHash: tokens[span.lowerBound].hash,
        after: tokens[span.upperBound..<range.upperBound], refused: r.modality == .negated)
      var recodes: [Int32] = []
      guard let recoded = lexicon.recode(cameo, recodeFacts, applied: &recodes) else { continue }
      cameo = recoded
      // "ruled out talks" coded as a rejection: the rejection happened.
      let modality =
        recodes.contains(where: { lexicon.recodes[Int($0)].codesRefusal }) ? .occurred : r.modality
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
      if previousSpan != span, let prev = previous, prev.subject != nil,
        prev.subject == subjectRange, date == nil, location == nil
      {
        date = prev.date
        dateRule = nil
        location = prev.location
      }
      // "cut links with Doha in June 2017, accusing it of …": a participle's clause happens
      // when its main clause does (a time after it is a later noun's: "… of failing to honour
      // a pact signed last year").
      if previousSpan != span, let prev = previous, isParticiple(span.lowerBound),
        date == nil
          || (prev.date != nil
            && pickTime(segment, span).map { $0.range.lowerBound >= span.upperBound } == true)
      {
        date = prev.date
        dateRule = prev.date == nil ? nil : .participle
      }
      if date == nil, isNewsDayEvent(r, span) {
        // (Without a news day yet, the article's end gives it the one told later: "… the
        // minister said on Tuesday".)
        date = reportDay() ?? newsDay
        dateRule = .news
      }
      // (Every event of one trigger happens when its first does: "drawing condemnation from
      // Turkey and Washington".)
      if previousSpan == span, date == nil, let d = previous?.date {
        date = d
        dateRule = previousDateRule
      }
      if previousSpan != span {
        previous = (subjectRange, date, location)
        previousDateRule = dateRule
      }
      previousSpan = span
      // A place the sentence leaves out: the one country of both sides, or the host's or the
      // visited side's country as the pattern says (`at=`).
      var placeRule: PlaceRule?
      if location == nil, let (home, why) = implicitPlace(r.pattern, source, target, span) {
        location = home
        placeRule = why
      }
      let isMeet = cameo.isMeeting
      let klass: Code = isMeet ? "MEET" : cameo.prefix(2)
      // A definite noun ("the meeting between …") refers to an event told before.
      // "the visit showed …" whose actors come only from the clause: a reference, not a report.
      // (Unless the clause calls it off or denies it: "called off the planned meeting".)
      if r.definite, r.sourceFromClause, r.modality != .cancelled, r.modality != .negated {
        if isMeet { retell(r, span, source, target, in: &all, before: firstNew) }
        continue
      }
      // "would threaten the peace treaty between the two countries": a treaty in force, not an
      // agreement being made.
      if r.definite, r.pattern.isNoun, cameo == "057" { continue }
      // (A meeting told before and now called off or denied is news: "the summit was called
      // off".)
      if r.definite, !(isMeet && (r.modality == .cancelled || r.modality == .negated)),
        all[..<firstNew].contains(where: { e in
          let c = e.cameo
          let k: Code = c.isMeeting ? "MEET" : c.prefix(2)
          return k == klass
            && Self.samePair(
              e.source.country, e.target?.country ?? Code(), source.country,
              target?.country ?? Code())
        })
      {
        if isMeet { retell(r, span, source, target, in: &all, before: firstNew) }
        continue
      }
      let symmetric = r.pattern.symmetric
      // Two sides of one country ("the army and the RSF") are two targets, not one.
      var sameCountry = 0
      if let tc = target?.country { for a in r.targets where a.country == tc { sameCountry += 1 } }
      let sameCountryTargets = sameCountry > 1
      let targetKey = sameCountryTargets ? (target?.code ?? Code()) : (target?.country ?? Code())
      let pair =
        symmetric || isMeet
        ? Pair(source.country, targetKey, ordered: false)
        : Pair(source.country, targetKey, ordered: true)
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
      // The CAMEO facts of the code, or of the pattern's code when the table lacks it.
      let facts = lexicon.cameoFacts[cameo.key] != nil ? cameo : r.pattern.cameoCode
      var evidenceRange = span
      if let (mr, _) = r.marker, span.lowerBound - mr.upperBound <= 3,
        mr.lowerBound - span.upperBound <= 3
      {
        // (The marker may come after the noun: "the summit was called off".)
        evidenceRange = min(mr.lowerBound, span.lowerBound)..<max(mr.upperBound, span.upperBound)
      }
      var attribution: CodedActor?
      if let sp = speaker, sp.range != subjectRange, !words.same(sp.primary, source) {
        attribution = sp.primary
      }
      // The id is the hash of "article|sentence|token|source|target|cameo", folded part by
      // part without making that string.
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
      // (Ids are compared by their hash: two hashes that agree in the ten digits written
      // make the same id.)
      var idHash = seed >> 24
      var salt = 1
      while usedIDs.contains(idHash) {
        idHash = TokenHash.fold(seed, "#\(salt)") >> 24
        salt += 1
      }
      usedIDs.append(idHash)
      made(source, target)
      all.append(
        EventDraft(
          idHash: idHash, sentenceIndex: sentence.index, sentenceBytes: sentence.bytes,
          source: source, target: target, cameo: cameo, facts: facts, modality: modality,
          date: date, location: location, symmetric: symmetric,
          topics: topics(source: source, target: target), attribution: attribution,
          evidence: bytes(evidenceRange), pattern: r.trigger.pattern,
          marker: r.marker.map { (bytes($0.0), $0.1) }, trigger: span, recodes: recodes,
          references: references(r, source, target), placeRule: placeRule, dateRule: dateRule,
          sourceRule: r.sourceRule))
    }
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
    return shared.mentions.values(of: m.node).contains {
      if case .role = $0 { return true }
      return false
    }
  }

  /// Whether the event of reading `r` at `span` happened on the day its sentence reports
  /// ("New Delhi said on Thursday it regretted …") or else on the story's news day:
  /// a verb's event that happened, whose sentence gives no time but a report's, not told as
  /// before another ("had expelled"). (An event noun names an event told elsewhere: "his
  /// meeting with Biden had been constructive".)
  func isNewsDayEvent(_ r: Reading, _ span: Range<Int>) -> Bool {
    guard r.modality == .occurred, !r.pattern.isNoun,
      !times.contains(where: { !$0.isReporting })
    else {
      return false
    }
    return !(max(range.lowerBound, span.lowerBound - 3)..<span.lowerBound).contains {
      tokens[$0].hash == Words.had
    }
  }

  /// The day of the sentence's report ("New Delhi said on Thursday it regretted …").
  func reportDay() -> EventDate? {
    for t in times where t.isReporting {
      if let d = TimeRecognizer.resolve(t.spec, text: t.text, published: published, future: false),
        d.precision == "day"
      {
        return d
      }
    }
    return nil
  }

  /// Whether token `k` is a participle opening a clause after a comma (", accusing …").
  func isParticiple(_ k: Int) -> Bool {
    k - 1 > range.lowerBound && tokens[k - 1].hash == Words.comma && isGerund(k)
  }

  /// Whether tokens `j…j+2` are a lower-case hyphenated word: "war-torn", "present-day".
  func isHyphenCompound(at j: Int) -> Bool {
    j + 2 < range.upperBound && tokens[j].kind == .word && !tokens[j].isCapitalized
      && tokens[j + 1].hash == Words.hyphen && tokens[j + 2].kind == .word
      && !tokens[j + 2].isCapitalized
  }

  /// Whether token `k` is a word ending in "-ing" ("banning", "recalling").
  func isGerund(_ k: Int) -> Bool {
    let w = tokens[k]
    let e = Int(w.end)
    return w.length > 4 && bytes[e - 3] == UInt8(ascii: "i") && bytes[e - 2] == UInt8(ascii: "n")
      && bytes[e - 1] == UInt8(ascii: "g")
  }

  /// "Russia said on Wednesday it was downgrading relations": an act in progress when it was
  /// announced happens on the day it was announced.
  func announcementTime(_ span: Range<Int>) -> TimeMention? {
    guard span.lowerBound > range.lowerBound, isGerund(span.lowerBound),
      tokens[span.lowerBound - 1].is(.beForms)
    else { return nil }
    return times.first { $0.isReporting && $0.range.upperBound <= span.lowerBound }
  }

  /// The date of reading `r` whose trigger is `span` in clause `segment`: its clause's time
  /// resolved against the article date, or a time counted from another ("a day after", "hours
  /// later") resolved against that other time, with the rule that says so.
  func eventDate(_ r: Reading, _ segment: Range<Int>, _ span: Range<Int>) -> (
    EventDate?, DateRule?
  ) {
    guard let t = pickTime(segment, span) ?? announcementTime(span) else { return (nil, nil) }
    if t.isAnchored {
      // The other time: the nearest before it in the sentence (a report's time too: "said on
      // Sunday …, a day after Prague expelled"), else the story's last event.
      for o in times.reversed()
      where o.range.upperBound <= t.range.lowerBound && !o.isModifier && !o.isDeadline
        && !o.isAnchored
      {
        if let anchor = TimeRecognizer.resolve(
          o.spec, text: o.text, published: published, future: false),
          let date = TimeRecognizer.resolve(t.spec, from: anchor, text: t.text)
        {
          return (date, .anchored)
        }
      }
      // (The month first: "the same month" is the last month told, and a day counts from
      // the month's date when that is a day.)
      let date = [storyMonth, storyDay].lazy.compactMap { $0 }.compactMap {
        TimeRecognizer.resolve(t.spec, from: $0, text: t.text)
      }.first
      return (date, date == nil ? nil : .story)
    }
    let date =
      r.modality == .cancelled && !t.isForward
      ? TimeRecognizer.resolveCancelled(t.spec, text: t.text, published: published)
      : TimeRecognizer.resolve(
        t.spec, text: t.text, published: published, future: r.modality.isFuture || t.isForward)
    return (date, nil)
  }

  func pickTime(_ segment: Range<Int>, _ span: Range<Int>) -> TimeMention? {
    // (The best is kept as an index: a time holds strings, and copying one at every better
    // candidate costs reference counts.)
    var best: (Int, Double)?
    for k in times.indices {
      let t = times[k]
      // ("a day after Prague expelled": the clause's segment starts at its subject.)
      guard !t.isReporting, !t.isDeadline,
        segment.contains(t.range.lowerBound)
          || (t.opensClause && t.range.upperBound == segment.lowerBound)
      else { continue }

      var d: Double
      if t.range.lowerBound >= span.upperBound {
        // "hitting back a day after Ottawa expelled …": the time of the clause it opens.
        if t.opensClause { continue }
        // "vetoed the package, and leaders said they would try again in January": a time in a
        // later report belongs to that report.
        if (span.upperBound..<t.range.lowerBound).contains(where: {
          tokens[$0].is(.reporting)
        }) {
          continue
        }
        if isInnerClauseTime(t, after: span) { continue }
        d = Double(t.range.lowerBound - span.upperBound)
      } else {
        // "due to vote on Monday after Russia seized …": a time before a subordinate clause
        // belongs to the clause it stands in.
        if t.range.upperBound < span.lowerBound,
          (t.range.upperBound..<span.lowerBound).contains(where: {
            Words.timeClauseBreaks.contains(tokens[$0].hash)
          })
        {
          continue
        }
        d = Double(span.lowerBound - t.range.upperBound) * 1.5 + 1
      }
      if t.isModifier { d += 100 }
      if best == nil || d < best!.1 { best = (k, d) }
    }
    return best.map { times[$0.0] }
  }

  /// Whether time `t`, after the trigger at `span`, is not the event's but a "since" that
  /// starts a clause of its own ("since the Taliban returned to power in 2021") or counts
  /// how long a first has not happened ("the first visit … since 2004"). ("has imposed a
  /// blockade since 2007" is the event's own.)
  func isInnerClauseTime(_ t: TimeMention, after span: Range<Int>) -> Bool {
    guard
      let k = (span.upperBound..<t.range.lowerBound).first(where: {
        tokens[$0].hash == Words.since
      })
    else { return false }
    return k + 1 < t.range.lowerBound
      || (max(range.lowerBound, span.lowerBound - 3)..<span.lowerBound).contains {
        tokens[$0].hash == Words.first
      }
  }

  func pickPlace(_ segment: Range<Int>, _ span: Range<Int>) -> PlaceHit? {
    var best: (PlaceHit, Double)?
    // The sentence's places where things happen, then the capitals named as actors.
    func consider(_ p: PlaceHit) {
      guard p.isLocative, segment.contains(p.range.lowerBound) else { return }
      let d =
        p.range.lowerBound >= span.upperBound
        ? Double(p.range.lowerBound - span.upperBound)
        : Double(span.lowerBound - p.range.upperBound) * 1.5 + 1
      if best == nil || d < best!.1 { best = (p, d) }
    }
    for p in places { consider(p) }
    for m in actors { if let p = place(of: m) ?? institutionPlace(m) { consider(p) } }
    return best?.0
  }

  /// "met the two ministers at the White House", "talks in the Kremlin": a government's seat
  /// after "at" or "in" is a place in its country.
  func institutionPlace(_ m: Mention) -> PlaceHit? {
    guard m.actors.count == 1, !m.countryFromStory, !m.isModifier else { return nil }
    let a = m.actors[0]
    guard a.person == nil, a.role == "GOV", !a.country.isOrganisation,
      let c = shared.countryPosition(a.country)
    else { return nil }
    var j = m.range.lowerBound - 1
    while j >= range.lowerBound, tokens[j].is(.articleWords) { j -= 1 }
    guard j >= range.lowerBound, tokens[j].hash == Words.inWord || tokens[j].hash == Words.at
    else { return nil }
    return PlaceHit(
      range: m.range, text: ref(m.range), source: Int32(-1 - c), country: a.country,
      isLocative: true)
  }

  /// The place of an event whose sentence names none: the country of both sides when they
  /// are of one ("police fired tear gas at protesters"; `place:domestic`), else the source's
  /// country for a host (`at=source`: "Xi received Tshisekedi"; `place:host`) or the target's
  /// for a visit (`at=target`: "Rubio visited Mulino"; `place:visited`). Organisations have
  /// no country to be in.
  func implicitPlace(
    _ pattern: EventPattern, _ source: CodedActor, _ target: CodedActor?, _ span: Range<Int>
  ) -> (PlaceHit, PlaceRule)? {
    guard let target, !target.country.isEmpty, !source.country.isEmpty else { return nil }
    let country: Code
    let why: PlaceRule
    if target.country == source.country {
      (country, why) = (source.country, .domestic)
    } else if let side = pattern.placeAt {
      (country, why) = side == .source ? (source.country, .host) : (target.country, .visited)
    } else {
      return nil
    }
    guard !country.isOrganisation, let c = shared.countryPosition(country) else { return nil }
    let hit = PlaceHit(
      range: span, text: ref(span), source: Int32(-1 - c), country: country, isLocative: false)
    return (hit, why)
  }

}
