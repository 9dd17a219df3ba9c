/// What the recognizers and the coder pass between them while they read an article: actors,
/// mentions and places made of plain values (codes as `Code`, words as byte ranges, people as
/// numbers), copied without reference counts. Strings are made only for what leaves the coder:
/// events, and the stages `EventCoder.analyze` keeps.

/// An actor mention while an article is read (`ActorMention` in plain values).
struct Mention: Sendable {
  /// Token range.
  var range: Range<Int>
  /// The actor or actors.
  var actors: [CodedActor]
  /// A country word modifying a noun ("U.S. adoptions").
  var isModifier = false
  /// An organisation naming a gathering ("the G20 summit").
  var isOccasion = false
  /// The place it also names, for capitals: an index into the sentence's mention places
  /// (`MentionScratch.mentionPlaces`), or -1. (Not the place itself: a mention holding
  /// an optional place is large enough that the compiler copies and destroys optional mentions
  /// through their type's metadata, several times the work, and mentions are copied and dropped
  /// at every rule.)
  var placeIndex: Int32 = -1
  /// Found by resolving "the two leaders" or a pronoun.
  var isCoreference = false
  /// The country was taken from the story.
  var countryFromStory = false
  /// Only a country named in the same sentence may complete it.
  var needsSentenceCountry = false

  init(
    range: Range<Int>, actors: [CodedActor], isModifier: Bool = false, isOccasion: Bool = false,
    isCoreference: Bool = false, countryFromStory: Bool = false,
    needsSentenceCountry: Bool = false
  ) {
    self.range = range
    self.actors = actors
    self.isModifier = isModifier
    self.isOccasion = isOccasion
    self.isCoreference = isCoreference
    self.countryFromStory = countryFromStory
    self.needsSentenceCountry = needsSentenceCountry
  }

  /// The first actor.
  var primary: CodedActor { actors[0] }
}

/// A place named in a sentence while an article is read (`PlaceMention` in plain values).
struct PlaceHit: Sendable {
  /// Token range.
  var range: Range<Int>
  /// The words.
  var text: TextRef
  /// A gazetteer place (index into `Lexicon.places`, zero or more) or a country (index into
  /// `Lexicon.countryList`, stored as `-1 - index`).
  var source: Int32
  /// ISO alpha-3 country.
  var country: Code
  /// Preceded by a locative preposition.
  var isLocative: Bool

  /// The gazetteer name.
  func name(_ lexicon: Lexicon) -> String {
    source >= 0 ? lexicon.places[Int(source)].name : lexicon.countryList[Int(-1 - source)].name
  }

  /// Latitude and longitude.
  func coordinates(_ lexicon: Lexicon) -> (lat: Double, lon: Double) {
    if source >= 0 {
      let p = lexicon.places[Int(source)]
      return (p.lat, p.lon)
    }
    let c = lexicon.countryList[Int(-1 - source)]
    return (c.lat, c.lon)
  }
}

/// Turns the plain values of one article back into strings: the body's and the headline's
/// bytes, the lexicon, and the article's names.
struct TextResolver {
  let body: UnsafeBufferPointer<UInt8>
  let title: UnsafeBufferPointer<UInt8>
  let shared: SharedLexicon
  var lexicon: Lexicon { _read { yield shared.value } }

  /// The words of `t`.
  func string(_ t: TextRef) -> String {
    switch t {
    case .body(let s, let e):
      return String(decoding: UnsafeBufferPointer(rebasing: body[Int(s)..<Int(e)]), as: UTF8.self)
    case .title(let s, let e):
      return String(decoding: UnsafeBufferPointer(rebasing: title[Int(s)..<Int(e)]), as: UTF8.self)
    case .code(let c): return c.string
    case .person(let i): return lexicon.people[Int(i)].name
    case .empty: return ""
    }
  }

  /// Whether `a` and `b` are the same words (as strings compare), whatever their kinds.
  func same(_ a: TextRef, _ b: TextRef) -> Bool {
    if a == b { return true }
    if case .body(let s1, let e1) = a, case .body(let s2, let e2) = b {
      let x = UnsafeBufferPointer(rebasing: body[Int(s1)..<Int(e1)])
      let y = UnsafeBufferPointer(rebasing: body[Int(s2)..<Int(e2)])
      if x.elementsEqual(y) { return true }
      // (Different ASCII bytes are different strings; other text may still be equal as
      // strings are, by canonical equivalence.)
      if !x.contains(where: { $0 >= 0x80 }) && !y.contains(where: { $0 >= 0x80 }) { return false }
    }
    return string(a) == string(b)
  }

  /// Whether two actors are equal as `Actor`s are (words, code and person).
  func same(_ a: CodedActor, _ b: CodedActor) -> Bool {
    a.code == b.code && a.person == b.person && same(a.text, b.text)
  }

  /// The actor as events report it.
  func actor(_ a: CodedActor, _ names: [String]) -> Actor {
    Actor(
      text: string(a.text), code: shared.string(a.code), country: shared.string(a.country),
      role: a.role, person: a.person.map { names[Int($0)] })
  }

  /// The place as the analysis reports it.
  func place(_ p: PlaceHit) -> PlaceMention {
    let (lat, lon) = p.coordinates(lexicon)
    return PlaceMention(
      range: p.range, text: string(p.text), name: p.name(lexicon), country: p.country.string,
      lat: lat, lon: lon, isLocative: p.isLocative)
  }

  /// The mention as the analysis reports it (`places`: the sentence's mention places).
  func mention(_ m: Mention, _ names: [String], places: [PlaceHit]) -> ActorMention {
    ActorMention(
      range: m.range, actors: m.actors.map { actor($0, names) }, isModifier: m.isModifier,
      isOccasion: m.isOccasion, place: m.placeIndex < 0 ? nil : place(places[Int(m.placeIndex)]),
      isCoreference: m.isCoreference,
      countryFromStory: m.countryFromStory, needsSentenceCountry: m.needsSentenceCountry)
  }
}
