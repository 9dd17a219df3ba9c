import DetenteCore
import Foundation
import Testing

@Suite("Output: JSON rows")
struct JSONRowsTests {
  @Test("rows of numbers, strings and nulls read back as written, quotes and controls escaped")
  func roundTrip() throws {
    var rows = JSONRows()
    rows.row()
    rows.add(0)
    rows.add("actor")
    rows.add("the \"Quad\" \\ partners\n\there")
    rows.add(nil)
    rows.row()
    rows.add(-12)
    rows.add("Sánchez")
    let text = rows.text()
    #expect(!text.contains("\n") && !text.contains("\t"))
    let back = try #require(
      try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[Any]])
    #expect(back.count == 2)
    #expect(back[0][0] as? Int == 0)
    #expect(back[0][2] as? String == "the \"Quad\" \\ partners\n\there")
    #expect(back[0][3] is NSNull)
    #expect(back[1][0] as? Int == -12)
    #expect(back[1][1] as? String == "Sánchez")
  }

  @Test("no rows is an empty array")
  func empty() {
    #expect(JSONRows().text() == "[]")
  }
}
