import DetenteCore
import DetenteStore
import Foundation

/// The JSON shapes the API answers with (documented in docs/openapi.json).
enum APIJSON {
  /// An event is the output contract's record.
  static func event(_ e: Event) -> Any {
    (try? JSONSerialization.jsonObject(with: Data(e.jsonLine.utf8))) ?? [:]
  }

  static func article(_ a: StoredArticle) -> [String: Any] {
    [
      "id": a.id, "title": a.title, "outlet": a.outlet ?? NSNull(), "url": a.url ?? NSNull(),
      "published": a.published ?? NSNull(), "date_source": a.dateSource,
      "sentences": a.sentenceCount, "events": a.eventCount,
    ]
  }

  static func detail(_ d: ArticleDetail) -> [String: Any] {
    [
      "article": article(d.article),
      "sentences": d.sentences.map { s -> [String: Any] in
        [
          "index": s.index, "text": s.text,
          "mentions": s.mentions.map { ["kind": $0.kind, "text": $0.text, "code": $0.code] },
          "events": s.events.map(event),
        ]
      },
    ]
  }

  /// The most event ids a timeline period lists (`event_count` says how many it has).
  static let maxBucketEvents = 100

  static func bucket(_ b: Timeline.Bucket) -> [String: Any] {
    [
      "period": b.period, "verbal_cooperation": b.quad[0], "material_cooperation": b.quad[1],
      "verbal_conflict": b.quad[2], "material_conflict": b.quad[3], "goldstein": b.goldstein,
      "events": Array(b.events.prefix(maxBucketEvents)), "event_count": b.events.count,
    ]
  }
}
