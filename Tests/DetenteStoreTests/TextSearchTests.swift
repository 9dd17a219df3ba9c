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
}
