/// Resolving a phrase of the lexicon to actors: people by their office and the date, the
/// person meant among several of one name.
extension ActorRecognizer {
  /// What a chunk's pieces say, piece by piece: a person (known, learned, or an unknown name
  /// after a title), an organisation, a title and its office, a role, a country and the form
  /// it is named in, a capital.
  struct ChunkReading {
    var country: Code?
    var countryForm: MentionEntry.Form?
    var org: Code?
    var occasion = false
    var role: Role?
    var side = false
    var office: UInt64?
    var person: CodedActor?
    /// The piece (counted from the chunk's start) that names the person.
    var personIndex = 0
    /// A title or role after the person: "a Putin aide".
    var roleAfterPerson = false
    var capital: Int?
    var unknownName: Range<Int>?
  }

  /// The actors a chunk of pieces names, or nil: a person, an unknown name learned with its
  /// title, an office's holder, an organisation or country, a capital's government, or what a
  /// description ("the alliance", "the country", "police") refers to.
  func resolve(
    _ pieces: [Piece], _ chunk: Range<Int>, _ r: Range<Int>, _ text: TextRef,
    _ bytes: UnsafeBufferPointer<UInt8>,
    _ tokens: [Token],
    _ sentence: Range<Int>, _ context: inout ArticleContext, _ mentionPlaces: inout [PlaceHit]
  ) -> Mention? {
    let cr = readChunk(pieces, chunk, text, bytes, tokens, sentence, &context)
    if let m = backerMention(cr, r, text, tokens, sentence) { return m }
    if let m = personMention(cr, chunk, r, text) { return m }
    var base = cr.org ?? cr.country ?? cr.capital.map { Code(lexicon.places[$0].iso3) }
    // "Secretary-General Jose Miguel Insulza" in a story about the OAS: an organisation's
    // office, held in the organisation the story named last (for a name the title introduces;
    // "secretary-general of the GCC" names its own).
    if base == nil, cr.office == Words.secretaryGeneral, cr.unknownName != nil,
      let org = context.recentCountries.last(where: { $0.country.isOrganisation })
    {
      base = org.code
    }
    if let nameRange = cr.unknownName {
      return learnUnknownName(cr, nameRange, base, r, text, bytes, tokens, &context)
    }
    if let m = officeMention(cr, base, r, text, tokens, sentence, &context) { return m }
    if let m = namedMention(cr, r, text, tokens, sentence) { return m }
    if let capIndex = cr.capital {
      return capitalMention(capIndex, r, text, bytes, tokens, sentence, context, &mentionPlaces)
    }
    return describedMention(cr, r, text, bytes, tokens, sentence, context)
  }

  /// Reads the chunk's pieces; a person named in full is noted in the context (with the words
  /// that will refer to them later in the article).
  private func readChunk(
    _ pieces: [Piece], _ chunk: Range<Int>, _ text: TextRef, _ bytes: UnsafeBufferPointer<UInt8>,
    _ tokens: [Token], _ sentence: Range<Int>, _ context: inout ArticleContext
  ) -> ChunkReading {
    var cr = ChunkReading()
    for n in chunk {
      // (Each piece read in place; `k` counts from the chunk's start.)
      let k = n - chunk.lowerBound
      let p = pieces[n]
      if let a = p.learned {
        cr.person = a
        cr.personIndex = k
        continue
      }
      if p.unknownName {
        cr.unknownName = p.range
        cr.personIndex = k
        continue
      }
      // Choose the most specific entry of the piece.
      let people = entries(p).compactMap { e -> Int? in
        if case .person(let i) = e { return Int(i) }
        return nil
      }
      if !people.isEmpty, let known = knownPerson(people, p, text, tokens, &context) {
        let a = titledPerson(known, cr, pieces[chunk.lowerBound], tokens, sentence, &context)
        cr.person = a
        cr.personIndex = k
        continue
      }
      var handled = false
      for e in entries(p) {
        switch e {
        case .actor(let code, let occ):
          cr.org = code
          cr.occasion = occ
          handled = true
        case .title(let rl, let off):
          cr.role = rl
          cr.office = off
          if cr.person != nil { cr.roleAfterPerson = true }
          handled = true
        case .role(let rl, let sd):
          if cr.role == nil || !rl.isEmpty { cr.role = rl }
          cr.side = cr.side || sd
          if cr.person != nil { cr.roleAfterPerson = true }
          handled = true
        default: break
        }
        if handled { break }
      }
      if handled { continue }
      for e in entries(p) {
        if case .country(let iso, let form) = e {
          if cr.country == nil || form == .name {
            cr.country = iso
            cr.countryForm = (cr.countryForm == nil || form == .name) ? form : cr.countryForm
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
            cr.countryForm = isName ? .name : .adjective
          }
          handled = true
          break
        }
      }
      if handled { continue }
      for e in entries(p) {
        if case .place(let idx) = e, lexicon.places[Int(idx)].kind == "capital" {
          cr.capital = Int(idx)
        }
      }
    }
    return cr
  }

  /// "opposition leader Raila Odinga" weeks before he became prime minister: the title the
  /// story gives is the role at the time (not after "former"), and the person is learned so.
  private func titledPerson(
    _ a: CodedActor, _ cr: ChunkReading, _ first: Piece, _ tokens: [Token], _ sentence: Range<Int>,
    _ context: inout ArticleContext
  ) -> CodedActor {
    let start = first.range.lowerBound
    let former = start > sentence.lowerBound && Words.formerWords.contains(tokens[start - 1].hash)
    guard let rl = cr.role, rl == .opposition || rl == .rebels, !a.country.isOrganisation,
      a.role != rl, !former
    else { return a }
    let titled = CodedActor(text: a.text, code: a.country + rl, person: a.person)
    relearn(a, as: titled, &context)
    return titled
  }

  /// The person of the lexicon a piece names who held office on the article's date (the one
  /// meant among several of one name), noted in the context: named in full, the surname alone
  /// (or "Qin" for Qin Gang: the family name first) refers to them later in the article.
  private func knownPerson(
    _ people: [Int], _ p: Piece, _ text: TextRef, _ tokens: [Token],
    _ context: inout ArticleContext
  ) -> CodedActor? {
    let idx = choosePerson(people, context)
    let pp = lexicon.people[idx]
    guard let term = pp.term(on: context.date) else { return nil }
    let id = context.personID(lexicon: idx, lexicon)
    if p.range.count >= 2 {
      let known = CodedActor(text: .person(Int32(idx)), code: term.codeValue, person: id)
      context.learned[tokens[p.range.upperBound - 1].hash] = known
      context.learnLastTwoWords(p.range, tokens, as: known)
      if Words.familyNameFirstCodes.contains(term.codeValue.prefix(3)) {
        context.learned[tokens[p.range.lowerBound].hash] = known
      }
    }
    if p.range.count >= 2 || Self.wordCount(pp.name) == 1, !context.named.contains(idx) {
      context.named.append(idx)
    }
    return CodedActor(text: text, code: term.codeValue, person: id)
  }

  /// "pro-Kremlin activists", "pro-Moscow rebels": a group that backs a government is not that
  /// government; it is the government's country in the group's role, or a modifier.
  private func backerMention(
    _ cr: ChunkReading, _ r: Range<Int>, _ text: TextRef, _ tokens: [Token], _ sentence: Range<Int>
  ) -> Mention? {
    // (A seat of government or a capital only, not a named group: "the pro-Damascus
    // Hezbollah" keeps its own code; "the pro-Washington government" is left as it was.)
    guard cr.person == nil, r.lowerBound >= sentence.lowerBound + 2,
      tokens[r.lowerBound - 1].hash == Words.hyphen, tokens[r.lowerBound - 2].hash == Words.pro,
      cr.role != .government, !(cr.org != nil && cr.capital != nil),
      let c = cr.org.flatMap({ $0.isOrganisation || $0.role != .government ? nil : $0.country })
        ?? cr.capital.map({ Code(lexicon.places[$0].iso3) })
    else { return nil }
    if let rl = cr.role, !rl.isEmpty {
      return Mention(range: r, actors: [CodedActor(text: text, code: c + rl)])
    }
    return Mention(range: r, actors: [CodedActor(text: text, code: c)], isModifier: true)
  }

  /// A known or learned person ("a Putin aide": the aide, affiliated like the person).
  private func personMention(
    _ cr: ChunkReading, _ chunk: Range<Int>, _ r: Range<Int>, _ text: TextRef
  ) -> Mention? {
    if var a = cr.person {
      if cr.roleAfterPerson, chunk.count > cr.personIndex + 1 {
        // "a Putin aide": the aide, affiliated like the person.
        a = CodedActor(
          text: text,
          code: a.country.isOrganisation
            ? a.code : a.country + (cr.role?.isEmpty == false ? cr.role! : .government))
      } else {
        a.text = text
      }
      return Mention(range: r, actors: [a])
    }
    return nil
  }

  /// An unknown name introduced with a title: learned, with the chunk's country or, without
  /// one, the sentence's or the story's (see `find`).
  private func learnUnknownName(
    _ cr: ChunkReading, _ nameRange: Range<Int>, _ base: Code?, _ r: Range<Int>, _ text: TextRef,
    _ bytes: UnsafeBufferPointer<UInt8>, _ tokens: [Token], _ context: inout ArticleContext
  ) -> Mention {
    // Without a country in the chunk, the sentence or the story gives it (see `find`).
    let b = base ?? "???"
    let name = String(
      decoding: bytes[
        Int(tokens[nameRange.lowerBound].start)..<Int(tokens[nameRange.upperBound - 1].end)],
      as: UTF8.self)
    let code = b.count > 3 ? b : b + (cr.role ?? .government)
    let a = CodedActor(text: text, code: code, person: context.personID(name: name, lexicon))
    context.learned[tokens[nameRange.upperBound - 1].hash] = a
    context.learnLastTwoWords(nameRange, tokens, as: a)
    if nameRange.count >= 2 {
      context.learned[
        TokenHash.combine(
          tokens[nameRange.lowerBound].hash, tokens[nameRange.lowerBound + 1].hash)] = a
      context.learnFirstWord(
        tokens[nameRange.lowerBound].hash, as: a,
        country: base ?? context.datelineCountry ?? context.home)
    }
    var m = Mention(range: r, actors: [a])
    if base == nil {
      m.countryFromStory = true
      m.needsSentenceCountry = true
    }
    return m
  }

  /// A title: the holder of the office then (an office with one holder in the world, "the
  /// pope", needs no country), the last person named with the title ("the king"), or the
  /// office of the named country.
  private func officeMention(
    _ cr: ChunkReading, _ base: Code?, _ r: Range<Int>, _ text: TextRef, _ tokens: [Token],
    _ sentence: Range<Int>, _ context: inout ArticleContext
  ) -> Mention? {
    // A title without a name: whoever held the office then. An office with one holder in the
    // world ("the pope") needs no country.
    if let off = cr.office, base == nil, let d = context.date {
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
    if cr.office != nil, base == nil,
      tokens[r.lowerBound].hash == Words.the
        || (r.lowerBound > sentence.lowerBound && tokens[r.lowerBound - 1].hash == Words.the),
      let named = context.lastNamed(withWord: tokens[r.upperBound - 1].hash), named.person != nil
    {
      return Mention(
        range: r, actors: [CodedActor(text: text, code: named.code, person: named.person)])
    }
    if let off = cr.office, let b = base, !Words.sharedOfficeHashes.contains(off) {
      if let holder = officeHolder(off, b, context.date) {
        return Mention(
          range: r,
          actors: [
            CodedActor(
              text: text, code: holder.code,
              person: context.personID(lexicon: holder.person, lexicon))
          ])
      }
      let code = b.count > 3 ? b : b + (cr.role ?? .government)
      return Mention(range: r, actors: [CodedActor(text: text, code: code)])
    }
    return nil
  }

  /// An organisation or a country named: "Peru's Congress" (a generic institution of the
  /// named country), an occasion before a gathering word, a country as a noun or a modifier.
  private func namedMention(
    _ cr: ChunkReading, _ r: Range<Int>, _ text: TextRef, _ tokens: [Token], _ sentence: Range<Int>
  ) -> Mention? {
    let next = r.upperBound
    let followedByGathering = next < sentence.upperBound && tokens[next].is(.gatherings)
    // "Peru's Congress", "the Kenyan parliament": a generic institution of the named country.
    if let o = cr.org, let c = cr.country, !o.isOrganisation, !o.hasPrefix(c), o.count > 3 {
      return Mention(range: r, actors: [CodedActor(text: text, code: c + o.dropFirst(3))])
    }
    if let o = cr.org {
      if cr.occasion && followedByGathering {
        return Mention(range: r, actors: [CodedActor(text: text, code: o)], isOccasion: true)
      }
      var code = o
      if o.count == 3, let rl = cr.role, !rl.isEmpty { code = o + rl }
      return Mention(range: r, actors: [CodedActor(text: text, code: code)])
    }
    if let c = cr.country {
      if let rl = cr.role {
        return Mention(
          range: r, actors: [CodedActor(text: text, code: cr.side || rl.isEmpty ? c : c + rl)])
      }
      // "the Russia-led bloc": a country before "-led" describes something else.
      if next + 1 < sentence.upperBound, tokens[next].hash == Words.hyphen,
        tokens[next + 1].is(.hyphenModifiers)
      {
        return Mention(range: r, actors: [CodedActor(text: text, code: c)], isModifier: true)
      }
      switch cr.countryForm {
      case .demonym: return Mention(range: r, actors: [CodedActor(text: text, code: c)])
      case .adjective:
        return Mention(range: r, actors: [CodedActor(text: text, code: c)], isModifier: true)
      default:
        return Mention(range: r, actors: [CodedActor(text: text, code: c)])
      }
    }
    return nil
  }

  /// A capital: its country's government (the EU's for Brussels in a story about the EU), a
  /// place, and a modifier before "-based" or another noun.
  private func capitalMention(
    _ capIndex: Int, _ r: Range<Int>, _ text: TextRef, _ bytes: UnsafeBufferPointer<UInt8>,
    _ tokens: [Token], _ sentence: Range<Int>, _ context: ArticleContext,
    _ mentionPlaces: inout [PlaceHit]
  ) -> Mention {
    let next = r.upperBound
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
      ? "IGOEU" : capCountry + .government
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

  /// A description without a name: "the alliance" (the organisation named last), "the
  /// country" (the story's), "police" (a domestic role, settled once the sentence is read);
  /// nil for "foreign diplomats".
  private func describedMention(
    _ cr: ChunkReading, _ r: Range<Int>, _ text: TextRef, _ bytes: UnsafeBufferPointer<UInt8>,
    _ tokens: [Token], _ sentence: Range<Int>, _ context: ArticleContext
  ) -> Mention? {
    // "the alliance", "the bloc": the organisation named last.
    if cr.role == .intergovernmental, cr.country == nil, cr.org == nil {
      // ("the court": only a court.)
      let court = Words.courtNouns.contains(tokens[r.upperBound - 1].hash)
      guard
        let o = context.recentCountries.last(where: {
          $0.country.isOrganisation && (!court || Self.isCourt($0.code))
        })
      else { return nil }
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
    if cr.side, cr.role?.isEmpty ?? true, cr.country == nil, cr.org == nil, cr.office == nil,
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
    // ("the foreign ministry in Manila", "its foreign ministry": an office, not someone
    // foreign.)
    let foreign = (max(sentence.lowerBound, r.lowerBound - 1)..<r.upperBound).contains {
      Words.foreignAdjectives.contains(tokens[$0].hash)
        && !($0 + 1 < sentence.upperBound && Words.foreignOffices.contains(tokens[$0 + 1].hash)
          && $0 > sentence.lowerBound
          && (tokens[$0 - 1].hash == Words.the || tokens[$0 - 1].is(.possessiveDeterminers)))
    }
    if cr.role != nil, cr.country == nil, cr.org == nil, cr.office == nil, cr.person == nil, foreign
    {
      return nil
    }
    // "Police arrested …" in a story about one country: a domestic role belongs to it.
    if let rl = cr.role, !rl.isEmpty, !cr.side, cr.office == nil {
      // The country is settled once the whole sentence is read (see `find`).
      var m = Mention(
        range: r, actors: [CodedActor(text: text, code: (context.home ?? "???") + rl)])
      m.countryFromStory = true
      m.needsSentenceCountry = !Words.domesticRoles.contains(rl)
      return m
    }
    return nil
  }

  /// Whether an organisation's code is a court's: "IGOUNOJUD" (the International Court of
  /// Justice), the International Criminal Court.
  static func isCourt(_ code: Code) -> Bool {
    let s = code.string
    return s.hasSuffix("JUD") || s.hasPrefix("IGOICC") || s.hasPrefix("IGOICJ")
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
}
