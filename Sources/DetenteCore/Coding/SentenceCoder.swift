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
    m.placeIndex < 0 ? nil : ws.mentionPlaces[Int(m.placeIndex)]
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
      notePersonSubject([], speaker: speaker, &context)
      return
    }
    let quoteSpeaker = speaker?.primary ?? (startsWithQuote() ? context.lastSpeaker : nil)
    var readings = take(&ws.readings)
    defer {
      readings.removeAll(keepingCapacity: true)
      ws.readings = readings
    }
    for t in triggers {
      let p = lexicon.patterns[t.pattern]
      // "the G20 summit": a gathering named by its organisation is an occasion, not an event.
      if p.isNoun, occasionBefore(t.span.lowerBound) { continue }
      // "stop supplying weapons": a trigger that starts inside an earlier one is part of it.
      if readings.contains(where: {
        $0.trigger.span.contains(t.span.lowerBound) && $0.trigger.span != t.span
          && $0.trigger.span.lowerBound < t.span.lowerBound
      }) {
        continue
      }
      // "turn back asylum seekers": "back" after a verb is a particle.
      if !p.isNoun, t.span.lowerBound > range.lowerBound,
        tokens[t.span.lowerBound].hash == Words.back,
        Words.phrasalVerbs.contains(tokens[t.span.lowerBound - 1].hash)
      {
        continue
      }
      // "in March": a capitalized word inside a sentence is a name, not a verb.
      if !p.isNoun, t.span.lowerBound > range.lowerBound, tokens[t.span.lowerBound].isCapitalized,
        tokens[t.span.lowerBound - 1].kind != .punct
      {
        continue
      }
      // "to accept deported migrants": a participle after a verb describes the people after it.
      if !p.isNoun, t.span.count == 1, t.span.lowerBound > range.lowerBound,
        t.span.upperBound < range.upperBound,
        !tokens[t.span.upperBound].is(.determiners),
        tokens[t.span.upperBound].is(.personPlural)
          || isRoleWord(t.span.upperBound),
        // (not a plural subject: "The three juntas accused …")
        bytes[Int(tokens[t.span.lowerBound - 1].end) - 1] != UInt8(ascii: "s"),
        tokens[t.span.lowerBound - 1].kind == .word, !tokens[t.span.lowerBound - 1].isCapitalized,
        !tokens[t.span.lowerBound - 1].is(.determiners),
        !tokens[t.span.lowerBound - 1].is(.prepositions),
        !tokens[t.span.lowerBound - 1].is(.conjunctions),
        !tokens[t.span.lowerBound - 1].is(.coordinators),
        !tokens[t.span.lowerBound - 1].is(.adverbs),
        !tokens[t.span.lowerBound - 1].is(.auxiliaries),
        !tokens[t.span.lowerBound - 1].is(.reporting),
        tokens[t.span.lowerBound].length > 3,
        bytes[Int(tokens[t.span.lowerBound].end) - 2] == UInt8(ascii: "e"),
        bytes[Int(tokens[t.span.lowerBound].end) - 1] == UInt8(ascii: "d")
      {
        continue
      }
      // "allowed a protest", "a suspected Israeli strike", "a video call": a verb pattern's
      // word after a determiner (and adjectives) is a noun here.
      // ("an executive order halting aid": a participle after a document is a verb.)
      if !p.isNoun, afterDeterminer(t.span.lowerBound),
        documentStart(before: t.span.lowerBound) == nil
      {
        continue
      }
      // "a 1965 treaty": a dated noun names an earlier event the story only refers to.
      if p.isNoun, yearBefore(t.span.lowerBound) { continue }
      // "urged Riyadh to release …", "demanded that Washington lift …": what is asked for is
      // the content of the appeal or demand, not an event of its own.
      if isComplement(t, of: readings) { continue }
      let reading = Reading(trigger: t, pattern: p)
      // Source
      let passive = !p.isNoun && isPassive(t.span)
      var subject: Mention?
      if p.sourceByAgent || passive {
        subject = agent(
          after: t.span.upperBound, within: passive ? 6 : 4,
          mediator: p.cameoCode.hasPrefix("045"))
        reading.sourceFromAgent = true
      } else if p.isNoun {
        subject = premodifier(t.span.lowerBound, quoteSpeaker: quoteSpeaker, context: context)
        if subject == nil { subject = agent(after: t.span.upperBound, within: 8) }
        // The clause's subject is the noun's source for meetings ("stopped short of a
        // meeting") and after light verbs ("staged a protest"), not in "allowed a protest".
        if subject == nil, !hasBetween(t), p.isMeeting || lightVerbBefore(t.span.lowerBound) {
          subject = self.subject(
            before: t.span.lowerBound, quoteSpeaker: quoteSpeaker, context: context)
          reading.sourceFromClause = subject != nil
        }
      } else {
        subject = self.subject(
          before: documentStart(before: t.span.lowerBound) ?? t.span.lowerBound,
          quoteSpeaker: quoteSpeaker, context: context)
        // The clause structure's subject, when the word rules found none.
        if subject == nil { subject = structureSubject(t) }
        // "visited N'Djamena and held talks with …", "summoned the U.S. ambassador and warned
        // that …": a verb right after "and" shares the subject of the clause before, not its
        // object.
        if t.span.lowerBound > range.lowerBound + 1,
          tokens[t.span.lowerBound - 1].hash == Words.and,
          subject.map({
            !$0.isCoreference && !isSubjectLikeStart($0) && !afterSubordinator($0)
          }) ?? true
        {
          if let prev = readings.last(where: {
            !$0.pattern.isNoun && $0.subject != nil && !$0.sourceFromAgent
          }) {
            subject = prev.subject
          } else if let first = actors.first(where: {
            $0.range.upperBound < t.span.lowerBound && !$0.isModifier && !$0.isOccasion
              && isSubjectLikeStart($0)
          }) {
            subject = first
          }
        }
      }
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
        continue
      }
      // "Xi held talks with Trong, and the two sides signed …": the pair of this sentence's
      // meeting, not the last pair named in the story.
      if let s = subject, s.isCoreference, s.actors.count == 2,
        let prev = readings.last(where: {
          $0.sources.count == 1 && $0.targets.count == 1
            && $0.sources[0].country != $0.targets[0].country
            && $0.trigger.span.upperBound <= s.range.lowerBound
        })
      {
        subject = Mention(
          range: s.range, actors: [prev.sources[0], prev.targets[0]], isCoreference: true)
      }
      // "Indonesia handed over the fishermen, months after its navy detained them": a role
      // owned by "its" belongs to the sentence's subject.
      if let s = subject, s.countryFromStory, s.actors.count == 1,
        s.range.lowerBound > range.lowerBound,
        tokens[s.range.lowerBound - 1].is(.possessiveDeterminers),
        let owner = actors.first(where: {
          $0.range.upperBound < s.range.lowerBound && !$0.isModifier && !$0.isOccasion
            && $0.actors.count == 1 && $0.primary.person == nil && isSubjectLikeStart($0)
        })
      {
        subject = Mention(
          range: s.range,
          actors: [CodedActor(text: s.primary.text, code: owner.primary.country + s.primary.role)],
          isCoreference: true)
      }
      reading.subject = subject
      reading.sources = subject?.actors ?? []
      if let s = subject, isReferring(s) {
        reading.references.append(sideReference(.source, s.range, s.actors, context))
      }
      clauseSubjectPerson = subject?.actors.count == 1 ? subject?.primary.person : nil
      // Target
      var targetMention: Mention?
      var targetFromBetween = false
      for slot in p.slots {
        switch slot {
        case .object:
          targetMention = object(
            after: t.span.upperBound, allowPlaces: true,
            fallback: context.recentSubjects.last { $0.person == nil },
            allowOf: Self.ofObjectCodes.contains { p.cameoCode.hasPrefix($0) },
            reactionObject: Words.actObjectPrefixes.contains { p.cameoCode.hasPrefix($0) })
        case .inGap:
          // "urged him to use his influence": an object pronoun at the start of the gap.
          if let g = t.gaps.first, g.lowerBound < g.upperBound,
            tokens[g.lowerBound].is(.objectPronouns),
            let a = objectPronoun(tokens[g.lowerBound].hash, before: g.lowerBound)
          {
            targetMention = Mention(
              range: g.lowerBound..<(g.lowerBound + 1), actors: [a], isCoreference: true)
            break
          }
          let all = actors
          targetMention =
            t.gaps.compactMap { g in all.first { g.contains($0.range.lowerBound) && !$0.isOccasion }
            }.first
        case .place:
          if let pm = place(after: t.span.upperBound) {
            reading.targetPlace = pm
            targetMention = Mention(
              range: pm.range, actors: [CodedActor(text: pm.text, code: pm.country)])
          } else if let m = mention(startingAt: skipPremodifiers(t.span.upperBound)),
            m.actors.count == 1, m.primary.role.isEmpty, m.primary.person == nil,
            !m.primary.country.isOrganisation, !m.isOccasion,
            let c = shared.countryPosition(m.primary.country)
          {
            // "arrived in the Eritrean capital": a country named without a place name.
            reading.targetPlace = PlaceHit(
              range: m.range, text: m.primary.text, source: Int32(-1 - c),
              country: m.primary.country, isLocative: true)
            targetMention = m
          }
        case .preposition(let h, let word):
          if let m = afterPreposition(h, from: t.span.upperBound, window: word == "by" ? 12 : 10) {
            if word == "between" { targetFromBetween = true }
            // ("a meeting of the two countries' ministers": the sides after "of".)
            if word == "between" || (word == "of" && p.isNoun && p.symmetric), m.actors.count >= 2,
              p.isNoun || reading.sources.isEmpty
            {
              reading.sources = [m.actors[0]]
              targetMention = Mention(range: m.range, actors: Array(m.actors.dropFirst()))
            } else {
              // "with Eritrea's Isaias Afwerki": the one the country's name owns.
              var m = m
              if m.range.upperBound + 1 < range.upperBound,
                tokens[m.range.upperBound].hash == Words.possessive,
                let owned = mention(startingAt: m.range.upperBound + 1), !owned.isModifier,
                !owned.isOccasion, owned.actors.count == 1,
                owned.primary.country == m.primary.country
              {
                m = owned
              }
              targetMention = m
              // "with Wang Yi and with Dominic Raab": a second object of the same preposition.
              var e = m.range.upperBound
              if e + 1 < range.upperBound, tokens[e].hash == Words.comma { e += 1 }
              if e + 2 < range.upperBound, tokens[e].hash == Words.and, tokens[e + 1].hash == h,
                let second = mention(startingAt: skipPremodifiers(e + 2)), !second.isModifier,
                !second.isOccasion
              {
                targetMention = Mention(
                  range: m.range.lowerBound..<second.range.upperBound,
                  actors: m.actors + second.actors)
              }
            }
          }
        case .none:
          break
        }
        if targetMention != nil { break }
      }
      // The clause structure's argument in the pattern's slot, when the rules above found none.
      // (Not another side of the source's own country: the word rules decline those for
      // reasons of their own — "the army had been deployed to support the police".)
      if targetMention == nil, !passive, let m = structureTarget(t, p),
        !m.actors.contains(where: { a in reading.sources.contains { $0.country == a.country } })
      {
        targetMention = m
      }
      if passive, !p.sourceByAgent, p.slots.contains(.object) {
        // "Y was attacked by X": the subject is the target; "schoolgirls kidnapped by X": the
        // noun the participle follows.
        if let head = mention(endingAt: t.span.lowerBound - 1), !head.isModifier {
          targetMention = head
        } else {
          targetMention = self.subject(
            before: t.span.lowerBound, quoteSpeaker: quoteSpeaker, context: context)
        }
        // "the Russian ambassador had been summoned": a diplomatic step with no agent named
        // is taken by the country the story is about.
        if reading.sources.isEmpty,
          p.cameoCode == "114" || p.cameoCode == "161" || p.cameoCode == "166",
          let tm = targetMention, !tm.isCoreference,
          let home = context.home(excluding: [tm.primary.country])
        {
          reading.sources = [CodedActor(text: ref(t.span), code: home)]
        }
      }
      // "a strike on its consulate": a role the story supplied, owned by "its", belongs to
      // the sentence's first subject ("Iran launched … in retaliation for a strike on its
      // consulate").
      if let tm = targetMention, tm.countryFromStory, tm.actors.count == 1,
        tm.range.lowerBound > range.lowerBound,
        tokens[tm.range.lowerBound - 1].is(.possessiveDeterminers),
        let owner = readings.first?.sources.first, !owner.country.isOrganisation,
        owner.country != reading.sources.first?.country
      {
        targetMention = Mention(
          range: tm.range,
          actors: [CodedActor(text: tm.primary.text, code: owner.country + tm.primary.role)],
          isCoreference: true)
      }
      if let tm = targetMention, tm.range == speaker?.range { targetMention = nil }
      // "Xi met Prime Minister Pham Minh Chinh": a titled stranger whose country the story
      // supplied is not of the visitor's country.
      if let tm = targetMention, tm.countryFromStory, tm.actors.count == 1,
        tm.primary.person != nil, let first = reading.sources.first,
        tm.primary.country == first.country,
        let other = context.home(excluding: [first.country])
      {
        var a = tm.primary
        a = CodedActor(text: a.text, code: other + a.role, person: a.person)
        targetMention = Mention(range: tm.range, actors: [a], countryFromStory: true)
      }
      // "imposed sanctions on X, accusing them of …": the participle's pronoun is the main
      // clause's object.
      if let tm = targetMention, tm.isCoreference, tm.range.count == 1,
        tokens[tm.range.lowerBound].is(.objectPronouns)
          || tokens[tm.range.lowerBound].hash == Words.it,
        t.span.lowerBound > range.lowerBound, tokens[t.span.lowerBound - 1].hash == Words.comma,
        isGerund(t.span.lowerBound),
        let prev = readings.last(where: { !$0.targets.isEmpty && !$0.pattern.isNoun })
      {
        targetMention = Mention(range: tm.range, actors: prev.targets, isCoreference: true)
      }
      if p.targetsOrganisation, let tm = targetMention,
        !tm.actors.allSatisfy({ $0.country.isOrganisation })
      {
        targetMention = nil
      }
      // "Iran, which Washington accuses of …": the relative pronoun is the object.
      if targetMention == nil, !p.isNoun, let s = subject, !s.isCoreference,
        s.range.lowerBound > range.lowerBound + 1,
        tokens[s.range.lowerBound - 1].hash == Words.which
          || tokens[s.range.lowerBound - 1].hash == Words.whom
      {
        var a = s.range.lowerBound - 2
        if tokens[a].hash == Words.comma, a > range.lowerBound { a -= 1 }
        if let m = mention(endingAt: a), !m.isOccasion {
          targetMention = m
        }
      }
      reading.targets = targetMention?.actors ?? []
      if let tm = targetMention, isReferring(tm) {
        reading.references.append(sideReference(.target, tm.range, tm.actors, context))
      }
      if let tp = targetMention.flatMap(place(of:)), reading.targetPlace == nil,
        p.slots.contains(.place)
      {
        reading.targetPlace = tp
      }
      // "condemned the launch": the target is whoever carried out the act referred to.
      if reading.targets.isEmpty, let first = reading.sources.first,
        Words.actObjectPrefixes.contains(where: { p.cameoCode.hasPrefix($0) }),
        let roots = referredAct(t)
      {
        let earlier = readings.compactMap { r in
          r.sources.first.map { (code: r.pattern.cameoCode, source: $0, target: r.targets.first) }
        }
        let candidates = (context.recentActs + earlier).filter { act in
          roots.contains { act.code.hasPrefix($0) } && act.source.code != first.code
            && (first.person == nil || act.source.person != first.person)
        }
        // "Russia's ambassador in Berlin called the decision …": an act of a country this
        // sentence names comes before a more recent one of a country it does not.
        // The act against a country this sentence names ("spoke with Netanyahu and condemned
        // the attack") is the likeliest, then one by a country it names.
        var named: [Code] = []
        for m in actors {
          for a in m.actors where a.country != first.country && !named.contains(a.country) {
            named.append(a.country)
          }
        }
        // An act done to the speaker's own country comes first ("Lukashenko called the
        // measures economic warfare").
        // (Praise goes to what helps the speaker: "Netanyahu praised the decision" to sanction
        // the court that sought his arrest.)
        let praise = p.cameoCode.hasPrefix("05")
        if let act = candidates.last(where: { !praise && $0.target?.country == first.country })
          ?? candidates.last(where: {
            ($0.target.map { named.contains($0.country) } ?? false)
              && !named.contains($0.source.country)
          })
          ?? candidates.last(where: { named.contains($0.source.country) })
          ?? candidates.last
        {
          reading.targets = [CodedActor(text: ref(t.span), code: act.source.code)]
          reading.inheritedTarget = true
          // ("called the expulsions cruel": the words in the pattern's gap name the act.)
          let words = t.gaps.first.flatMap { $0.isEmpty ? nil : $0 } ?? t.span
          reading.references.append(
            sideReference(.target, words, [act.source], context, kind: .event))
        } else if roots == Words.speechActCodes, let speaker = context.lastSpeaker,
          !speaker.country.isEmpty, speaker.country != first.country
        {
          // "Britain rejected that account" after "Russia said …": what was said is the
          // last speaker's.
          reading.targets = [CodedActor(text: ref(t.span), code: speaker.code)]
          reading.inheritedTarget = true
        }
      }
      // "X telephoned Y …, and X sent rescuers": a later clause of the same sentence with the
      // same source and no target of its own acts on the same target.
      if reading.targets.isEmpty, !p.reciprocal, !p.slots.contains(.none),
        !(p.symmetric && reading.sources.count >= 2),
        let first = reading.sources.first, let subj = subject, !subj.isCoreference,
        let prev = readings.last(where: {
          !$0.targets.isEmpty && $0.sources.first?.country == first.country
            && ((!p.isNoun && $0.trigger.span.upperBound <= subj.range.lowerBound)
              // "thanked Scholz in a phone call": a noun of the same clause.
              || (p.sharesTarget && $0.trigger.span.upperBound <= t.span.lowerBound
                && tokens[t.span.lowerBound - 1].hash != Words.comma))
        })
      {
        reading.targets = prev.targets
        reading.inheritedTarget = true
      }
      // "signed a peace agreement …, in a deal brokered by the United States": the mediator
      // acts with each side of the agreement just reported.
      if reading.targets.isEmpty, p.sourceByAgent, p.slots.contains(.none),
        let first = reading.sources.first,
        let prev = readings.last(where: { !$0.sources.isEmpty && !$0.targets.isEmpty })
      {
        reading.targets = (prev.sources + prev.targets).filter { $0.country != first.country }
        reading.inheritedTarget = true
      }
      // (A threat or an accusation is not aimed at a country the source just backed: "said it
      // stood with its ally the Philippines and warned that …" warns China.)
      func backed() -> [Code] {
        guard p.root >= 10 else { return [] }
        var countries: [Code] = []
        for r in readings where (5...7).contains(r.pattern.root) {
          for a in r.targets where !countries.contains(a.country) { countries.append(a.country) }
        }
        return countries
      }
      // "Protesters took to the streets": people protest against their own government.
      if reading.targets.isEmpty, p.root == 14, let first = reading.sources.first,
        first.role == "CVL" || first.role == "OPP", !first.country.isOrganisation
      {
        // ("rallied in Seoul against the discharge": what they protest against is another
        // country's act, the story's.)
        let against = (t.span.upperBound..<min(t.span.upperBound + 6, range.upperBound)).contains {
          tokens[$0].hash == Words.against
        }
        if !against {
          reading.targets = [CodedActor(text: ref(t.span), code: first.country + "GOV")]
        } else if let home = context.home(excluding: [first.country]) {
          reading.targets = [CodedActor(text: ref(t.span), code: home)]
        }
        reading.inheritedTarget = true
      }
      if reading.targets.isEmpty, p.targetsHome, let first = reading.sources.first,
        let home = context.home(excluding: backed() + [first.country])
      {
        reading.targets = [CodedActor(text: ref(t.span), code: home)]
        reading.inheritedTarget = true
      }
      // Compound subject of a symmetric or reciprocal event: the members are the two sides
      // ("Armenia and Azerbaijan agreed …"), and any other party named is a side as well.
      if !reading.targets.isEmpty, reading.sources.count >= 2, p.symmetric,
        !reading.inheritedTarget, !targetFromBetween, let tm = targetMention,
        tm.range.lowerBound > t.span.upperBound + 2
      {
        // The other party is named far from the verb ("agreed … to end the fighting under a
        // deal signed with Russia"): the members of the subject are also each other's sides.
        // Named right after it ("signed agreements with Turkey"), each member acts with it.
        reading.targets = Array(reading.sources.dropFirst()) + reading.targets
        reading.sources = [reading.sources[0]]
      } else if reading.targets.isEmpty, reading.sources.count >= 2, p.symmetric || p.reciprocal {
        reading.targets = Array(reading.sources.dropFirst())
        reading.sources = [reading.sources[0]]
      } else if p.reciprocal {
        reading.targets = []
      }
      // Modality
      if let m = p.fixedModality {
        reading.modality = m
      } else if let inherited = coordinated(t, readings) {
        reading.modality = inherited.modality
      } else if let (r, m) = modalityMarker(before: t.span.lowerBound, subject: subject) {
        reading.modality = m
        reading.marker = (r, m)
      }
      // "a Chinese attack on Taiwan could justify …": a noun followed by a modal verb is
      // a hypothesis.
      if p.isNoun, reading.modality == .occurred {
        var j = t.span.upperBound
        while j < min(range.upperBound, t.span.upperBound + 6), tokens[j].kind != .punct,
          !isTriggerToken(j)
        {
          if Words.hypotheticalModals.contains(tokens[j].hash) {
            reading.modality = .possible
            break
          }
          j += 1
        }
      }
      reading.definite = p.isNoun && isDefinite(t.span.lowerBound)
      readings.append(reading)
    }
    // Three or four countries in one sentence's events are what "the three countries" next
    // refers to ("Biden hosted Kishida and Marcos").
    var group: [Code] = []
    func join(_ c: Code) {
      if !group.contains(c) && !c.isOrganisation { group.append(c) }
    }
    makeEvents(readings, speaker: speaker, into: &events) { source, target in
      join(source.country)
      if let t = target { join(t.country) }
    }
    if (3...4).contains(group.count) {
      context.lastEventGroup = group.map { CodedActor(text: .code($0), code: $0) }
    }
    for r in readings {
      if let s = r.sources.first {
        context.recentActs.append((r.pattern.cameoCode, s, r.targets.first))
      }
    }
    for r in readings {
      if let s = r.subject, !s.isCoreference, let a = s.actors.first {
        context.recentSubjects.append(a)
      }
    }
    notePersonSubject(readings, speaker: speaker, &context)
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

  // MARK: - Structure

  func startsWithQuote() -> Bool {
    let f = tokens[range.lowerBound]
    return f.kind == .punct && (f.hash == Words.quote || f.hash == Words.apostrophe)
  }

  /// "X said", "said X", "according to X".
  func findSpeaker() -> Mention? {
    for j in range where tokens[j].is(.reporting) {
      if tokens[j].hash == Words.according, j + 1 < range.upperBound, tokens[j + 1].hash == Words.to
      {
        if let m = mention(startingAt: skipDeterminers(j + 2)) { return m }
        continue
      }
      if let m = mention(endingAt: j - 1), !m.isModifier { return m }
      var k = j + 1
      while k < range.upperBound,
        tokens[k].hash == Words.comma || TimeRecognizer.weekdays[tokens[k].hash] != nil
      { k += 1 }
      if let m = mention(startingAt: skipDeterminers(k)), !m.isModifier { return m }
    }
    return nil
  }

  func skipDeterminers(_ k: Int) -> Int {
    var j = k
    while j < range.upperBound, tokens[j].is(.determiners),
      !hasMention(startingAt: j)
    { j += 1 }
    return j
  }

  func isPassive(_ span: Range<Int>) -> Bool {
    // "Tuvaluans threatened by rising seas": a participle followed by "by".
    let first = tokens[span.lowerBound]
    if span.count == 1, span.upperBound < range.upperBound,
      tokens[span.upperBound].hash == Words.by, first.length > 3,
      bytes[Int(first.end) - 2] == UInt8(ascii: "e"), bytes[Int(first.end) - 1] == UInt8(ascii: "d")
    {
      return true
    }
    var j = span.lowerBound - 1
    var steps = 0
    while j >= range.lowerBound, steps < 3 {
      let h = tokens[j].hash
      if tokens[j].is(.beForms) {
        // "was attacked", not "is meeting"
        return !isGerund(span.lowerBound)
      }
      // adverbs between: "was reportedly attacked", "was immediately"
      let t = tokens[j]
      let e = Int(t.end)
      let ly =
        t.length > 3 && bytes[e - 2] == UInt8(ascii: "l") && bytes[e - 1] == UInt8(ascii: "y")
      if !(ly || h == Words.also || h == Words.not) { return false }
      j -= 1
      steps += 1
    }
    return false
  }

  /// The actor after "by" within `within` tokens.
  func agent(after k: Int, within: Int, mediator: Bool = false) -> Mention? {
    // A pattern may end with its "by": "a deal brokered by".
    var j = k > range.lowerBound && tokens[k - 1].hash == Words.by ? k - 1 : k
    while j < min(range.upperBound, k + within) {
      let h = tokens[j].hash
      if h == Words.semicolon || (tokens[j].kind == .punct && h == Words.period) { return nil }
      if h == Words.by, let m = mention(startingAt: skipDeterminers(j + 1)), !m.isOccasion {
        // "talks mediated by the African Union": a mediator, not a party (unless the pattern
        // is the mediation).
        if !mediator, j > range.lowerBound, Words.mediationVerbs.contains(tokens[j - 1].hash) {
          return nil
        }
        return m
      }
      j += 1
    }
    return nil
  }

  func hasBetween(_ t: Trigger) -> Bool {
    t.span.upperBound < range.upperBound && tokens[t.span.upperBound].hash == Words.between
  }

  /// A country word, possessive or first-person pronoun before an event noun: "U.S. sanctions",
  /// "Russia's blacklist", "Donilon's visit", "our proposal".
  func premodifier(_ k: Int, quoteSpeaker: CodedActor?, context: ArticleContext) -> Mention? {
    // "a U.S. drone strike": the trigger begins inside the actor's words.
    if let m = actors.first(where: { $0.range.contains(k) && $0.range.lowerBound < k }),
      !m.isOccasion
    {
      return m
    }
    var j = k - 1
    var skipped = 0
    while j >= range.lowerBound, skipped < 3 {
      let t = tokens[j]
      if let m = mention(endingAt: j), !m.isOccasion {
        // "Israeli and U.S. strikes": two country words before one noun.
        let a = m.range.lowerBound - 1
        if m.isModifier, a > range.lowerBound, tokens[a].hash == Words.and,
          let first = mention(endingAt: a - 1), first.isModifier, !first.isOccasion,
          first.primary.country != m.primary.country
        {
          return Mention(
            range: first.range.lowerBound..<m.range.upperBound, actors: first.actors + m.actors,
            isModifier: true)
        }
        return m
      }
      if t.hash == Words.possessive, let m = mention(endingAt: j - 1) { return m }
      if t.is(.firstPerson), let s = quoteSpeaker {
        return Mention(range: j..<(j + 1), actors: [s], isCoreference: true)
      }
      if t.hash == Words.its || t.hash == Words.his
        || t.hash == Words.her || t.hash == Words.their
      {
        if let a = pronoun(t.hash, context, at: j) {
          return Mention(range: j..<(j + 1), actors: [a], isCoreference: true)
        }
        return nil
      }
      if t.is(.articleWords) || t.kind == .punct
        || t.is(.prepositions) || Verbs.looksLikeVerb(t, bytes)
      {
        return nil
      }
      j -= 1
      skipped += 1
    }
    return nil
  }

  func occasionBefore(_ k: Int) -> Bool {
    var j = k - 1
    var steps = 0
    while j >= range.lowerBound, steps < 3 {
      if let m = mention(endingAt: j) { return m.isOccasion }
      if tokens[j].kind == .punct || tokens[j].is(.articleWords) { return false }
      j -= 1
      steps += 1
    }
    return false
  }

  /// "the meeting", "this visit" (possibly with one adjective between): a noun that refers
  /// back to an event already told.
  func isDefinite(_ k: Int) -> Bool {
    var j = k - 1
    if j >= range.lowerBound, tokens[j].kind == .word, !tokens[j].isCapitalized,
      !tokens[j].is(.determiners),
      !tokens[j].is(.auxiliaries)
    {
      j -= 1
    }
    guard j >= range.lowerBound else { return false }
    let h = tokens[j].hash
    // "said that talks had ended": "that" after a verb opens a clause; it is no determiner.
    if h == Words.that, j > range.lowerBound,
      Verbs.looksLikeVerb(tokens[j - 1], bytes) || tokens[j - 1].kind != .word
        || (max(range.lowerBound, j - 4)..<j).contains(where: {
          tokens[$0].is(.reporting)
        })
    {
      return false
    }
    return h == Words.the || h == Words.this || h == Words.that
      || h == Words.these
      || h == Words.those
  }

  func pronoun(_ h: UInt64, _ context: ArticleContext, at: Int? = nil) -> CodedActor? {
    if h == Words.he || h == Words.she || h == Words.his
      || h == Words.her
    {
      if let last = actors.last(where: {
        $0.range.upperBound <= (at ?? range.upperBound) && $0.actors.count == 1
          && $0.primary.person != nil
      }) {
        return last.primary
      }
      return context.likelyPerson
    }
    // it / its / they / their: the nearest subject before it in this sentence when that is a
    // country or an organisation ("North Korea fired … and said it had tested …", "Japan said
    // …, and Seoul said it would …"), else the last one that was.
    if let at,
      let first = actors.last(where: {
        $0.range.upperBound <= at && $0.primary.person == nil && !$0.isModifier && !$0.isOccasion
          && !$0.countryFromStory && isSubjectLike($0)
      })
    {
      return first.primary
    }
    return context.recentSubjects.last { $0.person == nil }
  }

  /// The subject of the clause a trigger at `k` stands in.
  func subject(before k: Int, quoteSpeaker: CodedActor?, context: ArticleContext) -> Mention? {
    var j = k - 1
    while j >= range.lowerBound {
      let t = tokens[j]
      if t.hash == Words.semicolon { return nil }
      // "Scholz, whose carmakers depend on China, had urged": skip the relative clause.
      if t.hash == Words.comma {
        var c = j - 1
        while c > range.lowerBound, j - c < 16, tokens[c].hash != Words.comma { c -= 1 }
        if c > range.lowerBound, tokens[c].hash == Words.comma, c + 1 < j,
          isParenthetical(c + 1..<j)
        {
          j = c - 1
          continue
        }
      }
      if let m = mention(endingAt: j) {
        if !m.isModifier, !m.isOccasion, isSubjectLike(m) || opensClause(m, before: k) {
          return withConjunct(m)
        }
        // "the court's decision in November to issue a warrant": whose decision, plan or
        // refusal it is acts.
        let n = m.range.upperBound + 1
        if n < k, tokens[m.range.upperBound].hash == Words.possessive,
          Words.intentNouns.contains(tokens[n].hash),
          (n..<k).contains(where: { tokens[$0].hash == Words.to })
        {
          return m
        }
        // "Russia's Gazprom halted": a country's unknown company or agency before the verb.
        // ("China's Western Theatre Command accused": up to four capitalized words.)
        if m.range.upperBound + 1 < k, k - m.range.upperBound <= 5,
          tokens[m.range.upperBound].hash == Words.possessive,
          ((m.range.upperBound + 1)..<k).allSatisfy({
            tokens[$0].isCapitalized && !hasMention(startingAt: $0)
          })
        {
          return m
        }
        j = m.range.lowerBound - 1
        continue
      }
      if t.is(.firstPerson), t.hash != Words.our,
        t.hash != Words.my, let s = quoteSpeaker
      {
        return Mention(range: j..<(j + 1), actors: [s], isCoreference: true)
      }
      if t.hash == Words.it || t.hash == Words.he
        || t.hash == Words.she || t.hash == Words.they
      {
        let before = j > range.lowerBound ? tokens[j - 1].hash : 0
        // (The word before, as classes: none at the sentence's start.)
        let classes = WordClass(rawValue: j > range.lowerBound ? tokens[j - 1].classes : 0)
        if !classes.contains(.prepositions),
          !Verbs.isVerbLike(tokens[max(j - 1, range.lowerBound)]) || j == range.lowerBound
            || !classes.isDisjoint(with: [.reporting, .conjunctions])
            || before == Words.and || before == Words.comma || before == Words.that
        {
          // "They agreed to meet again": the pair last named together, when the last subject
          // was one of them.
          if t.hash == Words.they,
            let named = actors.first(where: {
              $0.range.upperBound <= j && $0.actors.count >= 2 && !$0.isModifier
                && isSubjectLike($0)
            })
          {
            // "Israel and Turkey announced that they would …": the pair named in this sentence.
            return Mention(range: j..<(j + 1), actors: named.actors, isCoreference: true)
          }
          if t.hash == Words.they, let pair = context.lastPair,
            let last = context.recentSubjects.last,
            pair.contains(where: { $0.country == last.country })
          {
            return Mention(range: j..<(j + 1), actors: pair, isCoreference: true)
          }
          if let a = pronoun(t.hash, context, at: j) {
            return Mention(range: j..<(j + 1), actors: [a], isCoreference: true)
          }
        }
      }
      if t.is(.relativePronouns), j > range.lowerBound {
        // "Russia, which banned …": the antecedent is the subject when it is an actor.
        var a = j - 1
        if tokens[a].hash == Words.comma { a -= 1 }
        if a >= range.lowerBound, let m = mention(endingAt: a), !m.isModifier, !m.isOccasion {
          return m
        }
        // "Friday's earthquake, which killed 2,800 people": a disaster, not an actor, acts
        // (a law or a decision still acts for whoever made it).
        if a >= range.lowerBound, Words.disasters.contains(tokens[a].hash),
          t.hash == Words.which || t.hash == Words.that
        {
          return nil
        }
      }
      j -= 1
    }
    return nil
  }

  /// "signed an executive order halting aid", "issued a statement accusing …": a participle
  /// after a document is the act of whoever issued the document; the start of the document's
  /// words (its determiner), where the clause's subject is looked for instead.
  func documentStart(before k: Int) -> Int? {
    guard k - 1 > range.lowerBound, isGerund(k),
      Words.documentNouns.contains(tokens[k - 1].hash)
    else { return nil }
    var j = k - 1
    while j > range.lowerBound, j > k - 5, !tokens[j].is(.determiners) { j -= 1 }
    return tokens[j].is(.determiners) ? j : nil
  }

  /// Whether the words between two commas are an aside the clause's subject stands before:
  /// a relative clause ("Scholz, whose carmakers depend on China, had urged"; "ECOWAS, of
  /// which Benin is a member, closed"), or an apposition after a name ("Kim Yo Jong, the
  /// powerful sister of leader Kim Jong Un, warned").
  func isParenthetical(_ r: Range<Int>) -> Bool {
    let h = tokens[r.lowerBound].hash
    if h == Words.whose || h == Words.who || h == Words.which { return true }
    // "of which", "to whom"
    if tokens[r.lowerBound].is(.prepositions), r.count > 2,
      tokens[r.lowerBound + 1].hash == Words.which || tokens[r.lowerBound + 1].hash == Words.whom
    {
      return true
    }
    // An apposition: "the …" or "a …" after a name, with no verb in it.
    guard tokens[r.lowerBound].is(.determiners), r.count > 1,
      r.lowerBound >= range.lowerBound + 2, mention(endingAt: r.lowerBound - 2) != nil
    else { return false }
    return !r.contains { Verbs.looksLikeVerb(tokens[$0], bytes) && !tokens[$0].isCapitalized }
  }

  /// "a day after Minsk forced …": a mention right after a word that opens a clause.
  func afterSubordinator(_ m: Mention) -> Bool {
    var j = m.range.lowerBound - 1
    while j >= range.lowerBound, tokens[j].is(.determiners) { j -= 1 }
    return j >= range.lowerBound
      && (tokens[j].is(.subordinators) || tokens[j].hash == Words.that)
  }

  /// Whether a mention opens its sentence as its subject (after a dateline or determiners).
  func isSubjectLikeStart(_ m: Mention) -> Bool {
    var j = m.range.lowerBound - 1
    while j >= range.lowerBound, tokens[j].is(.determiners) { j -= 1 }
    // "MOSCOW, July 9 (Wire) – Russia's foreign ministry …": after a dateline.
    if j >= range.lowerBound, j + 1 == datelineEnd { return true }
    // "MOSCOW - Russia's foreign ministry …"
    if j >= range.lowerBound + 1, tokens[j].hash == Words.hyphen,
      mention(endingAt: j - 1)?.range.lowerBound == range.lowerBound
    {
      return true
    }
    return j < range.lowerBound
  }

  /// "planes from Australia and New Zealand landed": a subject joined by "and" to an actor
  /// before it that could be a subject too takes that actor along.
  func withConjunct(_ m: Mention) -> Mention {
    let a = m.range.lowerBound - 1
    guard a > range.lowerBound, tokens[a].hash == Words.and,
      let first = mention(endingAt: a - 1), !first.isModifier, !first.isOccasion,
      first.actors.count == 1, m.actors.count == 1, !m.isCoreference,
      first.primary.country != m.primary.country, isSubjectLike(first)
    else { return m }
    return Mention(
      range: first.range.lowerBound..<m.range.upperBound, actors: first.actors + m.actors)
  }

  /// "after Pakistan shot down": an actor right before the verb, after a word that opens a
  /// subordinate clause, is that clause's subject even though the word can be a preposition.
  func opensClause(_ m: Mention, before k: Int) -> Bool {
    var e = m.range.upperBound
    while e < k, tokens[e].is(.adverbs) { e += 1 }
    // Right before the verb, or before another verb of its clause ("after Minsk forced a
    // flight to land and arrested …").
    // "after his counterpart, Jean-Noel Barrot, visited": an apposition's closing comma.
    if e + 1 == k, tokens[e].hash == Words.comma,
      m.range.contains(where: { tokens[$0].hash == Words.comma })
    {
      e = k
    }
    guard
      e == k
        || (e < k && Verbs.looksLikeVerb(tokens[e], bytes)
          && !(e..<k).contains { tokens[$0].kind == .punct })
    else { return false }
    var j = m.range.lowerBound - 1
    while j >= range.lowerBound, tokens[j].is(.determiners) { j -= 1 }
    return j >= range.lowerBound && tokens[j].is(.subordinators)
  }

  /// Not the object of a preposition or a verb, nor a possessive.
  func isSubjectLike(_ m: Mention) -> Bool {
    // "Representatives of Sudan's army and the RSF signed": the group they act for.
    if m.range.lowerBound >= range.lowerBound + 2 {
      var j = m.range.lowerBound - 1
      if tokens[j].hash == Words.the, j > range.lowerBound + 1 { j -= 1 }
      if tokens[j].is(.prepositions),
        tokens[j].hash == Words.of || tokens[j].hash == Words.from
      {
        j -= 1
        if tokens[j].is(.representativeNouns) {
          var b = j - 1
          while b >= range.lowerBound, tokens[b].is(.determiners) { b -= 1 }
          // "said the leaders of A, B and C would meet": after a verb of saying.
          if b >= range.lowerBound, tokens[b].is(.reporting) { return true }
          // one adjective: "Military planes from …", "The foreign ministers of …"
          if b >= range.lowerBound, tokens[b].kind == .word,
            !tokens[b].isCapitalized
              || b == range.lowerBound || tokens[b - 1].kind == .punct
              || tokens[b - 1].is(.determiners)
          {
            var c = b - 1
            while c >= range.lowerBound, tokens[c].is(.determiners) { c -= 1 }
            if c < range.lowerBound || tokens[c].kind == .punct { b = c }
          }
          if b < range.lowerBound || tokens[b].kind == .punct { return true }
        }
      }
    }
    // "did not need military blocs and warned": a role the story supplied, after a verb.
    if m.countryFromStory, m.range.lowerBound > range.lowerBound {
      var j = m.range.lowerBound - 1
      while j > range.lowerBound,
        tokens[j].is(.determiners) || tokens[j].is(.groupAdjectives)
      { j -= 1 }
      let t = tokens[j]
      if t.kind == .word, !t.isCapitalized, !t.is(.conjunctions),
        !t.is(.coordinators), !t.is(.determiners),
        !t.is(.quantities), !t.is(.subordinators),
        t.hash != Words.of
      {
        return false
      }
    }
    if m.range.upperBound < range.upperBound, tokens[m.range.upperBound].hash == Words.possessive {
      return false
    }
    if let place = place(of: m), place.isLocative { return false }
    var j = m.range.lowerBound - 1
    while j >= range.lowerBound {
      let h = tokens[j].hash
      // "denied that Russian forces had killed": the subject of a clause after "that".
      if h == Words.that, j > range.lowerBound, tokens[j - 1].kind == .word,
        Verbs.looksLikeVerb(tokens[j - 1], bytes)
      {
        return true
      }
      // "reopen their embassies": a possessed noun after a word is that word's object.
      // ("hours after his French counterpart visited": a clause's subject after "after".)
      if tokens[j].is(.possessiveDeterminers), j > range.lowerBound,
        tokens[j - 1].kind == .word, !tokens[j - 1].is(.conjunctions),
        !tokens[j - 1].is(.coordinators),
        !tokens[j - 1].is(.subordinators)
      {
        return false
      }
      // "thousands of supporters", "some of the protesters": a quantity, not a preposition.
      if h == Words.of, j > range.lowerBound,
        tokens[j - 1].is(.quantities) || tokens[j - 1].kind == .number
      {
        j -= 2
        continue
      }
      // "in present-day Namibia", "into war-torn Myanmar": a hyphenated adjective.
      if j >= range.lowerBound + 2, isHyphenCompound(at: j - 2) {
        j -= 3
        continue
      }
      guard
        (tokens[j].is(.determiners) && !tokens[j].is(.prepositions))
          || tokens[j].is(.groupAdjectives) || tokens[j].is(.adverbs)
          || h == Words.heavily || tokens[j].kind == .number
      else { break }
      j -= 1
    }
    guard j >= range.lowerBound else { return true }
    let t = tokens[j]
    if t.is(.prepositions) { return false }
    if t.is(.auxiliaries) && !t.is(.reporting) { return false }
    if isTriggerToken(j) { return false }
    if Verbs.looksLikeVerb(t, bytes), !t.is(.reporting) { return false }
    return true
  }

  /// The actor right after a verb: determiners, numbers and up to two plain words may stand
  /// before it ("expelled 23 British diplomats", "urged the Russian government").
  func object(
    after k: Int, allowPlaces: Bool, fallback: CodedActor? = nil, allowOf: Bool = false,
    reactionObject: Bool = false
  ) -> Mention? {
    var j = k
    var plain = 0
    // "warned that France would …": a clause follows, not an object.
    if j < range.upperBound, tokens[j].hash == Words.that { return nil }
    // "demanded that it stop": after the pattern's "that", "it" is the one asked.
    if j < range.upperBound, j > range.lowerBound, tokens[j - 1].hash == Words.that,
      tokens[j].hash == Words.it,
      let a = actors.last(where: {
        $0.range.upperBound <= j && !$0.isModifier && !$0.isOccasion && $0.primary.person == nil
      })?.primary
    {
      return Mention(range: j..<(j + 1), actors: [a], isCoreference: true)
    }
    // "arrested First Vice President Riek Machar": rank words before a title.
    while j < range.upperBound, tokens[j].is(.titleModifiers) { j += 1 }
    // "imposed sanctions on the court, accusing it of …": "it" as an object is the last
    // organisation or country the clause acted on.
    if j + 1 < range.upperBound, tokens[j].hash == Words.it,
      tokens[j + 1].hash == Words.of || tokens[j + 1].kind == .punct,
      let a = actors.last(where: {
        $0.range.upperBound <= j && !$0.isModifier && !$0.isOccasion && $0.primary.person == nil
          && !isSubjectLike($0)
      })?.primary
    {
      return Mention(range: j..<(j + 1), actors: [a], isCoreference: true)
    }
    // "dispersed them": the object pronoun stands for the last group or country that acted.
    if j < range.upperBound, tokens[j].is(.objectPronouns),
      let a = objectPronoun(tokens[j].hash, before: j) ?? fallback
    {
      return Mention(range: j..<(j + 1), actors: [a], isCoreference: true)
    }
    while j < range.upperBound {
      if let m = mention(startingAt: j) {
        if m.isOccasion { return nil }
        if m.isModifier {
          // "Venezuelan political prisoners": the country word and the role a word later.
          let n0 = m.range.upperBound
          if n0 + 1 < range.upperBound, tokens[n0].kind == .word, !tokens[n0].isCapitalized,
            let head = mention(startingAt: n0 + 1), head.countryFromStory, head.actors.count == 1
          {
            let role = head.primary.role
            return Mention(
              range: m.range.lowerBound..<head.range.upperBound,
              actors: [CodedActor(text: m.primary.text, code: m.primary.country + role)])
          }
          // "a British-flagged aid boat": the flag state stands for the ship.
          let n = m.range.upperBound
          if n + 1 < range.upperBound, tokens[n].hash == Words.hyphen,
            Words.flagWords.contains(tokens[n + 1].hash)
          {
            return m
          }
          // "the Greek-Turkish border": the first of two joined country words.
          if n + 1 < range.upperBound, tokens[n].hash == Words.hyphen,
            let second = mention(startingAt: n + 1), second.isModifier
          {
            return m
          }
          return countryBeforeNoun(m) ? m : nil
        }
        // "demanded the pilot's return": the one to be returned is not the one asked.
        let e = m.range.upperBound
        if e + 1 < range.upperBound, tokens[e].hash == Words.possessive,
          (e + 1..<min(range.upperBound, e + 4)).contains(where: {
            Words.requestedThings.contains(tokens[$0].hash)
          })
        {
          return nil
        }
        return m
      }
      let q = quantifierLength(at: j)
      if q > 0 {
        j += q
        continue
      }
      let t = tokens[j]
      // "a non-political representative": a hyphen inside a word.
      if t.hash == Words.hyphen, j > k, j + 1 < range.upperBound, tokens[j - 1].kind == .word,
        tokens[j + 1].kind == .word
      {
        j += 1
        continue
      }
      // "criticised the expansion of the alliance": the actor after a plain noun and "of",
      // for reactions only ("released a blacklist of officials" releases no one).
      // (For meetings and arrests, only a person noun: "a representative from Myanmar".)
      if allowOf, t.hash == Words.of || t.hash == Words.from, plain >= 1,
        j + 1 < range.upperBound,
        reactionObject || Words.personNouns.contains(tokens[j - 1].hash),
        let m = mention(startingAt: skipPremodifiers(j + 1)), !m.isOccasion,
        !m.isModifier || countryBeforeNoun(m)
      {
        return m
      }
      if t.kind == .punct || t.is(.prepositions) { return nil }
      if t.is(.determiners) || t.kind == .number {
        j += 1
        continue
      }
      // "a captured Indian pilot": a participle before the actor is an adjective.
      let participle =
        t.length > 4 && bytes[Int(t.end) - 2] == UInt8(ascii: "e")
        && bytes[Int(t.end) - 1] == UInt8(ascii: "d") && j + 1 < range.upperBound
        && hasMention(startingAt: j + 1)
      if t.kind == .word, !t.isCapitalized, plain < 2, !t.is(.auxiliaries),
        !Verbs.looksLikeVerb(t, bytes) || participle
      {
        plain += 1
        j += 1
        continue
      }
      return nil
    }
    return nil
  }

  /// The length of a quantifier phrase at `j` ("at least", "more than", "thousands of",
  /// "nearly" before a number), or 0.
  func quantifierLength(at j: Int) -> Int {
    guard j + 1 < range.upperBound else { return 0 }
    let a = tokens[j].hash
    let b = tokens[j + 1].hash
    if let second = Words.quantifierPairs[a], second == b { return 2 }
    if Words.approximators.contains(a), tokens[j + 1].kind == .number { return 1 }
    return 0
  }

  /// A light verb ("held", "staged", "launched") within three words before a noun trigger,
  /// with only determiners and adjectives between.
  func lightVerbBefore(_ k: Int) -> Bool {
    var j = k - 1
    var steps = 0
    while j >= range.lowerBound, steps < 5 {
      let t = tokens[j]
      if t.is(.lightVerbs) { return true }
      // "a 50 billion euro aid package": amounts do not count.
      if t.kind == .number || t.is(.quantities) || t.is(.currencies) {
        j -= 1
        continue
      }
      if t.kind == .punct || isTriggerToken(j) || hasMention(endingAt: j) { return false }
      if Verbs.looksLikeVerb(t, bytes) { return false }
      j -= 1
      steps += 1
    }
    return false
  }

  /// "boycott Australian goods": a country word before a plain noun stands for the country;
  /// before another actor it is part of that actor and not the object.
  func countryBeforeNoun(_ m: Mention) -> Bool {
    let n = m.range.upperBound
    return n < range.upperBound && tokens[n].kind == .word && !tokens[n].isCapitalized
      && !hasMention(startingAt: n) && !tokens[n].is(.prepositions)
      && !isTriggerToken(n) && !tokens[n].is(.gatherings)
      && m.placeIndex < 0
  }

  /// "them", "him", "her": the last actor of this sentence or, failing that, the last subject.
  func objectPronoun(_ h: UInt64, before j: Int) -> CodedActor? {
    let earlier = actors.filter { $0.range.upperBound <= j && !$0.isModifier && !$0.isOccasion }
    if h == Words.him || h == Words.her {
      // ("to speak with her Saudi counterpart": "her" before a noun is a possessive.)
      if h == Words.her, j + 1 < range.upperBound, tokens[j + 1].kind == .word,
        !tokens[j + 1].is(.prepositions), tokens[j + 1].hash != Words.to,
        tokens[j + 1].hash != Words.that
      {
        return nil
      }
      // Someone other than the clause's subject: named before in this sentence, else last in
      // the story.
      let other = { (a: CodedActor) in a.person != nil && a.person != self.clauseSubjectPerson }
      return earlier.last(where: { $0.actors.count == 1 && other($0.primary) })?.primary
        ?? storyPeople.last(where: { other($0.actor) })?.actor
    }
    // "police dispersed them": not the subject of the verb itself.
    return earlier.dropLast().last(where: { $0.primary.person == nil && isSubjectLike($0) })?
      .primary
  }

  /// The code prefixes an act noun right after the trigger, or at the start of its gap, can refer to:
  /// "condemned the launch", "called the measures a violation".
  func referredAct(_ t: Trigger) -> [Code]? {
    for start in [t.span.upperBound] + t.gaps.map(\.lowerBound) {
      var j = start
      // "Iran called it an act of piracy": "it" is the act just reported.
      if j < range.upperBound, tokens[j].hash == Words.it, j + 1 < range.upperBound,
        tokens[j + 1].is(.articleWords) || tokens[j + 1].kind == .punct
      {
        return ["16", "17", "18", "19", "20"]
      }
      guard j < range.upperBound, Words.actDeterminers.contains(tokens[j].hash) else { continue }
      j += 1
      if j < range.upperBound, mention(startingAt: j)?.isModifier == true {
        j = mention(startingAt: j)!.range.upperBound
      }
      if j < range.upperBound, let roots = Words.actNouns[tokens[j].hash] { return roots }
      // "called the agreement null and void": only criticism or rejection of an agreement.
      let root = lexicon.patterns[t.pattern].root
      if j < range.upperBound, Words.agreementNouns.contains(tokens[j].hash),
        root == 11 || root == 12
      {
        return ["057", "06", "07"]
      }
    }
    return nil
  }

  /// Whether a determiner stands before `k`, with at most two adjectives or nouns between.
  func afterDeterminer(_ k: Int) -> Bool {
    // ("Xi in turn praised …": a two-word adverb, not "in" and a noun's adjective.)
    if k - 2 >= range.lowerBound, ClauseWords.adverbPairs[tokens[k - 2].hash] == tokens[k - 1].hash
    {
      return false
    }
    var j = k - 1
    var steps = 0
    while j >= range.lowerBound, steps <= 2 {
      let t = tokens[j]
      // a "heinous attack": quotation marks do not count.
      if t.hash == Words.quote {
        j -= 1
        continue
      }
      if let m = mention(endingAt: j) {
        // "after Israeli and U.S. strikes": country words after a preposition name the act.
        var b = m.range.lowerBound - 1
        while b >= range.lowerBound,
          tokens[b].hash == Words.and || tokens[b].hash == Words.comma
            || mention(endingAt: b)?.isModifier == true
        {
          b = (mention(endingAt: b)?.range.lowerBound ?? b) - 1
        }
        if b >= range.lowerBound, tokens[b].is(.prepositions),
          tokens[b].hash != Words.to, tokens[k].length > 3,
          bytes[Int(tokens[k].end) - 1] == UInt8(ascii: "s")
        {
          return true
        }
        // "The leaders last saw …": an actor before the verb is its subject.
        guard m.isModifier else { return false }
        j = m.range.lowerBound - 1
        steps += 1
        continue
      }
      if t.is(.nounDeterminers) { return true }
      // "in dawn raids", "during air strikes": after a preposition other than "to", unless
      // the word is a gerund ("by banning").
      if t.is(.prepositions), t.hash != Words.to {
        return !isGerund(k)
      }
      guard t.kind == .word, !t.isCapitalized || t.is(.groupAdjectives),
        !t.is(.auxiliaries), !t.is(.prepositions),
        !Verbs.looksLikeVerb(t, bytes) || t.is(.groupAdjectives),
        !t.is(.adverbs), !t.is(.conjunctions),
        !t.is(.coordinators), !t.is(.relativePronouns)
      else { return false }
      j -= 1
      steps += 1
    }
    return false
  }

  /// A year ("1965") among the two words before a noun trigger.
  func yearBefore(_ k: Int) -> Bool {
    var j = k - 1
    while j >= range.lowerBound, j >= k - 2 {
      let t = tokens[j]
      if t.kind == .number, t.length == 4,
        bytes[Int(t.start)] == UInt8(ascii: "1") || bytes[Int(t.start)] == UInt8(ascii: "2")
      {
        return true
      }
      j -= 1
    }
    return false
  }

  /// Whether a verb trigger is what an earlier appeal, demand or threat in the sentence asks
  /// for: "to" or "that" stands before it and the request is at most twelve words back.
  func isComplement(_ t: Trigger, of readings: [Reading]) -> Bool {
    guard
      let request = readings.last(where: {
        let root = $0.pattern.root
        return
          (root == 2 || root == 10 || root == 13 || root == 11 || root == 12
          || root == 5 || root == 14 || root == 1)
          && $0.trigger.span.upperBound <= t.span.lowerBound
          && t.span.lowerBound - $0.trigger.span.upperBound <= 16
      })
    else { return false }
    // "accused Indian troops of crossing the border and attacking …": what an accusation
    // charges is its content too.
    let accusation = request.pattern.root == 11
    // "thanked China for lifting tariffs": what is praised is the content of the praise.
    if request.pattern.root == 5 {
      var j = t.span.lowerBound - 1
      while j >= request.trigger.span.upperBound, tokens[j].kind != .punct {
        if tokens[j].hash == Words.forWord { return true }
        // "thanked Ishiba for … and said he hoped to visit": a report of its own.
        if tokens[j].is(.reporting) { return false }
        j -= 1
      }
      return false
    }
    var j = t.span.lowerBound - 1
    // The request's own last word counts: "denied that", "urged … to".
    while j >= request.trigger.span.upperBound - 1 {
      let h = tokens[j].hash
      // A refusal keeps what is refused as a negated event ("refused to meet"); only what a
      // rejection says is false ("rejected the allegation that …") is its content.
      let refusal = request.pattern.root == 12
      // ("accused a U.S. delegation that visited Niamey": "that" after an actor opens a
      // relative clause, which reports an event of its own.)
      if h == Words.that, j > range.lowerBound, hasMention(endingAt: j - 1) {
        return false
      }
      if h == Words.that
        || (!refusal && (accusation ? h == Words.of : h == Words.to))
      {
        return true
      }
      // "… and said it was recalling": a new report, not the content of the request.
      if tokens[j].is(.reporting) { return false }
      // "accused Beijing of delaying … during a visit to Lusaka": an adjunct of time.
      if h == Words.during || h == Words.whileWord { return false }
      // "accused Azerbaijan of … and called on the UN": a verb of its own.
      if h == Words.and, j == t.span.lowerBound - 1 {
        // "… and attacking Chinese soldiers" continues the charge; "… and called on" does not.
        if !isGerund(t.span.lowerBound) { return false }
      }
      if tokens[j].kind == .punct { return false }
      if isTriggerToken(j) { return false }
      j -= 1
    }
    return false
  }

  /// Skips determiners, quantifiers and compass adjectives ("southern Israel").
  func skipPremodifiers(_ k: Int) -> Int {
    var j = k
    while j < range.upperBound {
      // "the Russia-led bloc": a hyphenated country modifier.
      if let m = mention(startingAt: j), m.isModifier, m.range.upperBound + 1 < range.upperBound,
        tokens[m.range.upperBound].hash == Words.hyphen
      {
        j = m.range.upperBound + 2
        continue
      }
      let q = quantifierLength(at: j)
      if q > 0 {
        j += q
      } else if j + 3 < range.upperBound, isHyphenCompound(at: j), hasMention(startingAt: j + 3) {
        // "war-torn Myanmar"
        j += 3
      } else if tokens[j].is(.determiners)
        || (tokens[j].is(.titleModifiers) && !tokens[j].isCapitalized)
        || (tokens[j].is(.compass) && !tokens[j].isCapitalized)
        || tokens[j].is(.groupAdjectives)
        || tokens[j].kind == .number
      {
        j += 1
      } else {
        break
      }
    }
    return j
  }

  func place(after k: Int) -> PlaceHit? {
    let limit = min(range.upperBound, k + 10)
    let candidates = places.filter { $0.range.lowerBound >= k && $0.range.lowerBound < limit }
    // A place after "in", "near", "across" is where the event is; a bare capital after the
    // trigger is more often an actor ("what New Delhi called a camp in Pakistan").
    let ordered = candidates.filter { $0.isLocative } + candidates.filter { !$0.isLocative }
    for p in ordered {
      // The next trigger, when it starts between the pattern and the place, owns the place
      // (not a gathering it travels to: "travel to the climate summit in Egypt").
      if let next = triggers.first(where: {
        $0.span.lowerBound >= k && $0.span.lowerBound < p.range.lowerBound
          && !(lexicon.patterns[$0.pattern].isNoun
            && lexicon.patterns[$0.pattern].isMeeting
            && !lexicon.patterns[$0.pattern].sourceByAgent)
      }),
        next.span.lowerBound > k
      {
        return nil
      }
      return p
    }
    return nil
  }

  func afterPreposition(_ h: UInt64, from k: Int, window: Int) -> Mention? {
    // A pattern may end with its preposition: "taken up by".
    var j = k > range.lowerBound && tokens[k - 1].hash == h ? k - 1 : k
    let limit = min(range.upperBound, k + window)
    while j < limit {
      let t = tokens[j]
      if t.hash == Words.semicolon || (t.kind == .punct && t.hash == Words.period) {
        return nil
      }
      if j > k, isTriggerToken(j),
        !triggers.contains(where: { $0.span.contains(k - 1) && $0.span.contains(j) })
      {
        return nil
      }
      if t.hash == h {
        // "of the two countries' ministers": a reference that begins with its determiner.
        if let m = mention(startingAt: j + 1), m.isCoreference, m.actors.count >= 2 { return m }
        // "strikes on Iranian nuclear sites": the country word before the noun.
        if let m = mention(startingAt: j + 1), m.isModifier, !m.isOccasion, countryBeforeNoun(m) {
          return m
        }
        var s = skipPremodifiers(j + 1)
        // "on imports of Australian barley", "with the breakaway region of Somaliland": one or
        // two plain nouns and "of" or "from" before the actor.
        for width in [1, 2, 3]
        where !hasMention(startingAt: s) && s + width + 1 < range.upperBound {
          let words = (s..<(s + width)).allSatisfy {
            tokens[$0].kind == .word && !tokens[$0].isCapitalized && !hasMention(startingAt: $0)
          }
          let link = tokens[s + width].hash
          if words, link == Words.of || link == Words.from {
            s = skipPremodifiers(s + width + 1)
            break
          }
        }
        if let m = mention(startingAt: s), !m.isOccasion {
          if m.isModifier, countryBeforeNoun(m) { return m }
          if m.isModifier {
            // "to the U.S.-Russian summit" is not a target; a modifier before a role is part of a chunk already.
            return nil
          }
          return m
        }
      }
      j += 1
    }
    return nil
  }

  // MARK: - Modality

  func coordinated(_ t: Trigger, _ readings: [Reading]) -> Reading? {
    guard let prev = readings.last else { return nil }
    var j = t.span.lowerBound - 1
    if j >= range.lowerBound, tokens[j].hash == Words.to { j -= 1 }
    guard j >= range.lowerBound, tokens[j].hash == Words.and || tokens[j].hash == Words.or
    else { return nil }
    return prev
  }

  /// Whether tokens `r` are one subject pronoun ("he", "she", "it", "they").
  func isPronoun(_ r: Range<Int>) -> Bool {
    guard r.count == 1 else { return false }
    let h = tokens[r.lowerBound].hash
    return h == Words.he || h == Words.she || h == Words.it || h == Words.they
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
      if tokens[i].is(.modalityStart), let m = markers.longest(tokens, at: i, end: k) {
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
        after: tokens[span.upperBound..<range.upperBound])
      var recodes: [Int32] = []
      guard let recoded = lexicon.recode(cameo, recodeFacts, applied: &recodes) else { continue }
      cameo = recoded
      var date = (pickTime(segment, span) ?? announcementTime(span)).flatMap {
        TimeRecognizer.resolve(
          $0.spec, text: $0.text, published: published,
          future: r.modality.isFuture || $0.isForward)
      }
      var location: PlaceHit? = r.targetPlace ?? pickPlace(segment, span)
      // Coordinated clauses share a subject, and a clause that says neither when nor where
      // shares the first clause's time and place ("met in August … but stopped short of …").
      if previousSpan != span, let prev = previous, prev.subject != nil,
        prev.subject == subjectRange, date == nil, location == nil
      {
        date = prev.date
        location = prev.location
      }
      if previousSpan != span { previous = (subjectRange, date, location) }
      previousSpan = span
      let isMeet = cameo.hasPrefix("04") || cameo == "036"
      let klass: Code = isMeet ? "MEET" : cameo.prefix(2)
      // A definite noun ("the meeting between …") refers to an event told before.
      // "the visit showed …" whose actors come only from the clause: a reference, not a report.
      // (Unless the clause calls it off or denies it: "called off the planned meeting".)
      if r.definite, r.sourceFromClause, r.modality != .cancelled, r.modality != .negated {
        continue
      }
      // "would threaten the peace treaty between the two countries": a treaty in force, not an
      // agreement being made.
      if r.definite, r.pattern.isNoun, cameo == "057" { continue }
      if r.definite,
        all[..<firstNew].contains(where: { e in
          let c = e.cameo
          let k: Code = c.hasPrefix("04") || c == "036" ? "MEET" : c.prefix(2)
          return k == klass
            && Self.samePair(
              e.source.country, e.target?.country ?? Code(), source.country,
              target?.country ?? Code())
        })
      {
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
      if let (mr, _) = r.marker, span.lowerBound - mr.upperBound <= 3 {
        evidenceRange = mr.lowerBound..<span.upperBound
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
          source: source, target: target, cameo: cameo, facts: facts, modality: r.modality,
          date: date, location: location, symmetric: symmetric,
          topics: topics(source: source, target: target), attribution: attribution,
          evidence: bytes(evidenceRange), pattern: r.trigger.pattern,
          marker: r.marker.map { (bytes($0.0), $0.1) }, trigger: span, recodes: recodes,
          references: references(r, source, target)))
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
    if let s = subject, s.lowerBound >= a.upperBound, s.lowerBound < b.lowerBound {
      return s.lowerBound
    }
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

  func pickTime(_ segment: Range<Int>, _ span: Range<Int>) -> TimeMention? {
    // (The best is kept as an index: a time holds strings, and copying one at every better
    // candidate costs reference counts.)
    var best: (Int, Double)?
    for k in times.indices {
      let t = times[k]
      guard !t.isReporting, !t.isDeadline, segment.contains(t.range.lowerBound) else { continue }
      var d: Double
      if t.range.lowerBound >= span.upperBound {
        // "vetoed the package, and leaders said they would try again in January": a time in a
        // later report belongs to that report.
        if (span.upperBound..<t.range.lowerBound).contains(where: {
          tokens[$0].is(.reporting)
        }) {
          continue
        }
        d = Double(t.range.lowerBound - span.upperBound)
      } else {
        d = Double(span.lowerBound - t.range.upperBound) * 1.5 + 1
      }
      if t.isModifier { d += 100 }
      if best == nil || d < best!.1 { best = (k, d) }
    }
    return best.map { times[$0.0] }
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
    for m in actors { if let p = place(of: m) { consider(p) } }
    return best?.0
  }

  /// The topics the sentence's words name, found once for all its events.
  lazy var phraseTopics: [String] = {
    var out: [String] = []
    var i = range.lowerBound
    while i < range.upperBound {
      if tokens[i].is(.topicStart),
        let m = shared.topics.longest(tokens, at: i, end: range.upperBound)
      {
        for e in shared.topics.values(of: m.node) {
          let topic = shared.topicNames[Int(e)]
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

extension SentenceCoder {
  /// The clause-structure stage's reader for this sentence.
  func clauseReader() -> ClauseReader {
    let heads = triggers.map { t -> (head: Int, isNoun: Bool) in
      let p = lexicon.patterns[t.pattern]
      // ("peace talks", "talks with": the noun is the last word that is not a preposition.)
      return p.isNoun ? (nounHead(t), true) : (t.span.lowerBound, false)
    }
    return ClauseReader(
      bytes: bytes, tokens: tokens, range: range, mentions: actors.map(\.range), triggers: heads)
  }
}

/// A side of a reading found by reference ("the ministry", "he", "condemned the measures").
struct SideReference {
  var role: Event.Reference.Role
  /// The referring words.
  var words: Range<Int>
  var kind: Event.Reference.Kind
  /// For each actor the words resolved to: its key (`ArticleContext.antecedentKey`) and the
  /// mention that named it before, if any.
  var antecedents: [(key: UInt64, antecedent: (sentence: Int, bytes: Range<Int>)?)]
}

extension SentenceCoder {
  /// Whether mention `m` refers to an actor named before rather than naming it: a resolved
  /// pronoun or pair ("he", "the two leaders"), or a description — words after "the" (or
  /// "both", "this" …) that end in a lower-case noun ("the ministry", "the Russian leader"),
  /// not a count ("two Ugandan diplomats" names them).
  func isReferring(_ m: Mention) -> Bool {
    if m.isCoreference { return true }
    guard !tokens[m.range.upperBound - 1].isCapitalized,
      tokens[m.range.upperBound - 1].kind == .word
    else { return false }
    let first = m.range.lowerBound
    if Words.referringDeterminers.contains(tokens[first].hash) { return true }
    return first > range.lowerBound
      && Words.referringDeterminers.contains(tokens[first - 1].hash)
      && !tokens[first].isCapitalized
  }

  /// The reference of side `role`, words `r`, resolved to `actors`.
  func sideReference(
    _ role: Event.Reference.Role, _ r: Range<Int>, _ actors: [CodedActor],
    _ context: ArticleContext, kind: Event.Reference.Kind? = nil
  ) -> SideReference {
    var r = r
    // ("The company": the article is part of the words that refer.)
    if r.lowerBound > range.lowerBound, tokens[r.lowerBound - 1].hash == Words.the {
      r = (r.lowerBound - 1)..<r.upperBound
    }
    // ("condemned the raid", "called the decision unjustified": the act's noun phrase.)
    if kind == .event,
      let d = (r.lowerBound..<min(range.upperBound, r.upperBound + 1)).first(where: {
        tokens[$0].is(.determiners)
      })
    {
      var e = d + 1
      while e < min(range.upperBound, d + 5), tokens[e].kind == .word,
        !tokens[e].is(.prepositions), !tokens[e].is(.coordinators), !tokens[e].is(.determiners),
        !tokens[e].is(.adverbs), !tokens[e].is(.conjunctions),
        !Verbs.isAdverbByForm(tokens[e], bytes)
      {
        e += 1
      }
      if e > d + 1 { r = d..<e }
    }
    let start = Int(tokens[r.lowerBound].start)
    let pronoun = r.count == 1 && Words.referringPronouns.contains(tokens[r.lowerBound].hash)
    return SideReference(
      role: role, words: r, kind: kind ?? (pronoun ? .pronoun : .description),
      antecedents: actors.map {
        (ArticleContext.antecedentKey($0), context.antecedent(of: $0, before: start))
      })
  }

  /// The references of an event of reading `r` between `source` and `target`.
  func references(_ r: Reading, _ source: CodedActor, _ target: CodedActor?) -> [ReferenceDraft] {
    guard !r.references.isEmpty else { return [] }
    var out: [ReferenceDraft] = []
    for ref in r.references {
      guard let side = ref.role == .source ? source : target else { continue }
      let key = ArticleContext.antecedentKey(side)
      guard let a = ref.antecedents.first(where: { $0.key == key }) else { continue }
      out.append(
        ReferenceDraft(
          role: ref.role, words: bytes(ref.words), kind: ref.kind, antecedent: a.antecedent))
    }
    return out
  }
}
