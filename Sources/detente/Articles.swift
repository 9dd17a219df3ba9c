import ArgumentParser
import DetenteStore
import Foundation

/// `detente articles`: the stored articles.
struct Articles: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "List stored articles, newest first, with their sentence and event counts.")

  @OptionGroup var store: StoreOptions

  @Option(name: .long, help: "At most this many articles.")
  var limit: Int?
  @Option(name: .long, help: "Skip this many articles (newest first).")
  var offset: Int = 0

  @Option(name: .shortAndLong, help: "Output format: table, jsonl or tsv.")
  var format: String?

  func run() async throws {
    let db = try await store.openExisting()
    guard offset >= 0, limit.map({ $0 >= 0 }) ?? true else {
      throw queryFailure("--limit and --offset must be 0 or more")
    }
    let articles: [StoredArticle]
    let total: Int
    do {
      articles = try await db.articles(limit: limit, offset: offset)
      total = try await db.counts().articles
    } catch {
      throw storeFailure(store.name, error)
    }
    let fmt = format ?? (isatty(1) != 0 ? "table" : "jsonl")
    var out = StandardOutput()
    switch fmt {
    case "jsonl":
      for a in articles {
        var o: [String: Any] = [
          "id": a.id, "title": a.title, "date_source": a.dateSource, "path": a.path,
          "content_hash": a.contentHash, "ingested_at": a.ingestedAt,
          "sentences": a.sentenceCount, "events": a.eventCount,
        ]
        o["published"] = a.published ?? NSNull()
        o["outlet"] = a.outlet ?? NSNull()
        o["url"] = a.url ?? NSNull()
        let data = try JSONSerialization.data(withJSONObject: o, options: [.sortedKeys])
        out.write(String(decoding: data, as: UTF8.self) + "\n")
      }
    case "tsv", "table":
      let header = ["id", "published", "outlet", "sentences", "events", "title"]
      let rows = articles.map {
        [
          $0.id, $0.published ?? "", $0.outlet ?? "", String($0.sentenceCount),
          String($0.eventCount), $0.title,
        ]
      }
      if fmt == "tsv" {
        out.write(header.joined(separator: "\t") + "\n")
        for r in rows {
          out.write(
            r.map { $0.replacingOccurrences(of: "\t", with: " ") }.joined(separator: "\t") + "\n")
        }
      } else {
        var widths = header.map(\.count)
        for r in rows {
          for (i, c) in r.enumerated() where i < 5 { widths[i] = max(widths[i], c.count) }
        }
        func line(_ r: [String]) -> String {
          r.enumerated().map { i, c in
            i < 5 ? c.padding(toLength: widths[i], withPad: " ", startingAt: 0) : c
          }
          .joined(separator: "  ")
        }
        out.write(line(header) + "\n")
        for r in rows { out.write(line(r) + "\n") }
      }
    default:
      throw ValidationError("--format \"\(fmt)\": formats are table, jsonl and tsv")
    }
    try out.finish()
    if limit != nil || offset > 0 {
      pageNote("articles", offset: offset, count: articles.count, total: total)
    }
  }
}
