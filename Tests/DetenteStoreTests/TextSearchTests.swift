import DetenteStore
import Testing

/// Words a reader types, as the FTS5 expressions the store runs.
@Suite("Store: search text")
struct TextSearchTests {
  @Test(
    "each word is a phrase; punctuation stays inside it; operators are words",
    arguments: [
      ("U.S.", #""U.S.""#), ("Putin's", #""Putin's""#), ("G-20", #"("G-20" OR "G20")"#),
      ("G20", #"("G20" OR "G 20")"#), ("e-mail", #"("e-mail" OR "email")"#),
      ("al-Assad", #"("al-Assad" OR "alAssad")"#), ("NEAR(a b", #""NEAR" "a" "b""#),
      ("AND", #""AND""#), ("a:b", #""a:b""#),
      ("\"prime minister\" Obama", #""prime minister" "Obama""#),
      ("\"unterminated phrase", #""unterminated phrase""#), ("x * y", #""x" "y""#),
      ("'; DROP TABLE event; --", #""DROP" "TABLE" "event;""#), ("a\"b\"c", #""a" "b" "c""#),
      ("“curly quotes”", #""curly quotes""#), ("tab\there", #""tab" "here""#),
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
    #expect(try q.matchExpression() == #""Bali" "OR" "Havana""#)
    q.textSyntax = .fts
    #expect(try q.matchExpression() == "Bali OR Havana")
  }
}
