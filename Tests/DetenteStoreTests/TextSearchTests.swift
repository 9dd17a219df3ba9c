import Foundation
import Testing

@testable import DetenteStore

/// Words a reader types, as the FTS5 expressions the store runs.
@Suite("Store: search text")
struct TextSearchTests {
  @Test(
    "each word is a phrase; punctuation stays inside it; operators are words",
    arguments: [
      ("U.S.", #""U.S.""#), ("Putin's", #""Putin's""#), ("G-20", #"("G-20" OR "G20")"#),
      ("G20", #"("G20" OR "G 20")"#), ("e-mail", #"("e-mail" OR "email")"#),
      ("al-Assad", #"("al-Assad" OR "alAssad")"#), ("NEAR(a b", #""NEAR" AND "a" AND "b""#),
      ("AND", #""AND""#), ("a:b", #""a:b""#),
      ("\"prime minister\" Obama", #""prime minister" AND "Obama""#),
      ("\"unterminated phrase", #""unterminated phrase""#), ("x * y", #""x" AND "y""#),
      ("'; DROP TABLE event; --", #""DROP" AND "TABLE" AND "event;""#),
      ("a\"b\"c", #""a" AND "b" AND "c""#), ("“curly quotes”", #""curly quotes""#),
      ("tab\there", #""tab" AND "here""#),
      // Several words, some with other spellings; punctuation after a word; in a phrase.
      ("G-20 summit", #"("G-20" OR "G20") AND "summit""#),
      ("U.S. G20", #""U.S." AND ("G20" OR "G 20")"#), ("G20,", #"("G20," OR "G 20")"#),
      ("\"G-20 summit\"", #"("G-20 summit" OR "G20 summit")"#),
    ])
  func expressions(_ typed: String, _ expected: String) throws {
    #expect(try TextSearch.expression(words: typed) == expected)
  }

  @Test("no words, too long or too many words are errors a user can act on")
  func problems() {
    for typed in ["*", "-", "(", "'", "\"\"", "  ", "^ ~ ()"] {
      #expect(throws: TextSearch.Problem.noWords) { try TextSearch.expression(words: typed) }
    }
    let long = String(repeating: "a", count: TextSearch.maxLength + 1)
    #expect(throws: TextSearch.Problem.tooLong(TextSearch.maxLength + 1)) {
      try TextSearch.expression(words: long)
    }
    let many = Array(repeating: "w", count: TextSearch.maxTerms + 1).joined(separator: " ")
    #expect(throws: TextSearch.Problem.tooManyTerms(TextSearch.maxTerms + 1)) {
      try TextSearch.expression(words: many)
    }
  }

  @Test("a query names --text when its words cannot be searched, and passes FTS syntax on")
  func queries() throws {
    var q = EventQuery()
    q.text = "*"
    #expect(throws: QueryError.self) { try q.matchExpression() }
    q.text = "Bali OR Havana"
    #expect(try q.matchExpression() == #""Bali" AND "OR" AND "Havana""#)
    q.textSyntax = .fts
    #expect(try q.matchExpression() == "Bali OR Havana")
    q.text = Array(repeating: "a*", count: TextSearch.maxPrefixTerms + 1).joined(separator: " ")
    #expect(throws: QueryError.self) { try q.matchExpression() }
  }

  @Test("a search that runs past its time limit is stopped, as the user's error naming --text")
  func timeLimit() async throws {
    let store = try SQLiteStore(path: StoreSupport.databasePath())
    var q = EventQuery()
    q.text = "endless"
    let endless =
      "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT COUNT(*) FROM c"
    do {
      _ = try await store.timeLimitedForTesting(q, seconds: 0.2, sql: endless)
      Issue.record("the endless statement was not stopped")
    } catch let e as QueryError {
      #expect(e.option == "--text")
      #expect(e.problem.contains("takes more than 1 seconds"))
    }
    // Without a search the limit does not apply (and a quick statement is not disturbed).
    q.text = nil
    #expect(try await store.timeLimitedForTesting(q, seconds: 0.2, sql: "SELECT 7") == 7)
  }

  @Test("a store's read limits stop a slow read and a read that waited, as StoreBusy")
  func readLimits() async throws {
    let path = StoreSupport.databasePath()
    _ = try SQLiteStore(path: path)
    let endless =
      "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT COUNT(*) FROM c"
    let limited = try SQLiteStore(path: path, limits: ReadLimits(wait: 600, run: 0.2))
    var q = EventQuery()
    await #expect(throws: StoreBusy.ranLong(0.2)) {
      _ = try await limited.timeLimitedForTesting(q, seconds: 5, sql: endless)
    }
    // A search's own limit, later than the store's: the store's is the one that stops it.
    q.text = "endless"
    await #expect(throws: StoreBusy.ranLong(0.2)) {
      _ = try await limited.timeLimitedForTesting(q, seconds: 5, sql: endless)
    }
    // The connection's deadline is restored: the next quick read runs.
    #expect(try await limited.timeLimitedForTesting(q, seconds: 5, sql: "SELECT 7") == 7)
    let waiting = try SQLiteStore(path: path, limits: ReadLimits(wait: -1, run: 10))
    await #expect(throws: StoreBusy.waited(-1)) { _ = try await waiting.events(matching: q) }
    #expect(StoreBusy.ranLong(0.2).retryAfter == 5)
    #expect(StoreBusy.ranLong(10).message.contains("more than 10 seconds"))
  }
}

@Suite("Store: words as PostgreSQL indexes them")
struct SearchableTests {
  @Test("the ASCII fast path reads as the Unicode one, and accents and case are folded")
  func searchable() {
    for text in [
      "U.S. and G-20 leaders met in Putin's dacha, 2013.", "  --  ", "", "A1b2 C3...d4!",
      "Tab\tnew\nline", "ALL CAPS",
    ] {
      #expect(TextSearch.searchableASCII(text) != nil)
      #expect(
        TextSearch.searchable(text + "é").hasPrefix(TextSearch.searchableASCII(text) ?? "-"),
        "\(text)")
    }
    #expect(TextSearch.searchable("U.S. and G-20, Putin's.") == "u s and g 20 putin s")
    #expect(TextSearch.searchable("Erdoğan met Šefčovič") == "erdogan met sefcovic")
    #expect(TextSearch.searchableASCII("Erdoğan") == nil)
  }

  @Test("a typed search becomes the tsquery of the same terms and spellings")
  func tsQuery() throws {
    #expect(try TextSearch.tsQuery(words: "summit") == "'summit'")
    #expect(try TextSearch.tsQuery(words: "U.S. sanctions") == "'u' <-> 's' & 'sanctions'")
    #expect(try TextSearch.tsQuery(words: "G-20") == "('g' <-> '20' | 'g20')")
    #expect(try TextSearch.tsQuery(words: "\"foreign minister\"") == "'foreign' <-> 'minister'")
    #expect(throws: TextSearch.Problem.self) { try TextSearch.tsQuery(words: "*-(") }
  }
}
