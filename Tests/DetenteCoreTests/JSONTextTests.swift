import DetenteCore
import Foundation
import Testing

/// The JSON builder other stages use around the event lines.
@Suite("JSON text")
struct JSONTextTests {
  @Test("nested objects and arrays, escaped strings, nulls and embedded JSON read back")
  func nested() throws {
    var j = JSONText()
    j.beginObject()
    j.key("name")
    j.string("say \"hi\"\n\u{1}é")
    j.key("none")
    j.string(nil)
    j.key("list")
    j.beginArray()
    j.int(-3)
    j.json("{\"a\":[1,2]}")
    j.beginObject()
    j.endObject()
    j.beginArray()
    j.endArray()
    j.endArray()
    j.key("n")
    j.int(7)
    j.endObject()
    let text = j.text()
    #expect(
      text
        == "{\"name\":\"say \\\"hi\\\"\\n\\u0001é\",\"none\":null,\"list\":[-3,{\"a\":[1,2]},{},[]],\"n\":7}"
    )
    let back = try #require(
      try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    #expect(back["name"] as? String == "say \"hi\"\n\u{1}é")
    #expect(back["none"] is NSNull)
    #expect((back["list"] as? [Any])?.count == 4)
  }
}
