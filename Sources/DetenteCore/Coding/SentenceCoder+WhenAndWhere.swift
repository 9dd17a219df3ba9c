/// When and where an event happened: the time and place its clause gives, the story's news
/// day, a place implied by an institution or by the sides.
extension SentenceCoder {
  /// Whether the event of reading `r` at `span` happened on the day its sentence reports
  /// ("New Delhi said on Thursday it regretted …") or else on the story's news day:
  /// a verb's event that happened, whose clause gives no time but a report's, not told as
  /// before another ("had expelled"). (An event noun names an event told elsewhere: "his
  /// meeting with Biden had been constructive".)
  func isNewsDayEvent(_ r: Reading, _ span: Range<Int>, _ segment: Range<Int>) -> Bool {
    guard r.modality == .occurred, !r.pattern.isNoun,
      !times.contains(where: { !$0.isReporting && isOwnClauseTime($0, span, segment) })
    else {
      return false
    }
    return !(max(range.lowerBound, span.lowerBound - 3)..<span.lowerBound).contains {
      tokens[$0].hash == Words.had
    }
  }

  /// Whether time `t` may be the event's at `span`: before it, or in its segment with no
  /// comma between ("ordered the diplomats out, and Italy said it would respond next week":
  /// not "next week").
  func isOwnClauseTime(_ t: TimeMention, _ span: Range<Int>, _ segment: Range<Int>) -> Bool {
    if t.range.lowerBound < span.lowerBound { return true }
    guard segment.contains(t.range.lowerBound) else { return false }
    return !(span.upperBound..<t.range.lowerBound).contains { tokens[$0].hash == Words.comma }
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
    guard a.person == nil, a.role == .government, !a.country.isOrganisation,
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
