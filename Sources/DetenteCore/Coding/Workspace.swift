extension EventCoder {
  /// Buffers the coder fills and empties for every sentence and article — tokens, pieces of
  /// names, mentions, triggers, drafts of events — kept from one to the next so that their
  /// memory is allocated once, not per sentence.
  ///
  /// A workspace belongs to one caller at a time: each task coding articles in parallel makes
  /// its own (see `appendJSONLines(_:to:workspace:)`).
  public final class Workspace {
    var tokens: [Token] = []
    var titleTokens: [Token] = []
    var sentences: [Range<Int>] = []
    var pieces: [ActorRecognizer.Piece] = []
    var chunks: [Range<Int>] = []
    var mentions: [Mention] = []
    var places: [PlaceHit] = []
    var compounds: [Mention] = []
    var named: [Code] = []
    var located: [Code] = []
    var triggers: [Trigger] = []
    var gaps: [Range<Int>] = []
    var starts: [Int16] = []
    var ends: [Int16] = []
    var drafts: [EventDraft] = []
    var context = ArticleContext(date: nil)
    var readings: [SentenceCoder.Reading] = []
    var kept: [(SentenceCoder.Reading, CodedActor, CodedActor?)] = []
    var spans: [Range<Int>] = []
    var subjects: [Range<Int>?] = []

    /// An empty workspace.
    public init() {}
  }
}

/// Takes an array out of a workspace, emptied, keeping its memory (the caller gives it back).
@inline(__always)
func take<T>(_ array: inout [T]) -> [T] {
  var out: [T] = []
  swap(&out, &array)
  out.removeAll(keepingCapacity: true)
  return out
}
