import Foundation

/// Scores the meetings tracker against a linking gold file: which reports are of one meeting,
/// and what became of each meeting.
///
/// The gold file has one JSON object per meeting: `meeting` (a label), `storyline`, `sides`
/// (two objects with `country` and `person`), `final_status`, and `reports` (each `article`,
/// `sentence` — a fragment of one sentence — and `status`). A gold report is found when a
/// meeting record of the same countries holds a report of the same article whose sentence
/// contains the fragment (white space folded, as `score.py` matches events).
public enum LinkScorer {
  /// One meeting of the gold file.
  public struct GoldMeeting: Sendable, Hashable {
    public var label: String
    public var storyline: String
    /// The countries of its two sides, sorted.
    public var countries: [String]
    /// The people taking part, where the gold names them.
    public var people: [String]
    public var finalStatus: MeetingRecord.Status
    public var reports: [GoldReport]
  }

  /// One sentence that reports a gold meeting.
  public struct GoldReport: Sendable, Hashable {
    public var article: String
    public var sentence: String
    public var status: MeetingRecord.Status
  }

  /// Precision, recall and F1 of one measure.
  public struct PRF: Sendable, Hashable {
    public var precision: Double
    public var recall: Double
    public var f1: Double {
      precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0
    }
  }

  /// What the scorer found.
  public struct Result: Sendable {
    /// Gold reports, and how many of them a meeting record holds.
    public var reports: Int
    public var found: Int
    /// Pairwise and B-cubed scores over the found reports (linking alone).
    public var pairwise: PRF
    public var bcubed: PRF
    /// The same over every gold report, a report not found counting as a meeting of its own
    /// (coding and linking together).
    public var pairwiseAll: PRF
    public var bcubedAll: PRF
    /// Gold meetings, how many have at least one found report, and how many end with the gold's
    /// final status.
    public var meetings: Int
    public var meetingsFound: Int
    public var statusRight: Int
    /// Meeting reports of the gold's articles that no gold report names.
    public var unmatchedReports: Int
    /// Per gold meeting: its label, gold final status, the record it maps to and that record's
    /// status (nil when none of its reports was found), and how many of its reports were found.
    public var perMeeting:
      [(
        label: String, gold: MeetingRecord.Status, record: String?, status: MeetingRecord.Status?,
        found: Int, reports: Int
      )]
    /// Gold reports not found.
    public var missed: [(label: String, report: GoldReport)]
    /// Records holding the found reports of two or more gold meetings, with their labels.
    public var merged: [(record: String, labels: [String])]
    /// Gold meetings whose found reports are in two or more records.
    public var split: [(label: String, records: [String])]

    public var statusAccuracy: Double { meetings > 0 ? Double(statusRight) / Double(meetings) : 0 }
  }

  /// Reads a linking gold file; a line that cannot be used is an error naming the file and line.
  public static func load(_ path: String) throws -> [GoldMeeting] {
    guard let data = FileManager.default.contents(atPath: path),
      let text = String(data: data, encoding: .utf8)
    else {
      throw ReadError(.unreadable, path: path, "cannot read the linking gold file")
    }
    var out: [GoldMeeting] = []
    for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let l = String(line).trimmingWhitespace()
      if l.isEmpty { continue }
      func fail(_ why: String) -> ReadError {
        ReadError(.malformedRecord, path: path, line: n + 1, why)
      }
      guard let o = try? JSONSerialization.jsonObject(with: Data(l.utf8)) as? [String: Any] else {
        throw fail("not a JSON object")
      }
      guard let label = o["meeting"] as? String, !label.isEmpty else {
        throw fail("no \"meeting\" label")
      }
      guard let sides = o["sides"] as? [[String: Any]], sides.count == 2 else {
        throw fail("\"sides\" must list two sides, each with a \"country\"")
      }
      let countries = sides.compactMap { $0["country"] as? String }
      guard countries.count == 2, !countries.contains(where: \.isEmpty) else {
        throw fail("each side needs a \"country\"")
      }
      guard let fs = o["final_status"] as? String, let final = MeetingRecord.Status(rawValue: fs)
      else {
        throw fail("\"final_status\" must be one of \(statusNames)")
      }
      guard let rs = o["reports"] as? [[String: Any]], !rs.isEmpty else {
        throw fail("\"reports\" must list at least one report")
      }
      var reports: [GoldReport] = []
      for r in rs {
        guard let a = r["article"] as? String, let s = r["sentence"] as? String, !s.isEmpty,
          let st = (r["status"] as? String).flatMap(MeetingRecord.Status.init(rawValue:))
        else {
          throw fail(
            "each report needs \"article\", \"sentence\" and a \"status\" (\(statusNames))")
        }
        reports.append(GoldReport(article: a, sentence: s, status: st))
      }
      out.append(
        GoldMeeting(
          label: label, storyline: o["storyline"] as? String ?? "", countries: countries.sorted(),
          people: sides.compactMap { $0["person"] as? String }.filter { !$0.isEmpty },
          finalStatus: final, reports: reports))
    }
    return out
  }

  static var statusNames: String {
    MeetingRecord.Status.allCases.map(\.rawValue).joined(separator: ", ")
  }
}
