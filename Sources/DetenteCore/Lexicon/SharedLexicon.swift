/// One lexicon held by reference, for the recognizers and coders made for every article and
/// sentence.
///
/// `Lexicon` is a struct of many tables: each copy retains every one of them, and the threads
/// coding at once all retain the same counts. Coders hold this box instead and read the tables
/// through it, so making a coder costs one retain.
final class SharedLexicon: Sendable {
  /// The lexicon.
  let value: Lexicon
  /// The mention table, frozen (see `FlatPhraseTable`).
  let mentions: FlatPhraseTable<MentionValue>
  /// The modality markers, frozen.
  let modality: FlatPhraseTable<ModalityMarker>
  /// The topic phrases, frozen: each value an index into `topicNames`.
  let topics: FlatPhraseTable<Int32>
  let topicNames: [String]
  /// The event patterns, frozen for the trigger finder.
  let patterns: FlatPatterns

  /// Boxes `value` and freezes its hot tables.
  init(_ value: Lexicon) {
    self.value = value
    mentions = value.mentionValues.freeze { $0 }
    modality = value.modality.freeze { $0 }
    var names: [String] = []
    topics = value.topics.freeze { name -> Int32 in
      if let k = names.firstIndex(of: name) { return Int32(k) }
      names.append(name)
      return Int32(names.count - 1)
    }
    topicNames = names
    patterns = FlatPatterns(value)
  }

  // Look-ups the coder makes for every actor and event, as methods of the box: a method of
  // `Lexicon` itself would be handed a copy of the whole struct's bits each call.

  /// The string of `code`: the one the lexicon made once (`Lexicon.codeStrings`), or a new one.
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
