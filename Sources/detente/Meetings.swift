import ArgumentParser
import DetenteCore
import DetenteStore
import Foundation

/// `detente meetings`: the meetings tracker.
struct Meetings: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "List meetings linked across stories, with their status history and sources.",
    discussion:
      "A meeting is a cluster of meeting events (CAMEO 036 and 04x) that stories report about the same participants, occasion, place and time. Its status (proposed, planned, possible, held, not held, cancelled) is what the latest story says; a meeting still to come whose date has passed (before --as-of, default today) with no later report is unconfirmed. The list gives a page of meetings (50 by default, oldest first), each with its counts and its latest reports; --id ID gives one meeting with a page of its whole history, oldest report first; a sentence that tells the meeting again by a definite noun (\"the talks lasted two hours\") is among its reports, marked retold, and changes neither its status nor its date. Where reports disagree on the date or the place, the record says so. Standard error says how many there are and the --offset of the next page."
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
  @Option(
    name: .customLong("as-of"),
    help: ArgumentHelp(
      "The day a meeting still to come must be dated after, else it is unconfirmed (default: today).",
      valueName: "YYYY-MM-DD"))
  var asOf: String?
  @Option(name: .long, help: "One meeting (its id) with a page of its reports.")
  var id: String?
  @Option(name: .long, help: "At most this many meetings (or reports, with --id).")
  var limit: Int = 50
  @Option(name: .long, help: "Skip this many meetings (or reports, with --id).")
  var offset: Int = 0
  @Option(name: .shortAndLong, help: "Output format: table or jsonl.")
  var format: String?

  /// Checks the options; a value that cannot be used is exit status 2 with what to write.
  func validate() throws {
    for (o, v) in [("--from", from), ("--to", to)] {
      if let v, EventDate.period(v) == nil {
        throw queryFailure("\(o) \"\(v)\": not a date; write YYYY, YYYY-MM or YYYY-MM-DD")
      }
    }
    if let d = dyad {
      let parts = d.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
      guard parts.count == 2 else {
        throw queryFailure("--dyad \"\(d)\": give two countries separated by a comma, like USA,RUS")
      }
      if case .success(let lexicon) = DetenteCore.Lexicon.bundled,
        let unknown = parts.first(where: {
          lexicon.countries[String($0.uppercased().prefix(3))] == nil
        })
      {
        throw queryFailure(
          "--dyad \"\(d)\": \(unknown) is not a known country code (like USA or RUS)")
      }
    }
    if let a = asOf, CivilDate.strict(a) == nil {
      throw queryFailure("--as-of \"\(a)\": not a day; write YYYY-MM-DD")
    }
    if let f = format, !["table", "jsonl"].contains(f) {
      throw queryFailure("--format \"\(f)\": formats are table and jsonl")
    }
    if limit < 0 { throw queryFailure("--limit \(limit): must be 0 or more") }
    if offset < 0 || offset > EventQuery.maxOffset {
      throw queryFailure("--offset \(offset): must be from 0 to \(EventQuery.maxOffset)")
    }
    if id != nil, person != nil || dyad != nil || from != nil || to != nil {
      throw queryFailure(
        "--id gives one meeting; leave out --person, --dyad, --from and --to with it")
    }
  }

  func run() async throws {
    let db = try await store.openExisting()
    let day = asOf ?? CivilDate.today.description
    let jsonl = (format ?? (isatty(1) != 0 ? "table" : "jsonl")) == "jsonl"
    var out = StandardOutput()
    if let id {
      let found: MeetingRecord?
      do { found = try await db.meeting(id: id, asOf: day) } catch {
        throw storeFailure(store.name, error)
      }
      guard let m = found else {
        FileHandle.standardError.write(
          "\(store.name): error: no meeting \(id)\n".data(using: .utf8)!)
        throw ExitCode(1)
      }
      let reports = m.history.dropFirst(offset).prefix(limit)
      if jsonl {
        // One object, as the API's /api/meetings/{id} gives it: the meeting and a page of its
        // reports.
        let end = offset + reports.count
        let o: [String: Any] = [
          "meeting": m.summaryJSON(contradictions: m.contradictions.count),
          "history": reports.map(\.json), "count": reports.count, "total": m.history.count,
          "limit": limit, "offset": offset,
          "next_offset": end < m.history.count && !reports.isEmpty ? end : NSNull(),
        ]
        out.write(Self.encode(o) + "\n")
      } else {
        out.write(Self.text(m, reports: reports, earlier: 0))
      }
      try out.finish()
      pageNote("reports", offset: offset, count: reports.count, total: m.history.count)
      return
    }
    var q = MeetingQuery()
    q.person = person
    q.dyad = dyad.map {
      $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).uppercased() }
    }
    q.from = from
    q.to = to
    q.asOf = day
    q.limit = limit
    q.offset = offset
    let meetings: [MeetingRecord]
    let total: Int
    do {
      meetings = try await db.meetings(matching: q)
      total = try await db.meetingCount(matching: q)
    } catch {
      throw storeFailure(store.name, error)
    }
    for m in meetings {
      if jsonl {
        out.write(Self.encode(m.summaryJSON()) + "\n")
      } else {
        let latest = m.latest(MeetingRecord.summaryReports)
        out.write(
          Self.text(
            m, reports: latest, earlier: m.history.count - latest.count,
            contradictions: MeetingRecord.summaryReports) + "\n")
      }
    }
    try out.finish()
    pageNote("meetings", offset: offset, count: meetings.count, total: total)
  }

  /// A meeting as text: heading, date, place and id, the given reports (after `earlier` ones
  /// not shown) and where sources disagree.
  static func text(
    _ m: MeetingRecord, reports: ArraySlice<MeetingRecord.Report>, earlier: Int,
    contradictions most: Int = Int.max
  ) -> String {
    var lines = [
      "\(m.participants.joined(separator: " – "))\(m.occasion.map { ", \($0)" } ?? "")  [\(m.status.rawValue)]",
      "  when   \(m.date.map { "\($0.value) (\($0.precision))" } ?? "-")",
      "  where  \(m.place.map { "\($0)\(m.placeCountry.map { ", \($0)" } ?? "")" } ?? "-")",
      "  id     \(m.id)",
      "  \(m.history.count) report\(m.history.count == 1 ? "" : "s") from \(m.stories) stor\(m.stories == 1 ? "y" : "ies")",
    ]
    if earlier > 0 { lines.append("  … \(earlier) earlier (detente meetings --id \(m.id))") }
    for r in reports {
      lines.append(
        "  \(r.published ?? "----------")  \(r.status.rawValue.padding(toLength: 9, withPad: " ", startingAt: 0)) \(r.articleId)\(r.retold ? " (retold)" : ""): \(String(r.sentence.prefix(100)))"
      )
    }
    if m.contradictions.count > most {
      lines.append("  ! sources disagree \(m.contradictions.count) times; the first \(most):")
    }
    for c in m.contradictions.prefix(most) {
      lines.append(
        "  ! sources disagree on the \(c.field): \(c.first.value) (\(c.first.articleId)) vs \(c.second.value) (\(c.second.articleId))"
      )
    }
    return lines.joined(separator: "\n") + "\n"
  }

  static func encode(_ o: [String: Any]) -> String {
    let data = (try? JSONSerialization.data(withJSONObject: o, options: [.sortedKeys])) ?? Data()
    return String(decoding: data, as: UTF8.self)
  }
}
