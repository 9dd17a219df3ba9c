/// An actor's role: CAMEO's three-letter code for the part of a country an actor belongs to
/// (`GOV` in `RUSGOV`), or none when the actor is the country itself or an organisation.
///
/// The coder compares roles at nearly every rule ("a government?", "rebels?"), so a role is
/// held as its three bytes in one 32-bit word, not as a string: copied and compared as an
/// integer. Byte `k` of the code is byte `k` (from the low end) of `bits`, as in `Code`, so a
/// role is joined to a country without cutting or copying bytes. It is written out (JSON, CSV,
/// the store) as its code, the empty string for none.
public struct Role: Hashable, Sendable, BitwiseCopyable, Codable, CustomStringConvertible,
  ExpressibleByStringLiteral
{
  /// The code's bytes, the first in the low byte; zero where there is none.
  let bits: UInt32

  /// No role: the actor is the country itself ("Russia"), or an organisation.
  public init() { bits = 0 }

  init(bits: UInt32) { self.bits = bits }

  /// The role of a code of up to three ASCII letters (`"GOV"`); longer codes are cut to three.
  public init(_ code: String) { self.init(utf8: code.utf8) }

  /// The role of a code's UTF-8 bytes (up to three; more are cut).
  init<Bytes: Collection<UInt8>>(utf8 bytes: Bytes) {
    var bits: UInt32 = 0
    for (k, b) in bytes.prefix(3).enumerated() { bits |= UInt32(b) << UInt32(8 * k) }
    self.bits = bits
  }

  /// A role written in the source: inlined, so that the compiler folds it to a constant.
  @inline(__always)
  public init(stringLiteral s: StaticString) {
    var bits: UInt32 = 0
    let p = s.utf8Start
    for k in 0..<min(s.utf8CodeUnitCount, 3) { bits |= UInt32(p[k]) << UInt32(8 * k) }
    self.bits = bits
  }

  /// Whether there is no role.
  public var isEmpty: Bool { bits == 0 }

  /// The role's code (`"GOV"`), or the empty string for none.
  public var code: String {
    let n = 4 - bits.leadingZeroBitCount / 8
    if n == 0 { return "" }
    return String(unsafeUninitializedCapacity: n) { out in
      for k in 0..<n { out[k] = UInt8(truncatingIfNeeded: bits >> UInt32(8 * k)) }
      return n
    }
  }

  public var description: String { code }

  /// Decodes the code from a string.
  public init(from decoder: Decoder) throws {
    self.init(try decoder.singleValueContainer().decode(String.self))
  }

  /// Encodes the code as a string (empty for none).
  public func encode(to encoder: Encoder) throws {
    var c = encoder.singleValueContainer()
    try c.encode(code)
  }

  /// Whether the role is the state itself: no role (the country) or its government.
  var isStateRole: Bool { isEmpty || self == .government }

  /// Whether the role is one of the state's organs: the country, its government, army or police.
  var isStateOrganRole: Bool { isStateRole || self == .military || self == .police }
}

// MARK: - CAMEO's roles

extension Role {
  /// `GOV`: the government, its ministers and officials.
  public static var government: Role { "GOV" }
  /// `MIL`: the armed forces.
  public static var military: Role { "MIL" }
  /// `LEG`: the legislature, parliament and its members.
  public static var legislature: Role { "LEG" }
  /// `JUD`: the judiciary, courts and judges.
  public static var judiciary: Role { "JUD" }
  /// `COP`: the police and security forces.
  public static var police: Role { "COP" }
  /// `SPY`: the state's intelligence services.
  public static var intelligence: Role { "SPY" }
  /// `OPP`: the political opposition.
  public static var opposition: Role { "OPP" }
  /// `REB`: rebels, armed groups fighting the state.
  public static var rebels: Role { "REB" }
  /// `INS`: insurgents.
  public static var insurgents: Role { "INS" }
  /// `SEP`: separatists.
  public static var separatists: Role { "SEP" }
  /// `UAF`: armed forces of no state (militias, private armies).
  public static var unaffiliatedArmedForces: Role { "UAF" }
  /// `PKO`: peacekeeping forces.
  public static var peacekeepers: Role { "PKO" }
  /// `CVL`: civilians, the public, protesters.
  public static var civilians: Role { "CVL" }
  /// `REF`: refugees and displaced people.
  public static var refugees: Role { "REF" }
  /// `MED`: the media, journalists.
  public static var media: Role { "MED" }
  /// `BUS`: business, companies.
  public static var business: Role { "BUS" }
  /// `EDU`: education, universities and students.
  public static var education: Role { "EDU" }
  /// `REL`: religious bodies and leaders.
  public static var religion: Role { "REL" }
  /// `NGO`: non-governmental organisations.
  public static var nonGovernmental: Role { "NGO" }
  /// `IGO`: inter-governmental organisations, as a role word without its organisation ("the
  /// international bodies").
  public static var intergovernmental: Role { "IGO" }
  /// `LAB`: labour, trade unions.
  public static var labour: Role { "LAB" }
  /// `HRI`: human-rights groups and activists.
  public static var humanRights: Role { "HRI" }
  /// `ELI`: elites, prominent people outside the state.
  public static var elites: Role { "ELI" }
  /// `AGR`: agriculture, farmers.
  public static var agriculture: Role { "AGR" }
  /// `DEV`: development bodies and aid workers.
  public static var development: Role { "DEV" }
  /// `ENV`: environmental groups.
  public static var environment: Role { "ENV" }
  /// `HLH`: health, doctors and hospitals.
  public static var health: Role { "HLH" }
  /// `CRM`: criminals.
  public static var criminals: Role { "CRM" }

  /// Every role the lexicons may use.
  public static let all: [Role] = [
    .government, .military, .legislature, .judiciary, .police, .intelligence, .opposition,
    .rebels, .insurgents, .separatists, .unaffiliatedArmedForces, .peacekeepers, .civilians,
    .refugees, .media, .business, .education, .religion, .nonGovernmental, .intergovernmental,
    .labour, .humanRights, .elites, .agriculture, .development, .environment, .health,
    .criminals,
  ]
}
