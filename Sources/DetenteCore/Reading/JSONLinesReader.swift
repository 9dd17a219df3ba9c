import Foundation

/// Reads batches of articles, one JSON object per line:
/// `{"id", "title", "published", "url", "outlet", "text"}`. Paragraphs in `text` are separated
/// by blank lines. A malformed line is reported with its line number and the others are read.
public struct JSONLinesReader: Sendable {
  /// Creates a reader.
  public init() {}

  struct Record: Decodable {
    var id: String?
    var title: String?
    var published: String?
    var url: String?
    var outlet: String?
    var text: String?
  }

  /// Reads every record of `text`; `stem` names records that lack an `id`.
  public func read(_ text: String, stem: String, path: String) -> ([Article], [ReadError]) {
    // (A string is valid UTF-8 already: its lines need no check.)
    read(Array(text.utf8), firstLine: 1, stem: stem, path: path, knownUTF8: true)
  }

  /// Reads every record of `bytes`, whole lines of a file whose first is line `firstLine`;
  /// `stem` names records that lack an `id`. A line that is not valid UTF-8 is reported and
  /// skipped (unless the caller knows the bytes are valid: `knownUTF8`).
  public func read(
    _ bytes: [UInt8], firstLine: Int, stem: String, path: String, knownUTF8: Bool = false
  ) -> ([Article], [ReadError]) {
    var articles: [Article] = []
    var errors: [ReadError] = []
    let decoder = JSONDecoder()
    var lineNumber = firstLine - 1
    // Reads one line, `slice`, the line numbered `lineNumber`.
    func read(_ slice: UnsafeBufferPointer<UInt8>) {
      // Blank lines (only white space) are skipped.
      guard slice.contains(where: { $0 > 0x20 }) else { return }
      if !knownUTF8, let bad = ArticleLoader.firstInvalidUTF8(slice) {
        errors.append(
          ReadError(
            .notUTF8, path: path, line: lineNumber,
            "the line is not valid UTF-8 (byte \(bad + 1) of the line); line skipped (convert the file, e.g. iconv -f latin1 -t utf-8)"
          ))
        return
      }
      let record: Record
      if let fields = FlatJSONScanner.scan(slice) {
        let v = fields.values
        record = Record(
          id: v[0], title: v[1], published: v[2], url: v[3], outlet: v[4], text: v[5])
      } else {
        do {
          record = try decoder.decode(Record.self, from: Data(slice))
        } catch {
          errors.append(
            ReadError(
              .malformedRecord, path: path, line: lineNumber,
              "not a JSON object with string fields id, title, published, url, outlet, text (\(Self.reason(error))); line skipped"
            ))
          return
        }
      }
      // (A text of white space only has no paragraphs: no separate trimming pass.)
      guard let text = record.text, case let body = Self.body(text), !body.isEmpty else {
        errors.append(
          ReadError(
            .malformedRecord, path: path, line: lineNumber,
            "the record has no \"text\"; line skipped"))
        return
      }
      var published: CivilDate?
      if let p = record.published {
        published = DateParser.parse(p) ?? DateParser.find(in: p)
        if published == nil {
          errors.append(
            ReadError(
              .noDate, path: path, line: lineNumber,
              "\"published\" is \"\(p)\", which is not a date such as 2013-10-03", warning: true))
        }
      }
      articles.append(
        Article(
          id: record.id ?? "\(stem)-\(lineNumber)",
          title: record.title?.collapsingWhitespace() ?? "",
          outlet: record.outlet, url: record.url, published: published, body: body,
          path: path, line: lineNumber))
    }
    bytes.withUnsafeBufferPointer { all in
      // Lines split on the new-line byte, not on Characters.
      var lineStart = 0
      while lineStart <= all.count {
        var lineEnd = all.count
        if lineStart < all.count,
          let nl = memchr(all.baseAddress! + lineStart, 0x0A, all.count - lineStart)
        {
          lineEnd =
            lineStart + (UnsafeRawPointer(nl) - UnsafeRawPointer(all.baseAddress! + lineStart))
        }
        let slice = UnsafeBufferPointer(rebasing: all[lineStart..<lineEnd])
        lineStart = lineEnd + 1
        lineNumber += 1
        read(slice)
      }
    }
    return (articles, errors)
  }

  /// A record's text as an article body: the parts separated by a blank line are its
  /// paragraphs, each with its white space folded to single spaces and trimmed; empty parts are
  /// dropped and the rest joined by blank lines. Carriage returns do not count and tabs are
  /// spaces. One pass from the bytes (not a string per paragraph).
  static func body(_ text: String) -> String {
    var text = text
    return text.withUTF8 { b in
      String(unsafeUninitializedCapacity: b.count) { out in
        var n = 0
        // Whether the paragraph being read has any text yet, whether white space is waiting to
        // be written before its next word, and whether a blank line is (before the next text).
        var hasText = false
        var space = false
        var paragraphBreak = false
        var i = 0
        let count = b.count
        @inline(__always) func beforeText() {
          if !hasText {
            if paragraphBreak {
              out[n] = 0x0A
              out[n + 1] = 0x0A
              n += 2
              paragraphBreak = false
            }
            hasText = true
          } else if space {
            out[n] = 0x20
            n += 1
          }
          space = false
        }
        while i < count {
          // Eight printable bytes with single spaces inside are copied as they are.
          if i + 8 <= count {
            let x = UnsafeRawPointer(b.baseAddress! + i).loadUnaligned(as: UInt64.self)
            if UTF8Whitespace.isPlainRun(UInt64(littleEndian: x)) {
              beforeText()
              UnsafeMutableRawPointer(out.baseAddress! + n).storeBytes(of: x, as: UInt64.self)
              n += 8
              i += 8
              continue
            }
          }
          let c = b[i]
          if c == 0x0D {
            i += 1
            continue
          }
          if c == 0x0A {
            // A new line and the next one (carriage returns between do not count) end a
            // paragraph.
            var j = i + 1
            while j < count, b[j] == 0x0D { j += 1 }
            if j < count, b[j] == 0x0A {
              if hasText { paragraphBreak = true }
              hasText = false
              space = false
              i = j + 1
              continue
            }
          }
          let w = UTF8Whitespace.width(b, i)
          if w > 0 {
            space = hasText
            i += w
            continue
          }
          beforeText()
          out[n] = c
          n += 1
          i += 1
        }
        return n
      }
    }
  }

  static func reason(_ error: Error) -> String {
    switch error {
    case DecodingError.dataCorrupted: return "invalid JSON"
    case DecodingError.typeMismatch(_, let c):
      return "wrong type for \(c.codingPath.map(\.stringValue).joined(separator: "."))"
    default: return "invalid JSON"
    }
  }
}
