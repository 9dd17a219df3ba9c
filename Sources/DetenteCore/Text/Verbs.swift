/// Cheap tests for whether a token is probably a verb, used to find clause edges without a
/// part-of-speech tagger: auxiliaries and modals, and lower-case words ending in -ed or -ing.
enum Verbs {
  static let common = Words.set([
    "responded", "retaliated", "met", "said", "says", "told", "held", "made", "took", "gave",
    "sent", "went", "came",
    "saw", "signed", "agreed", "urged", "plans", "wants", "hopes", "accused", "visited", "left",
    "began", "struck",
    "announced", "expelled", "imposed", "warned", "called", "fought", "killed", "launched", "meets",
    "meet", "will",
  ])
  /// A verb by its form.
  static func isVerbLike(_ t: Token) -> Bool { t.is(.verbLike) }
  /// A lower-case word ending in "-ly" that is not one of the nouns that do ("completely",
  /// "firmly"; not "ally", "assembly").
  static func isAdverbByForm(_ t: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard t.kind == .word, !t.isCapitalized, t.length > 4 else { return false }
    let e = Int(t.end)
    return bytes[e - 2] == UInt8(ascii: "l") && bytes[e - 1] == UInt8(ascii: "y")
      && !ClauseWords.lyNouns.contains(t.hash)
  }

  /// A verb by its form, looking at its letters.
  static func looksLikeVerb(_ t: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    if isVerbLike(t) { return true }
    guard t.kind == .word, !t.isCapitalized, t.length > 4 else { return false }
    let e = Int(t.end)
    if bytes[e - 2] == UInt8(ascii: "e") && bytes[e - 1] == UInt8(ascii: "d") { return true }
    if t.length > 5,
      bytes[e - 3] == UInt8(ascii: "i") && bytes[e - 2] == UInt8(ascii: "n")
        && bytes[e - 1] == UInt8(ascii: "g")
    {
      return true
    }
    return false
  }
}
