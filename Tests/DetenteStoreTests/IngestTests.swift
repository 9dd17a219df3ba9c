import DetenteCore
import DetenteStore
import Foundation
import Testing

@Suite("Store: ingest")
struct IngestTests {
  @Test(
    "ingesting the same articles twice leaves as many events as one coding run",
    arguments: StoreKind.allCases)
  func idempotent(_ kind: StoreKind) async throws {
    let store = try await kind.make()
    let articles = StoreSupport.examples()
    let coded = articles.reduce(0) { $0 + Set($1.events.map(\.id)).count }
    for a in articles { #expect(try await store.ingest(a) == .added) }
    for a in articles { #expect(try await store.ingest(a) == .unchanged) }
    let counts = try await store.counts()
    #expect(counts.articles == articles.count)
    #expect(counts.events == coded)
    // Read back, the events print exactly as `detente code` prints them.
    var q = EventQuery()
    q.sort = .article
    let stored = try await store.events(matching: q)
    let original = articles.sorted { $0.article.id < $1.article.id }.flatMap(\.events)
    #expect(Set(stored.map(\.jsonLine)) == Set(original.map(\.jsonLine)))
    // (Sides found by reference are among them: the store keeps them too.)
    #expect(stored.contains { !$0.references.isEmpty })
  }

  @Test(
    "a batch stores each article whole: one that fails is left out and the others are kept",
    arguments: StoreKind.allCases)
  func batch(_ kind: StoreKind) async throws {
    let store = try await kind.make()
    let good1 = StoreSupport.coded(
      id: "g1", date: "2018-03-17", body: "Russia expelled 23 British diplomats on Saturday.")
    var bad = StoreSupport.coded(
      id: "bad", date: "2018-03-17",
      body: "Britain condemned the expulsions.\n\nFrance backed Britain.")
    // Two sentences with one index break a unique key half-way through the article.
    bad.sentences[1].index = bad.sentences[0].index
    let good2 = StoreSupport.coded(
      id: "g2", date: "2018-03-18", body: "Germany condemned Russia on Sunday.")
    let results = try await store.ingest(batch: [good1, bad, good2])
    #expect(results.count == 3)
    #expect((try? results[0].get()) == .added)
    #expect((try? results[1].get()) == nil)
    #expect((try? results[2].get()) == .added)
    let stored = try await store.articles(limit: nil).map(\.id).sorted()
    #expect(stored == ["g1", "g2"])
    #expect(try await store.counts().events == good1.events.count + good2.events.count)
    // Nothing of the failed article is left behind.
    #expect(try await store.event(id: bad.events.first?.id ?? "-") == nil)
    // The same batch again: the stored ones are unchanged, the bad one fails again.
    let again = try await store.ingest(batch: [good1, bad, good2]).map { try? $0.get() }
    #expect(again == [.unchanged, nil, .unchanged])
  }

  @Test("a changed article replaces its old version, events and all", arguments: StoreKind.allCases)
  func replaced(_ kind: StoreKind) async throws {
    let store = try await kind.make()
    let v1 = StoreSupport.coded(
      id: "a", date: "2018-03-17", body: "Russia expelled 23 British diplomats on Saturday.")
    let v2 = StoreSupport.coded(
      id: "a", date: "2018-03-17",
      body: "Russia expelled 23 British diplomats on Saturday.\n\nBritain condemned the expulsions."
    )
    #expect(try await store.ingest(v1) == .added)
    #expect(try await store.counts().events == 1)
    #expect(try await store.ingest(v2) == .replaced)
    #expect(try await store.counts() == (1, 2))
    #expect(try await store.articles(limit: nil).first?.sentenceCount == 2)
  }

  @Test("two stores writing to one database at once both succeed", arguments: StoreKind.allCases)
  func concurrent(_ kind: StoreKind) async throws {
    let place = try await kind.newPlace()
    let articles = StoreSupport.examples()
    let half = articles.count / 2
    let a = try await kind.open(place)
    let b = try await kind.open(place)
    async let first: Void = {
      for x in articles[..<half] { _ = try await a.ingest(x) }
    }()
    async let second: Void = {
      for x in articles[half...] { _ = try await b.ingest(x) }
    }()
    _ = try await (first, second)
    #expect(try await a.counts().articles == articles.count)
  }

  @Test("an event can be shown with its article", arguments: StoreKind.allCases)
  func show(_ kind: StoreKind) async throws {
    let store = try await kind.make()
    let a = StoreSupport.coded(
      id: "b", date: "2018-03-17", body: "Russia expelled 23 British diplomats on Saturday.",
      outlet: "Wire")
    _ = try await store.ingest(a)
    let id = try #require(a.events.first?.id)
    let found = try #require(try await store.event(id: id))
    #expect(found.event.cameo == "166")
    #expect(found.article.outlet == "Wire")
    #expect(try await store.event(id: "no-such-event") == nil)
  }
}
