/// Explains how a phrase resolves: the actors, places and times the recognizers find in it.
public struct LexiconLookup: Sendable {
  /// The lexicon.
  public let lexicon: Lexicon
  /// Creates a look-up.
  public init(lexicon: Lexicon) { self.lexicon = lexicon }

  /// The actors and places the recognizer finds in `text` on `date`, as one sentence.
  public func resolve(_ text: String, date: CivilDate) -> (
    actors: [ActorMention], places: [PlaceMention]
  ) {
    var copy = text
    return copy.withUTF8 { bytes in
      var tokens: [Token] = []
      Tokenizer().tokenize(bytes, into: &tokens)
      var context = ArticleContext(date: date)
      return ActorRecognizer(lexicon: lexicon).find(
        bytes, tokens, 0..<tokens.count, context: &context)
    }
  }

  /// One line per thing found in `text`, resolved on `date`.
  public func lookup(_ text: String, date: CivilDate) -> [String] {
    var copy = text
    let (actors, places) = resolve(text, date: date)
    return copy.withUTF8 { bytes in
      var tokens: [Token] = []
      Tokenizer().tokenize(bytes, into: &tokens)
      var out: [String] = []
      for m in actors {
        for a in m.actors {
          var line = "actor  \"\(a.text)\" → \(a.code)"
          if let p = a.person { line += "  person: \(p)" }
          if m.isModifier { line += "  (modifier)" }
          if m.isOccasion { line += "  (occasion)" }
          out.append(line)
        }
      }
      for p in places {
        out.append("place  \"\(p.text)\" → \(p.name), \(p.country) (\(p.lat), \(p.lon))")
      }
      for t in TimeRecognizer().find(bytes, tokens, 0..<tokens.count) {
        let past = TimeRecognizer.resolve(t.spec, text: t.text, published: date, future: false)
        let future = TimeRecognizer.resolve(t.spec, text: t.text, published: date, future: true)
        out.append(
          "time   \"\(t.text)\" → \(past?.value ?? "?") if past, \(future?.value ?? "?") if ahead")
      }
      return out
    }
  }
}
