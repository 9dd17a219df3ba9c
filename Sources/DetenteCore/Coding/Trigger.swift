/// A place in a sentence where an event pattern matched.
struct Trigger: Sendable {
  /// The pattern.
  var pattern: Int
  /// The tokens it covers.
  var span: Range<Int>
  /// The token ranges its gaps covered.
  var gaps: Gaps
  /// A noun pattern that also matched here, for when the words turn out not to be a verb
  /// ("U.S. strikes on Iranian sites" is not "strike … sites").
  var nounAlternative: (pattern: Int, span: Range<Int>, gaps: Gaps)? = nil

  /// The noun reading, when there is one.
  var asNoun: Trigger? {
    nounAlternative.map { Trigger(pattern: $0.pattern, span: $0.span, gaps: $0.gaps) }
  }
}

/// Finds event patterns in a sentence.
struct TriggerFinder {
  let shared: SharedLexicon
  var lexicon: Lexicon { _read { yield shared.value } }

  static let gapStops: HashSet64 = Words.set([".", ";", ":", "?", "!", "\"", "(", ")"])

  /// Whether `h` is one of `gapStops` (tested without a table).
  @inline(__always)
  static func isGapStop(_ h: UInt64) -> Bool {
    switch h {
    case Words.period, Words.semicolon, Words.colon, Words.question, Words.exclamation,
      Words.quote, Words.lparen, Words.rparen:
      return true
    default: return false
    }
  }

  /// The token after adverbs ("twice", "separately", "once again"), a day ("on Wednesday", "on
  /// June 5") or quotation marks ("was \"illegal\"", "had \"once again\" violated") at `i`,
  /// when they are there and a token follows them (up to four adverbs and quotation marks).
  static func skipInserted(_ tokens: UnsafeBufferPointer<Token>, _ i: Int, _ end: Int) -> Int? {
    let t = tokens[i]
    var j = i
    if t.is(.adverbs) || t.hash == Words.quote || isOnceAgain(tokens, i, end) {
      while j < end, j < i + 4,
        tokens[j].is(.adverbs) || tokens[j].hash == Words.quote || isOnceAgain(tokens, j, end)
      { j += 1 }
    } else if t.hash == Words.onWord, i + 1 < end, tokens[i + 1].is(.timeWord) {
      j = i + 2
      if j < end, tokens[j].kind == .number { j += 1 }
    }
    return j > i && j < end ? j : nil
  }

  /// Whether "once" at `i` opens "once again" (an adverb; "once" alone may open a clause).
  @inline(__always)
  static func isOnceAgain(_ tokens: UnsafeBufferPointer<Token>, _ i: Int, _ end: Int) -> Bool {
    tokens[i].hash == Words.once && i + 1 < end && tokens[i + 1].hash == Words.again
  }

  func find(_ tokens: [Token], _ range: Range<Int>, workspace ws: EventCoder.Workspace)
    -> [Trigger]
  {
    // (The triggers go back to the workspace, and to the caller: the next sentence reuses their
    // memory.)
    var found = take(&ws.triggers)
    var excluded = take(&ws.excluded)
    defer {
      ws.triggers = found
      ws.excluded = excluded
    }
    // One buffer for the gaps of every attempt (most fail), held inline: a trigger keeps its
    // own copy.
    var scratch = Gaps()
    // The patterns are read in place from the lexicon's frozen tables (which cannot be
    // copied): no array is copied or retained.
    shared.patterns.withUnsafeView(tokens) { patterns, toks in
      for i in range {
        guard toks[i].is(.patternStart), let candidates = patterns.candidates(toks[i].hash)
        else { continue }
        var best: Trigger?
        var noun: Trigger?
        for c in candidates {
          let idx = Int(c)
          scratch.removeAll()
          guard
            let end = match(
              patterns.steps(of: idx), patterns.gapLimits(of: idx), 1, i + 1,
              range.upperBound,
              toks, patterns.words, &scratch)
          else { continue }
          // (An exclusion does not compete: it only stops the triggers it overlaps.)
          if patterns.isExclusion(idx) {
            excluded.append((idx, i..<end))
            continue
          }
          let t = Trigger(pattern: idx, span: i..<end, gaps: scratch)
          let isNoun = patterns.isNoun(idx)
          if isNoun, noun == nil || t.span.count > noun!.span.count { noun = t }
          if let b = best {
            if t.span.count > b.span.count {
              best = t
            } else if t.span.count == b.span.count,
              preferNoun(isNoun, patterns.isNoun(b.pattern), tokens, i, range)
            {
              best = t
            }
          } else {
            best = t
          }
        }
        if var b = best {
          if !patterns.isNoun(b.pattern), let n = noun {
            b.nounAlternative = (n.pattern, n.span, n.gaps)
          }
          found.append(b)
        }
      }
    }
    // Drop triggers that cover an exclusion's first word ("strike" in "struck a chord", "war"
    // in "waged a war of words"); the exclusion's later words are its context ("entered talks"
    // stops the entering, not the talks).
    if !excluded.isEmpty {
      found.removeAll { t in excluded.contains { t.span.contains($0.span.lowerBound) } }
    }
    // Drop triggers inside a longer one ("talks" inside "held talks").
    func isInsideAnother(_ t: Trigger) -> Bool {
      found.contains { o in
        o.span != t.span && o.span.lowerBound <= t.span.lowerBound
          && t.span.upperBound <= o.span.upperBound
      }
    }
    // (Most sentences have none to drop: then no new array.)
    if !found.contains(where: isInsideAnother) { return found }
    return found.filter { !isInsideAnother($0) }
  }

  /// "a meeting" is the noun, "are meeting" the verb.
  func preferNoun(
    _ candidateIsNoun: Bool, _ currentIsNoun: Bool, _ tokens: [Token], _ i: Int,
    _ range: Range<Int>
  ) -> Bool {
    guard candidateIsNoun != currentIsNoun else { return false }
    let before = i > range.lowerBound ? tokens[i - 1].hash : 0
    let previous = i > range.lowerBound ? tokens[i - 1].classes : 0
    // "after meeting Talon", "before meeting the crown prince": after a subordinator, a word
    // with a name or a determiner after it is the verb.
    if previous & WordClass.subordinators.rawValue != 0, i + 1 < range.upperBound {
      let next = tokens[i + 1]
      if (next.isCapitalized && next.kind == .word
        && TimeRecognizer.weekdays[next.hash] == nil && TimeRecognizer.months[next.hash] == nil)
        || next.is(.determiners) || next.is(.possessiveDeterminers)
      {
        return !candidateIsNoun
      }
    }
    let nounContext =
      previous & WordClass.determiners.rawValue != 0 || before == Words.possessive
      || previous & WordClass.prepositions.rawValue != 0
      || (i > range.lowerBound && tokens[i - 1].kind == .word
        && previous & WordClass.auxiliaries.rawValue == 0
        && !Verbs.isVerbLike(tokens[i - 1]) && before != Words.to)
    return candidateIsNoun == nounContext
  }

  /// Matches steps `k...` of a pattern from token `i` (not past `end`): the token after the
  /// match, with the gaps' ranges added to `gaps`; `nil` (and `gaps` as it was) when they do not
  /// match.
  func match(
    _ steps: UnsafeBufferPointer<FlatSet64?>, _ limits: UnsafeBufferPointer<UInt8>, _ k: Int,
    _ i: Int, _ end: Int,
    _ tokens: UnsafeBufferPointer<Token>, _ words: UnsafePointer<UInt64>,
    _ gaps: inout Gaps
  ) -> Int? {
    // Words in a row, one step each.
    var k = k
    var i = i
    while k < steps.count, let set = steps[k] {
      guard i < end else { return nil }
      if !set.contains(tokens[i].hash, in: words) {
        // An adverb or a day between two of the pattern's words: "spoke twice by telephone",
        // "demanded on Wednesday that".
        guard k > 0, steps[k - 1] != nil, let s = Self.skipInserted(tokens, i, end),
          set.contains(tokens[s].hash, in: words)
        else { return nil }
        i = s
      }
      k += 1
      i += 1
    }
    if k == steps.count { return i }
    // A gap: up to its limit of words (six for "*"); the hyphens of "large-scale" do not count.
    // (When a word follows the gap, a gap length after which that word is not there is passed
    // over without trying the rest of the pattern.)
    let next = k + 1 < steps.count ? steps[k + 1] : nil
    var j = i
    var count = 0
    let limit = Int(limits[k])
    while count <= limit, j <= end {
      // A gap stops at punctuation that ends a phrase, except for a quotation mark right
      // before the next word of the pattern: called the decision "outrageous".
      // (A quoted phrase inside the gap is passed over: revoked "with immediate effect" an
      // agreement.)
      let quoteBefore = j > i && tokens[j - 1].hash == Words.quote
      if j > i, Self.isGapStop(tokens[j - 1].hash), !quoteBefore { break }
      if let set = next, !(j < end && set.contains(tokens[j].hash, in: words)) {
        // (The next word is not here: this gap length fails.)
      } else {
        gaps.append(i..<j)
        if let e = match(steps, limits, k + 1, j, end, tokens, words, &gaps) { return e }
        // (A failed attempt has taken back everything it added: only this gap is left.)
        gaps.removeLast()
      }
      if j < end, tokens[j].hash != Words.hyphen { count += 1 }
      j += 1
    }
    return nil
  }
}
