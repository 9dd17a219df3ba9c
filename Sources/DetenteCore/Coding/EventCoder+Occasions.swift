extension EventCoder.Analysis {
  /// The gathering each meeting event's sentence names ("the G20 summit in St. Petersburg"),
  /// by event id: a key for linking (`IGOG20 summit`) and the words to show (`G20 summit`).
  /// A gathering is an organisation named as an occasion, with the word after it when that is
  /// one of the lexicon's `@gathering-nouns` ("summit" otherwise); it goes to the meeting event
  /// of its sentence whose trigger is nearest to it.
  func gatherings(_ lexicon: Lexicon) -> [String: (key: String, name: String)] {
    let nouns = lexicon.wordLists["@gathering-nouns"] ?? []
    let bytes = Array(body.utf8)
    var bySentence: [Int: [(at: Int, key: String, name: String)]] = [:]
    for s in sentences {
      for a in actors[s.index] where a.isOccasion {
        let next = a.range.upperBound
        var word = "summit"
        if next < s.tokens.upperBound, nouns.contains(tokens[next].hash) {
          let t = tokens[next]
          word = String(decoding: bytes[Int(t.start)..<Int(t.end)], as: UTF8.self).lowercased()
        }
        bySentence[s.index, default: []].append(
          (a.range.lowerBound, a.primary.code + " " + word, a.primary.text + " " + word))
      }
    }
    var found: [String: (key: String, name: String)] = [:]
    let meetings = events.filter { Code($0.cameo).isMeeting }
    for (sentence, list) in bySentence {
      for g in list {
        let near = meetings.filter { $0.sentenceIndex == sentence }.min {
          abs($0.triggerTokens.lowerBound - g.at) < abs($1.triggerTokens.lowerBound - g.at)
        }
        if let e = near, found[e.id] == nil { found[e.id] = (g.key, g.name) }
      }
    }
    return found
  }
}
