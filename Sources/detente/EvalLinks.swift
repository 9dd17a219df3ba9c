import ArgumentParser
import DetenteCore
import DetenteStore
import Foundation

extension Eval {
  /// `detente eval --links GOLD (--db FILE | PATH...)`: scores the meetings tracker.
  func runLinks() async throws {
    let gold: [LinkScorer.GoldMeeting]
    do {
      gold = try LinkScorer.load(self.gold)
    } catch {
      FileHandle.standardError.write("\(error)\n".data(using: .utf8)!)
      throw ExitCode(1)
    }
    var failed = false
    let records: [MeetingRecord]
    if let db {
      let store = try await StoreOptions.parse(["--db", db]).openExisting()
      records = try await store.meetings(matching: MeetingQuery())
    } else {
      (records, failed) = try await Self.linkInTemporaryStore(inputs, lexicon: lexicon)
    }
    let r = LinkScorer.score(gold: gold, records: records)
    if json {
      print(Self.json(r))
    } else {
      print(Self.text(r, show: show))
    }
    if failed { throw ExitCode(1) }
  }

  /// Codes the articles and ingests them, in the order given, into a store made for the
  /// purpose and removed after; returns its meetings and whether an input failed.
  static func linkInTemporaryStore(_ inputs: [String], lexicon: [String]) async throws -> (
    [MeetingRecord], Bool
  ) {
    let lex = try loadLexicon(lexicon)
    let loaded = ArticleLoader(fallback: .fileTime).load(inputs)
    var failed = false
    for p in loaded.problems {
      FileHandle.standardError.write((p.description + "\n").data(using: .utf8)!)
      if p.kind != .noDate { failed = true }
    }
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("detente-links-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let store = try SQLiteStore(path: folder.appendingPathComponent("links.db").path)
    let coder = EventCoder(lexicon: lex)
    let coded = loaded.articles.map { CodedArticle(coder.analyze($0)) }
    for (article, outcome) in zip(coded, try await store.ingest(batch: coded)) {
      if case .failure(let error) = outcome {
        failed = true
        FileHandle.standardError.write(
          "\(article.article.path): error: not stored: \(error)\n".data(using: .utf8)!)
      }
    }
    return (try await store.meetings(matching: MeetingQuery()), failed)
  }

  static func text(_ r: LinkScorer.Result, show: Bool) -> String {
    func f(_ v: Double) -> String { String(format: "%.3f", v) }
    func row(_ name: String, _ m: LinkScorer.PRF) -> String {
      name.padding(toLength: 28, withPad: " ", startingAt: 0)
        + "\(f(m.precision))      \(f(m.recall))   \(f(m.f1))"
    }
    var lines = [
      "reports found \(r.found) of \(r.reports); meeting reports the gold does not name: \(r.unmatchedReports)",
      "meetings \(r.meetings), found \(r.meetingsFound), final status right \(r.statusRight) (\(f(r.statusAccuracy)))",
      "",
      "                            precision  recall  f1",
      row("pairwise, reports found", r.pairwise),
      row("B-cubed, reports found", r.bcubed),
      row("pairwise, all reports", r.pairwiseAll),
      row("B-cubed, all reports", r.bcubedAll),
    ]
    if show {
      lines.append("")
      for m in r.perMeeting {
        let mark = m.status == m.gold ? "ok  " : "BAD "
        lines.append(
          "\(mark)\(m.label): gold \(m.gold.rawValue), record \(m.record ?? "-") \(m.status?.rawValue ?? "-"), \(m.found) of \(m.reports) reports"
        )
      }
      for (record, labels) in r.merged {
        lines.append("MERGED \(record): \(labels.joined(separator: ", "))")
      }
      for (label, records) in r.split {
        lines.append("SPLIT \(label): \(records.joined(separator: ", "))")
      }
      for (label, g) in r.missed {
        lines.append("MISS \(label) | \(g.article) | \(g.status.rawValue) | \(g.sentence)")
      }
    }
    return lines.joined(separator: "\n")
  }

  static func json(_ r: LinkScorer.Result) -> String {
    func prf(_ m: LinkScorer.PRF) -> [String: Double] {
      ["precision": m.precision, "recall": m.recall, "f1": m.f1]
    }
    let o: [String: Any] = [
      "reports": r.reports, "found": r.found, "unmatched_reports": r.unmatchedReports,
      "meetings": r.meetings, "meetings_found": r.meetingsFound, "status_right": r.statusRight,
      "status_accuracy": r.statusAccuracy, "pairwise": prf(r.pairwise), "bcubed": prf(r.bcubed),
      "pairwise_all": prf(r.pairwiseAll), "bcubed_all": prf(r.bcubedAll),
    ]
    return Meetings.encode(o)
  }
}
