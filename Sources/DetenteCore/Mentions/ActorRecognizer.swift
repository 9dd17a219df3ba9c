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
    findPieces(tokens, range, headline: headline, context: context, words: words, into: &pieces)
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
        let viaOf =
          last.count == 1
          && isTitleOfCountry(pieces, last.lowerBound, n, tokens, range)
        // "South Korean First Vice Foreign Minister": words that qualify a title between a
        // country word and the title.
        let viaTitleModifiers =
          pRange.lowerBound > g && pRange.lowerBound - g <= 2
          && (g..<pRange.lowerBound).allSatisfy { tokens[$0].is(.titleModifiers) }
          && entries(pieces[last.upperBound - 1]).contains(where: {
            if case .country(_, .adjective) = $0 { return true }
            return false
          })
          && entries(pieces[n]).contains(where: {
            if case .title = $0 { return true }
            return false
          })
        if adjacent || viaPossessive || viaAdjective || viaOf || viaTitleModifiers {
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
    resolveRegionAdjectives(&mentions, tokens, range, context)
    // A person introduced with a title but no country is learned with the country chosen.
    func relearn(_ old: CodedActor, as new: CodedActor?) {
      guard let person = old.person else { return }
      for (key, value) in context.learned where value.person == person && value.code == old.code {
        context.learned[key] = new
      }
      let words = context.names[Int(person)].split(separator: " ")
      if let new, words.count >= 2 {
        context.learnFirstWord(
          TokenHash.of(words[0].lowercased()), as: new, country: new.country, forgetting: false)
      }
    }
    // "In Beijing, the foreign ministry urged Manila …": a sentence that opens with a place
    // says whose its roles are.
    let opener: (country: Code, end: Int)? = {
      guard range.count > 3, tokens[range.lowerBound].hash == Words.inWord,
        let p = places.first(where: { $0.range.lowerBound == range.lowerBound + 1 }),
        p.range.upperBound < range.upperBound, tokens[p.range.upperBound].hash == Words.comma
      else { return nil }
      return (p.country, p.range.upperBound)
    }()
    for k in mentions.indices.reversed() where mentions[k].countryFromStory {
      let a = mentions[k].actors[0]
      if let o = opener, mentions[k].range.lowerBound > o.end, !o.country.isOrganisation {
        let resolved = CodedActor(text: a.text, code: o.country + a.role, person: a.person)
        mentions[k].actors = [resolved]
        relearn(a, as: resolved)
        continue
      }
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
          })?.primary
          // ("In a statement on Tuesday, its foreign ministry …": with no actor before it in
          // the sentence, the subject of the sentence before.)
          ?? (mentions.contains { $0.range.upperBound <= b } ? nil : context.recentSubjects.last),
        !owner.country.isOrganisation
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
      if a.person == nil, let kind = describedKind(mentions[k], tokens, range),
        let c = lastNamedCountry(before: k, mentions, context, where: { kind.contains($0) })
      {
        mentions[k].actors = [CodedActor(text: a.text, code: c + a.role)]
        continue
      }
      if a.person == nil, let region = describedRegion(mentions[k], tokens, range),
        let c = lastNamedCountry(
          before: k, mentions, context,
          where: { c in
            !c.isOrganisation && lexicon.countries[c.string].map { region.contains($0) } == true
          })
      {
        mentions[k].actors = [CodedActor(text: a.text, code: c + a.role)]
        continue
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
    civiliansOfArmedGroups(&mentions, places, tokens, range)
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
    listMembersShareCountries(&mentions, tokens, range)
    noteForStory(mentions, places, tokens, range, &context)
    markMemberLists(&mentions, bytes, tokens, range)
    ws.mentions = mentions
    ws.places = places
    return (mentions, places)
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
