import ArgumentParser
import DetenteCore
import DetenteStore
import Foundation

/// `detente timeline`: a relationship over time.
struct TimelineCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "timeline",
    abstract: "Show a dyad's (or a person's) events per week, month or year, by quad class.",
    discussion:
      "Counts the events that occurred per period (by event date, or publication date when undated) in each quad class (1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict), with their Goldstein sum. --events lists the events behind each period."
  )

  @OptionGroup var store: StoreOptions

  @Option(name: .long, help: ArgumentHelp("Two actors, either direction.", valueName: "A,B"))
  var dyad: String?
  @Option(name: .long, help: "One person's engagements (part of the name).")
  var person: String?
  @Option(name: .long, help: "Period: week, month or year.")
  var by: String = "month"
  @Flag(name: .long, help: "Count planned, possible, negated and cancelled events too.")
  var all = false
  @Flag(name: .long, help: "List the events behind each period.")
  var events = false
  @Option(name: .shortAndLong, help: "Output format: table or jsonl.")
  var format: String?

  func validate() throws {
    if dyad == nil && person == nil {
      throw ValidationError("give --dyad A,B or --person NAME")
    }
    if Timeline.Period(rawValue: by) == nil {
      throw ValidationError("--by \"\(by)\": periods are week, month and year")
    }
  }

  func run() async throws {
    let lex = try loadLexicon([])
    var q = EventQuery()
    q.person = person
    if let d = dyad {
      let parts = d.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
      guard parts.count == 2 else {
        throw ValidationError("--dyad \"\(d)\": give two actors separated by a comma, like USA,RUS")
      }
      q.dyad = (parts[0], parts[1])
    }
    q.sort = .date
    do {
      q = try q.validated(lexicon: lex)
    } catch {
      throw ValidationError(error.description)
    }
    let db = try await store.openExisting()
    let found = try await db.events(matching: q)
    let timeline = Timeline(found, by: Timeline.Period(rawValue: by)!, includeAll: all)
    let byId = Dictionary(found.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    var out = StandardOutput()
    if (format ?? (isatty(1) != 0 ? "table" : "jsonl")) == "jsonl" {
      for b in timeline.buckets {
        let o: [String: Any] = [
          "period": b.period, "verbal_cooperation": b.quad[0], "material_cooperation": b.quad[1],
          "verbal_conflict": b.quad[2], "material_conflict": b.quad[3],
          "goldstein": b.goldstein, "events": b.events,
        ]
        let data = try JSONSerialization.data(withJSONObject: o, options: [.sortedKeys])
        out.write(String(decoding: data, as: UTF8.self) + "\n")
      }
    } else {
      out.write("period      coop-v coop-m conf-v conf-m  goldstein\n")
      for b in timeline.buckets {
        out.write(
          b.period.padding(toLength: 11, withPad: " ", startingAt: 0)
            + String(
              format: " %6d %6d %6d %6d %10.1f\n", b.quad[0], b.quad[1], b.quad[2], b.quad[3],
              b.goldstein))
        if events {
          for id in b.events {
            guard let e = byId[id] else { continue }
            out.write(
              "    \(e.cameo) \(e.source.code)→\(e.target?.code ?? "-") \(e.date?.value ?? "") \(id): \(String(e.sentenceText.prefix(80)))\n"
            )
          }
        }
      }
    }
    try out.finish()
  }
}
