extension LinkScorer {
  /// A meeting record's report, as the scorer compares it.
  struct SystemReport {
    var record: Int
    var article: String
    var sentence: String
  }

  /// Scores `records` (the tracker's meetings) against `gold`. Only reports of the gold's
  /// articles take part.
  public static func score(gold: [GoldMeeting], records: [MeetingRecord]) -> Result {
    let articles = Set(gold.flatMap { $0.reports.map(\.article) })
    var byArticle: [String: [SystemReport]] = [:]
    for (i, m) in records.enumerated() {
      for r in m.history where articles.contains(r.articleId) {
        byArticle[r.articleId, default: []].append(
          SystemReport(record: i, article: r.articleId, sentence: Scorer.fold(r.sentence)))
      }
    }
    // Each gold report goes to a record of the same countries holding its sentence; where
    // several do, to the one holding most of its meeting's reports.
    var mentions: [(gold: Int, record: Int?)] = []
    var used = Set<String>()
    var missed: [(label: String, report: GoldReport)] = []
    for (gi, g) in gold.enumerated() {
      let candidates = g.reports.map { r -> [SystemReport] in
        let s = Scorer.fold(r.sentence)
        return (byArticle[r.article] ?? []).filter {
          $0.sentence.contains(s) && records[$0.record].countries == g.countries
        }
      }
      var votes: [Int: Int] = [:]
      for c in candidates { for i in Set(c.map(\.record)) { votes[i, default: 0] += 1 } }
      for (r, c) in zip(g.reports, candidates) {
        let pick = c.max {
          (votes[$0.record] ?? 0, -$0.record) < (votes[$1.record] ?? 0, -$1.record)
        }
        if let p = pick {
          for s in c { used.insert("\(s.record)|\(s.sentence)") }
          mentions.append((gi, p.record))
        } else {
          mentions.append((gi, nil))
          missed.append((g.label, r))
        }
      }
    }
    let found = mentions.filter { $0.record != nil }.map { ($0.gold, $0.record!) }
    var unique = records.count
    let all = mentions.map { m -> (Int, Int) in
      if let r = m.record { return (m.gold, r) }
      unique += 1
      return (m.gold, unique)
    }
    let unmatched = byArticle.values.joined().filter {
      !used.contains("\($0.record)|\($0.sentence)")
    }.count
    var perMeeting:
      [(
        label: String, gold: MeetingRecord.Status, record: String?, status: MeetingRecord.Status?,
        found: Int, reports: Int
      )] = []
    var right = 0
    for (gi, g) in gold.enumerated() {
      let mine = found.filter { $0.0 == gi }.map(\.1)
      var counts: [Int: Int] = [:]
      for r in mine { counts[r, default: 0] += 1 }
      // The record holding most of its reports; on a tie, the one holding its latest report.
      let best = counts.max { a, b in
        (a.value, mine.lastIndex(of: a.key) ?? -1) < (b.value, mine.lastIndex(of: b.key) ?? -1)
      }?.key
      let status = best.map { records[$0].status }
      if status == g.finalStatus { right += 1 }
      perMeeting.append(
        (g.label, g.finalStatus, best.map { records[$0].id }, status, mine.count, g.reports.count))
    }
    var labelsOf: [Int: [String]] = [:]
    var recordsOf: [Int: [String]] = [:]
    for (g, r) in found {
      if !(labelsOf[r] ?? []).contains(gold[g].label) {
        labelsOf[r, default: []].append(gold[g].label)
      }
      if !(recordsOf[g] ?? []).contains(records[r].id) {
        recordsOf[g, default: []].append(records[r].id)
      }
    }
    let merged = labelsOf.filter { $0.value.count > 1 }.sorted { $0.key < $1.key }
      .map { (records[$0.key].id, $0.value) }
    let split = recordsOf.filter { $0.value.count > 1 }.sorted { $0.key < $1.key }
      .map { (gold[$0.key].label, $0.value) }
    return Result(
      reports: mentions.count, found: found.count,
      pairwise: pairwise(found), bcubed: bcubed(found),
      pairwiseAll: pairwise(all), bcubedAll: bcubed(all),
      meetings: gold.count, meetingsFound: perMeeting.filter { $0.record != nil }.count,
      statusRight: right, unmatchedReports: unmatched, perMeeting: perMeeting, missed: missed,
      merged: merged, split: split)
  }

  /// Pairwise precision and recall of a clustering against the gold one: of the pairs the
  /// system puts together, how many the gold does, and the other way round (1 when there are
  /// no pairs to get wrong).
  static func pairwise(_ m: [(Int, Int)]) -> PRF {
    var both = 0
    var gold = 0
    var system = 0
    var byGold: [Int: [Int: Int]] = [:]
    var goldSizes: [Int: Int] = [:]
    var systemSizes: [Int: Int] = [:]
    for (g, s) in m {
      byGold[g, default: [:]][s, default: 0] += 1
      goldSizes[g, default: 0] += 1
      systemSizes[s, default: 0] += 1
    }
    func pairs(_ n: Int) -> Int { n * (n - 1) / 2 }
    for (_, bySystem) in byGold { for (_, n) in bySystem { both += pairs(n) } }
    for (_, n) in goldSizes { gold += pairs(n) }
    for (_, n) in systemSizes { system += pairs(n) }
    return PRF(
      precision: system > 0 ? Double(both) / Double(system) : 1,
      recall: gold > 0 ? Double(both) / Double(gold) : 1)
  }

  /// B-cubed precision and recall: per report, the share of its system cluster that shares its
  /// gold cluster, and the share of its gold cluster that shares its system cluster, averaged.
  static func bcubed(_ m: [(Int, Int)]) -> PRF {
    guard !m.isEmpty else { return PRF(precision: 0, recall: 0) }
    var cell: [String: Int] = [:]
    var goldSizes: [Int: Int] = [:]
    var systemSizes: [Int: Int] = [:]
    for (g, s) in m {
      cell["\(g)|\(s)", default: 0] += 1
      goldSizes[g, default: 0] += 1
      systemSizes[s, default: 0] += 1
    }
    var p = 0.0
    var r = 0.0
    for (g, s) in m {
      let shared = Double(cell["\(g)|\(s)"]!)
      p += shared / Double(systemSizes[s]!)
      r += shared / Double(goldSizes[g]!)
    }
    return PRF(precision: p / Double(m.count), recall: r / Double(m.count))
  }
}
