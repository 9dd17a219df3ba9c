/// A sentence of an article body: its position, text and tokens.
public struct Sentence: Sendable, Hashable {
  /// 0-based position in the article body.
  public var index: Int
  /// Range of the sentence's tokens in the article's token array.
  public var tokens: Range<Int>
  /// Byte range in the body.
  public var bytes: Range<Int>
  /// The sentence's text, white space folded to single spaces.
  public var text: String
}
