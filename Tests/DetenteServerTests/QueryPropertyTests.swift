import DetenteStore
import Foundation
import PropertyBased
import Testing

@testable import DetenteServer

/// The query-string parser on generated input.
@Suite("Properties: query strings")
struct QueryPropertyTests {
  static let anyText = Gen.oneOf(
    Gen.character(in: " "..."~"), Gen.character(in: "\u{A0}"..."\u{2FFF}"),
    Gen.character(in: "\u{1F300}"..."\u{1F64F}")
  ).string(of: 0...30)

  @Test("a value percent-encoded as a browser sends it decodes to itself")
  func percentRoundTrip() async {
    await propertyCheck(count: 300, input: Self.anyText, Self.anyText) { key, value in
      let safe = CharacterSet.alphanumerics.subtracting(.nonBaseCharacters)
      func encode(_ s: String) -> String {
        s.addingPercentEncoding(withAllowedCharacters: safe)!
      }
      let p = QueryParameters(query: "a=1&\(encode(key))=\(encode(value))&z=2")
      #expect(p.items.count == 3)
      #expect(p.items.dropFirst().first?.key == key)
      #expect(p.items.dropFirst().first?.value == value)
      #expect(p.items.last?.value == "2")
    }
  }

  @Test("any query string parses: every value is text, and filters fail only as the user's error")
  func anyQuery() async {
    await propertyCheck(count: 300, input: Self.anyText.array(of: 0...8)) { parts in
      let query = parts.joined(separator: "&")
      let p = QueryParameters(query: query)
      #expect(p.items.count == query.split(separator: "&").count)
      do {
        _ = try p.eventQuery(lexicon: ServerSupport.lexicon)
      } catch is APIError {
      } catch is QueryError {
      } catch {
        Issue.record("not a user's error: \(error)")
      }
    }
  }
}
