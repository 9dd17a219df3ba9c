extension EventCoder {
  /// Buffers the coder fills and empties for every sentence and article — tokens, pieces of
  /// names, mentions, triggers, drafts of events — kept from one to the next so that their
  /// memory is allocated once, not per sentence.
  ///
  /// A workspace belongs to one caller at a time: each task coding articles in parallel makes
  /// its own (see `appendJSONLines(_:to:workspace:)`).
  ///
  /// (Its buffers are not checked for overlapping accesses while the program runs — each is
  /// taken out by one stage, or lent to one stage for a call, at a time — because the check is
  /// a call into the runtime at every access: about 4 % of the instructions spent coding an
  /// article, counted with callgrind.)
  public final class Workspace {
    /// How many sentences of the last article coded were longer than
    /// `SentenceSplitter.maximumTokens` and read in pieces.
    public internal(set) var longSentences = 0
    /// The actor recognizer's buffers (the Mentions stage owns them).
    let mentionScratch = MentionScratch()
    @exclusivity(unchecked) var tokens: [Token] = []
    @exclusivity(unchecked) var titleTokens: [Token] = []
    @exclusivity(unchecked) var sentences: [Range<Int>] = []
    @exclusivity(unchecked) var triggers: [Trigger] = []
    /// The exclusions that matched in the sentence: their pattern and words.
    @exclusivity(unchecked) var excluded: [(pattern: Int, span: Range<Int>)] = []
    /// The events the sentence's readings gave that were set aside as a state acting on
    /// itself (`SentenceCoder.isOwnStateOnly`): their pattern, words and sides.
    @exclusivity(unchecked) var setAside: [(pattern: Int, span: Range<Int>, sides: (Code, Code))] =
      []
    @exclusivity(unchecked) var starts: [Int16] = []
    @exclusivity(unchecked) var ends: [Int16] = []
    @exclusivity(unchecked) var drafts: [EventDraft] = []
    @exclusivity(unchecked) var context = ArticleContext(date: nil)
    @exclusivity(unchecked) var readings: [SentenceCoder.Reading] = []
    @exclusivity(unchecked) var kept: [(Int, CodedActor, CodedActor?)] = []
    @exclusivity(unchecked) var seenDated: [SentenceCoder.Dated] = []
    @exclusivity(unchecked) var seenAnyDate: [SentenceCoder.Sameness] = []
    @exclusivity(unchecked) var verbRoots: [SentenceCoder.Sameness] = []
    @exclusivity(unchecked) var usedIDs: [UInt64] = []
    @exclusivity(unchecked) var spans: [Range<Int>] = []
    @exclusivity(unchecked) var subjects: [Range<Int>?] = []

    /// An empty workspace.
    public init() {}
  }
}
