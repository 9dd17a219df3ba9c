/// A political actor as the event record reports it.
public struct Actor: Sendable, Hashable, Codable {
  /// The words of the text that name the actor.
  public var text: String
  /// CAMEO-style code: country + role (`RUSGOV`), or `IGO` + organisation (`IGONATO`).
  public var code: String
  /// ISO alpha-3 country, or the code itself for organisations.
  public var country: String
  /// The role (`.government`, `.military`, …; written `GOV`, `MIL`), none when the text names
  /// only the country.
  public var role: Role
  /// The person's full name when the actor is a person.
  public var person: String?

  /// Code prefixes that name organisations and groups rather than countries: international
  /// governmental (`IGO`) and non-governmental (`NGO`) organisations, and international militarized
  /// groups (`IMG`) such as al-Qaeda.
  public static let organisationPrefixes: Set<String> = ["IGO", "NGO", "IMG"]

  /// Whether a code names an organisation or group (its whole code is its "country").
  public static func isOrganisation(_ code: String) -> Bool {
    // On bytes, without making a string: this runs for every actor of every sentence.
    // (The three prefixes as 24-bit numbers, written out: a static table costs a lazy-global
    // check on every call. A test compares this with `organisationPrefixes`.)
    var u = code.utf8.makeIterator()
    guard let a = u.next(), let b = u.next(), let c = u.next() else { return false }
    switch UInt32(a) << 16 | UInt32(b) << 8 | UInt32(c) {
    case 0x49_47_4F, 0x4E_47_4F, 0x49_4D_47: return true  // IGO, NGO, IMG
    default: return false
    }
  }

  /// Creates an actor from a code, splitting it into country and role.
  public init(text: String, code: String, person: String? = nil) {
    self.text = text
    self.code = code
    if Actor.isOrganisation(code) {
      self.country = code
      self.role = Role()
    } else if code.utf8.count <= 3 {
      self.country = code
      self.role = Role()
    } else {
      // Codes are short ASCII: cut them on bytes.
      var c = code
      (self.country, self.role) = c.withUTF8 { b in
        (
          String(decoding: UnsafeBufferPointer(rebasing: b[0..<3]), as: UTF8.self),
          Role(utf8: b[3..<min(6, b.count)])
        )
      }
    }
    self.person = person
  }

  /// An actor from parts already split (the coder's codes are split as `init(text:code:person:)`
  /// would split them).
  init(text: String, code: String, country: String, role: Role, person: String?) {
    self.text = text
    self.code = code
    self.country = country
    self.role = role
    self.person = person
  }

  enum CodingKeys: String, CodingKey { case text, code, country, role, person }

  public func encode(to encoder: Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(text, forKey: .text)
    try c.encode(code, forKey: .code)
    try c.encode(country, forKey: .country)
    try c.encode(role, forKey: .role)
    if let person { try c.encode(person, forKey: .person) }
  }
}
