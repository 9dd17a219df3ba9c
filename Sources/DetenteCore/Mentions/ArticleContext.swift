/// What earlier sentences of an article said that later ones lean on: people introduced with
/// a title ("council spokeswoman Caitlin Hayden" makes "Hayden" resolvable), and the people and
/// countries mentioned most recently ("the two leaders", "it").
public struct ArticleContext: Sendable {
  /// The article date that offices and relative times are resolved against.
  public var date: CivilDate?
  /// People learned in this article, by the hash of their surname and of their full name.
  public var learned: SmallMap<UInt64, Actor> = [:]
  /// Lexicon people already named in full in this article, by index.
  public var named: Set<Int> = []
  /// People mentioned so far, most recent last, with whether they hold a head-of-state office.
  public var recentPeople: [(actor: Actor, isLeader: Bool)] = []
  /// Countries and organisations mentioned so far, most recent last.
  public var recentCountries: [Actor] = []
  /// The last two actors named together ("Russia and Ukraine signed …"), whom "both sides"
  /// and "the two countries" most often mean.
  public var lastPair: [Actor]? = nil
  /// Whether the headline is being read.
  public var inHeadline = false
  /// The country last named with each role ("Armenian separatists": REB → ARM).
  public var recentRoles: SmallMap<String, String> = [:]
  /// The last group of two to four actors named together as a subject, for "the three
  /// countries".
  public var lastGroup: [Actor]? = nil
  /// The three or four countries of the last sentence whose events involved that many.
  public var lastEventGroup: [Actor]? = nil
  /// How often each country has been mentioned so far.
  public var countryCounts: SmallMap<String, Int> = [:]
  /// Subjects of sentences so far, most recent last (for "it" and "he").
  public var recentSubjects: [Actor] = []
  /// Acts coded so far (with or without a target), most recent last: their CAMEO code, source
  /// and target, for later references such as "condemned the launch".
  public var recentActs: [(code: String, source: Actor, target: Actor?)] = []
  /// The speaker of the last quotation.
  public var lastSpeaker: Actor?

  /// Creates an empty context for an article of `date`.
  public init(date: CivilDate?) { self.date = date }

  /// Records the actors of a mention as recently mentioned.
  mutating func note(_ m: ActorMention, lexicon: Lexicon) {
    guard !m.isModifier, !m.isOccasion else { return }

    for a in m.actors {
      // "the separatists" after "Armenian separatists": the role's last named country.
      // (The cheap tests first: most actors are countries or people.)
      if !m.countryFromStory, a.person == nil, !a.role.isEmpty, Words.groupRoles.contains(a.role),
        !Actor.isOrganisation(a.country)
      {
        recentRoles[a.role] = a.country
      }
      if let p = a.person {
        let leader =
          lexicon.personIndex[p].flatMap { lexicon.people[$0].term(on: date) }.map {
            Words.headOffices.contains($0.office)
          } ?? false
        // (An array rebuilt only when the person is in it already.)
        if recentPeople.contains(where: { $0.actor.person == p }) {
          recentPeople.removeAll { $0.actor.person == p }
        }
        recentPeople.append((a, leader))
      }
      if !a.country.isEmpty {
        let countryOnly = Actor(
          text: a.text, code: Actor.isOrganisation(a.country) ? a.code : a.country)
        if !Actor.isOrganisation(a.country) {
          // The headline's countries are what the story is about.
          countryCounts[a.country, default: 0] += inHeadline ? 2 : 1
        }
        if recentCountries.contains(where: { $0.country == a.country }) {
          recentCountries.removeAll { $0.country == a.country }
        }
        recentCountries.append(countryOnly)
      }
    }
  }

  /// The last two people of different countries (leaders first when `leaders`).
  func lastTwoPeople(leaders: Bool, excluding: Set<String> = []) -> [Actor]? {
    var picked: [Actor] = []
    let people = recentPeople.filter { $0.actor.person.map { !excluding.contains($0) } ?? true }
    let pool =
      leaders
      ? people.filter(\.isLeader).reversed() + people.filter { !$0.isLeader }.reversed()
      : Array(people.reversed())
    for entry in pool where !picked.contains(where: { $0.country == entry.actor.country }) {
      picked.append(entry.actor)
      if picked.count == 2 { break }
    }
    if leaders {
      // keep mention order: most recent leaders, re-sorted by recency
      let order = people.map(\.actor)
      picked.sort { (order.lastIndex(of: $0) ?? 0) < (order.lastIndex(of: $1) ?? 0) }
    }
    return picked.count == 2 ? picked : nil
  }

  /// The country the story is mostly about: mentioned at least twice and more often than any
  /// other. "Police", "protesters" and "lawmakers" without a country belong to it.
  public var homeCountry: String? { homeCountry(excludingAll: []) }

  /// The country the story is most about other than `excluded`: "France is recalling its
  /// ambassador" in a story about Mali.
  public func homeCountry(excluding excluded: String) -> String? {
    homeCountry(excludingAll: [excluded])
  }

  /// The country the story is mostly about, leaving out several (a source and its allies):
  /// the one mentioned most often, at least twice, with no other mentioned as often.
  public func homeCountry(excludingAll excluded: Set<String>) -> String? {
    // One pass (this runs for every role without a country): the top count and whether
    // another country shares it.
    var top: (country: String, count: Int)?
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

  /// The last two countries.
  func lastTwoCountries() -> [Actor]? {
    let c = recentCountries.suffix(2)
    return c.count == 2 ? Array(c) : nil
  }
}
