import DetenteCore

/// One stored article with everything coded from it: for the article page and the API.
public struct ArticleDetail: Sendable {
  /// A sentence with what was found in it.
  public struct SentenceDetail: Sendable {
    /// 0-based position.
    public var index: Int
    /// The text.
    public var text: String
    /// Actor, time and place mentions: (kind, words, code).
    public var mentions: [(kind: String, text: String, code: String)]
    /// The events coded from it.
    public var events: [Event]
  }

  /// The article as listed.
  public var article: StoredArticle
  /// Its sentences, in order.
  public var sentences: [SentenceDetail]

  /// An article's detail from its stored parts: its sentences (position and text, in order),
  /// its mentions as stored (`MentionList`) and its events.
  package init(
    article: StoredArticle, sentences: [(index: Int, text: String)], mentions json: String?,
    events: [Event]
  ) {
    self.article = article
    let mentions = MentionList.bySentence(json)
    var bySentence: [Int: [Event]] = [:]
    for e in events { bySentence[e.sentenceIndex, default: []].append(e) }
    self.sentences = sentences.map { s in
      SentenceDetail(
        index: s.index, text: s.text, mentions: mentions[s.index] ?? [],
        events: bySentence[s.index] ?? [])
    }
  }
}

/// An actor code with how often it appears in stored events.
public struct ActorCount: Sendable, Hashable {
  /// The code (`RUSGOV`, `IGONATO`).
  public var code: String
  /// Events with it as source.
  public var asSource: Int
  /// Events with it as target.
  public var asTarget: Int

  package init(code: String, asSource: Int, asTarget: Int) {
    self.code = code
    self.asSource = asSource
    self.asTarget = asTarget
  }
}
