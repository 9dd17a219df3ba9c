import Foundation

extension MeetingRecord {
  /// How many reports a meeting's summary lists (the latest ones).
  public static let summaryReports = 5

  /// The meeting without its whole history, as the command line and the API list it: who,
  /// what, where, when and status, how many reports and stories there are and with which
  /// statuses, the latest reports (at most ``summaryReports``, oldest of them first) and where
  /// the reports disagree (the first `contradictions` of them, and how many there are).
  /// JSON-ready (`NSNull` for what is unknown).
  public func summaryJSON(contradictions most: Int = summaryReports) -> [String: Any] {
    [
      "id": id, "participants": participants, "countries": countries,
      "occasion": occasion ?? NSNull(), "place": place ?? NSNull(),
      "place_country": placeCountry ?? NSNull(), "date": date?.value ?? NSNull(),
      "date_precision": date?.precision ?? NSNull(), "status": status.rawValue,
      "reports": history.count, "stories": stories,
      "status_counts": Dictionary(
        uniqueKeysWithValues: statusCounts.map { ($0.key.rawValue, $0.value) }),
      "latest": latest(Self.summaryReports).map(\.json),
      "contradiction_count": contradictions.count,
      "contradictions": contradictions.prefix(most).map { c -> [String: Any] in
        [
          "field": c.field,
          "values": [
            ["value": c.first.value, "article": c.first.articleId],
            ["value": c.second.value, "article": c.second.articleId],
          ],
        ]
      },
    ]
  }
}

extension MeetingRecord.Report {
  /// One report as JSON: its status, story, event and sentence, and the date and place it gives.
  public var json: [String: Any] {
    var o: [String: Any] = [
      "status": status.rawValue, "article": articleId, "published": published ?? NSNull(),
      "event": eventId, "sentence": sentence, "date": date?.value ?? NSNull(),
      "place": place ?? NSNull(),
    ]
    if retold { o["retold"] = true }
    return o
  }
}
