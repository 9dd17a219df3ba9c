import ArgumentParser
import DetenteCore
import Foundation

/// `detente explain`: shows, sentence by sentence, what the coder recognised and coded.
struct Explain: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Show each sentence's actors, times, places and events.",
    discussion:
      "For finding out why a sentence was or was not coded: every sentence is printed with the actor mentions (words → code), time and place mentions it holds, then the exclusions that stopped a pattern (words that look like an event and are not), the events set aside as a state acting on itself (a government's appeal to its own army), and the events coded from it with the rule that fired, or the earlier meeting it tells again by a definite noun (\"the talks\": a report of that meeting, not a new event). Takes the same inputs as `detente code`."
  )

  @OptionGroup var input: InputOptions

  @Option(name: .long, help: "Only the sentence with this index (0-based) of each article.")
  var sentence: Int?

  @Argument(help: "Article files or folders, or - for standard input.")
  var paths: [String]

  func run() throws {
    try input.analyzeEach(paths) { a, out in
      let article = a.article
      out.write("# \(article.id) (\(article.published?.description ?? "no date"))\n")
      let bytes = Array(a.body.utf8)
      func words(_ r: Range<Int>) -> String {
        guard !r.isEmpty else { return "" }
        let b = Int(a.tokens[r.lowerBound].start)..<Int(a.tokens[r.upperBound - 1].end)
        return String(decoding: bytes[b], as: UTF8.self)
      }
      for s in a.sentences where sentence == nil || sentence == s.index {
        out.write("\n[\(s.index)] \(s.text)\n")
        for m in a.actors[s.index] {
          var flags: [String] = []
          if m.isModifier { flags.append("modifier") }
          if m.isOccasion { flags.append("occasion") }
          if m.isCoreference { flags.append("coreference") }
          if m.countryFromStory { flags.append("country from story") }
          let who = m.actors.map { a in a.person.map { "\(a.code) (\($0))" } ?? a.code }
          let note = flags.isEmpty ? "" : "  [\(flags.joined(separator: ", "))]"
          out.write("  actor  \"\(words(m.range))\" → \(who.joined(separator: " + "))\(note)\n")
        }
        for t in a.times[s.index] {
          var flags: [String] = []
          if t.isReporting { flags.append("when said") }
          if t.isModifier { flags.append("modifier") }
          if t.isDeadline { flags.append("deadline") }
          let note = flags.isEmpty ? "" : "  [\(flags.joined(separator: ", "))]"
          out.write("  time   \"\(t.text)\"\(note)\n")
        }
        for p in a.places[s.index] {
          out.write("  place  \"\(p.text)\" → \(p.name), \(p.country)\n")
        }
        for x in a.exclusions[s.index] {
          out.write(
            "  not    \"\(words(x.tokens))\": no event from these words  (\(x.pattern.id), \(x.pattern.source))\n"
          )
        }
        for x in a.setAside[s.index] {
          out.write(
            "  aside  \(x.pattern.cameo) \(x.source) → \(x.target) \"\(words(x.tokens))\": a state acting on itself, not coded  (\(x.pattern.id), \(x.pattern.source))\n"
          )
        }
        for e in a.events where e.sentenceIndex == s.index {
          let target = e.target.map { "\($0.code) \"\($0.text)\"" } ?? "-"
          let when = e.date.map { " on \($0.value)" } ?? ""
          out.write(
            "  event  \(e.cameo) \(e.modality.rawValue): \(e.source.code) \"\(e.source.text)\" → \(target)\(when)  (\(e.rule), \(e.ruleSource))\n"
          )
          for r in e.references {
            let to =
              r.antecedent.map { "\"\($0.text)\" (sentence \($0.sentence))" } ?? "no earlier name"
            out.write(
              "         \(r.role.rawValue) by reference (\(r.kind.rawValue)): \"\(r.text)\" → \(to)\n"
            )
          }
        }
        for e in a.events {
          for r in e.retold where r.sentenceIndex == s.index {
            let target = e.target.map { " → \($0.code)" } ?? ""
            out.write(
              "  retold \"\(r.evidence)\": the \(e.cameo) \(e.source.code)\(target) of sentence \(e.sentenceIndex), not a new event\n"
            )
          }
        }
      }
      out.write("\n")
    }
  }
}
