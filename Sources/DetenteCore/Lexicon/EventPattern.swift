/// A compiled event pattern from events.lex.
///
/// A class with constant fields: readings of a sentence carry their pattern around, and a
/// reference is copied with one retain where a struct of strings and arrays needs one per field.
public final class EventPattern: Sendable, Hashable {
  /// One position of a pattern.
  public enum Element: Sendable, Hashable {
    /// Any of these token hashes.
    case words(HashSet64)
    /// Up to this many words of anything but strong punctuation (`*` is six, `*10` ten).
    case gap(Int)
  }
  /// One side of an event.
  public enum Side: String, Sendable, Hashable {
    case source, target
  }
  /// Where the target is found.
  public enum Slot: Sendable, Hashable {
    case object, inGap, place, none
    case preposition(UInt64, String)
  }
  /// The record's id: the `rule` of events it codes.
  public let id: String
  /// The CAMEO code.
  public let cameo: String
  /// The pattern's positions.
  public let elements: [Element]
  /// Target slots, in order of preference.
  public let slots: [Slot]
  /// Direction does not matter.
  public let symmetric: Bool
  /// The trigger is a noun.
  public let isNoun: Bool
  /// Needs a plural subject ("each other").
  public let reciprocal: Bool
  /// A modality fixed by the pattern.
  public let fixedModality: Modality?
  /// The source follows "by".
  public let sourceByAgent: Bool
  /// `src=from`: the source follows the pattern's closing "from" and the clause's subject is the
  /// target ("Thailand deported …, drawing condemnation from Turkey").
  public let sourceFrom: Bool
  /// Coded 036 when a meeting is under discussion.
  public let refineMeet: Bool
  /// The noun shares the target of the verb before it in its clause ("thanked Scholz in a
  /// phone call").
  public let sharesTarget: Bool
  /// With no target named, the target is the country the story is about ("France said it was
  /// recalling its ambassador" in a story about Mali).
  public let targetsHome: Bool
  /// The target must be an organisation ("left the bloc", not "left Taipei").
  public let targetsOrganisation: Bool
  /// The pattern applies to a passive verb only ("was being held", not "held talks").
  public let passiveOnly: Bool
  /// With no place named, where the event happens: the source's country (`at=source`: a host
  /// receives at home) or the target's (`at=target`: a visit goes to the visited).
  public let placeAt: Side?
  /// Where it was defined.
  public let file: String
  /// Where it was defined.
  public let line: Int
  /// The pattern as written.
  public let text: String

  /// The CAMEO root, 1 to 20 (the code's first two digits); 0 for an exclusion.
  public let root: Int
  /// An exclusion (code `not`): words that look like an event and are not ("a war of words",
  /// "fired up"). Where it matches, no pattern whose words cover its first word fires, and it
  /// codes nothing.
  public let isExclusion: Bool
  /// The rule named in events: `verb:ID` or `noun:ID`.
  public let rule: String
  /// Where it was defined, as `FILE:LINE`.
  public let source: String
  /// The CAMEO code as the coder holds codes.
  let cameoCode: Code
  /// An intent to cooperate or a consultation (root 03 or 04): a pattern whose subject may be
  /// left out or found past a light verb ("held talks"). Not the meetings the tracker counts
  /// (`CameoCode.isMeeting`).
  let isIntentOrConsult: Bool

  /// A pattern; the flags are those of the record's last field.
  public init(
    id: String, cameo: String, elements: [Element], slots: [Slot], symmetric: Bool = false,
    isNoun: Bool = false, reciprocal: Bool = false, fixedModality: Modality? = nil,
    sourceByAgent: Bool = false, sourceFrom: Bool = false, refineMeet: Bool = false,
    sharesTarget: Bool = false,
    targetsHome: Bool = false, targetsOrganisation: Bool = false, passiveOnly: Bool = false,
    placeAt: Side? = nil,
    file: String, line: Int, text: String
  ) {
    self.id = id
    self.cameo = cameo
    self.elements = elements
    self.slots = slots
    self.symmetric = symmetric
    self.isNoun = isNoun
    self.reciprocal = reciprocal
    self.fixedModality = fixedModality
    self.sourceByAgent = sourceByAgent
    self.sourceFrom = sourceFrom
    self.refineMeet = refineMeet
    self.sharesTarget = sharesTarget
    self.targetsHome = targetsHome
    self.passiveOnly = passiveOnly
    self.targetsOrganisation = targetsOrganisation
    self.placeAt = placeAt
    self.file = file
    self.line = line
    self.text = text
    self.root = Int(cameo.prefix(2)) ?? 0
    self.isExclusion = cameo == Self.exclusionCode
    self.cameoCode = Code(cameo)
    self.isIntentOrConsult = cameo.hasPrefix("04") || cameo.hasPrefix("03")
    self.rule = (isNoun ? "noun:" : "verb:") + id
    self.source = "\(file):\(line)"
  }

  /// The code field of an exclusion.
  public static let exclusionCode = "not"

  /// Patterns are equal when everything they were compiled from is.
  public static func == (a: EventPattern, b: EventPattern) -> Bool {
    a === b
      || (a.id == b.id && a.cameo == b.cameo && a.elements == b.elements && a.slots == b.slots
        && a.symmetric == b.symmetric && a.isNoun == b.isNoun && a.reciprocal == b.reciprocal
        && a.fixedModality == b.fixedModality && a.sourceByAgent == b.sourceByAgent
        && a.sourceFrom == b.sourceFrom
        && a.refineMeet == b.refineMeet && a.sharesTarget == b.sharesTarget
        && a.targetsHome == b.targetsHome && a.targetsOrganisation == b.targetsOrganisation
        && a.passiveOnly == b.passiveOnly
        && a.placeAt == b.placeAt
        && a.file == b.file && a.line == b.line && a.text == b.text)
  }

  /// Hashes what the pattern was compiled from (its id, place and text).
  public func hash(into h: inout Hasher) {
    h.combine(id)
    h.combine(file)
    h.combine(line)
    h.combine(text)
  }

  /// The verb forms of a lemma: meets/meeting/meeted etc., plus the irregular `extra` forms.
  public static func inflections(_ lemma: String, extra: [String]) -> [String] {
    var forms: Set<String> = [lemma]
    let l = lemma.lowercased()
    let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
    let last = l.last ?? " "
    let beforeLast = l.dropLast().last ?? " "
    // third person
    if l.hasSuffix("s") || l.hasSuffix("sh") || l.hasSuffix("ch") || l.hasSuffix("x")
      || l.hasSuffix("z")
      || l.hasSuffix("o")
    {
      forms.insert(l + "es")
    } else if last == "y", !vowels.contains(beforeLast) {
      forms.insert(String(l.dropLast()) + "ies")
    } else {
      forms.insert(l + "s")
    }
    // past
    if last == "e" {
      forms.insert(l + "d")
    } else if last == "y", !vowels.contains(beforeLast) {
      forms.insert(String(l.dropLast()) + "ied")
    } else {
      forms.insert(l + "ed")
    }
    // gerund
    if l.hasSuffix("ie") {
      forms.insert(String(l.dropLast(2)) + "ying")
    } else if last == "e", !l.hasSuffix("ee") {
      forms.insert(String(l.dropLast()) + "ing")
    } else {
      forms.insert(l + "ing")
    }
    // A final consonant after one short vowel doubles: cut/cutting, commit/committed,
    // expel/expelled. (Forms of stressed-first verbs such as "visitting" are added too; no
    // text has them, so they match nothing.)
    let third = l.dropLast(2).last ?? "a"
    if l.count >= 3, !vowels.contains(last), !"wxy".contains(last), vowels.contains(beforeLast),
      !vowels.contains(third)
    {
      forms.insert(l + String(last) + "ing")
      forms.insert(l + String(last) + "ed")
    }
    for e in extra { forms.insert(e.lowercased()) }
    return forms.sorted()
  }
}
