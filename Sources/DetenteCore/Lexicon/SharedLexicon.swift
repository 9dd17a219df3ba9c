/// One lexicon held by reference, for the recognizers and coders made for every article and
/// sentence.
///
/// `Lexicon` is a struct of many tables: each copy retains every one of them, and the threads
/// coding at once all retain the same counts. Coders hold this box instead and read the tables
/// through it, so making a coder costs one retain.
final class SharedLexicon: Sendable {
  /// The lexicon.
  let value: Lexicon

  /// Boxes `value`.
  init(_ value: Lexicon) { self.value = value }

  // Look-ups the coder makes for every actor and event, as methods of the box: a method of
  // `Lexicon` itself would be handed a copy of the whole struct's bits each call.

  /// The string of `code` (see `Lexicon.string`).
  func string(_ code: Code) -> String {
    if let p = value.codeStrings.position(of: Lexicon.stringKey(code)) {
      let entry = value.codeStrings.values[p]
      if entry.code == code { return entry.string }
    }
    return code.string
  }

  /// The index into `Lexicon.countryList` of `code`.
  func countryPosition(_ code: Code) -> Int? {
    guard code.count <= 3, let i = value.countryIndex[code.key] else { return nil }
    return Int(i)
  }
}
