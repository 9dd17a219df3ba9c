import DetenteCore
import DetenteStore
import Foundation

/// The JSON shapes the API answers with (documented in docs/openapi.json).
enum APIJSON {
  static func article(_ a: StoredArticle) -> [String: Any] {
    [
      "id": a.id, "title": a.title, "outlet": a.outlet ?? NSNull(), "url": a.url ?? NSNull(),
      "published": a.published ?? NSNull(), "date_source": a.dateSource,
      "sentences": a.sentenceCount, "events": a.eventCount,
    ]
  }

  /// An article with its sentences, their mentions and events: written directly, each event
  /// as the line `code` writes for it (keys in alphabetical order elsewhere, as before).
  static func detail(_ d: ArticleDetail) -> String {
    var j = JSONText()
    j.beginObject()
    j.key("article")
    write(d.article, &j)
    j.key("sentences")
    j.beginArray()
    for s in d.sentences {
      j.beginObject()
      j.key("events")
      j.beginArray()
      for e in s.events { j.json(e.jsonLine) }
      j.endArray()
      j.key("index")
      j.int(s.index)
      j.key("mentions")
      j.beginArray()
      for m in s.mentions {
        j.beginObject()
        j.key("code")
        j.string(m.code)
        j.key("kind")
        j.string(m.kind)
        j.key("text")
        j.string(m.text)
        j.endObject()
      }
      j.endArray()
      j.key("text")
      j.string(s.text)
      j.endObject()
    }
    j.endArray()
    j.endObject()
    return j.text()
  }

  /// The article's fields as `article(_:)` gives them, in alphabetical order.
  static func write(_ a: StoredArticle, _ j: inout JSONText) {
    j.beginObject()
    j.key("date_source")
    j.string(a.dateSource)
    j.key("events")
    j.int(a.eventCount)
    j.key("id")
    j.string(a.id)
    j.key("outlet")
    j.string(a.outlet)
    j.key("published")
    j.string(a.published)
    j.key("sentences")
    j.int(a.sentenceCount)
    j.key("title")
    j.string(a.title)
    j.key("url")
    j.string(a.url)
    j.endObject()
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
