/// What earlier sentences of an article said that later ones lean on: people introduced with
/// a title ("council spokeswoman Caitlin Hayden" makes "Hayden" resolvable), and the people and
/// countries mentioned most recently ("the two leaders", "it").
public struct ArticleContext: Sendable {
  /// The article date that offices and relative times are resolved against.
  public var date: CivilDate?
  /// Whether the headline is being read.
  public var inHeadline = false

  /// People learned in this article, by the hash of their surname and of their full name.
  var learned: SmallMap<UInt64, CodedActor> = [:]
  /// Lexicon people already named in full in this article, by index.
  var named: [Int] = []
  /// People mentioned so far, most recent last, with whether they hold a head-of-state office.
  var recentPeople: [(actor: CodedActor, isLeader: Bool)] = []
  /// Countries and organisations mentioned so far, most recent last.
  var recentCountries: [CodedActor] = []
  /// The last two actors named together ("Russia and Ukraine signed …"), whom "both sides"
  /// and "the two countries" most often mean.
  var lastPair: [CodedActor]? = nil
  /// The country last named with each role ("Armenian separatists": REB → ARM).
  var recentRoles: SmallMap<Role, Code> = [:]
  /// The last group of two to four actors named together as a subject, for "the three
  /// countries".
  var lastGroup: [CodedActor]? = nil
  /// The three or four countries of the last sentence whose events involved that many.
  var lastEventGroup: [CodedActor]? = nil
  /// The story's first meeting in person and first telephone call so far, as indices into its
  /// events, for "the talks" and "the call" that name no sides (kept here so that finding them
  /// does not read every event again at every sentence).
  var firstMeeting: Int? = nil
  var firstCall: Int? = nil
  /// How often each country has been mentioned so far.
  var countryCounts: SmallMap<Code, Int> = [:]
  /// Subjects of sentences so far, most recent last (for "it" and "he").
  var recentSubjects: [CodedActor] = []
  /// Acts coded so far (with or without a target), most recent last: their CAMEO code, source
  /// and target, for later references such as "condemned the launch".
  var recentActs: [(code: Code, source: CodedActor, target: CodedActor?)] = []
  /// The sentence (its `sentenceCount`) whose acts were noted last, and where they start in
  /// `recentActs`: what a reply in the next sentence answers ("Japan flatly refused.").
  var lastNotedActs: (sentence: Int, start: Int) = (0, 0)
  /// The speaker of the last quotation.
  var lastSpeaker: CodedActor?
  /// The sentences read so far in this article.
  var sentenceCount = 0
  /// The day of the last event that happened in an earlier sentence: what "Within hours," or
  /// "a day later" counts from; and the last month one happened in ("the same month").
  var storyDay: EventDate?
  /// The country of the story's dateline ("DHAKA, March 27 (Wire) –"), when it names a place.
  var datelineCountry: Code?
  var storyMonth: EventDate?
  /// The day the story reports on: its first "on Tuesday", "yesterday" or date of the last
  /// week before publication, which an event told without a time of its own took place on
  /// ("Bolivia has broken off relations with Israel … the minister said on Tuesday").
  var newsDay: EventDate?
  /// The person who was last the subject (or the speaker) of a sentence, and the sentence: whom
  /// "he" or "she" most likely means in the next sentences ("Safadi told state television …
  /// He blamed Israel").
  var lastPersonSubject: (actor: CodedActor, sentence: Int)?
  /// The words of actors named with their country in earlier sentences, most recent last: a
  /// description ("the ministry", "the delegation", "the minister") means the last actor named
  /// with its word ("Rwanda's foreign ministry", "the Houthi delegation", "Foreign Minister
  /// Ayman Safadi") rather than the story's country.
  var namedWords: [(hash: UInt64, actor: CodedActor)] = []
  /// Actors named (not referred to) so far, most recent last: each one's person or code, its
  /// sentence and its words' bytes: what a reference is shown to refer to.
  var namedMentions: [(key: UInt64, sentence: Int32, bytes: Range<Int32>)] = []

  /// The people named in the article, each name once: a `PersonID` is an index here.
  private(set) var names: [String] = []
  /// For each of `names`, the lexicon person of that name (index into `Lexicon.people`), or -1.
  private var nameLexicon: [Int32] = []
  /// The headline's bytes, which the words of actors named there refer to.
  var title: [UInt8] = []

  /// Creates an empty context for an article of `date`.
  public init(date: CivilDate?) { self.date = date }

  /// Empties the context for another article of `date`, keeping the memory of its lists.
  mutating func reset(date: CivilDate?) {
    self.date = date
    inHeadline = false
    learned.removeAll()
    named.removeAll(keepingCapacity: true)
    recentPeople.removeAll(keepingCapacity: true)
    recentCountries.removeAll(keepingCapacity: true)
    lastPair = nil
    recentRoles.removeAll()
    lastGroup = nil
    lastEventGroup = nil
    firstMeeting = nil
    firstCall = nil
    countryCounts.removeAll()
    recentSubjects.removeAll(keepingCapacity: true)
    recentActs.removeAll(keepingCapacity: true)
    lastNotedActs = (0, 0)
    namedMentions.removeAll(keepingCapacity: true)
    lastSpeaker = nil
    sentenceCount = 0
    storyDay = nil
    datelineCountry = nil
    storyMonth = nil
    newsDay = nil
    lastPersonSubject = nil
    namedWords.removeAll(keepingCapacity: true)
    names.removeAll(keepingCapacity: true)
    nameLexicon.removeAll(keepingCapacity: true)
    title.removeAll(keepingCapacity: true)
  }

  /// The number of the lexicon person `index`.
  mutating func personID(lexicon index: Int, _ lexicon: Lexicon) -> PersonID {
    personID(lexicon.people[index].name, lexiconIndex: Int32(index))
  }

  /// The number of the person called `name` (a name read from the text).
  mutating func personID(name: String, _ lexicon: Lexicon) -> PersonID {
    personID(name, lexiconIndex: lexicon.personIndex[name].map(Int32.init) ?? -1)
  }

  /// The number of a person the story introduced by a name the lexicon does not hold.
  mutating func personID(storyName name: String) -> PersonID {
    personID(name, lexiconIndex: -1)
  }

  /// The number of `name`, added with its lexicon person (looked up only for a new name).
  private mutating func personID(_ name: String, lexiconIndex: @autoclosure () -> Int32)
    -> PersonID
  {
    if let k = names.firstIndex(of: name) { return PersonID(k) }
    names.append(name)
    nameLexicon.append(lexiconIndex())
    return PersonID(names.count - 1)
  }

  /// The lexicon person of `p`, if the lexicon has one of that name.
  func lexiconPerson(_ p: PersonID) -> Int? {
    let i = nameLexicon[Int(p)]
    return i < 0 ? nil : Int(i)
  }

  /// Records the actors of a mention as recently mentioned.
  mutating func note(_ m: Mention, lexicon shared: SharedLexicon) {
    guard !m.isModifier, !m.isOccasion else { return }

    for a in m.actors {
      let country = a.country
      // "the separatists" after "Armenian separatists": the role's last named country.
      // (The cheap tests first: most actors are countries or people.)
      if !m.countryFromStory, a.person == nil, case let role = a.role, !role.isEmpty,
        Words.groupRoles.contains(role), !country.isOrganisation
      {
        recentRoles[role] = country
      }
      if let p = a.person {
        let leader =
          lexiconPerson(p).flatMap { shared.value.people[$0].term(on: date) }.map {
            Words.headOfficeHashes.contains($0.officeHash)
          } ?? false
        // (An array rebuilt only when the person is in it already.)
        if recentPeople.contains(where: { $0.actor.person == p }) {
          recentPeople.removeAll { $0.actor.person == p }
        }
        recentPeople.append((a, leader))
      }
      if !country.isEmpty {
        let organisation = country.isOrganisation
        let countryOnly = CodedActor(text: a.text, code: organisation ? a.code : country)
        if !organisation {
          // The headline's countries are what the story is about.
          countryCounts[country, default: 0] += inHeadline ? 2 : 1
        }
        if recentCountries.contains(where: { $0.country == country }) {
          recentCountries.removeAll { $0.country == country }
        }
        recentCountries.append(countryOnly)
      }
    }
  }

  /// The last two people of different countries (leaders first when `leaders`).
  func lastTwoPeople(leaders: Bool, excluding: [PersonID] = [], _ words: TextResolver)
    -> [CodedActor]?
  {
    var picked: [CodedActor] = []
    let people = recentPeople.filter { $0.actor.person.map { !excluding.contains($0) } ?? true }
    var pool =
      leaders
      ? people.filter(\.isLeader).reversed() + people.filter { !$0.isLeader }.reversed()
      : Array(people.reversed())
    // "The two leaders agreed …" after a sentence that named a third one in passing: the
    // leaders of the countries the story is most about come first (then the most recent).
    if leaders {
      let counts = pool.map { countryCounts[$0.actor.country] ?? 0 }
      let order = pool.indices.sorted {
        pool[$0].isLeader != pool[$1].isLeader
          ? pool[$0].isLeader : counts[$0] != counts[$1] ? counts[$0] > counts[$1] : $0 < $1
      }
      pool = order.map { pool[$0] }
    }
    for entry in pool where !picked.contains(where: { $0.country == entry.actor.country }) {
      picked.append(entry.actor)
      if picked.count == 2 { break }
    }
    if leaders {
      // keep mention order: most recent leaders, re-sorted by recency
      let order = people.map(\.actor)
      func position(_ a: CodedActor) -> Int {
        order.lastIndex(where: { words.same($0, a) }) ?? 0
      }
      picked.sort { position($0) < position($1) }
    }
    return picked.count == 2 ? picked : nil
  }

  /// The country the story is mostly about: mentioned at least twice and more often than any
  /// other. "Police", "protesters" and "lawmakers" without a country belong to it.
  public var homeCountry: String? { home?.string }

  /// The country the story is most about other than `excluded`: "France is recalling its
  /// ambassador" in a story about Mali.
  public func homeCountry(excluding excluded: String) -> String? {
    home(excluding: [Code(excluded)])?.string
  }

  /// The country the story is mostly about, leaving out several (a source and its allies):
  /// the one mentioned most often, at least twice, with no other mentioned as often.
  public func homeCountry(excludingAll excluded: Set<String>) -> String? {
    home(excluding: excluded.map(Code.init))?.string
  }

  /// `homeCountry` as a code.
  var home: Code? { home(excluding: []) }

  /// `homeCountry(excludingAll:)` with codes.
  func home(excluding excluded: [Code]) -> Code? {
    // One pass (this runs for every role without a country): the top count and whether
    // another country shares it.
    var top: (country: Code, count: Int)?
    var tied = false
    for (country, count) in countryCounts where excluded.isEmpty || !excluded.contains(country) {
      if let t = top, count < t.count { continue }
      if let t = top, count == t.count {
        tied = true
        continue
      }
      top = (country, count)
      tied = false
    }
    guard let top, top.count >= 2, !tied else { return nil }
    return top.country
  }

  /// Learns the first word of a person's name of two or more words as the person where the
  /// family name comes first ("Deputy Foreign Minister Tien Chung-kwang … Tien accused …");
  /// with `forgetting`, forgets it elsewhere (a given name is not how a story refers to
  /// someone).
  mutating func learnFirstWord(
    _ first: UInt64, as actor: CodedActor, country: Code?, forgetting: Bool = true
  ) {
    if country.map({ Words.familyNameFirstCodes.contains($0) }) ?? false {
      learned[first] = actor
    } else if forgetting {
      learned[first] = nil
    }
  }

  /// Learns the last two words of a name of three or more words as the person: "Mahmood Ali"
  /// after "Abul Hassan Mahmood Ali" (looked up with the word before a learned last word).
  mutating func learnLastTwoWords(_ name: Range<Int>, _ tokens: [Token], as actor: CodedActor) {
    guard name.count >= 3, tokens[name.upperBound - 2].isCapitalized else { return }
    learned[TokenHash.combine(tokens[name.upperBound - 2].hash, tokens[name.upperBound - 1].hash)] =
      actor
  }

  /// Remembers a word of an actor's name (see `namedWords`); the oldest are let go.
  mutating func rememberWord(_ hash: UInt64, of actor: CodedActor) {
    if namedWords.count >= 160 { namedWords.removeFirst(64) }
    namedWords.append((hash, actor))
  }

  /// The last actor named with the word `hash`.
  func lastNamed(withWord hash: UInt64) -> CodedActor? {
    namedWords.last { $0.hash == hash }?.actor
  }

  /// The person "he" or "she" means when the sentence names none before it: the subject of one
  /// of the last three sentences, else the person mentioned last.
  var likelyPerson: CodedActor? {
    if let s = lastPersonSubject, sentenceCount - s.sentence <= 3 { return s.actor }
    return recentPeople.last?.actor
  }

  /// The two countries the story is about, leaving out `excluded`: whom "both neighbours"
  /// means when the last pair named includes the speaker ("Saudi Arabia's foreign ministry
  /// called on both neighbours"). The pair with the most acts between them so far, else the two
  /// most mentioned countries.
  func principalPair(excluding excluded: [Code]) -> [CodedActor]? {
    let pair = actingPair(excluding: excluded) ?? mentionedPair(excluding: excluded)
    return pair.map { [$0.0, $0.1].map { CodedActor(text: .code($0), code: $0) } }
  }

  /// The two countries (not organisations) with the most acts between them so far, the earliest
  /// on a tie (the story's lead).
  private func actingPair(excluding excluded: [Code]) -> (Code, Code)? {
    var tallies: [(pair: (Code, Code), count: Int)] = []
    var best: Int?
    for act in recentActs {
      guard let t = act.target?.country else { continue }
      let s = act.source.country
      guard s != t, !s.isOrganisation, !t.isOrganisation, !excluded.contains(s),
        !excluded.contains(t)
      else { continue }
      let k =
        tallies.firstIndex {
          ($0.pair.0 == s && $0.pair.1 == t) || ($0.pair.0 == t && $0.pair.1 == s)
        } ?? tallies.endIndex
      if k == tallies.endIndex { tallies.append(((s, t), 0)) }
      tallies[k].count += 1
      if best.map({ tallies[k].count > tallies[$0].count }) ?? true { best = k }
    }
    return best.map { tallies[$0].pair }
  }

  /// The two most mentioned countries (not organisations), each mentioned twice or more.
  private func mentionedPair(excluding excluded: [Code]) -> (Code, Code)? {
    // (Ties go to the country mentioned first.)
    var ranked: [(country: Code, count: Int, order: Int)] = []
    for (country, count) in countryCounts
    where !country.isOrganisation && !excluded.contains(country) && count >= 2 {
      ranked.append((country, count, ranked.count))
    }
    ranked.sort { ($0.count, -$0.order) > ($1.count, -$1.order) }
    return ranked.count >= 2 ? (ranked[0].country, ranked[1].country) : nil
  }

  /// The other side of the last visit to or from `country`: its visitor (`guest`) or the
  /// country it visited, from the acts told so far (a visit, 042, or a hosting, 043).
  func visitCounterpart(of country: Code, guest: Bool) -> CodedActor? {
    for act in recentActs.reversed() {
      guard let t = act.target, t.country != act.source.country else { continue }
      let visit = act.code.hasPrefix("042")
      let hosting = act.code.hasPrefix("043")
      guard visit || hosting else { continue }
      // (A visit goes from its source to its target; a hosting the other way.)
      let visitor = visit ? act.source : t
      let visited = visit ? t : act.source
      if guest, visited.country == country { return visitor }
      if !guest, visitor.country == country { return visited }
    }
    return nil
  }

  /// The last two countries.
  func lastTwoCountries() -> [CodedActor]? {
    let c = recentCountries.suffix(2)
    return c.count == 2 ? Array(c) : nil
  }
}

extension ArticleContext {
  /// The key an actor's antecedents are found by: its person, else its code.
  static func antecedentKey(_ a: CodedActor) -> UInt64 {
    if let p = a.person { return UInt64(UInt32(bitPattern: p)) | (1 << 63) }
    return TokenHash.fold(TokenHash.seed, code: a.code)
  }

  /// Notes the actors that mention `m` names by name, in sentence `sentence`.
  mutating func noteNamed(_ m: Mention, sentence: Int, bytes: Range<Int>) {
    // (A person named with a country taken from the story is still named: "Albares".)
    guard !m.isCoreference, !m.countryFromStory || m.actors.contains(where: { $0.person != nil })
    else { return }
    for a in m.actors {
      namedMentions.append(
        (Self.antecedentKey(a), Int32(sentence), Int32(bytes.lowerBound)..<Int32(bytes.upperBound)))
    }
    if namedMentions.count > 256 { namedMentions.removeFirst(128) }
  }

  /// The last mention naming actor `a` before byte `before`: its sentence and bytes.
  func antecedent(of a: CodedActor, before: Int) -> (sentence: Int, bytes: Range<Int>)? {
    let key = Self.antecedentKey(a)
    guard
      let n = namedMentions.last(where: { $0.key == key && Int($0.bytes.upperBound) <= before })
    else { return nil }
    return (Int(n.sentence), Int(n.bytes.lowerBound)..<Int(n.bytes.upperBound))
  }
}
