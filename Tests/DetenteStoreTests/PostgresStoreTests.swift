import DetenteCore
import DetentePostgres
import DetenteStore
import Foundation
import Testing

/// What the PostgreSQL store must share with the SQLite one, and what it adds: many writers.
@Suite("Store: PostgreSQL")
struct PostgresStoreTests {
  /// The examples in a new store of each kind.
  static func both() async throws -> (sqlite: any EventStore, postgres: any EventStore) {
    let postgres = try await StoreKind.postgres.make()
    let sqlite = try await StoreKind.sqlite.make()
    let examples = StoreSupport.examples()
    for store in [sqlite, postgres] {
      let results = try await store.ingest(batch: examples)
      #expect(results.allSatisfy { (try? $0.get()) == .added })
    }
    return (sqlite, postgres)
  }

  /// The queries compared: every filter, the full-text search's spellings, every order, pages.
  static let queries: [EventQuery] = {
    func q(_ build: (inout EventQuery) -> Void) -> EventQuery {
      var q = EventQuery()
      build(&q)
      return q
    }
    return [
      q { _ in },
      q { $0.actors = ["RUS"] },
      q { $0.actors = ["IGONATO", "USAGOV"] },
      q { $0.sources = ["CHN"] },
      q { $0.targets = ["UKR", "ISR"] },
      q { $0.dyad = ("RUS", "USA") },
      q { $0.person = "putin" },
      q { $0.person = "%" },
      q { $0.cameo = ["04", "173"] },
      q { $0.plover = ["CONSULT"] },
      q { $0.quadClass = [4] },
      q { $0.modality = [.planned, .negated] },
      q { $0.from = "2015" },
      q {
        $0.from = "2014-03"
        $0.to = "2016-06-15"
      },
      q {
        $0.publishedFrom = "2020"
        $0.publishedTo = "2024-12"
      },
      q { $0.outlet = ["detente example wire"] },
      q { $0.article = "macron-putin-call-2025" },
      q { $0.text = "summit" },
      q { $0.text = "G-20" },
      q { $0.text = "G20" },
      q { $0.text = "U.S. sanctions" },
      q { $0.text = "\"foreign minister\"" },
      q { $0.text = "Erdoğan" },
      q {
        $0.sort = .published
        $0.descending = true
      },
      q { $0.sort = .goldstein },
      q {
        $0.sort = .article
        $0.descending = true
      },
      q {
        $0.descending = true
        $0.limit = 25
        $0.offset = 40
      },
      q {
        $0.limit = 10
        $0.offset = 995
      },
      q { $0.offset = 1000 },
    ]
  }()

  @Test("the examples give the same answers from both stores: events, pages, meetings, articles")
  func sameAnswers() async throws {
    let (sqlite, postgres) = try await Self.both()
    for query in Self.queries {
      let v = try query.validated(lexicon: StoreSupport.lexicon)
      let a = try await sqlite.eventPage(matching: v)
      let b = try await postgres.eventPage(matching: v)
      #expect(a.total == b.total, "\(query)")
      #expect(a.items.map(\.jsonLine) == b.items.map(\.jsonLine), "\(query)")
    }
    let meetingsA = try await sqlite.meetings(matching: MeetingQuery())
    let meetingsB = try await postgres.meetings(matching: MeetingQuery())
    #expect(meetingsA == meetingsB)
    var mq = MeetingQuery()
    mq.person = "Putin"
    mq.limit = 5
    mq.offset = 2
    let pageA = try await sqlite.meetingPage(matching: mq)
    let pageB = try await postgres.meetingPage(matching: mq)
    #expect(pageA.total == pageB.total && pageA.items == pageB.items)
    let id = try #require(meetingsA.first?.id)
    #expect(try await sqlite.meeting(id: id) == postgres.meeting(id: id))
    func listed(_ s: any EventStore) async throws -> [String] {
      try await s.articlePage(limit: 20, offset: 30).items.map {
        "\($0.id) \($0.published ?? "-") \($0.sentenceCount) \($0.eventCount) \($0.contentHash)"
      }
    }
    #expect(try await listed(sqlite) == listed(postgres))
    let article = "macron-putin-call-2025"
    let detailA = try #require(try await sqlite.article(id: article))
    let detailB = try #require(try await postgres.article(id: article))
    #expect(detailA.sentences.map(\.text) == detailB.sentences.map(\.text))
    #expect(
      detailA.sentences.flatMap(\.events).map(\.jsonLine)
        == detailB.sentences.flatMap(\.events).map(\.jsonLine))
    #expect(
      detailA.sentences.map { $0.mentions.map(\.code) }
        == detailB.sentences.map { $0.mentions.map(\.code) })
    #expect(try await sqlite.actors(limit: 15, offset: 3) == postgres.actors(limit: 15, offset: 3))
    #expect(try await sqlite.actorCount() == postgres.actorCount())
    #expect(try await sqlite.counts() == postgres.counts())
    #expect(try await sqlite.linkCounts() == postgres.linkCounts())
  }

  @Test("FTS5 syntax is refused on PostgreSQL as the user's error, naming --text")
  func ftsSyntax() async throws {
    let store = try await StoreKind.postgres.make()
    var q = EventQuery()
    q.text = "summit OR talks"
    q.textSyntax = .fts
    await #expect(throws: QueryError.self) { try await store.events(matching: q) }
  }

  @Test("two processes opening one new database at once both find it up to date")
  func openAtOnce() async throws {
    let place = try await StoreKind.postgres.newPlace()
    async let a = PostgresStore(url: place)
    async let b = PostgresStore(url: place)
    async let c = PostgresStore(url: place)
    let stores = try await [a, b, c]
    for s in stores { #expect(try await s.statistics().migrations == 2) }
  }

  @Test("a database a newer Detente changed is refused before anything is written")
  func newerSchema() async throws {
    let place = try await StoreKind.postgres.newPlace()
    let store = try await PostgresStore(url: place)
    try await store.execute("INSERT INTO detente_migration (name) VALUES ('p99: from the future')")
    await #expect(throws: SchemaTooNew.self) { try await PostgresStore(url: place) }
  }

  @Test("URLs: what is wrong with one is said, and no message shows the password")
  func urls() throws {
    let l = try PostgresLocation(url: "postgres://ana:s3cret@db.example.org:6543/events")
    #expect(l.user == "ana" && l.password == "s3cret" && l.host == "db.example.org")
    #expect(l.port == 6543 && l.database == "events" && l.sslMode == "prefer")
    #expect(!l.description.contains("s3cret"))
    let socket = try PostgresLocation(url: "postgresql:///events?host=/tmp/pg&port=5433&user=bo")
    #expect(socket.host == "/tmp/pg" && socket.port == 5433 && socket.user == "bo")
    for bad in [
      "postgres://ana:s3cret@host:0/db", "postgres://ana:s3cret@host/db?sslmode=maybe",
      "postgres://ana:s3cret@host/db?color=blue", "mysql://ana:s3cret@host/db",
    ] {
      #expect(throws: PostgresLocation.Invalid.self) { try PostgresLocation(url: bad) }
      do { _ = try PostgresLocation(url: bad) } catch {
        #expect(!error.description.contains("s3cret"), "\(error)")
      }
    }
  }

  @Test("a server that is not there is named at once, without the password")
  func unreachable() async throws {
    do {
      _ = try await PostgresStore(url: "postgres://ana:s3cret@127.0.0.1:1/events")
      Issue.record("opened a store on a closed port")
    } catch {
      let text = String(describing: error)
      #expect(text.contains("cannot reach the PostgreSQL server at postgres://ana@127.0.0.1:1"))
      #expect(!text.contains("s3cret"))
      // (The refused connection itself, not the pool giving up after a minute of retries.)
      #expect(text.contains("refused"), "\(text)")
    }
  }
}
