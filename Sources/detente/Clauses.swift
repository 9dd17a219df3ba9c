import ArgumentParser
import DetenteCore
import Foundation

/// `detente clauses`: shows the clause-structure stage's reading of each sentence.
struct Clauses: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Show each sentence's predicates and their arguments.",
    discussion:
      "The clause-structure stage on its own: for each verb and event noun of a sentence, its logical subject and object, its prepositional attachments and the predicate it governs (what was said, agreed or urged), each argument with the rule that linked it (subject, controller, relative, passive-subject, agent, possessor …). Takes the same inputs as `detente code`. With --format jsonl, one JSON object per sentence (scripts/clause-detente.py turns it into what scripts/clause-score.py scores)."
  )

  /// The output formats.
  enum Format: String, ExpressibleByArgument, CaseIterable {
    case text, jsonl
  }

  @OptionGroup var input: InputOptions

  @Option(name: .long, help: "text (for reading) or jsonl (one object per sentence).")
  var format: Format = .text

  @Flag(
    help:
      "Merge the bundled dependency parser's arguments into the rules' (role by role, as measured in docs/clauses.md); arguments it gave are marked \"parsed\"."
  )
  var parser = false

  /// For measuring the parse on its own (docs/clauses.md): the rules' predicate words, with
  /// every argument from the parse.
  @Flag(help: .hidden)
  var parserOnly = false

  @Argument(help: "Article files or folders, or - for standard input.")
  var paths: [String]

  func run() throws {
    let model: DependencyModel? = parser || parserOnly ? try DependencyModel.bundled.get() : nil
    try input.analyzeEach(paths) { a, out in
      if format == .text { out.write("# \(a.article.id)\n") }
      let bytes = Array(a.body.utf8)
      for s in a.sentences {
        var predicates = a.clauses[s.index]
        if parserOnly { predicates = predicates.map(\.withoutArguments) }
        if let model {
          predicates = model.merge(
            predicates, bytes: bytes, tokens: a.tokens, sentence: s.tokens,
            mentions: a.actors[s.index].map(\.range))
        }
        let reading = ClauseText(analysis: a, sentence: s, bytes: bytes, predicates: predicates)
        switch format {
        case .text: out.write(reading.text())
        case .jsonl: out.write(try reading.json(article: a.article.id) + "\n")
        }
      }
    }
  }
}

/// One sentence's predicates in words.
struct ClauseText {
  let analysis: EventCoder.Analysis
  let sentence: Sentence
  let bytes: [UInt8]
  /// The predicates to show (the rules' reading, or the merged one).
  let predicates: [ClausePredicate]

  func words(_ r: Range<Int>) -> String {
    guard !r.isEmpty else { return "" }
    let t = analysis.tokens
    return String(
      decoding: bytes[Int(t[r.lowerBound].start)..<Int(t[r.upperBound - 1].end)], as: UTF8.self)
  }

  /// A coordinated argument as its members ("Kenya and Uganda" → two), else one phrase.
  func members(_ a: ClauseArgument) -> [String] {
    var parts: [String] = []
    var start = a.tokens.lowerBound
    for k in a.tokens {
      let w = words(k..<(k + 1)).lowercased()
      guard w == "and" || w == "," else { continue }
      if start < k { parts.append(words(start..<k)) }
      start = k + 1
    }
    if start < a.tokens.upperBound { parts.append(words(start..<a.tokens.upperBound)) }
    // ("Russian and Ukrainian negotiators": adjectives sharing one noun are one phrase.)
    if parts.count == 2, !parts[0].contains(" "), parts[1].contains(" "),
      parts[1].first?.isUppercase == true
    {
      return [words(a.tokens)]
    }
    return parts
  }

  /// Which occurrence of its word in the sentence predicate `p` is, from 1.
  func occurrence(_ p: ClausePredicate) -> Int {
    let t = analysis.tokens
    return (sentence.tokens.lowerBound...p.head).filter { t[$0].hash == t[p.head].hash }.count
  }

  func text() -> String {
    var s = "\n[\(sentence.index)] \(sentence.text)\n"
    for p in predicates {
      var parts: [String] = []
      if let a = p.subject { parts.append("subject \"\(words(a.tokens))\" (\(a.link.rawValue))") }
      if let a = p.object { parts.append("object \"\(words(a.tokens))\" (\(a.link.rawValue))") }
      for at in p.attachments {
        parts.append(
          "\(words(at.preposition..<(at.preposition + 1))) \"\(words(at.argument.tokens))\"")
      }
      if let c = p.complement {
        parts.append("governs \(words(predicates[c].head..<(predicates[c].head + 1)))")
      }
      let kind = p.isNoun ? "noun" : p.isPassive ? "passive" : "verb"
      s += "  \(kind) \(words(p.head..<(p.head + 1))): \(parts.joined(separator: "; "))\n"
    }
    return s
  }

  func json(article: String) throws -> String {
    var list: [[String: Any]] = []
    for p in predicates {
      var o: [String: Any] = [
        "trigger": words(p.head..<(p.head + 1)), "occurrence": occurrence(p), "noun": p.isNoun,
        "passive": p.isPassive,
      ]
      func value(_ a: ClauseArgument) -> Any {
        let m = members(a)
        return m.count == 1 ? m[0] : m
      }
      if let a = p.subject {
        o["subject"] = value(a)
        o["subject_link"] = a.link.rawValue
      }
      if let a = p.object {
        o["object"] = value(a)
        o["object_link"] = a.link.rawValue
      }
      var preps: [String: Any] = [:]
      for at in p.attachments {
        let w = words(at.preposition..<(at.preposition + 1)).lowercased()
        if preps[w] == nil { preps[w] = value(at.argument) }
      }
      o["preps"] = preps
      if let c = p.complement {
        o["complement"] = words(predicates[c].head..<(predicates[c].head + 1))
      }
      list.append(o)
    }
    let o: [String: Any] = [
      "article": article, "sentence": sentence.index, "text": sentence.text, "predicates": list,
    ]
    let data = try JSONSerialization.data(withJSONObject: o, options: [.sortedKeys])
    return String(decoding: data, as: UTF8.self)
  }
}
