import ArgumentParser
import DetenteCore
import DetenteServer
import DetenteStore
import Foundation
import Hummingbird

/// `detente serve`: the pages and the JSON API over the store.
struct Serve: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Serve the stored events as web pages and a read-only JSON API.",
    discussion:
      "Binds to 127.0.0.1 unless --host says otherwise. Pages: / (overview), /articles, /articles/ID (text with actors, times, places and event words marked, events beside each sentence), /events (filters as a form), /events/ID, /meetings, /timeline?dyad=A,B. API under /api/ (see docs/openapi.json). Everything is read-only (a database this user may only read is served as it is). A request that waits more than 5 s for one of the store's four read connections, or whose query runs more than 10 s, is answered 503 with Retry-After."
  )

  @OptionGroup var store: StoreOptions

  @Option(name: .long, help: "Address to bind to.")
  var host: String = "127.0.0.1"

  @Option(name: .long, help: "Port to listen on.")
  var port: Int = 8080

  func run() async throws {
    let lex = try loadLexicon([])
    // (Serving writes nothing: a database this user may only read is opened read-only.)
    let db = try await store.openExisting(limits: .server, readOnlyIfNeeded: true)
    FileHandle.standardError.write(
      "Detente on http://\(host):\(port)/ (database \(store.name)); Ctrl-C stops it\n".data(
        using: .utf8)!)
    let app = DetenteServer.application(store: db, lexicon: lex, host: host, port: port)
    try await app.runService()
  }
}
