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
}
