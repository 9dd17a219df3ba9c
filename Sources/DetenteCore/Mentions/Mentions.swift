/// An actor named in a sentence: one actor, or several joined by "and" ("Russia and the U.S.").
public struct ActorMention: Sendable, Hashable {
  /// Token range (indices into the article's tokens).
  public var range: Range<Int>
  /// The actor or actors.
  public var actors: [Actor]
  /// A country word used as a modifier of another noun ("U.S. adoptions"): not an actor on
  /// its own, but the source of an event noun it modifies ("U.S. sanctions").
  public var isModifier: Bool = false
  /// An organisation naming a gathering ("the G20 summit").
  public var isOccasion: Bool = false
  /// The place it also names, for capitals ("Moscow").
  public var place: PlaceMention? = nil
  /// Found by resolving "the two leaders" or a pronoun.
  public var isCoreference: Bool = false
  /// The country was not named but taken from the story ("police" in a story about Hong Kong).
  public var countryFromStory: Bool = false
  /// Only a country named in the same sentence may complete it ("the government" in a sentence
  /// that names Armenia alone).
  public var needsSentenceCountry: Bool = false
  /// The first actor.
  public var primary: Actor { actors[0] }
}

/// A place named in a sentence.
public struct PlaceMention: Sendable, Hashable {
  /// Token range.
  public var range: Range<Int>
  /// The words.
  public var text: String
  /// The gazetteer name.
  public var name: String
  /// ISO alpha-3 country.
  public var country: String
  /// Latitude.
  public var lat: Double
  /// Longitude.
  public var lon: Double
  /// Preceded by a locative preposition ("in", "at", "near", "to").
  public var isLocative: Bool
}

/// What a time expression says, before it is resolved against the article date.
public enum TimeSpec: Sendable, Hashable {
  /// A weekday (0 Sunday … 6 Saturday), with "last"/"next"/"this" as -1/1/0 or nil.
  case weekday(Int, relative: Int?)
  /// A month with optional day and year; `relative` as for weekdays.
  case month(Int, day: Int?, year: Int?, relative: Int?)
  /// A year.
  case year(Int)
  /// A day offset from the article date (yesterday = -1).
  case dayOffset(Int)
  /// last/this/next week.
  case week(Int)
  /// last/this/next month.
  case monthOffset(Int)
  /// last/this/next year.
  case yearOffset(Int)
  /// An explicit date.
  case date(CivilDate)
  /// A time counted from another time the story gives, not from the article date: "a day
  /// later" (+1), "hours after" (0), "the previous day" (-1); with `month`, the other time's
  /// month ("the same month").
  case anchored(days: Int, month: Bool)
}

/// A time expression in a sentence.
public struct TimeMention: Sendable, Hashable {
  /// Token range.
  public var range: Range<Int>
  /// The words.
  public var text: String
  /// What it says.
  public var spec: TimeSpec
  /// Says when something was said ("said Thursday"), not when the event happens.
  public var isReporting: Bool
  /// Modifies a noun ("the 2009 death"): used only when nothing else applies.
  public var isModifier: Bool
  /// Points ahead whatever the verb's tense ("planned for Wednesday").
  public var isForward: Bool = false
  /// A deadline ("leave by Feb. 7", "until March"): when something must be done, not when it was.
  public var isDeadline: Bool = false
  /// Opens a clause whose event it dates ("hitting back a day after Ottawa expelled …"): it
  /// dates what follows it, never what comes before.
  public var opensClause: Bool = false

  /// Counted from another time (`TimeSpec.anchored`), not from the article date.
  public var isAnchored: Bool {
    if case .anchored = spec { return true }
    return false
  }
}
