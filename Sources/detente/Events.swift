import ArgumentParser
import DetenteCore
import DetenteStore
import Foundation

/// `detente events`: stored events, filtered and sorted.
struct Events: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "List stored events that match the filters.",
    discussion:
      "Filters combine with AND; a repeated filter (or a comma list) matches any of its values. Actor values are a country (RUS), a country and role (RUSGOV) or an organisation (IGONATO). Dates are YYYY, YYYY-MM or YYYY-MM-DD; an event dated with a month or a year matches when its period overlaps the range."
  )

  @OptionGroup var store: StoreOptions

  @Option(name: .long, help: "Actor on either side (repeatable; comma lists allowed).")
  var actor: [String] = []
  @Option(name: .long, help: "Source actor (repeatable).")
  var source: [String] = []
  @Option(name: .long, help: "Target actor (repeatable).")
  var target: [String] = []
  @Option(name: .long, help: "A person on either side (part of the name is enough).")
  var person: String?
  @Option(name: .long, help: ArgumentHelp("Two actors, either direction.", valueName: "A,B"))
  var dyad: String?
  @Option(name: .long, help: "CAMEO code or root (repeatable): 16 for a root, 163 for a code.")
  var cameo: [String] = []
  @Option(name: .long, help: "PLOVER type (repeatable).")
  var plover: [String] = []
  @Option(name: .long, help: "Quad class 1–4 (repeatable).")
  var quad: [String] = []
  @Option(
    name: .long,
    help: "Modality (repeatable): occurred, planned, possible, negated, cancelled.")
  var modality: [String] = []
  @Option(name: .long, help: "Event date from (inclusive).")
  var from: String?
  @Option(name: .long, help: "Event date to (inclusive).")
  var to: String?
  @Option(name: .long, help: "Publication date from (inclusive).")
  var publishedFrom: String?
  @Option(name: .long, help: "Publication date to (inclusive).")
  var publishedTo: String?
  @Option(
    name: .long,
    help:
      "The day a timeline counts an event at from (inclusive): its date's first day, or its article's date when undated."
  )
  var countedFrom: String?
  @Option(name: .long, help: "The day a timeline counts an event at to (inclusive).")
  var countedTo: String?
  @Option(name: .long, help: "Outlet (repeatable).")
  var outlet: [String] = []
  @Option(name: .long, help: "One article's events.")
  var article: String?
  @Option(name: .long, help: "The events at one place (its name, any case: Moscow).")
  var place: String?
  @Option(
    name: .long,
    help:
      "Search the sentences for these words (all of them, any order) and \"quoted phrases\"; punctuation inside a word is part of it (U.S., G-20, Putin's)."
  )
  var text: String?
  @Option(
    name: .long,
    help: ArgumentHelp(
      "How --text is read: words (the default) or fts, SQLite FTS5 syntax (OR, NOT, NEAR, prefix*, column filters).",
      valueName: "words|fts"))
  var textSyntax: String = "words"
  @Option(name: .long, help: "Order: date, published, goldstein or article.")
  var sort: String = "date"
  @Flag(name: .long, help: "Newest (or most cooperative) first.")
  var desc = false
  @Option(
    name: .long,
    help: "At most this many events (standard error then says of how many, and the next --offset)."
  )
  var limit: Int?
  @Option(name: .long, help: "Skip this many events.")
  var offset: Int = 0
  @Option(
    name: .shortAndLong,
    help:
      "Output format: table, jsonl, csv, tsv, gdelt (GDELT 1.0's event table: 58 tab-separated columns, no header) or plover (PLOVER JSON records, one a line); default: table on a terminal, jsonl otherwise. See docs/formats.md."
  )
  var format: EventFormat?

  /// The query these options describe, checked.
  func query(lexicon: DetenteCore.Lexicon) throws -> EventQuery {
    func list(_ values: [String]) -> [String] {
      values.flatMap {
        $0.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) }
      }
      .filter { !$0.isEmpty }
    }
    var q = EventQuery()
    q.actors = list(actor)
    q.sources = list(source)
    q.targets = list(target)
    q.person = person
    if let d = dyad {
      let parts = list([d])
      guard parts.count == 2 else {
        throw queryFailure("--dyad \"\(d)\": give two actors separated by a comma, like USA,RUS")
      }
      q.dyad = (parts[0], parts[1])
    }
    q.cameo = list(cameo)
    q.plover = list(plover)
    q.quadClass = try list(quad).map { v in
      guard let n = Int(v) else {
        throw queryFailure(
          "--quad \"\(v)\": quad classes are 1 (verbal cooperation) to 4 (material conflict)")
      }
      return n
    }
    q.modality = try list(modality).map { v in
      guard let m = Modality(rawValue: v.lowercased()) else {
        throw queryFailure(
          "--modality \"\(v)\": modalities are \(Modality.allCases.map(\.rawValue).joined(separator: ", "))"
        )
      }
      return m
    }
    q.from = from
    q.to = to
    q.publishedFrom = publishedFrom
    q.publishedTo = publishedTo
    q.countedFrom = countedFrom
    q.countedTo = countedTo
    q.outlet = outlet
    q.article = article
    q.place = place
    q.text = text
    guard let syntax = TextSyntax(rawValue: textSyntax.lowercased()) else {
      throw queryFailure("--text-syntax \"\(textSyntax)\": give words or fts")
    }
    q.textSyntax = syntax
    guard let s = EventQuery.Sort(rawValue: sort) else {
      throw queryFailure(
        "--sort \"\(sort)\": orders are \(EventQuery.Sort.allCases.map(\.rawValue).joined(separator: ", "))"
      )
    }
    q.sort = s
    q.descending = desc
    q.limit = limit
    q.offset = offset
    do {
      return try q.validated(lexicon: lexicon)
    } catch {
      throw queryFailure(error.description)
    }
  }

  func run() async throws {
    let lex = try loadLexicon([])
    let q = try query(lexicon: lex)
    let db = try await store.openExisting()
    let events: [Event]
    // With --limit or --offset the output is a page: standard error says of how many.
    var total: Int?
    do {
      if q.limit != nil || q.offset > 0 {
        let page = try await db.eventPage(matching: q)
        events = page.items
        total = page.total
      } else {
        events = try await db.events(matching: q)
      }
    } catch {
      throw storeFailure(store.name, error)
    }
    let fmt = format ?? (isatty(1) != 0 ? .table : .jsonl)
    var out = StandardOutput()
    if let h = fmt.header() { out.write(h + "\n") }
    for e in events { out.write(fmt.line(e) + "\n") }
    try out.finish()
    if let total { pageNote("events", offset: q.offset, count: events.count, total: total) }
  }
}
