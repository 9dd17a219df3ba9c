import ArgumentParser
import DetenteCore
import DetenteStore
import Foundation

/// `detente show`: one stored event, with its sentence, article and rule.
struct Show: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Print one stored event with its sentence, article and the rule that fired.")

  @OptionGroup var store: StoreOptions

  @Argument(help: "The event id (as printed by `detente events`).")
  var id: String

  @Flag(name: .long, help: "Print the event as one JSON line instead.")
  var json = false

  func run() async throws {
    let db = try await store.openExisting()
    guard let found = try await db.event(id: id) else {
      FileHandle.standardError.write(
        "\(store.name): error: no event \(id); `detente events` lists the ids\n".data(using: .utf8)!
      )
      throw ExitCode(1)
    }
    let e = found.event
    if json {
      print(e.jsonLine)
      return
    }
    func actor(_ a: Actor?) -> String {
      guard let a else { return "-" }
      return "\(a.code) \"\(a.text)\"" + (a.person.map { " (\($0))" } ?? "")
    }
    var lines = [
      "event     \(e.id)",
      "what      \(e.cameo) \(e.plover ?? "")\(e.ploverMode.map { "/\($0)" } ?? ""), \(e.modality.rawValue), Goldstein \(e.goldstein), quad class \(e.quadClass)",
      "source    \(actor(e.source))",
      "target    \(actor(e.target))\(e.symmetric ? " (either direction)" : "")",
      "when      \(e.date.map { "\($0.value) (\($0.precision), from \"\($0.text)\")" } ?? "-")",
      "where     \(e.location.map { "\($0.name), \($0.country)" } ?? "-")",
    ]
    if !e.topics.isEmpty { lines.append("topics    \(e.topics.joined(separator: ", "))") }
    if let at = e.attribution { lines.append("said by   \(at.code) \"\(at.text)\"") }
    lines += [
      "sentence  [\(e.sentenceIndex)] \(e.sentenceText)",
      "evidence  \"\(e.evidence)\"",
      "rule      \(e.rule) (\(e.ruleSource))",
      "article   \(found.article.id): \(found.article.title)",
      "          \(found.article.published ?? "no date") \(found.article.outlet ?? "")\(found.article.url.map { " " + $0 } ?? "")",
      "          \(found.article.path)",
    ]
    print(lines.joined(separator: "\n"))
  }
}
