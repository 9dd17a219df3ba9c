/// Step 1 of finding actors: the pieces of a sentence, each the longest lexicon phrase at its
/// place, a name the story taught, or an unknown name after a title.
extension ActorRecognizer {
  /// Appends the pieces of the sentence `range` to `pieces` (emptied first).
  func findPieces(
    _ tokens: [Token], _ range: Range<Int>, headline: Bool, context: ArticleContext,
    words: TextResolver, into pieces: inout [Piece]
  ) {
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
      if t.is(.mentionStart), let match = shared.mentions.longest(tokens, at: i, end: end),
        let next = lexiconPiece(
          at: i, length: match.length, node: match.node, tokens, range, headline: headline,
          context: context, into: &pieces)
      {
        i = next
        continue
      }
      // "Mahmood Ali" after "Abul Hassan Mahmood Ali": the last two words of a name learned.
      if t.isCapitalized, context.learned[t.hash] == nil, i + 1 < end,
        tokens[i + 1].isCapitalized,
        let a = context.learned[TokenHash.combine(t.hash, tokens[i + 1].hash)]
      {
        pieces.append(Piece(range: i..<(i + 2), learned: a))
        i += 2
        continue
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
        let j = Self.unknownNameEnd(at: i, tokens, end: end)
        // ("Prime Minister May said": an auxiliary-looking name is not taken.)
        if j > i {
          pieces.append(Piece(range: i..<j, unknownName: true))
          i = j
          continue
        }
      }
      i += 1
    }
  }

  /// The capitalized word (after it, else before it) that makes a piece naming only people a
  /// short name of one of them ("Kim", "al-Jaafari") inside the name of someone else ("Kim
  /// Hong-kyun", "Bashar al-Jaafari"); nil when it is no such name.
  func shortNameOfAnother(
    _ piece: Piece, _ tokens: [Token], _ range: Range<Int>, afterTitle: Bool
  ) -> Int? {
    let i = piece.range.lowerBound
    let after = piece.range.upperBound
    // The capitalized word after it, else the one before it (not the sentence's first).
    var other: Int?
    if after < range.upperBound, tokens[after].kind == .word, tokens[after].isCapitalized,
      !tokens[after].isAllCaps, tokens[after].hasSpaceBefore,
      TimeRecognizer.weekdays[tokens[after].hash] == nil,
      TimeRecognizer.months[tokens[after].hash] == nil
    {
      other = after
    } else if !afterTitle, i > range.lowerBound + 1, tokens[i - 1].kind == .word,
      tokens[i - 1].isCapitalized, !tokens[i - 1].isAllCaps,
      // ("On Tuesday Sisi received …")
      TimeRecognizer.weekdays[tokens[i - 1].hash] == nil,
      TimeRecognizer.months[tokens[i - 1].hash] == nil
    {
      other = i - 1
    }
    guard let other else { return nil }
    var words = 1
    for k in piece.range.dropFirst() where tokens[k].hasSpaceBefore { words += 1 }
    var any = false
    for e in entries(piece) {
      guard case .person(let idx) = e else { return nil }
      let name = lexicon.people[Int(idx)].name
      // ("President Tayyip Erdogan": a word of the person's own name.)
      guard Self.wordCount(name) > words,
        !name.split(separator: " ").contains(where: {
          TokenHash.of(String($0)) == tokens[other].hash
        })
      else { return nil }
      any = true
    }
    return any ? other : nil
  }

  /// The piece of the longest lexicon phrase at `i` (`length` tokens, table node `node`),
  /// appended to `pieces` unless it is the story's learned name alone ("Morales") or a
  /// person's short name inside another's longer name ("Bashar al-Jaafari"); where the next
  /// piece may start, or nil when the phrase gives no piece.
  private func lexiconPiece(
    at i: Int, length: Int, node: Int, _ tokens: [Token], _ range: Range<Int>, headline: Bool,
    context: ArticleContext, into pieces: inout [Piece]
  ) -> Int? {
    let t = tokens[i]
    let r = i..<(i + length)
    var capsOK = true
    for k in r where !tokens[k].isAllCaps && tokens[k].kind == .word {
      capsOK = false
      break
    }
    // Lower-case words that are only roles or titles count; names must be capitalized.
    // "al-Qaeda", "de Villepin": a lower-case particle before a capitalized name.
    let nameOK =
      t.isCapitalized || t.kind == .number
      || (length > 1 && Words.nameParticles.contains(t.hash)
        && tokens[i + length - 1].isCapitalized)
    let piece = Piece(range: r, node: Int32(node), capsOK: capsOK, nameOK: nameOK)
    var usable = entries(piece)
    // A name the story introduced ("President Jimmy Morales") is that person when it
    // recurs alone ("Morales"), not a lexicon person of the same surname.
    let learnedFirst =
      length == 1 && context.learned[t.hash] != nil
      && entries(piece).allSatisfy {
        if case .person = $0 { return true }
        return false
      }
    if !learnedFirst, usable.next() != nil {
      // "Bashar al-Jaafari", "Kim Hong-kyun": a person's short name inside a longer name
      // is someone else, whose name goes on (or began with a name after a title).
      // (Not after a title: "President Tayyip Erdogan".)
      let afterTitle = pieces.last.map { !$0.unknownName && $0.range.upperBound == i } ?? false
      if !headline,
        let other = shortNameOfAnother(piece, tokens, range, afterTitle: afterTitle)
      {
        if let last = pieces.last, last.unknownName, last.range.upperBound == i {
          pieces[pieces.count - 1].range = last.range.lowerBound..<r.upperBound
          return r.upperBound
        }
        // ("received Aguila Saleh, speaker of …": a name of its own, which an aside may
        // explain.)
        if other < i, pieces.last.map({ $0.range.upperBound <= other }) ?? true {
          pieces.append(Piece(range: other..<r.upperBound, unknownName: true))
          return r.upperBound
        }
      } else {
        pieces.append(piece)
        return r.upperBound
      }
    }
    return nil
  }

  /// Where an unknown name after a title, starting at `i`, ends: up to three capitalized
  /// words, with hyphens inside a name ("Jean-Emmanuel Ouedraogo", "Tien Chung-kwang") and
  /// particles ("Alberto van Klaveren", "Mohammed bin Salman"); `i` when none is there.
  static func unknownNameEnd(at i: Int, _ tokens: [Token], end: Int) -> Int {
    var j = i
    var words = 0
    while j < end, words < 3 {
      // "Jean-Emmanuel Ouedraogo", "Tien Chung-kwang": a hyphen inside a name, after a
      // capital.
      if tokens[j].hash == Words.hyphen, j > i, j + 1 < end, tokens[j - 1].isCapitalized,
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
    return j
  }
}
