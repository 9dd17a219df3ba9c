/// Finds sentence boundaries in a token stream.
///
/// A sentence ends at `.`, `?` or `!` (with any closing quotes or brackets after it) when the next
/// token starts a new sentence: a capital, a digit or an opening quote. It does not end after
/// an abbreviation ("Mr.", "St.", "Sept. 5"), an initial ("J. Smith"), or inside an initialism
/// unless the next word is a common sentence opener ("... the U.S. The ..."). A paragraph break
/// ends a sentence unless the paragraph broke off mid-sentence (it ends with a comma or without
/// final punctuation and the next starts in lower case).
///
/// A sentence longer than `maximumTokens` (a list, a table or a text without stops: news
/// sentences stay under a hundred) is read in pieces of at most that many tokens, each ending at
/// its last comma or semicolon past the middle where there is one, so that the coder's cost
/// stays linear in the text's length.
public struct SentenceSplitter: Sendable {
  /// The most tokens a sentence is read in at once.
  public static let maximumTokens = 200

  /// Creates a splitter.
  public init() {}

  /// The sentences of `text`, whose `tokens` were made from it, as ranges of those tokens.
  public func split(_ text: String, _ tokens: [Token]) -> [Range<Int>] {
    var copy = text
    return copy.withUTF8 { split($0, tokens) }
  }

  /// Returns the sentences' token ranges.
  func split(_ bytes: UnsafeBufferPointer<UInt8>, _ tokens: [Token]) -> [Range<Int>] {
    var ranges: [Range<Int>] = []
    split(bytes, tokens, into: &ranges)
    return ranges
  }

  /// Splits `tokens` into sentences, appending their token ranges to `ranges`; returns how many
  /// sentences were longer than `maximumTokens` and read in pieces.
  @discardableResult
  func split(
    _ bytes: UnsafeBufferPointer<UInt8>, _ tokens: [Token], into ranges: inout [Range<Int>]
  ) -> Int {
    let first = ranges.count
    splitAtStops(bytes, tokens, into: &ranges)
    guard ranges[first...].contains(where: { $0.count > Self.maximumTokens }) else { return 0 }
    let found = Array(ranges[first...])
    ranges.removeSubrange(first...)
    var cut = 0
    for r in found {
      guard r.count > Self.maximumTokens else {
        ranges.append(r)
        continue
      }
      cut += 1
      Self.appendPieces(of: r, bytes, tokens, to: &ranges)
    }
    return cut
  }

  /// Appends `range` in pieces of at most `maximumTokens` tokens, each ending after its last
  /// comma or semicolon in its second half where it has one.
  static func appendPieces(
    of range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>, _ tokens: [Token],
    to ranges: inout [Range<Int>]
  ) {
    var start = range.lowerBound
    while range.upperBound - start > maximumTokens {
      var end = start + maximumTokens
      var k = end - 1
      while k > start + maximumTokens / 2 {
        let t = tokens[k]
        if t.kind == .punct, t.length == 1,
          bytes[Int(t.start)] == UInt8(ascii: ",") || bytes[Int(t.start)] == UInt8(ascii: ";")
        {
          end = k + 1
          break
        }
        k -= 1
      }
      ranges.append(start..<end)
      start = end
    }
    ranges.append(start..<range.upperBound)
  }

  /// Splits `tokens` at sentence stops and paragraph breaks.
  private func splitAtStops(
    _ bytes: UnsafeBufferPointer<UInt8>, _ tokens: [Token], into ranges: inout [Range<Int>]
  ) {
    var start = 0
    let n = tokens.count
    var i = 0
    func byte(_ t: Token) -> UInt8 { bytes[Int(t.start)] }
    func isCloser(_ t: Token) -> Bool {
      guard t.kind == .punct else { return false }
      let b = byte(t)
      if b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") || b == UInt8(ascii: ")") { return true }
      if t.length == 3, b == 0xE2,
        bytes[Int(t.start) + 2] == 0x9D || bytes[Int(t.start) + 2] == 0x99
      {
        return true
      }
      return false
    }
    func opensSentence(_ t: Token) -> Bool {
      if t.kind == .number { return true }
      if t.kind == .word { return t.isCapitalized }
      let b = byte(t)
      return b == UInt8(ascii: "\"") || b == UInt8(ascii: "(") || b == UInt8(ascii: "'")
        || (t.length == 3 && b == 0xE2) || b == UInt8(ascii: "-")
    }
    while i < n {
      let t = tokens[i]
      // Paragraph break.
      if i > start, t.startsParagraph {
        let prev = tokens[i - 1]
        let pb = byte(prev)
        let prevEndsSentence =
          prev.kind == .punct
          && (pb == UInt8(ascii: ".") || pb == UInt8(ascii: "?") || pb == UInt8(ascii: "!")
            || pb == UInt8(ascii: ":") || isCloser(prev))
        let brokeOff = !prevEndsSentence && (pb == UInt8(ascii: ",") || !t.isCapitalized)
        if !brokeOff {
          ranges.append(start..<i)
          start = i
        }
      }
      if t.kind == .punct {
        let b = byte(t)
        let terminal =
          b == UInt8(ascii: ".") || b == UInt8(ascii: "?") || b == UInt8(ascii: "!")
          || (t.length == 3 && b == 0xE2 && bytes[Int(t.start) + 2] == 0xA6)
        if terminal {
          var end = i + 1
          while end < n, isCloser(tokens[end]),
            !tokens[end].hasSpaceBefore || byte(tokens[end]) == UInt8(ascii: ")")
          {
            end += 1
          }
          if end >= n {
            i = end
            continue
          }
          let next = tokens[end]
          var boundary = opensSentence(next) && (next.hasSpaceBefore || next.startsParagraph)
          if boundary, b == UInt8(ascii: "."), i > 0, end == i + 1 {
            let prev = tokens[i - 1]
            if prev.end == t.start, prev.kind == .word {
              if Abbreviations.hashes.contains(prev.hash) {
                boundary = false
                if Abbreviations.numberHashes.contains(prev.hash), next.kind != .number,
                  Abbreviations.starters.contains(next.hash)
                {
                  boundary = true
                }
              } else if prev.length == 1, prev.isCapitalized {
                boundary = false  // an initial: "J. Smith"
              }
            }
          }
          if boundary || next.startsParagraph {
            ranges.append(start..<end)
            start = end
          }
          i = end
          continue
        }
      } else if t.isInitialism, i + 1 < n {
        // "… to the U.S. The next day …": the initialism's period ends the sentence.
        let next = tokens[i + 1]
        if next.kind == .word, next.isCapitalized, Abbreviations.starters.contains(next.hash),
          next.hasSpaceBefore
        {
          ranges.append(start..<(i + 1))
          start = i + 1
        }
      }
      i += 1
    }
    if start < n { ranges.append(start..<n) }
  }
}
