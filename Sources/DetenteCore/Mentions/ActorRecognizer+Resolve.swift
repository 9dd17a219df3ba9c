/// Resolving a phrase of the lexicon to actors: people by their office and the date, the
/// person meant among several of one name.
extension ActorRecognizer {
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
            context.learnLastTwoWords(p.range, tokens, as: known)
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
    // ("the foreign ministry in Manila", "its foreign ministry": an office, not someone
    // foreign.)
    let foreign = (max(sentence.lowerBound, r.lowerBound - 1)..<r.upperBound).contains {
      Words.foreignAdjectives.contains(tokens[$0].hash)
        && !($0 + 1 < sentence.upperBound && Words.foreignOffices.contains(tokens[$0 + 1].hash)
          && $0 > sentence.lowerBound
          && (tokens[$0 - 1].hash == Words.the || tokens[$0 - 1].is(.possessiveDeterminers)))
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
