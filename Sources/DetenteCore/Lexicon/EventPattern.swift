/// A compiled event pattern from events.lex.
public struct EventPattern: Sendable, Hashable {
  /// One position of a pattern.
  public enum Element: Sendable, Hashable {
    /// Any of these token hashes.
    case words(HashSet64)
    /// Up to four tokens of anything but strong punctuation.
    case gap
  }
  /// Where the target is found.
  public enum Slot: Sendable, Hashable {
    case object, inGap, place, none
    case preposition(UInt64, String)
  }
  /// The record's id: the `rule` of events it codes.
  public var id: String
  /// The CAMEO code.
  public var cameo: String
  /// The pattern's positions.
  public var elements: [Element]
  /// Target slots, in order of preference.
  public var slots: [Slot]
  /// Direction does not matter.
  public var symmetric: Bool
  /// The trigger is a noun.
  public var isNoun: Bool
  /// Needs a plural subject ("each other").
  public var reciprocal: Bool
  /// A modality fixed by the pattern.
  public var fixedModality: Modality?
  /// The source follows "by".
  public var sourceByAgent: Bool
  /// Coded 036 when a meeting is under discussion.
  public var refineMeet: Bool
  /// The noun shares the target of the verb before it in its clause ("thanked Scholz in a
  /// phone call").
  public var sharesTarget: Bool = false
  /// With no target named, the target is the country the story is about ("France said it was
  /// recalling its ambassador" in a story about Mali).
  public var targetsHome: Bool = false
  /// The target must be an organisation ("left the bloc", not "left Taipei").
  public var targetsOrganisation: Bool = false
  /// Where it was defined.
  public var file: String
  /// Where it was defined.
  public var line: Int
  /// The pattern as written.
  public var text: String

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
    for e in extra { forms.insert(e.lowercased()) }
    return forms.sorted()
  }
}
