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
    let write = Task {
      try await writer.pool.write { db in
        try db.execute(sql: "UPDATE article SET title = title || '' WHERE id = 'hostile'")
        writing.store(1, ordering: .sequentiallyConsistent)
        Thread.sleep(forTimeInterval: 3)
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
    try await write.value
  }
}
