/// Finds actors and places in a sentence: names from the lexicons joined into chunks
/// ("U.S. National Security Advisor Tom Donilon", "a Putin aide", "Russian officials"),
/// office-holders from titles ("the Russian president" in 2013 is Vladimir Putin), people
/// introduced with a title, compounds ("Russia and the U.S."), and "the two leaders".
public struct ActorRecognizer: Sendable {
  /// The lexicon to look names up in.
  public var lexicon: Lexicon { _read { yield shared.value } }
  let shared: SharedLexicon

  /// Creates a recognizer.
  public init(lexicon: Lexicon) { self.shared = SharedLexicon(lexicon) }

  /// A recognizer that reads a lexicon already shared.
  init(shared: SharedLexicon) { self.shared = shared }

  /// A stretch of a sentence that names something: a phrase of the mention table (its node,
  /// with what decides which of its entries apply), a person learned earlier, or an unknown
  /// name after a title. Plain values: pieces are copied without reference counts.
  struct Piece {
    var range: Range<Int>
    /// The node of the frozen mention table, or -1.
    var node: Int32 = -1
    /// The phrase is in capitals (entries written in capitals apply).
    var capsOK = false
    /// The phrase may be a name (entries other than roles and titles apply).
    var nameOK = false
    var learned: CodedActor?
    var unknownName = false
  }

  /// The entries of a piece that apply.
  struct Entries: Sequence, IteratorProtocol {
    let values: UnsafeBufferPointer<MentionValue>
    let caps: UnsafeBufferPointer<Bool>
    let capsOK: Bool
    let nameOK: Bool
    var k = 0

    mutating func next() -> MentionValue? {
      while k < values.count {
        let v = values[k]
        let c = caps[k]
        k += 1
        if c && !capsOK { continue }
        if nameOK || v.isRoleOrTitle { return v }
      }
      return nil
    }
  }

  /// The words of tokens `r`, in the headline or the body.
  @inline(__always)
  static func text(_ tokens: [Token], _ r: Range<Int>, headline: Bool) -> TextRef {
    let s = tokens[r.lowerBound].start
    let e = tokens[r.upperBound - 1].end
    return headline ? .title(s, e) : .body(s, e)
  }

  /// The entries of `p` that apply (none for a learned or unknown name).
  func entries(_ p: Piece) -> Entries {
    guard p.node >= 0 else {
      return Entries(
        values: UnsafeBufferPointer(start: nil, count: 0),
        caps: UnsafeBufferPointer(start: nil, count: 0), capsOK: false, nameOK: false)
    }
    let n = Int(p.node)
    return Entries(
      values: shared.mentions.values(of: n), caps: shared.mentions.requiresCaps(of: n),
      capsOK: p.capsOK, nameOK: p.nameOK)
  }

  /// Finds the actors and places of `tokens[range]`, updating `context`.
  public func find(
    _ bytes: UnsafeBufferPointer<UInt8>, _ tokens: [Token], _ range: Range<Int>,
    context: inout ArticleContext
  ) -> (actors: [ActorMention], places: [PlaceMention]) {
    let title = context.inHeadline ? Array(bytes) : context.title
    // (The coder reads this lexicon's bits of each token: tokens made by any tokenizing get them
    // here.)
    var tagged = tokens
    let table = lexicon.wordTable
    for k in tagged.indices {
      tagged[k].classes = table[tagged[k].hash] ?? 0
    }
    return title.withUnsafeBufferPointer { tb in
      let words = TextResolver(
        body: context.inHeadline ? UnsafeBufferPointer(start: nil, count: 0) : bytes, title: tb,
        shared: shared)
      let workspace = EventCoder.Workspace()
      let (mentions, places) = findCoded(
        bytes, tagged, range, context: &context, words: words, workspace: workspace)
      return (
        mentions.map { words.mention($0, context.names, places: workspace.mentionPlaces) },
        places.map { words.place($0) }
      )
    }
  }

  /// `find` in plain values: what the coder reads.
  /// `words` reads the words of the article's actors: `bytes` is its body, or its headline
  /// while `context.inHeadline`.
  func findCoded(
    _ bytes: UnsafeBufferPointer<UInt8>, _ tokens: [Token], _ range: Range<Int>,
    context: inout ArticleContext, words: TextResolver, workspace ws: EventCoder.Workspace
  ) -> (actors: [Mention], places: [PlaceHit]) {
    // (The workspace's buffers are lent for the whole call, not taken out and put back: a
    // buffer put back into a class's field is retained, and what it replaces released.)
    findCoded(
      bytes, tokens, range, context: &context, words: words, workspace: ws,
      pieces: &ws.pieces, chunks: &ws.chunks, named: &ws.named, located: &ws.located)
  }

  private func findCoded(
    _ bytes: UnsafeBufferPointer<UInt8>, _ tokens: [Token], _ range: Range<Int>,
    context: inout ArticleContext, words: TextResolver, workspace ws: EventCoder.Workspace,
    pieces: inout [Piece], chunks: inout [Range<Int>], named namedCountries: inout [Code],
    located locatedCountries: inout [Code]
  ) -> (actors: [Mention], places: [PlaceHit]) {
    let headline = context.inHeadline
    func text(_ r: Range<Int>) -> TextRef { Self.text(tokens, r, headline: headline) }
    // 1. Pieces: longest lexicon phrases, learned names, unknown names after titles.
    pieces.removeAll(keepingCapacity: true)
    ws.mentionPlaces.removeAll(keepingCapacity: true)
    var i = range.lowerBound
    let end = range.upperBound
    // (The table is taken out of the lexicon once, not at every token.)
    while i < end {
      let t = tokens[i]
      if t.kind == .punct {
        i += 1
        continue
      }
      // "the South American country", "Latin American leaders": a region, not the U.S.
      if t.hash == Words.american, i > range.lowerBound,
        tokens[i - 1].is(.continentParts)
      {
        i += 1
        continue
      }
      if t.is(.mentionStart), let match = shared.mentions.longest(tokens, at: i, end: end) {
        let r = i..<(i + match.length)
        var capsOK = true
        for k in r where !tokens[k].isAllCaps && tokens[k].kind == .word {
          capsOK = false
          break
        }
        // Lower-case words that are only roles or titles count; names must be capitalized.
        // "al-Qaeda", "de Villepin": a lower-case particle before a capitalized name.
        let nameOK =
          t.isCapitalized || t.kind == .number
          || (match.length > 1 && Words.nameParticles.contains(t.hash)
            && tokens[i + match.length - 1].isCapitalized)
        let piece = Piece(range: r, node: Int32(match.node), capsOK: capsOK, nameOK: nameOK)
        var usable = entries(piece)
        if usable.next() != nil {
          pieces.append(piece)
          i = r.upperBound
          continue
        }
      }
      if t.isCapitalized, let a = context.learned[t.hash] {
        var r = i..<(i + 1)
        if i + 1 < end, let full = context.learned[TokenHash.combine(t.hash, tokens[i + 1].hash)],
          full.code == a.code, full.person == a.person,
          full.text == a.text || words.same(full.text, a.text)
        {
          r = i..<(i + 2)
        }
        pieces.append(Piece(range: r, learned: a))
        i = r.upperBound
        continue
      }
      // Unknown capitalized name right after a title or role word: "spokeswoman Caitlin Hayden".
      if t.isCapitalized, t.kind == .word, !t.isAllCaps, !pieces.isEmpty,
        pieces[pieces.count - 1].range.upperBound == i,
        entries(pieces[pieces.count - 1]).contains(where: {
          if case .title = $0 { return true }
          if case .role = $0 { return true }
          return false
        }),
        TimeRecognizer.months[t.hash] == nil, TimeRecognizer.weekdays[t.hash] == nil
      {
        var j = i
        var words = 0
        while j < end, words < 3 {
          // "Jean-Emmanuel Ouedraogo": a hyphen inside a name, between two capitals.
          if tokens[j].hash == Words.hyphen, j > i, j + 1 < end, tokens[j + 1].isCapitalized,
            tokens[j + 1].kind == .word, tokens[j].start == tokens[j - 1].end,
            tokens[j + 1].start == tokens[j].end
          {
            j += 2
            continue
          }
          guard tokens[j].kind == .word, !tokens[j].is(.auxiliaries) else { break }
          if tokens[j].isCapitalized {
            j += 1
            words += 1
            continue
          }
          // "Alberto van Klaveren", "Mohammed bin Salman": a particle inside the name.
          guard j > i, j + 1 < end, Words.nameParticles.contains(tokens[j].hash),
            tokens[j + 1].kind == .word, tokens[j + 1].isCapitalized
          else { break }
          j += 1
        }
        // ("Prime Minister May said": an auxiliary-looking name is not taken.)
        if j > i {
          pieces.append(Piece(range: i..<j, unknownName: true))
          i = j
          continue
        }
      }
      i += 1
    }
    // 2. Chunks of adjacent pieces (also across "'s" before a role or title).
    // (Each chunk is a range of `pieces`: one array for the sentence, not one per chunk.)
    chunks.removeAll(keepingCapacity: true)
    // (Pieces are read in place: a copy of one retains its entries and its actor.)
    for n in pieces.indices {
      if let last = chunks.last {
        let prevRange = pieces[last.upperBound - 1].range
        let pRange = pieces[n].range
        let adjacent = prevRange.upperBound == pRange.lowerBound
        // "Iran's top security official": up to two plain words may stand between.
        let gapWords =
          (prevRange.upperBound + 1)..<max(prevRange.upperBound + 1, pRange.lowerBound)
        let viaPossessive =
          prevRange.upperBound < pRange.lowerBound && gapWords.count <= 2
          && tokens[prevRange.upperBound].hash == Words.possessive
          && gapWords.allSatisfy {
            tokens[$0].kind == .word && !tokens[$0].isCapitalized
              && !Verbs.looksLikeVerb(tokens[$0], bytes)
              && !tokens[$0].is(.prepositions)
              && !tokens[$0].is(.coordinators)
          }
          && entries(pieces[n]).contains(where: {
            if case .title = $0 { return true }
            if case .role = $0 { return true }
            // "Peru's Congress": an institution's name after another country's possessive.
            if case .actor(let code, _) = $0, !code.isOrganisation { return true }
            return false
          })
        // "German colonial troops": one plain adjective between a country word and a role.
        let g = prevRange.upperBound
        let viaAdjective =
          g + 1 == pRange.lowerBound && tokens[g].kind == .word && !tokens[g].isCapitalized
          && !Verbs.looksLikeVerb(tokens[g], bytes) && !tokens[g].is(.prepositions)
          && !tokens[g].is(.coordinators)
          && !tokens[g].is(.determiners)
          && !tokens[g].is(.conjunctions)
          && entries(pieces[last.upperBound - 1]).contains(where: {
            if case .country(_, .adjective) = $0 { return true }
            return false
          })
          && entries(pieces[n]).contains(where: {
            if case .role(_, let side) = $0 { return !side }
            return false
          })
        if adjacent || viaPossessive || viaAdjective {
          chunks[chunks.count - 1] = last.lowerBound..<(n + 1)
          continue
        }
      }
      chunks.append(n..<(n + 1))
    }
    // (The mentions and places go back to the workspace, and to the caller: the next sentence
    // reuses their memory once the caller is done with them.)
    var mentions = take(&ws.mentions)
    var places = take(&ws.places)
    for bounds in chunks {
      let r =
        pieces[bounds.lowerBound].range.lowerBound..<pieces[bounds.upperBound - 1].range.upperBound
      let chunkText = text(r)
      if let m = resolve(
        pieces, bounds, r, chunkText, bytes, tokens, range, &context, &ws.mentionPlaces)
      {
        mentions.append(m)
      }
      // A place on its own, not a country word inside a longer name ("U.S. President …").
      if bounds.count == 1,
        let pm = placeMention(pieces[bounds.lowerBound], tokens, range, chunkText)
      {
        places.append(pm)
      }
    }
    // "MOSCOW, July 9 (Wire) –": a dateline is where the story was filed, neither an actor
    // nor the place of what the sentence reports.
    if let e = Dateline.end(bytes, tokens, range) {
      // (Remembered: police and protesters the story leaves unnamed are most likely those of
      // where it was filed.)
      if context.datelineCountry == nil {
        context.datelineCountry = places.first { $0.range.upperBound <= e }?.country
      }
      mentions.removeAll { $0.range.upperBound <= e }
      places.removeAll { $0.range.upperBound <= e }
    }
    // A role taken from the story's country yields to the one country this sentence names
    // ("protesters stormed the government headquarters in Yerevan").
    // (Only roles that take the story's country need these: most sentences have none.)
    let rolesNeedCountry = mentions.contains { $0.countryFromStory }
    // (Filled by loops, not chains of arrays: roles without a country are common. Each
    // country once: a set of the few a sentence names.)
    namedCountries.removeAll(keepingCapacity: true)
    // Countries named where something happens ("the junta in Niger") count as places.
    locatedCountries.removeAll(keepingCapacity: true)
    func add(_ c: Code, _ set: inout [Code]) { if !set.contains(c) { set.append(c) } }
    if rolesNeedCountry {
      for m in mentions where !m.countryFromStory && !m.isOccasion {
        for a in m.actors where !a.country.isOrganisation {
          add(a.country, &namedCountries)
        }
      }
      for p in places {
        add(p.country, &namedCountries)
        add(p.country, &locatedCountries)
      }
      for m in mentions where isLocative(m.range, tokens, range) && !m.countryFromStory {
        add(m.primary.country, &locatedCountries)
      }
    }
    let named = namedCountries
    let located = locatedCountries
    let firstNamed =
      !rolesNeedCountry
      ? nil
      : mentions.first {
        !$0.countryFromStory && !$0.isOccasion && !$0.primary.country.isOrganisation
      }?
      .primary.country ?? places.first?.country
    // "U.S. and British warplanes and warships": a role named after "and" belongs to the
    // actors just named.
    for k in mentions.indices.reversed() where k > 0 && mentions[k].countryFromStory {
      let prev = mentions[k - 1]
      let gap = prev.range.upperBound..<mentions[k].range.lowerBound
      guard !prev.countryFromStory, !prev.isOccasion, gap.count == 1,
        tokens[gap.lowerBound].hash == Words.and,
        prev.actors.allSatisfy({ $0.role == mentions[k].primary.role })
      else { continue }
      mentions[k - 1].range = prev.range.lowerBound..<mentions[k].range.upperBound
      mentions.remove(at: k)
    }
    // "the Arakan Army rebels", "M23 rebels": an unknown name before a group's role word is
    // part of the group.
    for k in mentions.indices
    where mentions[k].countryFromStory && mentions[k].primary.person == nil {
      var b = mentions[k].range.lowerBound
      while b > range.lowerBound, mentions[k].range.lowerBound - b < 4,
        tokens[b - 1].isCapitalized || tokens[b - 1].kind == .number,
        tokens[b - 1].kind != .punct, !mentions.contains(where: { $0.range.contains(b - 1) }),
        !places.contains(where: { $0.range.contains(b - 1) })
      {
        b -= 1
      }
      if b < mentions[k].range.lowerBound, b > range.lowerBound {
        mentions[k].range = b..<mentions[k].range.upperBound
      }
    }
    // A person introduced with a title but no country is learned with the country chosen.
    func relearn(_ old: CodedActor, as new: CodedActor?) {
      guard let person = old.person else { return }
      for (key, value) in context.learned where value.person == person && value.code == old.code {
        context.learned[key] = new
      }
    }
    for k in mentions.indices.reversed() where mentions[k].countryFromStory {
      let a = mentions[k].actors[0]
      // "militants in Gaza", "police in Niamey": the place right after names the country.
      let e = mentions[k].range.upperBound
      if e + 1 < range.upperBound,
        tokens[e].hash == Words.inWord
          || tokens[e].hash == Words.from || tokens[e].hash == Words.of,
        let c = places.first(where: { $0.range.lowerBound == skipRegionWords(e + 1, tokens, range) }
        )?
        .country
          ?? mentions.first(where: {
            $0.range.lowerBound == skipRegionWords(e + 1, tokens, range) && !$0.countryFromStory
          })?.primary.country
      {
        // "leaders of the Group of Seven": an organisation's code stands alone; "the embassies
        // of Rwanda, France and the United States": one for each country listed.
        var listed: [Code] = [c]
        let start = skipRegionWords(e + 1, tokens, range)
        var q = mentions.firstIndex(where: { $0.range.lowerBound == start }) ?? mentions.count
        while q + 1 < mentions.count {
          let gap = mentions[q].range.upperBound..<mentions[q + 1].range.lowerBound
          let ok =
            !gap.isEmpty && gap.count <= 3
            && gap.allSatisfy {
              tokens[$0].hash == Words.comma || tokens[$0].hash == Words.and
                || tokens[$0].hash == Words.the
            }
          guard ok, !mentions[q + 1].countryFromStory else { break }
          listed.append(mentions[q + 1].primary.country)
          q += 1
        }
        let resolved = listed.map {
          CodedActor(text: a.text, code: $0.isOrganisation ? $0 : $0 + a.role, person: a.person)
        }
        mentions[k].actors = resolved
        relearn(a, as: resolved[0])
        // ("A delegation from Yemen's Houthi movement": later, "the delegation" is Yemen's.)
        if resolved.count == 1 {
          for j in mentions[k].range where tokens[j].kind == .word {
            context.rememberWord(tokens[j].hash, of: resolved[0])
          }
        }
        continue
      }
      // "urged its citizens", "its first direct military attack": the country of the
      // sentence's first actor, whom "its" refers to.
      var b = mentions[k].range.lowerBound - 1
      var hops = 0
      while b > range.lowerBound, hops < 3, tokens[b].kind == .word, !tokens[b].isCapitalized,
        !tokens[b].is(.possessiveDeterminers),
        !tokens[b].is(.prepositions), !Verbs.looksLikeVerb(tokens[b], bytes)
      {
        b -= 1
        hops += 1
      }
      let afterSubordinator =
        b > range.lowerBound && tokens[b - 1].is(.subordinators)
      let candidates = mentions.filter {
        $0.range.upperBound <= b && !$0.countryFromStory && !$0.isModifier && !$0.isOccasion
          && $0.primary.person == nil
      }
      if b >= range.lowerBound,
        tokens[b].hash == Words.its || tokens[b].hash == Words.their,
        // "if its forces": the nearest country; otherwise the sentence's first actor.
        let owner = (afterSubordinator ? candidates.last : nil)?.primary
          ?? mentions.first(where: {
            $0.range.upperBound <= b && !$0.countryFromStory && !$0.isModifier && !$0.isOccasion
          })?.primary, !owner.country.isOrganisation
      {
        // "their military commanders" after "India and China" or "Indian and Chinese troops":
        // each side's.
        if tokens[b].hash == Words.their, a.person == nil,
          let pair = (0..<max(0, k - 1)).first(where: { i in
            let x = mentions[i]
            let y = mentions[i + 1]
            return y.range.upperBound <= b && !x.countryFromStory && !y.countryFromStory
              && y.range.lowerBound == x.range.upperBound + 1
              && tokens[x.range.upperBound].hash == Words.and
              && x.primary.country != y.primary.country
          })
        {
          let countries = [mentions[pair].primary.country, mentions[pair + 1].primary.country]
          mentions[k].actors = countries.map { CodedActor(text: a.text, code: $0 + a.role) }
          continue
        }
        let resolved = CodedActor(text: a.text, code: owner.country + a.role, person: a.person)
        mentions[k].actors = [resolved]
        relearn(a, as: resolved)
        continue
      }
      // "The ministry also accused …" after "Rwanda's foreign ministry said …": a definite
      // description means the last actor named with its word, not the story's country.
      // "the West African country", "the Baltic state": a country described by its region is
      // the last one named before it (in this sentence, else before) that lies there.
      // "the kingdom", "the sultanate": the last country named that is of its kind.
      if a.person == nil, let kind = describedKind(mentions[k], tokens, range) {
        let earlier = mentions[..<k].reversed().lazy.filter {
          !$0.countryFromStory && !$0.isOccasion && $0.actors.count == 1
        }.map(\.primary.country)
        let candidates = Array(earlier) + context.recentCountries.reversed().map(\.country)
        if let c = candidates.first(where: { kind.contains($0) }) {
          mentions[k].actors = [CodedActor(text: a.text, code: c + a.role)]
          continue
        }
      }
      if a.person == nil, let region = describedRegion(mentions[k], tokens, range) {
        let earlier = mentions[..<k].reversed().lazy.filter {
          !$0.countryFromStory && !$0.isOccasion && $0.actors.count == 1
        }.map(\.primary.country)
        let candidates = Array(earlier) + context.recentCountries.reversed().map(\.country)
        if let c = candidates.first(where: { c in
          !c.isOrganisation && lexicon.countries[c.string].map { region.contains($0) } == true
        }) {
          mentions[k].actors = [CodedActor(text: a.text, code: c + a.role)]
          continue
        }
      }
      if a.person == nil, let named = describedActor(mentions[k], tokens, range, context) {
        mentions[k].actors = [
          named.person != nil
            ? CodedActor(text: a.text, code: named.code, person: named.person)
            : CodedActor(
              text: a.text,
              code: named.country.isOrganisation ? named.country : named.country + a.role)
        ]
        continue
      }
      // "protesters stormed Saudi missions in Iran": where the clause says it happened.
      if !mentions[k].needsSentenceCountry, e < range.upperBound,
        Verbs.looksLikeVerb(tokens[e], bytes),
        let c = firstLocative(after: e, mentions, places, tokens, range)
      {
        let resolved = CodedActor(text: a.text, code: c + a.role, person: a.person)
        mentions[k].actors = [resolved]
        relearn(a, as: resolved)
        continue
      }
      let home = context.home
      let chosen: Code?
      if a.person == nil, !a.role.isEmpty, let c = context.recentRoles[a.role],
        named.isEmpty || named.contains(c)
      {
        chosen = c
      } else if a.person != nil {
        // A person with a title but no country: only where the sentence leaves no doubt.
        let only = named.count == 1 ? named.first : nil
        // "…, Foreign Minister Ramtane Lamamra announced": the speaker of the sentence's report
        // speaks for the country it began with.
        let e = mentions[k].range.upperBound
        let b = mentions[k].range.lowerBound - 1
        let speaks =
          (e < range.upperBound && tokens[e].is(.reporting))
          || (b >= range.lowerBound && tokens[b].is(.reporting))
        // "Foreign Minister Nicu Popescu said the Russian ambassador …": a country named only
        // in what the speaker says is not the speaker's; the story's country is.
        let onlyInReport =
          speaks && e < range.upperBound && tokens[e].is(.reporting)
          && only != nil && home != nil && only != home
          && mentions.allSatisfy { $0.primary.country != only || $0.range.lowerBound > e }
        chosen =
          onlyInReport
          ? home
          : only ?? (named.count == 2 && located.count == 1 ? located.first : nil)
            ?? (speaks ? firstNamed : nil)
      } else if mentions[k].needsSentenceCountry {
        // "the government", "the military": only when the sentence's one country is also
        // where it happens or what the story is about.
        // The story's country when there is one ("Le Drian called the junta illegitimate" in
        // a story about Mali), else the one country the sentence names where things happen.
        let only = named.count == 1 ? named.first : nil
        chosen = only.flatMap { c in located.contains(c) ? c : nil } ?? home
      } else if a.role == "COP"
        || (a.role == "CVL"
          && Words.crowdNouns.contains(tokens[mentions[k].range.upperBound - 1].hash)),
        let d = context.datelineCountry,
        // (A place where things happen says whose they are: "police in Chittagong".)
        !places.contains(where: \.isLocative),
        !mentions.contains(where: {
          !$0.countryFromStory && !$0.isModifier && isLocative($0.range, tokens, range)
        }),
        // ("rallied in several Chinese cities": a country word after "in" says where.)
        !mentions.contains(where: { m in
          var b = m.range.lowerBound - 1
          while b > range.lowerBound, b >= m.range.lowerBound - 3, tokens[b].kind == .word,
            !tokens[b].isCapitalized, tokens[b].hash != Words.inWord
          {
            b -= 1
          }
          return m.isModifier && b >= range.lowerBound && tokens[b].hash == Words.inWord
        })
      {
        // "DHAKA … – police opened fire on protesters, as Modi said India …": the police and
        // the crowd of the country the story was filed from, when the sentence names no place.
        chosen = d
      } else if named.count == 1 {
        chosen = named.first
      } else {
        chosen = home.map { named.isEmpty || named.contains($0) } == true ? home : firstNamed
      }
      if let c = chosen {
        mentions[k].actors = [CodedActor(text: a.text, code: c + a.role, person: a.person)]
      } else {
        mentions.remove(at: k)
      }
      relearn(
        a, as: chosen.map { c in CodedActor(text: a.text, code: c + a.role, person: a.person) })
    }
    // "The militants abducted the girls": civilians named with an armed group are of its
    // country.
    // Only for an armed group named before the civilians ("The militants abducted the girls")
    // or as the agent after them ("schoolgirls kidnapped by Boko Haram militants"), and not
    // when the civilians' own place is named ("people in Israel").
    for k in mentions.indices
    where mentions[k].countryFromStory
      && (mentions[k].primary.role == "CVL" || mentions[k].primary.role == "REF")
      && mentions[k].primary.person == nil
    {
      let e = mentions[k].range.upperBound
      if e + 1 < range.upperBound,
        tokens[e].hash == Words.inWord || tokens[e].hash == Words.from
          || tokens[e].hash == Words.of
      {
        let start = skipRegionWords(e + 1, tokens, range)
        if places.contains(where: { $0.range.lowerBound == start })
          || mentions.contains(where: { $0.range.lowerBound == start && !$0.countryFromStory })
        {
          continue
        }
      }
      let armed = mentions.first(where: { m in
        let role = m.primary.role
        return (role == "REB" || role == "COP" || role == "MIL") && m.actors.count == 1
          && !m.primary.country.isOrganisation && m.primary.country[0] != UInt8(ascii: "?")
          && (m.range.upperBound <= mentions[k].range.lowerBound
            || (m.range.lowerBound > range.lowerBound
              && tokens[m.range.lowerBound - 1].hash == Words.by))
      })
      if let armed {
        let a = mentions[k].primary
        mentions[k].actors = [CodedActor(text: a.text, code: armed.primary.country + a.role)]
      }
    }
    // 3. "the two leaders", "both countries", "the leaders"
    let corefs = coreferences(tokens, range, headline, context, words, named: mentions)
    // "the two leaders" wins over "leaders" read as a role of the story's country.
    mentions.removeAll { m in
      m.countryFromStory && corefs.contains { $0.range.overlaps(m.range) }
    }
    // (Sorted only when out of order: sorting moves every mention, and most sentences have
    // no coreference to add.)
    mentions += corefs
    var ordered = true
    for k in mentions.indices.dropFirst()
    where mentions[k - 1].range.lowerBound > mentions[k].range.lowerBound {
      ordered = false
      break
    }
    if !ordered { mentions.sort { $0.range.lowerBound < $1.range.lowerBound } }
    // 4. Compounds: "A and B", "A, B and C".
    compounds(&mentions, bytes, tokens, range, headline)
    // (Mentions read in place, through their index or address, in the loops below.)
    mentions.withUnsafeBufferPointer { m in
      for k in m.indices { context.note(m[k], lexicon: shared) }
    }
    rememberWords(mentions, tokens, &context)
    // Where things happen says what the story is about: a place counts more than a mention.
    for p in places where p.isLocative && !p.country.isOrganisation {
      context.countryCounts[p.country, default: 0] += 2
    }
    // "Russia and Ukraine signed …": a pair named together as a subject is what "both sides"
    // and "the two countries" later refer to (not "with Turkey and the UN").
    for k in mentions.indices
    where (2...6).contains(mentions[k].actors.count) && !mentions[k].isCoreference {
      var j = mentions[k].range.lowerBound - 1
      while j >= range.lowerBound, tokens[j].is(.determiners) { j -= 1 }
      // ("The military governments of Mali, Burkina Faso and Niger" counts too.)
      let ofGroup =
        j > range.lowerBound && tokens[j].hash == Words.of
        && tokens[j - 1].is(.representativeNouns)
      if j < range.lowerBound || !tokens[j].is(.prepositions) || ofGroup {
        context.lastGroup = mentions[k].actors.map {
          CodedActor(text: $0.text, code: $0.country)
        }
      }
    }
    for k in mentions.indices where mentions[k].actors.count == 2 && !mentions[k].isCoreference {
      let domestic = mentions[k].actors[0].country == mentions[k].actors[1].country
      guard !domestic || mentions[k].actors[0].code != mentions[k].actors[1].code else {
        continue
      }
      var j = mentions[k].range.lowerBound - 1
      while j >= range.lowerBound, tokens[j].is(.determiners) { j -= 1 }
      if j >= range.lowerBound, tokens[j].is(.prepositions),
        tokens[j].hash != Words.between
      {
        continue
      }
      // Two sides of one country keep their roles (the army and a militia).
      context.lastPair = mentions[k].actors.map {
        CodedActor(text: $0.text, code: domestic ? $0.code : $0.country)
      }
    }
    ws.mentions = mentions
    ws.places = places
    return (mentions, places)
  }

  func resolve(
    _ pieces: [Piece], _ chunk: Range<Int>, _ r: Range<Int>, _ text: TextRef,
    _ bytes: UnsafeBufferPointer<UInt8>,
    _ tokens: [Token],
    _ sentence: Range<Int>, _ context: inout ArticleContext, _ mentionPlaces: inout [PlaceHit]
  ) -> Mention? {
    var country: Code?
    var countryForm: MentionEntry.Form?
    var org: Code?
    var occasion = false
    var role: Code?
    var side = false
    var office: UInt64?
    var person: CodedActor?
    var personIndex = 0
    var roleAfterPerson = false
    var capital: Int?
    var unknownName: Range<Int>?
    for n in chunk {
      // (Each piece read in place; `k` counts from the chunk's start.)
      let k = n - chunk.lowerBound
      let p = pieces[n]
      if let a = p.learned {
        person = a
        personIndex = k
        continue
      }
      if p.unknownName {
        unknownName = p.range
        personIndex = k
        continue
      }
      // Choose the most specific entry of the piece.
      let people = entries(p).compactMap { e -> Int? in
        if case .person(let i) = e { return Int(i) }
        return nil
      }
      if !people.isEmpty {
        let idx = choosePerson(people, context)
        let pp = lexicon.people[idx]
        if let term = pp.term(on: context.date) {
          let id = context.personID(lexicon: idx, lexicon)
          person = CodedActor(text: text, code: term.codeValue, person: id)
          personIndex = k
          // Once named in full, the surname alone refers to this person in the article.
          if p.range.count >= 2 {
            let known = CodedActor(text: .person(Int32(idx)), code: term.codeValue, person: id)
            context.learned[tokens[p.range.upperBound - 1].hash] = known
            // "Qin" for Qin Gang, "Moon" for Moon Jae-in: the family name comes first.
            if Words.familyNameFirstCodes.contains(term.codeValue.prefix(3)) {
              context.learned[tokens[p.range.lowerBound].hash] = known
            }
          }
          if p.range.count >= 2 || Self.wordCount(pp.name) == 1, !context.named.contains(idx) {
            context.named.append(idx)
          }
          continue
        }
      }
      var handled = false
      for e in entries(p) {
        switch e {
        case .actor(let code, let occ):
          org = code
          occasion = occ
          handled = true
        case .title(let rl, let off):
          role = rl
          office = off
          if person != nil { roleAfterPerson = true }
          handled = true
        case .role(let rl, let sd):
          if role == nil || !rl.isEmpty { role = rl }
          side = side || sd
          if person != nil { roleAfterPerson = true }
          handled = true
        default: break
        }
        if handled { break }
      }
      if handled { continue }
      for e in entries(p) {
        if case .country(let iso, let form) = e {
          if country == nil || form == .name {
            country = iso
            countryForm = (countryForm == nil || form == .name) ? form : countryForm
          }
          // "U.S." is both name and adjective: "the U.S." is the name.
          if entries(p).contains(.country(iso, .name)),
            entries(p).contains(.country(iso, .adjective))
          {
            // "from Myanmar instead", "Myanmar said": not before a noun, it is the name.
            let before = p.range.lowerBound - 1
            let after = p.range.upperBound
            let nounFollows =
              after < sentence.upperBound && tokens[after].kind == .word
              && !tokens[after].isCapitalized && !tokens[after].is(.adverbs)
              && !tokens[after].is(.prepositions)
              && !tokens[after].is(.coordinators)
              && !tokens[after].is(.auxiliaries)
              && !Verbs.looksLikeVerb(tokens[after], bytes)
              || (after < sentence.upperBound && tokens[after].isCapitalized)
            let isName =
              (before >= sentence.lowerBound && tokens[before].hash == Words.the) || !nounFollows
            countryForm = isName ? .name : .adjective
          }
          handled = true
          break
        }
      }
      if handled { continue }
      for e in entries(p) {
        if case .place(let idx) = e, lexicon.places[Int(idx)].kind == "capital" {
          capital = Int(idx)
        }
      }
    }
    let next = r.upperBound
    let followedByGathering =
      next < sentence.upperBound && tokens[next].is(.gatherings)
    // A known or learned person.
    if var a = person {
      if roleAfterPerson, chunk.count > personIndex + 1 {
        // "a Putin aide": the aide, affiliated like the person.
        a = CodedActor(
          text: text,
          code: a.country.isOrganisation
            ? a.code : a.country + (role?.isEmpty == false ? role! : "GOV"))
      } else {
        a.text = text
      }
      return Mention(range: r, actors: [a])
    }
    let base = org ?? country ?? capital.map { Code(lexicon.places[$0].iso3) }
    // An unknown name introduced with a title: learn it.
    if let nameRange = unknownName {
      // Without a country in the chunk, the sentence or the story gives it (see `find`).
      let b = base ?? "???"
      let name = String(
        decoding: bytes[
          Int(tokens[nameRange.lowerBound].start)..<Int(tokens[nameRange.upperBound - 1].end)],
        as: UTF8.self)
      let code = b.count > 3 ? b : b + (role ?? "GOV")
      let a = CodedActor(text: text, code: code, person: context.personID(name: name, lexicon))
      context.learned[tokens[nameRange.upperBound - 1].hash] = a
      if nameRange.count >= 2 {
        context.learned[
          TokenHash.combine(
            tokens[nameRange.lowerBound].hash, tokens[nameRange.lowerBound + 1].hash)] = a
        context.learned[tokens[nameRange.lowerBound].hash] = nil
      }
      var m = Mention(range: r, actors: [a])
      if base == nil {
        m.countryFromStory = true
        m.needsSentenceCountry = true
      }
      return m
    }
    // A title without a name: whoever held the office then. An office with one holder in the
    // world ("the pope") needs no country.
    if let off = office, base == nil, let d = context.date {
      // (Only the holders at the date are counted: "president" has many.)
      var holders: [Int] = []
      for k in lexicon.holdersByOffice[off] ?? []
      where lexicon.people[k].terms.contains(where: { $0.officeHash == off && $0.covers(d) }) {
        holders.append(k)
      }
      if holders.count == 1, Words.worldOfficeHashes.contains(off),
        let t = lexicon.people[holders[0]].terms.first(where: {
          $0.officeHash == off && $0.covers(d)
        })
      {
        return Mention(
          range: r,
          actors: [
            CodedActor(
              text: text, code: t.codeValue, person: context.personID(lexicon: holders[0], lexicon))
          ])
      }
    }
    // "The king, who blamed Israel …" after "King Abdullah II": a title with neither a name nor
    // a country, after "the", is the last person named with that title in the story.
    if office != nil, base == nil,
      tokens[r.lowerBound].hash == Words.the
        || (r.lowerBound > sentence.lowerBound && tokens[r.lowerBound - 1].hash == Words.the),
      let named = context.lastNamed(withWord: tokens[r.upperBound - 1].hash), named.person != nil
    {
      return Mention(
        range: r, actors: [CodedActor(text: text, code: named.code, person: named.person)])
    }
    if let off = office, let b = base, !Words.sharedOfficeHashes.contains(off) {
      if let holder = officeHolder(off, b, context.date) {
        return Mention(
          range: r,
          actors: [
            CodedActor(
              text: text, code: holder.code,
              person: context.personID(lexicon: holder.person, lexicon))
          ])
      }
      let code = b.count > 3 ? b : b + (role ?? "GOV")
      return Mention(range: r, actors: [CodedActor(text: text, code: code)])
    }
    // "Peru's Congress", "the Kenyan parliament": a generic institution of the named country.
    if let o = org, let c = country, !o.isOrganisation, !o.hasPrefix(c), o.count > 3 {
      return Mention(range: r, actors: [CodedActor(text: text, code: c + o.dropFirst(3))])
    }
    if let o = org {
      if occasion && followedByGathering {
        return Mention(range: r, actors: [CodedActor(text: text, code: o)], isOccasion: true)
      }
      var code = o
      if o.count == 3, let rl = role, !rl.isEmpty { code = o + rl }
      return Mention(range: r, actors: [CodedActor(text: text, code: code)])
    }
    if let c = country {
      if let rl = role {
        return Mention(
          range: r, actors: [CodedActor(text: text, code: side || rl.isEmpty ? c : c + rl)])
      }
      // "the Russia-led bloc": a country before "-led" describes something else.
      if next + 1 < sentence.upperBound, tokens[next].hash == Words.hyphen,
        tokens[next + 1].is(.hyphenModifiers)
      {
        return Mention(range: r, actors: [CodedActor(text: text, code: c)], isModifier: true)
      }
      switch countryForm {
      case .demonym: return Mention(range: r, actors: [CodedActor(text: text, code: c)])
      case .adjective:
        return Mention(range: r, actors: [CodedActor(text: text, code: c)], isModifier: true)
      default:
        return Mention(range: r, actors: [CodedActor(text: text, code: c)])
      }
    }
    if let capIndex = capital {
      let cap = lexicon.places[capIndex]
      let capCountry = Code(cap.iso3)
      // "the Doha-based broadcaster", "the London-listed producer": a capital before "-based"
      // says where something else is, not who its government is.
      if next + 1 < sentence.upperBound, tokens[next].hash == Words.hyphen,
        tokens[next + 1].is(.hyphenModifiers)
      {
        return Mention(
          range: r, actors: [CodedActor(text: text, code: capCountry)], isModifier: true)
      }
      // "urged Brussels to …" in a story about the EU: the EU's seat names the EU.
      let seat: Code =
        cap.name == "Brussels" && context.recentCountries.contains { $0.code == "IGOEU" }
        ? "IGOEU" : capCountry + "GOV"
      var m = Mention(range: r, actors: [CodedActor(text: text, code: seat)])
      m.placeIndex = Int32(mentionPlaces.count)
      mentionPlaces.append(
        PlaceHit(
          range: r, text: text, source: Int32(capIndex), country: capCountry,
          isLocative: isLocative(r, tokens, sentence)))
      // After a determiner and before another noun ("a Moscow jail") a city is a modifier.
      if r.lowerBound > sentence.lowerBound,
        tokens[r.lowerBound - 1].is(.nounDeterminers),
        next < sentence.upperBound, tokens[next].kind == .word, !tokens[next].isCapitalized,
        !tokens[next].is(.auxiliaries), !Verbs.looksLikeVerb(tokens[next], bytes),
        !tokens[next].is(.prepositions),
        !tokens[next].is(.conjunctions),
        !tokens[next].is(.coordinators),
        !tokens[next].is(.relativePronouns)
      {
        m.isModifier = true
      }
      return m
    }
    // "the alliance", "the bloc": the organisation named last.
    if role == "IGO", country == nil, org == nil {
      guard let o = context.recentCountries.last(where: { $0.country.isOrganisation }) else {
        return nil
      }
      return Mention(range: r, actors: [CodedActor(text: text, code: o.code)], isCoreference: true)
    }
    // "the country's membership" with no country named: the story's country.
    // ("the South American country": capitalized region words between.)
    // ("the West African country", "the small Baltic nation": up to three describing words;
    // which country they mean is settled once the sentence is read.)
    var before = r.lowerBound - 1
    while before > sentence.lowerBound, r.lowerBound - before <= 3,
      tokens[before].hash == Words.american || tokens[before].is(.continentParts)
        || (tokens[before].kind == .word && tokens[before].hash != Words.the
          && !tokens[before].is(.determiners) && !tokens[before].is(.prepositions)
          && !tokens[before].is(.conjunctions) && !tokens[before].is(.auxiliaries)
          && !Verbs.looksLikeVerb(tokens[before], bytes))
    { before -= 1 }
    if side, role?.isEmpty ?? true, country == nil, org == nil, office == nil,
      r.lowerBound > sentence.lowerBound,
      tokens[r.lowerBound - 1].hash == Words.the
        || (before < r.lowerBound - 1 && tokens[before].hash == Words.the),
      // not "a state visit": before another noun the word is an adjective.
      r.upperBound >= sentence.upperBound || tokens[r.upperBound].hash == Words.possessive
        || tokens[r.upperBound].kind == .punct
        || tokens[r.upperBound].is(.prepositions)
        || Verbs.looksLikeVerb(tokens[r.upperBound], bytes)
        || tokens[r.upperBound].is(.auxiliaries)
    {
      var m = Mention(
        range: r, actors: [CodedActor(text: text, code: context.home ?? "???")])
      m.countryFromStory = true
      return m
    }
    // "Western embassies", "foreign diplomats": not the story's country, and no other named.
    // ("the foreign ministry in Manila": an office, not someone foreign.)
    let foreign = (max(sentence.lowerBound, r.lowerBound - 1)..<r.upperBound).contains {
      Words.foreignAdjectives.contains(tokens[$0].hash)
        && !($0 + 1 < sentence.upperBound && Words.foreignOffices.contains(tokens[$0 + 1].hash)
          && $0 > sentence.lowerBound && tokens[$0 - 1].hash == Words.the)
    }
    if role != nil, country == nil, org == nil, office == nil, person == nil, foreign {
      return nil
    }
    // "Police arrested …" in a story about one country: a domestic role belongs to it.
    if let rl = role, !rl.isEmpty, !side, office == nil {
      // The country is settled once the whole sentence is read (see `find`).
      var m = Mention(
        range: r, actors: [CodedActor(text: text, code: (context.home ?? "???") + rl)])
      m.countryFromStory = true
      m.needsSentenceCountry = !Words.domesticRoleCodes.contains(rl)
      return m
    }
    return nil
  }

  func choosePerson(_ candidates: [Int], _ context: ArticleContext) -> Int {
    if candidates.count == 1 { return candidates[0] }
    if let named = candidates.first(where: { context.named.contains($0) }) { return named }
    if let d = context.date,
      let current = candidates.first(where: { lexicon.people[$0].terms.contains { $0.covers(d) } })
    {
      return current
    }
    return candidates[0]
  }

  func officeHolder(_ office: UInt64, _ base: Code, _ date: CivilDate?) -> (
    person: Int, code: Code
  )? {
    guard let date else { return nil }
    for k in lexicon.holdersByOffice[office] ?? [] {
      let p = lexicon.people[k]
      for t in p.terms where t.officeHash == office && t.covers(date) {
        let code = t.codeValue
        if code == base || (base.count == 3 && code.hasPrefix(base)) { return (k, code) }
      }
    }
    return nil
  }

  /// The country of the first place or country named after "in", "at" or "near" between `k`
  /// and the next comma.
  func firstLocative(
    after k: Int, _ mentions: [Mention], _ places: [PlaceHit], _ tokens: [Token],
    _ sentence: Range<Int>
  ) -> Code? {
    // A named place ("in Niamey") first, then a country named where it happens.
    var end = k
    while end < sentence.upperBound, tokens[end].hash != Words.comma { end += 1 }
    if let p = places.first(where: {
      $0.range.lowerBound >= k && $0.range.lowerBound < end && $0.isLocative
    }) {
      return p.country
    }
    var j = k
    while j < end {
      if let m = mentions.first(where: { $0.range.lowerBound == j }), !m.countryFromStory,
        !m.primary.country.isOrganisation, isLocative(m.range, tokens, sentence)
      {
        return m.primary.country
      }
      j += 1
    }
    return nil
  }

  /// Skips "the northern region of", "the town of" before a place name.
  func skipRegionWords(_ k: Int, _ tokens: [Token], _ sentence: Range<Int>) -> Int {
    var j = skipArticles(k, tokens, sentence)
    while j < sentence.upperBound, tokens[j].is(.compass) { j += 1 }
    if j + 1 < sentence.upperBound, Words.placeKinds.contains(tokens[j].hash),
      tokens[j + 1].hash == Words.of
    {
      j = skipArticles(j + 2, tokens, sentence)
    }
    return j
  }

  func skipArticles(_ k: Int, _ tokens: [Token], _ sentence: Range<Int>) -> Int {
    var j = k
    while j < sentence.upperBound, tokens[j].is(.articleWords) { j += 1 }
    return j
  }

  func isLocative(_ r: Range<Int>, _ tokens: [Token], _ sentence: Range<Int>) -> Bool {
    var j = r.lowerBound - 1
    while j >= sentence.lowerBound, tokens[j].is(.articleWords) { j -= 1 }
    return j >= sentence.lowerBound && tokens[j].is(.locative)
  }

  func placeMention(_ p: Piece, _ tokens: [Token], _ sentence: Range<Int>, _ text: TextRef)
    -> PlaceHit?
  {
    for e in entries(p) {
      switch e {
      case .place(let idx):
        return PlaceHit(
          range: p.range, text: text, source: idx, country: Code(lexicon.places[Int(idx)].iso3),
          isLocative: isLocative(p.range, tokens, sentence))
      case .country(let iso, .name):
        guard let c = shared.countryPosition(iso) else { continue }
        return PlaceHit(
          range: p.range, text: text, source: Int32(-1 - c), country: iso,
          isLocative: isLocative(p.range, tokens, sentence))
      default: continue
      }
    }
    return nil
  }

  /// The two countries a sentence named before token `i`, when it named exactly two.
  func sentencePair(_ named: [Mention], before i: Int, _ tokens: [Token]) -> [CodedActor]? {
    var countries: [Code] = []
    // (Named apart, "Egypt warned Israel", not together, "Russia and Iraq offered".)
    let earlier = named.filter {
      $0.range.upperBound <= i && !$0.isOccasion && !$0.isCoreference && !$0.countryFromStory
        && !$0.isModifier
    }
    for (n, m) in earlier.enumerated() {
      if m.actors.count > 1 { return nil }
      if n > 0, earlier[n - 1].range.upperBound < m.range.lowerBound,
        (earlier[n - 1].range.upperBound..<m.range.lowerBound).allSatisfy({
          tokens[$0].hash == Words.and || tokens[$0].hash == Words.comma
            || tokens[$0].hash == Words.the
        })
      {
        return nil
      }
      for a in m.actors where !countries.contains(a.country) { countries.append(a.country) }
    }
    guard countries.count == 2 else { return nil }
    return countries.map { CodedActor(text: .code($0), code: $0) }
  }

  /// The countries named right after "of" at `k` ("of Kazakhstan, Kyrgyzstan and
  /// Tajikistan"), when there are several and they are named, not described.
  func listedAfterOf(_ k: Int, _ tokens: [Token], _ range: Range<Int>, _ named: [Mention])
    -> [CodedActor]?
  {
    guard k + 1 < range.upperBound, tokens[k].hash == Words.of else { return nil }
    var j = tokens[k + 1].hash == Words.the ? k + 2 : k + 1
    var actors: [CodedActor] = []
    // ("A, B and C" is still three mentions here: lists are joined later.)
    while let m = named.first(where: { $0.range.lowerBound == j }), !m.isModifier,
      !m.countryFromStory, !m.isOccasion, m.actors.allSatisfy({ $0.person == nil })
    {
      actors += m.actors
      j = m.range.upperBound
      while j < range.upperBound, tokens[j].hash == Words.comma || tokens[j].hash == Words.and {
        j += 1
      }
    }
    return actors.count >= 2 ? actors : nil
  }

  func coreferences(
    _ tokens: [Token], _ range: Range<Int>, _ headline: Bool,
    _ context: ArticleContext, _ words: TextResolver, named: [Mention] = []
  ) -> [Mention] {
    var out: [Mention] = []
    var i = range.lowerBound
    while i < range.upperBound {
      var j = i
      var counted = false
      if tokens[j].hash == Words.the, j + 1 < range.upperBound { j += 1 }
      var number = 0
      if tokens[j].is(.two), j + 1 < range.upperBound {
        counted = true
        number = 2
        j += 1
      } else if let n = Words.groupCounts[tokens[j].hash], j + 1 < range.upperBound {
        counted = true
        number = n
        j += 1
      }
      // "the three military-led governments": a hyphenated modifier between.
      if counted, j + 3 < range.upperBound, tokens[j + 1].hash == Words.hyphen,
        tokens[j + 2].is(.hyphenModifiers)
      {
        j += 3
      }
      let noun = tokens[j]
      // "The presidents of Kazakhstan, Kyrgyzstan and Tajikistan": the governments listed.
      if j > i, noun.is(.personPlural), let owners = listedAfterOf(j + 1, tokens, range, named) {
        let text = Self.text(tokens, i..<(j + 1), headline: headline)
        var m = Mention(
          range: i..<(j + 1),
          actors: owners.map {
            CodedActor(
              text: text, code: $0.country.isOrganisation ? $0.country : $0.country + "GOV")
          })
        m.isCoreference = true
        out.append(m)
        i = j + 1
        continue
      }
      if noun.is(.plural),
        counted || (j > i && noun.is(.personPlural))
      {
        let people = noun.is(.personPlural)
        let group =
          context.lastGroup.flatMap { $0.count == number ? $0 : nil }
          ?? context.lastEventGroup.flatMap { $0.count == number ? $0 : nil }
        let pair =
          number > 2
          ? group
          : people
            // "Widodo has invited both leaders": not the person who does the inviting.
            ? (context.lastTwoPeople(
              leaders: true,
              excluding: named.filter { $0.range.upperBound <= i }.compactMap { $0.primary.person },
              words)
              ?? context.lastTwoPeople(leaders: true, words) ?? context.lastPair)
            // "Egypt warned Israel that … the treaty between the two countries": the two
            // countries this sentence named, when it named exactly two.
            : (sentencePair(named, before: i, tokens) ?? context.lastPair
              ?? context.lastTwoCountries())
        if let pair {
          let t = Self.text(tokens, i..<(j + 1), headline: headline)
          var m = Mention(
            range: i..<(j + 1),
            actors: pair.map {
              var a = $0
              a.text = t
              return a
            })
          m.isCoreference = true
          out.append(m)
          i = j + 1
          continue
        }
      }
      i += 1
    }
    return out
  }

  func compounds(
    _ mentions: inout [Mention], _ bytes: UnsafeBufferPointer<UInt8>, _ tokens: [Token],
    _ sentence: Range<Int>, _ headline: Bool
  ) {
    // (Joined in place: the mentions kept so far are `mentions[...w]`, each one kept is moved
    // there, not copied, and the rest are dropped at the end. Mentions are read through their
    // index: a copy of one retains its actors.)
    var w = -1
    func keep(_ mi: Int) {
      w += 1
      if w != mi { mentions.swapAt(w, mi) }
    }
    defer { mentions.removeSubrange((w + 1)...) }
    for mi in mentions.indices {
      let mRange = mentions[mi].range
      guard w >= 0 else {
        keep(mi)
        continue
      }
      let k = w
      let lastRange = mentions[k].range
      if mRange.lowerBound < lastRange.upperBound { continue }
      // "Indian and Chinese troops": two country words sharing one head noun.
      if mentions[k].isModifier, !mentions[mi].isModifier, mentions[mi].actors.count == 1,
        !mentions[mi].primary.role.isEmpty,
        mentions[mi].primary.person == nil, lastRange.upperBound + 1 == mRange.lowerBound,
        tokens[lastRange.upperBound].hash == Words.and, !mentions[k].primary.country.isOrganisation
      {
        let r = lastRange.lowerBound..<mRange.upperBound
        let t = Self.text(tokens, r, headline: headline)
        let first = CodedActor(
          text: t, code: mentions[k].primary.country + mentions[mi].primary.role)
        var second = mentions[mi].primary
        second.text = t
        var joined = Mention(range: r, actors: [first, second])
        // "Chinese, Tanzanian and Zambian officials": the country words before, each with a
        // comma, share the head noun too.
        while w >= 1, mentions[w - 1].isModifier, mentions[w - 1].actors.count == 1,
          !mentions[w - 1].primary.country.isOrganisation,
          mentions[w - 1].range.upperBound + 1 == joined.range.lowerBound,
          tokens[mentions[w - 1].range.upperBound].hash == Words.comma
        {
          let wider = mentions[w - 1].range.lowerBound..<joined.range.upperBound
          let text = Self.text(tokens, wider, headline: headline)
          let earlier = CodedActor(
            text: text, code: mentions[w - 1].primary.country + mentions[mi].primary.role)
          joined = Mention(
            range: wider,
            actors: [earlier]
              + joined.actors.map { CodedActor(text: text, code: $0.code, person: $0.person) })
          w -= 1
        }
        mentions[w] = joined
        continue
      }
      guard !mentions[k].isModifier, !mentions[mi].isModifier, !mentions[k].isOccasion,
        !mentions[mi].isOccasion
      else {
        keep(mi)
        continue
      }
      // tokens between: "and", ", and", "," (only inside a list that ends with "and")
      let between = lastRange.upperBound..<mRange.lowerBound
      var joined = false
      // The words between, as token indices g0..<g1 (no array: this runs for every pair).
      var g0 = between.lowerBound
      var g1 = between.upperBound
      while g0 < g1, tokens[g0].hash == Words.the { g0 += 1 }
      // "and the paramilitary Rapid Support Forces": an adjective of the second member.
      while g1 > g0, tokens[g1 - 1].is(.groupAdjectives) { g1 -= 1 }
      while g1 > g0,
        tokens[g1 - 1].hash == Words.the
          || tokens[g1 - 1].is(.possessiveDeterminers),
        g1 - g0 > 1
      {
        g1 -= 1
      }
      if g1 > g0, tokens[g1 - 1].hash == Words.the { g1 -= 1 }
      let innerComma = g1 - g0 == 1 && tokens[g0].hash == Words.comma
      let innerAnd = g1 - g0 == 1 && tokens[g0].hash == Words.and
      let innerCommaAnd =
        g1 - g0 == 2 && tokens[g0].hash == Words.comma && tokens[g0 + 1].hash == Words.and
      // Apposition: "his Indian counterpart, Subrahmanyam Jaishankar," is one person.
      // (Not a place and the person after it: "In Tokyo, Prime Minister Shinzo Abe said".)
      let placeAfterPreposition =
        mentions[k].placeIndex >= 0
        && (previousWord(lastRange.lowerBound, tokens, sentence).map {
          tokens[$0].is(.prepositions)
        } ?? false)
      if innerComma, !placeAfterPreposition, mentions[k].actors.count == 1,
        mentions[mi].actors.count == 1,
        mentions[k].primary.country == mentions[mi].primary.country,
        (mentions[k].primary.person == nil) != (mentions[mi].primary.person == nil),
        mRange.upperBound >= sentence.upperBound || tokens[mRange.upperBound].hash != Words.and
      {
        var merged = mentions[k].primary.person == nil ? mentions[mi].primary : mentions[k].primary
        merged.text = Self.text(
          tokens, lastRange.lowerBound..<mRange.upperBound, headline: headline)
        mentions[k].actors = [merged]
        mentions[k].range = lastRange.lowerBound..<mRange.upperBound
        continue
      }
      if innerAnd || innerCommaAnd || innerComma {
        // Not when the first ends a clause and the second starts one: "entering the U.S. and Russia responded".
        let before = previousWord(lastRange.lowerBound, tokens, sentence)
        let firstIsObject =
          before.map {
            (tokens[$0].is(.prepositions) && tokens[$0].hash != Words.between
              && tokens[$0].hash != Words.by && !tokens[$0].is(.subordinators))
              || Verbs.looksLikeVerb(tokens[$0], bytes)
          } ?? false
        let after = mRange.upperBound < sentence.upperBound ? mRange.upperBound : nil
        let secondStartsClause = after.map { Verbs.looksLikeVerb(tokens[$0], bytes) } ?? false
        // ", and Kyiv warned": after a comma, "and" and a verb start a new clause.
        let newClause = innerCommaAnd && mentions[k].actors.count == 1
        if !(firstIsObject && secondStartsClause), !(newClause && secondStartsClause) {
          if innerComma {
            // only as part of "A, B and C": look ahead
            let nextAnd =
              mRange.upperBound < sentence.upperBound
              && tokens[mRange.upperBound].hash == Words.and
            let nextComma =
              mRange.upperBound < sentence.upperBound
              && tokens[mRange.upperBound].hash == Words.comma
            joined = nextAnd || nextComma
          } else {
            joined = true
          }
        }
      }
      if joined {
        // "Kagame and Uganda's Yoweri Museveni": the person the country's name owns.
        var second = mentions[mi]
        if mi + 1 < mentions.count, mRange.upperBound + 1 < sentence.upperBound,
          tokens[mRange.upperBound].hash == Words.possessive,
          mentions[mi + 1].range.lowerBound == mRange.upperBound + 1,
          mentions[mi + 1].actors.count == 1, mentions[mi + 1].primary.person != nil,
          mentions[mi + 1].primary.country == second.primary.country
        {
          second = mentions[mi + 1]
        }
        for a in second.actors
        where !mentions[k].actors.contains(where: { $0.code == a.code && $0.person == a.person }) {
          mentions[k].actors.append(a)
        }
        mentions[k].range = lastRange.lowerBound..<second.range.upperBound
      } else {
        keep(mi)
      }
    }
  }

  /// The number of space-separated words of `name` (as `split(separator: " ").count`, without
  /// making the words).
  static func wordCount(_ name: String) -> Int {
    var words = 0
    var inWord = false
    for b in name.utf8 {
      if b == UInt8(ascii: " ") {
        inWord = false
      } else if !inWord {
        inWord = true
        words += 1
      }
    }
    return words
  }

  func previousWord(_ i: Int, _ tokens: [Token], _ sentence: Range<Int>) -> Int? {
    var j = i - 1
    while j >= sentence.lowerBound, tokens[j].is(.determiners) { j -= 1 }
    return j >= sentence.lowerBound ? j : nil
  }
}
