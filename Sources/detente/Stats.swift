import ArgumentParser
import DetenteStore
import Foundation

/// `detente stats`: what a store holds, its size and its schema version.
struct Stats: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Say what a database holds: counts, size on disk and schema version.",
    discussion:
      "Counts articles, sentences, events, linked-event clusters and linked events; gives the file's size (with its write-ahead log) and bytes per event; and names the last schema migration applied. --format jsonl prints one JSON object."
  )

  @OptionGroup var store: StoreOptions

  @Option(name: .shortAndLong, help: "Output format: table or jsonl.")
  var format: String = "table"

  func validate() throws {
    guard ["table", "jsonl"].contains(format) else {
      throw ValidationError("--format must be table or jsonl, not \"\(format)\"")
    }
  }

  func run() async throws {
    let db = try await store.openExisting()
    let s: StoreStatistics
    do {
      s = try await db.statistics()
    } catch {
      throw storeFailure(store.name, error)
    }
    var out = StandardOutput()
    if format == "jsonl" {
      let encoder = JSONEncoder()
      encoder.keyEncodingStrategy = .convertToSnakeCase
      encoder.outputFormatting = [.sortedKeys]
      out.write(String(decoding: try encoder.encode(s), as: UTF8.self) + "\n")
      out.flush()
      return
    }
    let mb = Double(s.fileBytes + s.logBytes) / 1_000_000
    let rows: [(String, String)] = [
      ("database", store.name),
      ("schema", "\(s.schemaVersion) (\(s.migrations) migrations)"),
      ("articles", "\(s.articles)"),
      ("sentences", "\(s.sentences)"),
      ("events", "\(s.events)"),
      ("clusters", "\(s.clusters) (\(s.linkedEvents) events linked)"),
      ("size", String(format: "%.1f MB (log %.1f MB)", mb, Double(s.logBytes) / 1_000_000)),
      ("per event", String(format: "%.0f bytes", s.bytesPerEvent)),
    ]
    for (k, v) in rows {
      out.write(k.padding(toLength: 11, withPad: " ", startingAt: 0) + v + "\n")
    }
    out.flush()
  }
}
