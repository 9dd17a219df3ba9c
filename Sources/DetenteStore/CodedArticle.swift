import DetenteCore

/// An article with what the coder found in it, ready to be stored.
public struct CodedArticle: Sendable {
  /// One sentence of the body.
  public struct Sentence: Sendable, Hashable {
    /// 0-based position in the body.
    public var index: Int
    /// The sentence's text.
    public var text: String
  }
  /// One mention found in a sentence.
  public struct Mention: Sendable, Hashable {
    /// `actor`, `time` or `place`.
    public var kind: String
    /// 0-based sentence position.
    public var sentenceIndex: Int
    /// The words.
    public var text: String
    /// Actor code (`RUSGOV`), resolved place country, or the time's words.
    public var code: String
    /// The person, for actors that are people.
    public var person: String?
    /// Token range in the article.
    public var tokens: Range<Int>
  }

  /// The article as read.
  public var article: Article
  /// Its sentences.
  public var sentences: [Sentence]
  /// Its actor, time and place mentions.
  public var mentions: [Mention]
  /// Its coded events.
  public var events: [Event]
  /// The gathering a meeting event's sentence names, by event id: a key (`IGOG20 summit`) for
  /// linking and the words for display (`G20 summit`).
  public var occasions: [String: (key: String, name: String)]

  /// Creates a coded article from the coder's analysis.
  public init(_ analysis: EventCoder.Analysis) {
    article = analysis.article
    sentences = analysis.sentences.map { Sentence(index: $0.index, text: $0.text) }
    var m: [Mention] = []
    for s in analysis.sentences {
      for a in analysis.actors[s.index] {
        for actor in a.actors {
          m.append(
            Mention(
              kind: "actor", sentenceIndex: s.index, text: actor.text, code: actor.code,
              person: actor.person, tokens: a.range))
        }
      }
      for t in analysis.times[s.index] {
        m.append(
          Mention(
            kind: "time", sentenceIndex: s.index, text: t.text, code: "", person: nil,
            tokens: t.range))
      }
      for p in analysis.places[s.index] {
        m.append(
          Mention(
            kind: "place", sentenceIndex: s.index, text: p.text, code: p.country, person: nil,
            tokens: p.range))
      }
    }
    mentions = m
    events = analysis.events
    occasions = analysis.occasions
  }

  /// A hash of everything the article says (title, date, outlet, address, body): the same
  /// article read twice has the same hash; an edited one does not.
  public var contentHash: String {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    func add(_ s: String) {
      for b in s.utf8 {
        h ^= UInt64(b)
        h = h &* 0x100_0000_01b3
      }
      h ^= 0x1f
      h = h &* 0x100_0000_01b3
    }
    add(article.title)
    add(article.published?.description ?? "")
    add(article.dateSource.rawValue)
    add(article.outlet ?? "")
    add(article.url ?? "")
    add(article.body)
    return String(h, radix: 16)
  }
}
