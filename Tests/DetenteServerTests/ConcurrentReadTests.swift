import DetenteCore
import Foundation
import Hummingbird
import HummingbirdTesting
import Synchronization
import Testing

@testable import DetenteServer
@testable import DetenteStore

@Suite("Server: pages while an ingest writes")
struct ConcurrentReadTests {
  @Test("pages and the API answer while another connection holds the write lock")
  func readsDuringWrite() async throws {
    let store = try await ServerSupport.store()
    // Another process's ingest: a second store on the same file, holding its write lock.
    let writer = try SQLiteStore(path: store.path)
    let writing = Atomic<Int>(0)  // 1 while the write transaction is open, 2 after
    let pagesDone = Atomic<Bool>(false)
    // The write lock is held until the pages have answered (or two minutes have passed: pages
    // that waited for the writer would only answer after it let go).
    let write = Task {
      try await writer.pool.write { db in
        try db.execute(sql: "UPDATE article SET title = title || '' WHERE id = 'hostile'")
        writing.store(1, ordering: .sequentiallyConsistent)
        let deadline = Date().addingTimeInterval(120)
        while !pagesDone.load(ordering: .sequentiallyConsistent), Date() < deadline {
          Thread.sleep(forTimeInterval: 0.05)
        }
      }
      writing.store(2, ordering: .sequentiallyConsistent)
    }
    while writing.load(ordering: .sequentiallyConsistent) == 0 {
      try await Task.sleep(nanoseconds: 10_000_000)
    }
    let app = Application(
      router: DetenteServer.router(store: store, lexicon: ServerSupport.lexicon))
    try await app.test(.router) { client in
      // More requests at once than the pool has readers: they take turns, none waits for the
      // writer.
      try await withThrowingTaskGroup(of: Void.self) { group in
        for uri in [
          "/", "/events", "/articles", "/meetings", "/api/events?limit=5", "/api/articles",
          "/events?text=summit", "/timeline?dyad=GBR,RUS",
        ] {
          group.addTask {
            try await client.execute(uri: uri, method: .get) { r in
              #expect(r.status == .ok, "\(uri)")
            }
          }
        }
        try await group.waitForAll()
      }
    }
    #expect(writing.load(ordering: .sequentiallyConsistent) == 1, "the pages waited for the writer")
    pagesDone.store(true, ordering: .sequentiallyConsistent)
    try await write.value
  }

  @Test("a read the store stops under its limits is 503 with Retry-After, page and API alike")
  func busyStore() async throws {
    let filled = try await ServerSupport.store()
    // (A wait limit below zero: every read counts as having waited too long.)
    let store = try SQLiteStore(path: filled.path, limits: ReadLimits(wait: -1, run: 10))
    let app = Application(
      router: DetenteServer.router(store: store, lexicon: ServerSupport.lexicon))
    try await app.test(.router) { client in
      try await client.execute(uri: "/api/events?limit=5", method: .get) { r in
        #expect(r.status == .serviceUnavailable)
        #expect(r.headers[.retryAfter] == "1")
        let body = String(buffer: r.body)
        #expect(body.contains("the store is busy"), "\(body)")
        #expect(body.hasPrefix("{"))
      }
      try await client.execute(uri: "/events", method: .get) { r in
        #expect(r.status == .serviceUnavailable)
        #expect(r.headers[.retryAfter] == "1")
        #expect(String(buffer: r.body).contains("<p class=\"warn\">the store is busy"))
      }
      // What needs no read is still served.
      try await client.execute(uri: "/api/events?limit=-1", method: .get) { r in
        #expect(r.status == .badRequest)
      }
    }
  }
}
