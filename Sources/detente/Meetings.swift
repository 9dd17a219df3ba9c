import ArgumentParser
import DetenteCore
import DetenteStore
import Foundation

/// `detente meetings`: the meetings tracker.
struct Meetings: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "List meetings linked across stories, with their status history and sources.",
    discussion:
      "A meeting is a cluster of meeting events (CAMEO 036 and 04x) that stories report about the same participants, occasion, place and time. Its status (proposed, planned, possible, held, not held, cancelled) is what the latest story says; the history lists every report, oldest first. Where reports disagree on the date or the place, the record says so."
  )

  @OptionGroup var store: StoreOptions

  @Option(name: .long, help: "A person taking part (part of the name).")
  var person: String?
  @Option(name: .long, help: ArgumentHelp("Two countries, either order.", valueName: "A,B"))
  var dyad: String?
  @Option(name: .long, help: "Meetings dated from (YYYY, YYYY-MM or YYYY-MM-DD).")
  var from: String?
  @Option(name: .long, help: "Meetings dated to.")
  var to: String?
  @Option(name: .shortAndLong, help: "Output format: table or jsonl.")
  var format: String?

  func validate() throws {
    for (o, v) in [("--from", from), ("--to", to)] {
      if let v, EventDate.period(v) == nil {
        throw ValidationError("\(o) \"\(v)\": not a date; write YYYY, YYYY-MM or YYYY-MM-DD")
      }
    }
    if let d = dyad, d.split(separator: ",").count != 2 {
      throw ValidationError(
        "--dyad \"\(d)\": give two countries separated by a comma, like USA,RUS")
    }
    if let f = format, !["table", "jsonl"].contains(f) {
      throw ValidationError("--format \"\(f)\": formats are table and jsonl")
    }
  }

  func run() async throws {
    let db = try store.openExisting()
    var q = MeetingQuery()
    q.person = person
    q.dyad = dyad.map {
      $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).uppercased() }
    }
    q.from = from
    q.to = to
    let meetings = try await db.meetings(matching: q)
    var out = StandardOutput()
    if (format ?? (isatty(1) != 0 ? "table" : "jsonl")) == "jsonl" {
      for m in meetings { out.write(Self.json(m) + "\n") }
    } else {
      for m in meetings { out.write(Self.text(m) + "\n") }
    }
    try out.finish()
  }

  static func text(_ m: MeetingRecord) -> String {
    var lines = [
      "\(m.participants.joined(separator: " – "))\(m.occasion.map { ", \($0)" } ?? "")  [\(m.status.rawValue)]",
      "  when   \(m.date.map { "\($0.value) (\($0.precision))" } ?? "-")",
      "  where  \(m.place.map { "\($0)\(m.placeCountry.map { ", \($0)" } ?? "")" } ?? "-")",
      "  id     \(m.id)",
    ]
    for r in m.history {
      lines.append(
        "  \(r.published ?? "----------")  \(r.status.rawValue.padding(toLength: 9, withPad: " ", startingAt: 0)) \(r.articleId): \(String(r.sentence.prefix(100)))"
      )
    }
    for c in m.contradictions {
      lines.append(
        "  ! sources disagree on the \(c.field): \(c.first.value) (\(c.first.articleId)) vs \(c.second.value) (\(c.second.articleId))"
      )
    }
    return lines.joined(separator: "\n") + "\n"
  }

  static func json(_ m: MeetingRecord) -> String {
    var o: [String: Any] = [
      "id": m.id, "participants": m.participants, "countries": m.countries,
      "status": m.status.rawValue,
    ]
    o["occasion"] = m.occasion ?? NSNull()
    o["place"] = m.place ?? NSNull()
    o["place_country"] = m.placeCountry ?? NSNull()
    o["date"] = m.date?.value ?? NSNull()
    o["date_precision"] = m.date?.precision ?? NSNull()
    o["history"] = m.history.map { r -> [String: Any] in
      [
        "status": r.status.rawValue, "article": r.articleId, "published": r.published ?? NSNull(),
        "event": r.eventId, "sentence": r.sentence, "date": r.date?.value ?? NSNull(),
        "place": r.place ?? NSNull(),
      ]
    }
    o["contradictions"] = m.contradictions.map { c -> [String: Any] in
      [
        "field": c.field,
        "values": [
          ["value": c.first.value, "article": c.first.articleId],
          ["value": c.second.value, "article": c.second.articleId],
        ],
      ]
    }
    let data = (try? JSONSerialization.data(withJSONObject: o, options: [.sortedKeys])) ?? Data()
    return String(decoding: data, as: UTF8.self)
  }
}
