/// How the `text` filter is read: as the words a reader typed (the default), or as an SQLite
/// FTS5 expression (`OR`, `NOT`, `NEAR`, `prefix*`, column filters) for those who ask for it.
public enum TextSyntax: String, Sendable, Hashable, CaseIterable {
  /// Words and "quoted phrases"; punctuation inside a word (`U.S.`, `G-20`, `Putin's`) is part
  /// of the word, and nothing is an operator.
  case words
  /// SQLite FTS5 query syntax, passed on as it is.
  case fts
}

/// What a reader typed into a search box, turned into an FTS5 expression that means the same
/// words. The sentence index splits text at everything that is not a letter or a digit
/// (FTS5's `unicode61` tokenizer), so a word typed with punctuation inside it is searched as the
/// phrase of its pieces: `U.S.` is the phrase "u s", which is how "U.S." was indexed.
public enum TextSearch {
  /// The longest text accepted, in characters.
  public static let maxLength = 1000
  /// The most words and phrases one search may have.
  public static let maxTerms = 64
  /// The most prefix terms (`word*`) an FTS5 expression may have.
  public static let maxPrefixTerms = 16

  /// Why a text cannot be searched.
  public enum Problem: Error, Sendable, Hashable, CustomStringConvertible {
    /// No letters or digits at all (`*`, `-`, `(`).
    case noWords
    /// Longer than ``maxLength`` characters.
    case tooLong(Int)
    /// More than ``maxTerms`` words and phrases.
    case tooManyTerms(Int)

    public var description: String {
      switch self {
      case .noWords: return "has no words to search for (letters or digits)"
      case .tooLong(let n):
        return "is \(n) characters long; a search is at most \(TextSearch.maxLength)"
      case .tooManyTerms(let n):
        return "has \(n) words and phrases; a search has at most \(TextSearch.maxTerms)"
      }
    }
  }

  /// One thing to find: a word as typed, or the words of a quoted phrase.
  struct Term: Equatable {
    var text: String
    var quoted: Bool
  }

  /// The FTS5 expression for words typed by a reader: every word and "quoted phrase" must be
  /// in the sentence, in any order (joined by `AND`: FTS5 takes no implicit AND next to a
  /// bracketed group). A hyphenated word also matches its pieces written together
  /// (`G-20` finds "G-20" and "G20"; `e-mail` finds "email"), and a word of letters then digits
  /// also matches them apart (`G20` finds "G 20" and "G-20").
  public static func expression(words text: String) throws(Problem) -> String {
    let terms = try searchTerms(text)
    return terms.map { term -> String in
      let forms = spellings(term.text).map(quote)
      return forms.count == 1 ? forms[0] : "(" + forms.joined(separator: " OR ") + ")"
    }.joined(separator: " AND ")
  }

  /// The terms of a typed text that have something to find, or why there are none or too many.
  static func searchTerms(_ text: String) throws(Problem) -> [Term] {
    let length = text.count
    guard length <= maxLength else { throw .tooLong(length) }
    let terms = self.terms(text).filter { hasWord($0.text) }
    guard !terms.isEmpty else { throw .noWords }
    guard terms.count <= maxTerms else { throw .tooManyTerms(terms.count) }
    return terms
  }

  /// The words and quoted phrases of a text. White space and brackets separate words; a
  /// quotation mark opens a phrase that runs to the next one (or to the end of the text).
  static func terms(_ text: String) -> [Term] {
    var out: [Term] = []
    var current = ""
    var quoted = false
    func flush() {
      if !current.isEmpty { out.append(Term(text: current, quoted: quoted)) }
      current = ""
    }
    for c in text {
      if c == "\"" || c == "“" || c == "”" {
        flush()
        quoted.toggle()
      } else if c.isWhitespace || c.unicodeScalars.contains(where: isControl) {
        if quoted { current.append(" ") } else { flush() }
      } else if !quoted, "()[]{}".contains(c) {
        flush()
      } else {
        current.append(c)
      }
    }
    flush()
    return out
  }

  /// Whether a term has something the index can find: a letter or a digit.
  static func hasWord(_ s: String) -> Bool {
    s.unicodeScalars.contains { $0.properties.isAlphabetic || $0.properties.numericType != nil }
  }

  /// A word or phrase as typed, then with its words' other spellings ("G-20 summit", "G20
  /// summit"), at most four forms.
  static func spellings(_ text: String) -> [String] {
    let words = text.split(separator: " ").map(String.init)
    var forms = [words]
    for (i, w) in words.enumerated() {
      for alt in alternatives(w) {
        for f in forms where forms.count < 4 {
          var g = f
          g[i] = alt
          forms.append(g)
        }
      }
    }
    return forms.map { $0.joined(separator: " ") }
  }

  /// Other spellings of one typed word that a reader would count as the same word.
  static func alternatives(_ typed: String) -> [String] {
    let hyphens: Set<Character> = ["-", "‐", "‑", "–"]
    // ("G20," and "G-20." are the words G20 and G-20.)
    var word = Substring(typed)
    while let c = word.last, !(c.isLetter || c.isNumber) { word = word.dropLast() }
    while let c = word.first, !(c.isLetter || c.isNumber) { word = word.dropFirst() }
    var out: [String] = []
    if word.contains(where: { hyphens.contains($0) }) {
      let joined = String(word.filter { !hyphens.contains($0) })
      if joined.allSatisfy({ $0.isLetter || $0.isNumber }), hasWord(joined) { out.append(joined) }
    } else if word.allSatisfy({ $0.isLetter || $0.isNumber }),
      let split = word.firstIndex(where: \.isNumber), split != word.startIndex,
      word[..<split].allSatisfy(\.isLetter), word[split...].allSatisfy(\.isNumber)
    {
      out.append(word[..<split] + " " + word[split...])
    }
    return out
  }

  /// A string as an FTS5 string literal (the tokenizer splits it into the phrase's words).
  static func quote(_ s: String) -> String {
    "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }

  static func isControl(_ u: Unicode.Scalar) -> Bool {
    u.properties.generalCategory == .control || u.properties.generalCategory == .format
  }
}

extension TextSearch {
  /// Text as SQLite's `unicode61` tokenizer reads it, for PostgreSQL's index: lower case, the
  /// marks of accented letters dropped, and everything that is not a letter or a digit a space.
  /// `to_tsvector('simple', …)` of it holds the words FTS5 indexes, in the same order, so that
  /// plain words find the same sentences in both stores.
  package static func searchable(_ text: String) -> String {
    if let ascii = searchableASCII(text) { return ascii }
    var out = String.UnicodeScalarView()
    var lastSpace = true
    for u in text.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars {
      let category = u.properties.generalCategory
      if category == .nonspacingMark || category == .enclosingMark { continue }
      if u.properties.isAlphabetic || u.properties.numericType != nil
        || category == .privateUse
      {
        out.append(u)
        lastSpace = false
      } else if !lastSpace {
        out.append(" ")
        lastSpace = true
      }
    }
    if lastSpace, !out.isEmpty { out.removeLast() }
    return String(out)
  }

  /// `searchable` of a text that is all ASCII, byte by byte (most sentences; the Unicode
  /// properties cost ingest a tenth of its time), or nil for any other text.
  static func searchableASCII(_ text: String) -> String? {
    var out: [UInt8] = []
    out.reserveCapacity(text.utf8.count)
    var lastSpace = true
    for b in text.utf8 {
      guard b < 0x80 else { return nil }
      switch b {
      case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
        out.append(b)
        lastSpace = false
      case UInt8(ascii: "A")...UInt8(ascii: "Z"):
        out.append(b + 32)
        lastSpace = false
      default:
        if !lastSpace {
          out.append(0x20)
          lastSpace = true
        }
      }
    }
    if lastSpace, !out.isEmpty { out.removeLast() }
    return String(decoding: out, as: UTF8.self)
  }

  /// The PostgreSQL `tsquery` for words typed by a reader: the same terms and spellings as
  /// ``expression(words:)``, each phrase's words joined by `<->` (followed by), the spellings
  /// of a term by `|`, and the terms by `&`.
  package static func tsQuery(words text: String) throws(Problem) -> String {
    let terms = try searchTerms(text)
    return terms.map { term -> String in
      let forms = spellings(term.text).map { form in
        searchable(form).split(separator: " ").map { "'" + $0 + "'" }.joined(separator: " <-> ")
      }.filter { !$0.isEmpty }
      return forms.count == 1 ? forms[0] : "(" + forms.joined(separator: " | ") + ")"
    }.joined(separator: " & ")
  }
}

extension EventQuery {
  /// The PostgreSQL `tsquery` the text filter runs, or `nil` without one. Only words are
  /// searched there: FTS5's syntax is SQLite's own.
  package func searchQuery() throws(QueryError) -> String? {
    guard let text else { return nil }
    guard textSyntax == .words else {
      throw QueryError.text(
        text,
        "is in SQLite's FTS5 syntax, which a PostgreSQL store does not read; leave out the FTS syntax option to search plain words"
      )
    }
    do {
      return try TextSearch.tsQuery(words: text)
    } catch {
      throw QueryError.text(text, error.description)
    }
  }
}
