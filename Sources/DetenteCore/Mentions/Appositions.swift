/// Names the story introduces with an aside: "Al Jazeera, the Doha-based broadcaster, …",
/// "Lotte, the South Korean conglomerate, …".
extension ArticleContext {
  /// Learns, for the rest of the story, each unknown capitalized name of a sentence that an
  /// aside after it describes as a role of a country (or an organisation): the name then
  /// stands for that actor wherever it recurs ("Al Jazeera also criticised …"). Returns the
  /// names learned, as mentions of this sentence: the name is the subject of its own sentence
  /// too ("Diosdado Cabello, the head of Venezuela's National Assembly and …, accused …").
  ///
  /// A name of two words or more whose aside is a person's office or role ("Zabihullah
  /// Mujahid, the Taliban administration's chief spokesman,") is learned as a person too, so
  /// that "he" can mean him later.
  mutating func learnAppositions(
    _ mentions: [Mention], _ tokens: [Token], _ sentence: Range<Int>, headline: Bool,
    bytes: UnsafeBufferPointer<UInt8>
  ) -> [Mention] {
    var names: [Mention] = []
    for m in mentions where !m.isModifier && !m.isOccasion && !m.isCoreference {
      // ("Kurt Campbell, President Joe Biden's Indo-Pacific coordinator,": a role a person
      // holds under another is the other's country's, not the other.)
      let underPerson = m.primary.person != nil && holdsRoleUnder(m, tokens, sentence)
      guard m.actors.count == 1, m.primary.person == nil || underPerson,
        !m.primary.role.isEmpty || m.primary.country.isOrganisation,
        let comma = asideComma(before: m.range.lowerBound, mentions, tokens, sentence)
      else { continue }
      // The capitalized words before the comma, none of them a mention already.
      // ("On Thursday, Biden's adviser, …": no weekday, month or preposition opens a name.)
      var b = comma
      while b > sentence.lowerBound, tokens[b - 1].kind == .word, tokens[b - 1].isCapitalized,
        !mentions.contains(where: { $0.range.contains(b - 1) }), comma - b < 4,
        TimeWords.weekdays[tokens[b - 1].hash] == nil, TimeWords.months[tokens[b - 1].hash] == nil,
        !tokens[b - 1].is(.prepositions)
      {
        b -= 1
      }
      // ("received Brahim Ghali, the leader of …": a full name after a lower-case word.)
      guard b < comma,
        b == sentence.lowerBound || tokens[b - 1].kind == .punct
          || tokens[b - 1].hash == Words.and
          || (comma - b >= 2 && tokens[b - 1].kind == .word && !tokens[b - 1].isCapitalized)
      else { continue }
      let person = underPerson || Self.describesPerson(m.range, tokens)
      names.append(
        learn(
          b..<comma, as: m.primary.code, tokens, headline: headline, person: person,
          shortName: !m.countryFromStory && m.primary.role == .business, bytes))
    }
    // "Lebanon's prime minister, Saad al-Hariri, resigned": a name in an aside after the
    // description.
    for m in mentions where !m.isModifier && !m.isOccasion && !m.isCoreference {
      // (Also after an office the lexicon fills with another holder: the story names its own.)
      // (Not a capital standing for its government: "Russia's ambassador in Berlin, Sergei
      // Nechayev,".)
      guard m.actors.count == 1, !m.primary.role.isEmpty, m.placeIndex < 0 else { continue }
      let person = Self.describesPerson(m.range, tokens)
      if let name = nameAside(after: m.range.upperBound, mentions, tokens, sentence) {
        names.append(
          learn(name, as: m.primary.code, tokens, headline: headline, person: person, bytes))
      } else if person,
        let name = nameAside(
          after: postPlaceEnd(after: m, mentions, tokens, sentence), mentions, tokens, sentence)
      {
        // ("Peru's ambassador to Chile, Ana Quispe Torres,": past the post's place, a person's
        // name is known for the rest of the story; here the description stands for it, so
        // that the aside takes no verb after it: "…, Abdul Nasir Yousafi, to lodge a protest".
        // Not "residents in Kyiv, Serhiy Popko, …": no post.)
        _ = learn(name, as: m.primary.code, tokens, headline: headline, person: person, bytes)
      }
    }
    return names
  }

  /// Learns the name at `name` as an actor of `code`, by its last word and its first two (and
  /// a company's by its first, with `shortName`); returns the name as a mention.
  private mutating func learn(
    _ name: Range<Int>, as code: Code, _ tokens: [Token], headline: Bool, person: Bool,
    shortName: Bool = false, _ bytes: UnsafeBufferPointer<UInt8>
  ) -> Mention {
    let text = ActorRecognizer.text(tokens, name, headline: headline)
    var actor = CodedActor(text: text, code: code)
    if person, name.count >= 2 {
      let words = Int(tokens[name.lowerBound].start)..<Int(tokens[name.upperBound - 1].end)
      actor.person = personID(storyName: String(decoding: bytes[words], as: UTF8.self))
    }
    learned[tokens[name.upperBound - 1].hash] = actor
    if name.count >= 2 {
      learned[TokenHash.combine(tokens[name.lowerBound].hash, tokens[name.lowerBound + 1].hash)] =
        actor
      // ("Zorvath Industries, the Chilean mining company, …; Zorvath later …": a company is
      // called by its first word; only when the aside named its country.)
      if shortName, !person, Words.companySuffixes.contains(tokens[name.upperBound - 1].hash),
        !Words.commonNameWords.contains(tokens[name.lowerBound].hash)
      {
        learned[tokens[name.lowerBound].hash] = actor
      }
    }
    return Mention(range: name, actors: [actor])
  }

  /// Whether a description names a person's office or role ("the chief spokesman", "the
  /// leader of the Polisario Front"), not a body ("the Doha-based broadcaster").
  static func describesPerson(_ range: Range<Int>, _ tokens: [Token]) -> Bool {
    range.contains { Words.personHeads.contains(tokens[$0].hash) }
  }

  /// Whether the words after a person's possessive name a role held under them: "Biden's
  /// Indo-Pacific coordinator,", "Lourenco's spokesman," (up to four words or hyphens, the
  /// last a person's role, then a comma).
  private func holdsRoleUnder(_ m: Mention, _ tokens: [Token], _ sentence: Range<Int>) -> Bool {
    let e = m.range.upperBound
    guard e + 2 < sentence.upperBound, tokens[e].hash == Words.possessive else { return false }
    var j = e + 1
    while j < min(sentence.upperBound - 1, e + 5),
      tokens[j].kind == .word || tokens[j].hash == Words.hyphen
    {
      if Words.personHeads.contains(tokens[j].hash), tokens[j + 1].hash == Words.comma {
        return true
      }
      j += 1
    }
    return false
  }

  /// The token after a post's place: "ambassador to Chile", "envoy in Kabul" (a mention right
  /// after "to", "in" or "at"); the mention's own end when there is none.
  private func postPlaceEnd(
    after m: Mention, _ mentions: [Mention], _ tokens: [Token], _ sentence: Range<Int>
  ) -> Int {
    let e = m.range.upperBound
    guard e + 1 < sentence.upperBound,
      tokens[e].hash == Words.to || tokens[e].hash == Words.inWord || tokens[e].hash == Words.at
    else { return e }
    var start = e + 1
    while start < sentence.upperBound, tokens[start].is(.articleWords) { start += 1 }
    guard let place = mentions.first(where: { $0.range.lowerBound == start }) else { return e }
    return place.range.upperBound
  }

  /// The unknown name set off by commas right after token `k` (", Saad al-Hariri,"): one to
  /// four capitalized words, particles and hyphens between them, none of them a mention.
  private func nameAside(
    after k: Int, _ mentions: [Mention], _ tokens: [Token], _ sentence: Range<Int>
  ) -> Range<Int>? {
    guard k + 2 < sentence.upperBound, tokens[k].hash == Words.comma else { return nil }
    var e = k + 1
    var words = 0
    while e < sentence.upperBound, words < 4 {
      let t = tokens[e]
      if t.kind == .word, t.isCapitalized, !t.isAllCaps,
        !mentions.contains(where: { $0.range.contains(e) })
      {
        words += 1
      } else if !(t.hash == Words.hyphen || Words.nameParticles.contains(t.hash)) || words == 0 {
        break
      }
      e += 1
    }
    guard words >= 2, e < sentence.upperBound, tokens[e].hash == Words.comma,
      tokens[e - 1].kind == .word, tokens[e - 1].isCapitalized
    else { return nil }
    return (k + 1)..<e
  }

  /// The comma that opens the aside mention-start `k` stands in: only "the"/"a", hyphenated
  /// words and country words between ("the Doha-based broadcaster", "the South Korean …").
  private func asideComma(
    before k: Int, _ mentions: [Mention], _ tokens: [Token], _ sentence: Range<Int>
  ) -> Int? {
    var j = k - 1
    while j > sentence.lowerBound, k - j <= 6 {
      let t = tokens[j]
      // (An aside is a noun phrase: "the Doha-based broadcaster", not ", calling up 300,000
      // reservists".)
      if t.hash == Words.comma {
        let first = tokens[j + 1]
        let nounPhrase =
          j + 1 == k || first.is(.determiners)
          || mentions.contains { $0.isModifier && $0.range.contains(j + 1) }
          || (j + 2 < k && tokens[j + 2].hash == Words.of)  // ("speaker of Libya's …")
        return nounPhrase ? j : nil
      }
      // (", which punishes Russian officials": a clause, not an aside.)
      if Words.relativePronouns.contains(t.hash) { return nil }
      let inModifier = mentions.contains { $0.isModifier && $0.range.contains(j) }
      // ("Brahim Ghali, the leader of the Polisario Front,": a role "of" its body.)
      let roleOf =
        t.hash == Words.of && j > sentence.lowerBound && tokens[j - 1].kind == .word
        && !tokens[j - 1].isCapitalized
      guard
        inModifier || roleOf || t.is(.determiners) || t.hash == Words.hyphen
          || (t.kind == .word && !t.isCapitalized && !t.is(.prepositions)
            && !t.is(.auxiliaries))
      else { return nil }
      j -= 1
    }
    return nil
  }
}
