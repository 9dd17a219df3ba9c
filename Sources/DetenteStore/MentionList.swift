import DetenteCore
import Foundation

/// An article's mentions as one JSON array in `article.mentions`, read only by the article's
/// page: one row per mention (1.9 million rows and an index for 50 MB of articles) cost ingest
/// more than the events did. Each mention is
/// `[sentence, kind, text, code, person or null, first token, token after the last]`.
enum MentionList {
  /// The JSON array of `mentions`, in their order.
  static func json(_ mentions: [CodedArticle.Mention]) -> String {
    var rows = JSONRows()
    for m in mentions {
      rows.row()
      rows.add(m.sentenceIndex)
      rows.add(m.kind)
      rows.add(m.text)
      rows.add(m.code)
      rows.add(m.person)
      rows.add(m.tokens.lowerBound)
      rows.add(m.tokens.upperBound)
    }
    return rows.text()
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
