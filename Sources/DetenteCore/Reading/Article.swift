/// One news report as read from a file, a JSON Lines record or standard input.
public struct Article: Sendable, Hashable {
  /// Where the article's date came from.
  public enum DateSource: String, Sendable, Hashable, Codable {
    /// Printed in the article itself (a date line, a meta tag, a `published` field).
    case article
    /// Given on the command line with `--date`.
    case option
    /// The file's modification time, used because nothing better was found.
    case fileTime = "file-time"
    /// No date at all: relative times cannot be resolved.
    case none
  }

  /// The file name without its extension, or the `id` of a JSON Lines record.
  public var id: String
  /// The headline.
  public var title: String
  /// The outlet (publisher) when the article names it.
  public var outlet: String?
  /// The article's original address when it gives one.
  public var url: String?
  /// The publication date that relative times are resolved against.
  public var published: CivilDate?
  /// Where `published` came from.
  public var dateSource: DateSource
  /// The body: paragraphs of plain text, in order, without boilerplate, separated by blank
  /// lines (`"\n\n"`); a paragraph holds no new line.
  public var body: String
  /// The file (or `-` for standard input) the article was read from.
  public var path: String
  /// The 1-based line of `path` the article starts at (JSON Lines records), else 1.
  public var line: Int

  /// The line a problem with the article is reported at: its record's in a JSON Lines file,
  /// none for an article that is a whole file.
  public var problemLine: Int? { path.hasSuffix("jsonl") ? line : nil }

  /// Creates an article from its parts.
  public init(
    id: String, title: String, outlet: String? = nil, url: String? = nil,
    published: CivilDate? = nil, dateSource: DateSource = .article, paragraphs: [String],
    path: String = "", line: Int = 1
  ) {
    self.id = id
    self.title = title
    self.outlet = outlet
    self.url = url
    self.published = published
    self.dateSource = published == nil ? .none : dateSource
    self.body = paragraphs.joined(separator: "\n\n")
    self.path = path
    self.line = line
  }

  /// Creates an article from its parts, its body given whole (paragraphs separated by blank
  /// lines).
  public init(
    id: String, title: String, outlet: String? = nil, url: String? = nil,
    published: CivilDate? = nil, dateSource: DateSource = .article, body: String,
    path: String = "", line: Int = 1
  ) {
    self.init(
      id: id, title: title, outlet: outlet, url: url, published: published,
      dateSource: dateSource, paragraphs: [], path: path, line: line)
    self.body = body
  }

  /// The body's paragraphs, in order.
  public var paragraphs: [String] {
    var copy = body
    return copy.withUTF8 { b in
      var out: [String] = []
      var start = 0
      var i = 0
      while i + 1 < b.count {
        if b[i] == 0x0A, b[i + 1] == 0x0A {
          out.append(String(decoding: UnsafeBufferPointer(rebasing: b[start..<i]), as: UTF8.self))
          i += 2
          start = i
        } else {
          i += 1
        }
      }
      if start < b.count || !out.isEmpty {
        out.append(String(decoding: UnsafeBufferPointer(rebasing: b[start...]), as: UTF8.self))
      }
      return out
    }
  }
}
