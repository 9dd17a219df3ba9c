import Foundation

/// An article's mentions as one JSON array in `article.mentions`, read only by the article's
/// page: one row per mention (1.9 million rows and an index for 50 MB of articles) cost ingest
/// more than the events did. Each mention is
/// `[sentence, kind, text, code, person or null, first token, token after the last]`.
enum MentionList {
  /// The JSON array of `mentions`, in their order.
  static func json(_ mentions: [CodedArticle.Mention]) -> String {
    var out = [UInt8]()
    out.reserveCapacity(mentions.count * 48 + 2)
    out.append(UInt8(ascii: "["))
    for (n, m) in mentions.enumerated() {
      if n > 0 { out.append(UInt8(ascii: ",")) }
      out.append(UInt8(ascii: "["))
      out += String(m.sentenceIndex).utf8
      for text in [m.kind, m.text, m.code] {
        out.append(UInt8(ascii: ","))
        quote(text, into: &out)
      }
      out.append(UInt8(ascii: ","))
      if let person = m.person { quote(person, into: &out) } else { out += "null".utf8 }
      out += ",\(m.tokens.lowerBound),\(m.tokens.upperBound)]".utf8
    }
    out.append(UInt8(ascii: "]"))
    return String(decoding: out, as: UTF8.self)
  }

  /// `s` as a JSON string: quotes, backslashes and control characters escaped.
  static func quote(_ s: String, into out: inout [UInt8]) {
    out.append(UInt8(ascii: "\""))
    for b in s.utf8 {
      switch b {
      case UInt8(ascii: "\""), UInt8(ascii: "\\"):
        out.append(UInt8(ascii: "\\"))
        out.append(b)
      case 0..<0x20:
        let hex = Array("0123456789abcdef".utf8)
        out += "\\u00".utf8
        out.append(hex[Int(b >> 4)])
        out.append(hex[Int(b & 15)])
      default:
        out.append(b)
      }
    }
    out.append(UInt8(ascii: "\""))
  }

  /// The mentions of a stored array, by sentence: (kind, words, code). Entries that do not read
  /// as a mention are left out.
  static func bySentence(_ json: String?) -> [Int: [(kind: String, text: String, code: String)]] {
    guard let json,
      let list = (try? JSONSerialization.jsonObject(with: Data(json.utf8))) as? [[Any]]
    else { return [:] }
    var out: [Int: [(kind: String, text: String, code: String)]] = [:]
    for entry in list where entry.count >= 4 {
      guard let sentence = entry[0] as? Int, let kind = entry[1] as? String,
        let text = entry[2] as? String, let code = entry[3] as? String
      else { continue }
      out[sentence, default: []].append((kind, text, code))
    }
    return out
  }
}
