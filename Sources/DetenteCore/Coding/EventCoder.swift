import Foundation

/// Codes an article's sentences into events: finds triggers, their source and target, modality,
/// date, place, topics and attribution, and explains each event by its evidence and rule.
public struct EventCoder: Sendable {
  /// The lexicon in use.
  public var lexicon: Lexicon { _read { yield shared.value } }
  /// The lexicon, shared by reference with the recognizers and coders made per article.
  let shared: SharedLexicon
  /// Keep events that have no target (CAMEO allows them; the coding conventions do not).
  public var includeUntargeted: Bool

  /// Creates a coder.
  public init(lexicon: Lexicon, includeUntargeted: Bool = false) {
    self.shared = SharedLexicon(lexicon)
    self.includeUntargeted = includeUntargeted
  }

  /// Everything the coder found in one article, stage by stage.
  public struct Analysis: Sendable {
    /// The article.
    public var article: Article
    /// The body text the token ranges refer to.
    public var body: String
    /// The tokens of the body.
    public var tokens: [Token]
    /// The sentences.
    public var sentences: [Sentence]
    /// Actor mentions per sentence.
    public var actors: [[ActorMention]]
    /// Time mentions per sentence.
    public var times: [[TimeMention]]
    /// Place mentions per sentence.
    public var places: [[PlaceMention]]
    /// The clause structure of each sentence: its predicates and their arguments.
    public var clauses: [[ClausePredicate]] = []
    /// The coded events.
    public var events: [Event]
    /// The exclusions that matched in each sentence (no event was coded from their words).
    public var exclusions: [[Exclusion]] = []
    /// The events of each sentence set aside as a state acting on itself ("Belarus's foreign
    /// ministry urged the Belarusian army …"), which the field's coders do not code.
    public var setAside: [[SetAside]] = []
    /// How many sentences were longer than `SentenceSplitter.maximumTokens` and read in
    /// pieces.
    public var longSentences = 0
    /// The gathering each meeting event's sentence names, by event id: a key for linking
    /// (`IGOG20 summit`) and the words to show (`G20 summit`).
    public var occasions: [String: (key: String, name: String)] = [:]
  }

  /// An event a pattern gave that was set aside as a state acting on itself.
  public struct SetAside: Sendable {
    /// The pattern that fired.
    public var pattern: EventPattern
    /// The tokens of its trigger.
    public var tokens: Range<Int>
    /// The source's and the target's codes.
    public var source: String
    public var target: String
  }

  /// Words an exclusion of the lexicon matched ("shelled out"): no pattern covering their first
  /// word fired.
  public struct Exclusion: Sendable {
    /// The exclusion.
    public var pattern: EventPattern
    /// The tokens it matched.
    public var tokens: Range<Int>
  }

  /// Codes an article.
  public func code(_ article: Article) -> [Event] {
    code(article, workspace: Workspace())
  }

  /// `code(_:)` in a workspace kept from one article to the next.
  public func code(_ article: Article, workspace: Workspace) -> [Event] {
    run(article, keepingStages: false, workspace) { _, found in found.events() }
  }

  /// Codes an article and appends its events as JSON lines to `buffer`: the bytes
  /// `EventFormat.jsonl` writes for `code(article)`, written straight from the coder's values
  /// without making the events' strings.
  public func appendJSONLines(_ article: Article, to buffer: inout [UInt8]) {
    appendJSONLines(article, to: &buffer, workspace: Workspace())
  }

  /// `appendJSONLines(_:to:)` in a workspace kept from one article to the next.
  public func appendJSONLines(
    _ article: Article, to buffer: inout [UInt8], workspace: Workspace
  ) {
    run(article, keepingStages: false, workspace) { _, found in
      guard !found.drafts.isEmpty else { return }
      var w = JSONWriter(capacity: 1024 * found.drafts.count)
      found.writeJSONLines(&w)
      w.withUnsafeBytes { buffer.append(contentsOf: $0) }
    }
  }

  /// Codes an article and keeps every stage's output.
  public func analyze(_ article: Article) -> Analysis {
    run(article, keepingStages: true, Workspace()) { stages, found in
      var analysis = stages
      analysis.events = found.events()
      analysis.occasions = analysis.gatherings(lexicon)
      return analysis
    }
  }

  /// Codes an article and hands `finish` what was found: with `keepingStages` false the
  /// analysis holds no stages (no sentence texts, mentions or times are kept, and a sentence's
  /// text is made only when one of its events needs it), and the events are drafts, turned
  /// into events or JSON by `finish` while the article's bytes are at hand.
  private func run<R>(
    _ article: Article, keepingStages: Bool, _ ws: Workspace,
    _ finish: (Analysis, ArticleEvents) -> R
  ) -> R {
    let body = article.body
    var bodyCopy = body
    // (The context's lists keep their memory from article to article.)
    var context = ArticleContext(date: nil)
    swap(&context, &ws.context)
    context.reset(date: article.published)
    defer { swap(&context, &ws.context) }
    let recognizer = ActorRecognizer(shared: shared)
    // The headline introduces the people the body refers back to ("The leaders last saw…").
    var title = article.title
    return title.withUTF8 { tb in
      context.title.append(contentsOf: tb)
      var tt = take(&ws.titleTokens)
      defer { ws.titleTokens = tt }
      lexicon.tokenize(tb, into: &tt)
      context.inHeadline = true
      let headline = TextResolver(
        body: UnsafeBufferPointer(start: nil, count: 0), title: tb, shared: shared)
      _ = recognizer.findCoded(
        tb, tt, 0..<tt.count, context: &context, words: headline, scratch: ws.mentionScratch)
      context.inHeadline = false
      return bodyCopy.withUTF8 { bytes in
        let words = TextResolver(body: bytes, title: tb, shared: shared)
        let (analysis, drafts) = code(
          article, body, bytes, words, &context, recognizer, keepingStages: keepingStages, ws)
        defer { ws.drafts = drafts }
        // Every event of the article points to the same description of it.
        let reference = Event.ArticleRef(
          id: article.id, title: article.title, outlet: article.outlet, url: article.url,
          published: article.published?.description, dateSource: article.dateSource.rawValue)
        return finish(
          analysis,
          ArticleEvents(
            drafts: drafts, words: words, names: context.names, reference: reference,
            sentenceTexts: analysis.sentences.map(\.text)))
      }
    }
  }

  /// Whether the sentence at `range` is a photo caption: "PHOTO: …", "Photo caption: …",
  /// "FILE PHOTO: …". A caption shows an event the story tells (the gold leaves its events
  /// optional); coded, it is told twice, or a picture's moment is taken for the news.
  static func isCaption(_ tokens: [Token], _ range: Range<Int>) -> Bool {
    var i = range.lowerBound
    // ("Caption: Trucks queue at the Chaman crossing.")
    if i + 1 < range.upperBound, tokens[i].hash == Self.captionWord,
      tokens[i + 1].hash == Words.colon
    {
      return true
    }
    if i < range.upperBound, tokens[i].hash == Self.fileWord { i += 1 }
    guard i < range.upperBound, tokens[i].hash == Self.photoWord else { return false }
    i += 1
    if i < range.upperBound, tokens[i].hash == Self.captionWord { i += 1 }
    return i < range.upperBound && tokens[i].hash == Words.colon
  }

  static let fileWord = TokenHash.of("file")
  static let photoWord = TokenHash.of("photo")
  static let captionWord = TokenHash.of("caption")

  /// Whether the text of `range` (without its final stop), forty bytes or more, already stood in
  /// the body before it: a photo caption repeating the lead. The body's first
  /// `repeatWindow` bytes and the `repeatWindow` bytes before the sentence are searched — all of
  /// a news story, and a bounded cost per sentence in a transcript or a book, whose cost would
  /// otherwise grow with the square of its length.
  static func repeatsEarlierText(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
    var end = range.upperBound
    if end > range.lowerBound, bytes[end - 1] == UInt8(ascii: ".") { end -= 1 }
    let n = end - range.lowerBound
    guard n >= 40, range.lowerBound >= n, let base = bytes.baseAddress else { return false }
    let needle = UnsafeRawPointer(base + range.lowerBound)
    let first = Int32(bytes[range.lowerBound])
    func occurs(in window: Range<Int>) -> Bool {
      var i = window.lowerBound
      let last = window.upperBound - n  // the last place a match can start
      while i <= last {
        guard let hit = memchr(base + i, first, last - i + 1) else { return false }
        let at = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
        if memcmp(base + at, needle, n) == 0 { return true }
        i = at + 1
      }
      return false
    }
    // Matches that start in the lead's window, then those that start in the window before the
    // sentence (the two overlap by a match's length less one byte, so none is missed between).
    let leadEnd = min(range.lowerBound, repeatWindow + n - 1)
    if occurs(in: 0..<leadEnd) { return true }
    let before = max(0, leadEnd - n + 1, range.lowerBound - repeatWindow)
    return occurs(in: before..<range.lowerBound)
  }

  /// How far back `repeatsEarlierText` looks, and how much of the lead it reads.
  static let repeatWindow = 16_384

  /// The sentence's actors and places, with the names its appositions teach, each noted in the
  /// context; `occasions` gets the sentence when it names a gathering.
  private func recognize(
    _ sentence: Sentence, _ recognizer: ActorRecognizer, _ bytes: UnsafeBufferPointer<UInt8>,
    _ tokens: [Token], _ words: TextResolver, _ context: inout ArticleContext, _ ws: Workspace,
    occasions: inout [Int]
  ) -> ([Mention], [PlaceHit]) {
    let r = sentence.tokens
    var (actors, places) = recognizer.findCoded(
      bytes, tokens, r, context: &context, words: words, scratch: ws.mentionScratch)
    if actors.contains(where: \.isOccasion) { occasions.append(sentence.index) }
    let named = context.learnAppositions(actors, tokens, r, headline: false, bytes: bytes)
    if !named.isEmpty {
      actors = (actors + named).sorted { $0.range.lowerBound < $1.range.lowerBound }
    }
    for m in actors {
      context.noteNamed(
        m, sentence: sentence.index,
        bytes: Int(tokens[m.range.lowerBound].start)..<Int(tokens[m.range.upperBound - 1].end))
    }
    return (actors, places)
  }

  /// Events told before the story said which day it reports on ("Bolivia has broken off
  /// relations …" before "… said on Tuesday") take that day now, or none.
  static func settleNewsDays(_ events: inout [EventDraft], _ context: ArticleContext) {
    for k in events.indices where events[k].dateRule == .news && events[k].date == nil {
      events[k].date = context.newsDay
      if context.newsDay == nil { events[k].dateRule = nil }
    }
  }

  /// Codes the body `bytes` of `article` (whose headline is already read into `context`).
  private func code(
    _ article: Article, _ body: String, _ bytes: UnsafeBufferPointer<UInt8>,
    _ words: TextResolver, _ context: inout ArticleContext,
    _ recognizer: ActorRecognizer, keepingStages: Bool, _ ws: Workspace
  ) -> (Analysis, [EventDraft]) {
    var tokens = take(&ws.tokens)
    lexicon.tokenize(bytes, into: &tokens)
    var ranges = take(&ws.sentences)
    ws.longSentences = SentenceSplitter().split(bytes, tokens, into: &ranges)
    defer {
      ws.tokens = tokens
      ws.sentences = ranges
    }
    var sentences: [Sentence] = []
    var allActors: [[ActorMention]] = []
    var allTimes: [[TimeMention]] = []
    var allPlaces: [[PlaceMention]] = []
    var allClauses: [[ClausePredicate]] = []
    var allExclusions: [[Exclusion]] = []
    var allSetAside: [[SetAside]] = []
    var events = take(&ws.drafts)
    if keepingStages {
      sentences.reserveCapacity(ranges.count)
      allActors.reserveCapacity(ranges.count)
      allTimes.reserveCapacity(ranges.count)
      allPlaces.reserveCapacity(ranges.count)
    }
    let finder = TriggerFinder(shared: shared)
    // Every event id's hash starts with the article's id.
    let articleSeed = TokenHash.fold(
      TokenHash.fold(TokenHash.seed, article.id), UInt8(ascii: "|"))
    var previousHadMeeting = false
    var sentenceCount = 0
    var occasionSentences: [Int] = []
    for r in ranges where !r.isEmpty {
      let byteRange = Int(tokens[r.lowerBound].start)..<Int(tokens[r.upperBound - 1].end)
      let text =
        keepingStages
        ? String.collapsingWhitespace(UnsafeBufferPointer(rebasing: bytes[byteRange])) : ""
      let sentence = Sentence(index: sentenceCount, tokens: r, bytes: byteRange, text: text)
      sentenceCount += 1
      let (actors, places) = recognize(
        sentence, recognizer, bytes, tokens, words, &context, ws,
        occasions: &occasionSentences)
      // ("Photo: … Germany accused Vietnam on Wednesday of abducting …": a caption that repeats
      // a sentence of the story tells its events a second time.)
      // (Looked for only where the sentence has triggers: most have none.)
      var triggers = finder.find(tokens, r, workspace: ws)
      if !triggers.isEmpty,
        Self.isCaption(tokens, r) || Self.repeatsEarlierText(bytes, byteRange)
      {
        triggers.removeAll(keepingCapacity: true)
      }
      // Times matter only to a sentence's events (a sentence without triggers has none) and
      // to finding the day the story reports on.
      let times =
        keepingStages || !triggers.isEmpty || context.newsDay == nil
        ? TimeRecognizer().find(bytes, tokens, r) : []
      context.noteNewsDay(times, published: article.published)
      if keepingStages {
        sentences.append(sentence)
        allActors.append(
          actors.map { words.mention($0, context.names, places: ws.mentionScratch.mentionPlaces) })
        allTimes.append(times)
        allPlaces.append(places.map { words.place($0) })
        allExclusions.append(
          ws.excluded.map { Exclusion(pattern: lexicon.patterns[$0.pattern], tokens: $0.span) })
      }
      let s = SentenceCoder(
        shared: shared, published: article.published, articleSeed: articleSeed, bytes: bytes,
        tokens: tokens, sentence: sentence, actors: actors, places: places, times: times,
        triggers: triggers, includeUntargeted: includeUntargeted,
        previousHadMeeting: previousHadMeeting, words: words, workspace: ws)
      s.preferNouns()
      if keepingStages { allClauses.append(s.clauses) }
      ws.setAside.removeAll(keepingCapacity: true)
      s.code(&context, into: &events)
      if keepingStages {
        allSetAside.append(
          ws.setAside.map {
            SetAside(
              pattern: lexicon.patterns[$0.pattern], tokens: $0.span, source: $0.sides.0.string,
              target: $0.sides.1.string)
          })
      }
      previousHadMeeting = triggers.contains { lexicon.patterns[$0.pattern].cameoCode.isMeeting }
    }
    Self.settleNewsDays(&events, context)
    if !occasionSentences.isEmpty { Self.nameHosts(&events, occasionSentences, context) }
    return (
      Analysis(
        article: article, body: body, tokens: tokens, sentences: sentences, actors: allActors,
        times: allTimes, places: allPlaces, clauses: allClauses, events: [],
        exclusions: allExclusions, setAside: allSetAside, longSentences: ws.longSentences),
      events
    )
  }
}
