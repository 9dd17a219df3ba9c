/// Descriptions that refer back: "the ministry", "the delegation", "the minister" mean the last
/// actor named with that word in an earlier sentence ("Rwanda's foreign ministry", "the Houthi
/// delegation", "Foreign Minister Ayman Safadi"), not whatever the story is mostly about.
extension ActorRecognizer {
  /// Remembers the words of this sentence's actors that are named with their own country, for
  /// the descriptions of later sentences.
  func rememberWords(_ mentions: [Mention], _ tokens: [Token], _ context: inout ArticleContext) {
    for m in mentions
    where !m.countryFromStory && !m.isModifier && !m.isOccasion && !m.isCoreference
      && m.actors.count == 1 && !m.primary.country.isEmpty
    {
      for j in m.range where tokens[j].kind == .word {
        context.rememberWord(tokens[j].hash, of: m.primary)
      }
    }
  }

  /// The actor a definite description names ("the ministry": the last actor named with the
  /// word "ministry"), or `nil` when the mention is no definite description or no earlier
  /// actor was named with its last word.
  func describedActor(
    _ m: Mention, _ tokens: [Token], _ range: Range<Int>, _ context: ArticleContext
  ) -> CodedActor? {
    let first = m.range.lowerBound
    let definite =
      tokens[first].hash == Words.the
      || (first > range.lowerBound && tokens[first - 1].hash == Words.the)
    guard definite, m.actors.count == 1, m.range.count <= 3 else { return nil }
    return context.lastNamed(withWord: tokens[m.range.upperBound - 1].hash)
  }

  /// The region a described country lies in: "the West African country", "the small Baltic
  /// nation", "the Gulf state" (a word for a country after region words, after "the"), or `nil`.
  func describedRegion(_ m: Mention, _ tokens: [Token], _ range: Range<Int>) -> Region? {
    let head = m.range.upperBound - 1
    guard Words.countryNouns.contains(tokens[head].hash) else { return nil }
    var j = head - 1
    var words: [UInt64] = []
    while j >= range.lowerBound, tokens[j].kind == .word, tokens[j].hash != Words.the,
      words.count < 3
    {
      words.insert(tokens[j].hash, at: 0)
      j -= 1
    }
    guard j >= range.lowerBound, tokens[j].hash == Words.the else { return nil }
    // Two words first ("West African", "South American"), then one ("Baltic", "Gulf").
    for n in [2, 1] where words.count >= n {
      for start in 0...(words.count - n) {
        let key = n == 2 ? TokenHash.combine(words[start], words[start + 1]) : words[start]
        if let r = Region.byWords[key] { return r }
      }
    }
    return nil
  }
}

/// A region a country can be described by ("the West African country"): a box of latitudes and
/// longitudes around its countries' representative points (countries.lex).
struct Region: Sendable {
  var lat: ClosedRange<Double>
  var lon: ClosedRange<Double>

  func contains(_ c: Country) -> Bool { lat.contains(c.lat) && lon.contains(c.lon) }

  /// Regions by the hash of their word, or of their two words combined.
  static let byWords: [UInt64: Region] = {
    var m: [UInt64: Region] = [:]
    func add(_ phrase: String, _ lat: ClosedRange<Double>, _ lon: ClosedRange<Double>) {
      let w = phrase.lowercased().split(separator: " ").map { TokenHash.of(String($0)) }
      m[w.count == 2 ? TokenHash.combine(w[0], w[1]) : w[0]] = Region(lat: lat, lon: lon)
    }
    add("West African", 4...25, -18...16)
    add("East African", -12...16, 28...52)
    add("North African", 19...38, -18...34)
    add("Central African", -8...24, 8...32)
    add("southern African", -35...(-8), 10...41)
    add("Horn", -2...18, 36...52)
    add("Sahel", 10...24, -17...24)
    add("South American", -56...13, -82...(-34))
    add("Latin American", -56...33, -118...(-34))
    add("Central American", 7...19, -93...(-77))
    add("Caribbean", 10...27, -86...(-59))
    add("Andean", -23...12, -82...(-62))
    add("Baltic", 53...60, 20...29)
    add("Balkan", 39...47, 13...30)
    add("Nordic", 54...72, 4...32)
    add("Scandinavian", 54...72, 4...32)
    add("Gulf", 12...31, 42...60)
    add("Arab", 12...37, -17...60)
    add("Central Asian", 35...56, 46...88)
    add("South Asian", 5...38, 60...93)
    add("Southeast Asian", -11...28, 92...141)
    add("Himalayan", 26...36, 80...97)
    add("Pacific", -25...20, 130...180)
    add("Caucasus", 38...44, 39...51)
    // ("the island nation": anywhere; the last country named before it.)
    add("island", -90...90, -180...180)
    return m
  }()
}
