/// A country of the lexicon.
public struct Country: Sendable, Hashable {
  /// ISO 3166-1 alpha-3 code.
  public var iso3: String
  /// The short name, e.g. "Russia".
  public var name: String
  /// A representative point.
  public var lat: Double
  /// A representative point.
  public var lon: Double
}

/// A person of the lexicon with the offices they held.
public struct Person: Sendable, Hashable {
  /// A term of office.
  public struct Term: Sendable, Hashable {
    /// The actor code while in this office, e.g. `RUSGOV`.
    public var code: String { didSet { codeValue = Code(code) } }
    /// The office, as named in titles.lex.
    public var office: String { didSet { officeHash = TokenHash.of(office) } }
    /// First day in office.
    public var from: CivilDate?
    /// Last day in office, `nil` while the term continues.
    public var to: CivilDate?
    /// `code` as the coder holds codes.
    private(set) var codeValue: Code
    /// The hash of `office`, as titles are looked up.
    private(set) var officeHash: UInt64

    /// A term of office.
    public init(code: String, office: String, from: CivilDate?, to: CivilDate?) {
      self.code = code
      self.office = office
      self.from = from
      self.to = to
      self.codeValue = Code(code)
      self.officeHash = TokenHash.of(office)
    }
    /// Whether the term covers `date`.
    public func covers(_ date: CivilDate) -> Bool {
      (from.map { $0 <= date } ?? true) && (to.map { date <= $0 } ?? true)
    }
  }
  /// The full name.
  public var name: String
  /// Terms of office, in lexicon order.
  public var terms: [Term]
  /// The term in force on `date`, else the nearest one.
  public func term(on date: CivilDate?) -> Term? {
    guard let date else { return terms.last }
    if let t = terms.last(where: { $0.covers(date) }) { return t }
    return terms.min {
      distance($0, date) < distance($1, date)
    }
  }
  private func distance(_ t: Term, _ d: CivilDate) -> Int {
    let a = t.from.map { abs($0.dayNumber - d.dayNumber) } ?? Int.max / 2
    let b = t.to.map { abs($0.dayNumber - d.dayNumber) } ?? 0
    return min(a, b)
  }
}

/// A place of the gazetteer.
public struct Place: Sendable, Hashable {
  /// The name.
  public var name: String
  /// The country it is in.
  public var iso3: String
  /// Latitude.
  public var lat: Double
  /// Longitude.
  public var lon: Double
  /// capital, city, region, venue or country.
  public var kind: String
}

/// What a phrase of text can name.
public enum MentionEntry: Sendable, Hashable {
  /// How a country is referred to.
  public enum Form: Sendable, Hashable, BitwiseCopyable { case name, adjective, demonym }
  /// A country by name, adjective or demonym.
  case country(String, Form)
  /// A named actor (institution, organisation, seat of government); `occasion` marks names
  /// that before "summit" name a gathering.
  case actor(code: String, occasion: Bool)
  /// A role word ("officials", "troops"); `side` marks words standing for the country itself.
  case role(Role, side: Bool)
  /// A title of office.
  case title(role: Role, office: String)
  /// A person of the lexicon (index into `Lexicon.people`).
  case person(Int)
  /// A place of the gazetteer (index into `Lexicon.places`).
  case place(Int)
}

/// What a phrase of text can name, in plain values: the recognizer's form of `MentionEntry`,
/// whose strings would be retained at every look-up.
enum MentionValue: Sendable, Equatable, BitwiseCopyable {
  /// A country by name, adjective or demonym.
  case country(Code, MentionEntry.Form)
  /// A named actor; `occasion` marks names that before "summit" name a gathering.
  case actor(code: Code, occasion: Bool)
  /// A role word; `side` marks words standing for the country itself.
  case role(Role, side: Bool)
  /// A title of office (the office by the hash of its name).
  case title(role: Role, office: UInt64)
  /// A person of the lexicon (index into `Lexicon.people`).
  case person(Int32)
  /// A place of the gazetteer (index into `Lexicon.places`).
  case place(Int32)

  init(_ e: MentionEntry) {
    switch e {
    case .country(let c, let f): self = .country(Code(c), f)
    case .actor(let code, let occasion): self = .actor(code: Code(code), occasion: occasion)
    case .role(let r, let side): self = .role(r, side: side)
    case .title(let role, let office): self = .title(role: role, office: TokenHash.of(office))
    case .person(let i): self = .person(Int32(i))
    case .place(let i): self = .place(Int32(i))
    }
  }

  /// Whether it is a role or a title.
  var isRoleOrTitle: Bool {
    switch self {
    case .role, .title: return true
    default: return false
    }
  }
}

/// A modality marker.
public struct ModalityMarker: Sendable, Hashable, BitwiseCopyable {
  /// The modality it signals.
  public var modality: Modality
  /// Whether it must stand within three words of the trigger.
  public var near: Bool
}

/// The facts of one CAMEO code.
public struct CameoCode: Sendable, Hashable {
  /// The code, e.g. "036".
  public var code: String
  /// Its Goldstein weight.
  public var goldstein: Double
  /// Its PLOVER type, if any.
  public var plover: String?
  /// Its PLOVER mode, if any.
  public var mode: String?
  /// A short name.
  public var name: String
  /// The quad class (1 verbal cooperation … 4 material conflict).
  public var quadClass: Int { Self.quadClass(code) }
  /// The root, 1 to 20.
  public var root: Int { Int(code.prefix(2)) ?? 0 }
  /// Whether events of this code are meetings (see `isMeeting(_:)`).
  public var isMeeting: Bool { Self.isMeeting(code) }
  /// The class events of this code are compared and linked by (see `eventClass(_:)`).
  public var eventClass: String { Self.eventClass(code) }

  /// Whether events of `code` are meetings: consultations (04x) and a meeting proposed or
  /// agreed (036). The scorer, the meetings tracker and the coder all count meetings by this
  /// rule; the coder's fast form on `Code` is tested against it.
  public static func isMeeting(_ code: String) -> Bool {
    code.hasPrefix("04") || code == "036"
  }

  /// The class events of `code` are compared by: `MEET` for a meeting, else its root ("11").
  public static func eventClass(_ code: String) -> String {
    isMeeting(code) ? "MEET" : String(code.prefix(2))
  }

  /// The facts of a code.
  public init(code: String, goldstein: Double, plover: String?, mode: String?, name: String) {
    self.code = code
    self.goldstein = goldstein
    self.plover = plover
    self.mode = mode
    self.name = name
  }

  /// The quad class of a code by its root.
  static func quadClass(_ code: String) -> Int {
    let root = Int(code.prefix(2)) ?? 0
    switch root {
    case 1...5: return 1
    case 6...9: return 2
    case 10...14: return 3
    default: return 4
    }
  }
}

/// A CAMEO code as the coder reads it for every event: the code, with its fields of an event's
/// JSON line written once.
struct CameoFacts: Sendable {
  let cameo: CameoCode
  /// The quad class, worked out once.
  let quadClass: Int
  /// An event's JSON from "plover" to "quad_class": `,"plover":…,"quad_class":…`.
  let json: [UInt8]

  var code: String { cameo.code }
  var goldstein: Double { cameo.goldstein }
  var plover: String? { cameo.plover }
  var mode: String? { cameo.mode }

  init(_ c: CameoCode) {
    cameo = c
    quadClass = c.quadClass
    var w = JSONWriter(capacity: 128)
    w.codeFields(plover: c.plover, mode: c.mode, goldstein: c.goldstein, quadClass: c.quadClass)
    json = w.array
  }
}
