import DetenteCore
import DetenteStore
import Foundation
import Testing

@Suite("Store: GDELT and PLOVER formats")
struct FormatStoreTests {
  @Test(
    "stored events give the GDELT rows and PLOVER records of the coded ones",
    arguments: StoreKind.allCases)
  func storedRows(_ kind: StoreKind) async throws {
    let store = try await kind.make()
    let articles = StoreSupport.examples()
    for a in articles { _ = try await store.ingest(a) }
    var q = EventQuery()
    q.sort = .article
    let stored = try await store.events(matching: q.validated(lexicon: StoreSupport.lexicon))
    let coded = articles.flatMap(\.events)
    #expect(stored.count == coded.count)
    for format in [EventFormat.gdelt, .plover] {
      #expect(stored.map(format.line).sorted() == coded.map(format.line).sorted(), "\(format)")
    }
  }

  @Test("`events --format gdelt` prints the rows `code --format gdelt` prints, and so for plover")
  func commands() throws {
    guard let binary = StoreCommandTests.binary else {
      print("skipped: build the detente executable first (swift build)")
      return
    }
    func run(_ args: [String]) throws -> String {
      let p = Process()
      p.executableURL = binary
      p.arguments = args
      let out = Pipe()
      p.standardOutput = out
      p.standardError = FileHandle.nullDevice
      try p.run()
      let data = out.fileHandleForReading.readDataToEndOfFile()
      p.waitUntilExit()
      #expect(p.terminationStatus == 0, "\(args)")
      return String(decoding: data, as: UTF8.self)
    }
    let db = StoreSupport.databasePath()
    let examples = StoreSupport.root.appendingPathComponent("Examples/articles").path
    _ = try run(["ingest", "--db", db, examples])
    for format in ["gdelt", "plover"] {
      let coded = try run(["code", "--format", format, examples])
      let stored = try run(["events", "--db", db, "--sort", "article", "--format", format])
      #expect(coded.split(separator: "\n").count > 500)
      #expect(stored == coded, "\(format): the store gives back the rows `code` printed")
    }
    let rows = try run(["events", "--db", db, "--dyad", "RUS,USA", "--format", "gdelt"])
      .split(separator: "\n")
    #expect(!rows.isEmpty)
    #expect(
      rows.allSatisfy { $0.split(separator: "\t", omittingEmptySubsequences: false).count == 58 })
  }
}
