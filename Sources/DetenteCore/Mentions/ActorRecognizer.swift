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

  /// The entries of a piece that apply, read in place from the frozen mention table by their
  /// positions.
  struct Entries: Sequence, IteratorProtocol {
    // (Not counted: the recognizer that makes an `Entries` holds the lexicon for longer, and
    // a count here would be an atomic operation on memory every core shares, per piece.)
    unowned(unsafe) let shared: SharedLexicon
    var k: Int
    let end: Int
    let capsOK: Bool
    let nameOK: Bool

    mutating func next() -> MentionValue? {
      while k < end {
        let v = shared.mentions.values[k]
        let c = shared.mentions.requiresCaps[k]
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
      return Entries(shared: shared, k: 0, end: 0, capsOK: false, nameOK: false)
    }
    let r = shared.mentions.positions(of: Int(p.node))
    return Entries(
      shared: shared, k: r.lowerBound, end: r.upperBound, capsOK: p.capsOK, nameOK: p.nameOK)
  }

  /// Finds the actors and places of `tokens[range]` of `text`, updating `context`.
  public func find(
    _ text: String, _ tokens: [Token], _ range: Range<Int>, context: inout ArticleContext
  ) -> (actors: [ActorMention], places: [PlaceMention]) {
    var copy = text
    return copy.withUTF8 { find($0, tokens, range, context: &context) }
  }

  /// Finds the actors and places of `tokens[range]`, updating `context`.
  func find(
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
      let scratch = MentionScratch()
      let (mentions, places) = findCoded(
        bytes, tagged, range, context: &context, words: words, scratch: scratch)
      return (
        mentions.map { words.mention($0, context.names, places: scratch.mentionPlaces) },
        places.map { words.place($0) }
      )
    }
  }

  /// `find` in plain values: what the coder reads.
  /// `words` reads the words of the article's actors: `bytes` is its body, or its headline
  /// while `context.inHeadline`.
  func findCoded(
    _ bytes: UnsafeBufferPointer<UInt8>, _ tokens: [Token], _ range: Range<Int>,
    context: inout ArticleContext, words: TextResolver, scratch ws: MentionScratch
  ) -> (actors: [Mention], places: [PlaceHit]) {
    // (The scratch buffers are lent for the whole call, not taken out and put back: a
    // buffer put back into a class's field is retained, and what it replaces released.)
    findCoded(
      bytes, tokens, range, context: &context, words: words, scratch: ws,
      pieces: &ws.pieces, chunks: &ws.chunks, named: &ws.named, located: &ws.located)
  }

  private func findCoded(
    _ bytes: UnsafeBufferPointer<UInt8>, _ tokens: [Token], _ range: Range<Int>,
    context: inout ArticleContext, words: TextResolver, scratch ws: MentionScratch,
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
    chunk(pieces, bytes, tokens, range, into: &chunks)
    // (The mentions and places go back to the scratch, and to the caller: the next sentence
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
    capitalsByDescription(mentions, tokens, range, headline: headline, into: &places)
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
    let firstNamed = sentenceCountries(
      mentions, places, tokens, range, named: &namedCountries, located: &locatedCountries)
    let named = namedCountries
    let located = locatedCountries
    joinStoryRoles(&mentions, places, tokens, range)
    resolveRegionAdjectives(&mentions, tokens, range, context)
    joinOrganisationBodies(&mentions, tokens)
    // "In Beijing, the foreign ministry urged Manila …": a sentence that opens with a place
    // says whose its roles are.
    let opener: (country: Code, end: Int)? = {
      guard range.count > 3, tokens[range.lowerBound].hash == Words.inWord,
        let p = places.first(where: { $0.range.lowerBound == range.lowerBound + 1 }),
        p.range.upperBound < range.upperBound, tokens[p.range.upperBound].hash == Words.comma
      else { return nil }
      return (p.country, p.range.upperBound)
    }()
    // (The scene is made only when a mention needs it.)
    if mentions.contains(where: \.countryFromStory) {
      resolveStoryRoles(
        &mentions,
        RoleScene(
          bytes: bytes, tokens: tokens, range: range, places: places, named: named,
          located: located, firstNamed: firstNamed, opener: opener), &context)
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

  /// The countries the sentence names (`named`) and those named where something happens
  /// (`located`: "the junta in Niger"), and the country of its first actor or place: what a role
  /// taken from the story's country yields to ("protesters stormed the government
  /// headquarters in Yerevan"). Empty, and nil, when no mention takes the story's country.
  private func sentenceCountries(
    _ mentions: [Mention], _ places: [PlaceHit], _ tokens: [Token], _ range: Range<Int>,
    named namedCountries: inout [Code], located locatedCountries: inout [Code]
  ) -> Code? {
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
    return !rolesNeedCountry
      ? nil
      : mentions.first {
        !$0.countryFromStory && !$0.isOccasion && !$0.primary.country.isOrganisation
      }?
      .primary.country ?? places.first?.country
  }

  /// Joins a role to the actors named just before it: "U.S. and British warplanes and
  /// warships" (a role after "and"), "the Arakan Army rebels" (an unknown name before a
  /// group's role word).
  private func joinStoryRoles(
    _ mentions: inout [Mention], _ places: [PlaceHit], _ tokens: [Token], _ range: Range<Int>
  ) {
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
  }

  /// Groups adjacent pieces into chunks (ranges of `pieces`), each a mention to resolve:
  /// pieces next to each other, or joined across "'s" before a title or role ("Iran's top
  /// security official"), a plain adjective ("German colonial troops"), "of" ("the foreign
  /// minister of Iran") or words that qualify a title ("South Korean First Vice Foreign
  /// Minister").
  private func chunk(
    _ pieces: [Piece], _ bytes: UnsafeBufferPointer<UInt8>, _ tokens: [Token],
    _ range: Range<Int>, into chunks: inout [Range<Int>]
  ) {
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
