/// One raw record of a lexicon file: its section, its `|`-separated fields and where it stands.
public struct LexiconRecord: Sendable, Hashable {
  /// The section the record is in (`countries`, `actors`, `people`, …).
  public var section: String
  /// The fields, trimmed.
  public var fields: [String]
  /// The file the record comes from.
  public var file: String
  /// The 1-based line.
  public var line: Int

  /// The field at `i`, or an empty string.
  public subscript(_ i: Int) -> String { i < fields.count ? fields[i] : "" }

  /// The field at `i` split on `;` into trimmed, non-empty items.
  public func list(_ i: Int) -> [String] {
    self[i].split(separator: ";").map { String($0).trimmingWhitespace() }.filter { !$0.isEmpty }
  }

  /// Parses lexicon text: `[section]` headers, `#` comments (whole line, or after ` #`),
  /// blank lines ignored, one record per line with fields separated by `|`.
  ///
  /// (Lines, comments and fields are found in the text's UTF-8 bytes: the bundled files are
  /// read at every start, and searching them as strings took a third of the start-up time.)
  public static func parse(_ text: String, file: String, defaultSection: String? = nil) -> (
    [LexiconRecord], [LexiconError]
  ) {
    var records: [LexiconRecord] = []
    var errors: [LexiconError] = []
    var section = defaultSection
    var copy = text
    copy.withUTF8 { b in
      var lineNumber = 0
      var start = 0
      while start <= b.count {
        var end = start
        while end < b.count, b[end] != UInt8(ascii: "\n") { end += 1 }
        defer { start = end + 1 }
        lineNumber += 1
        // A comment starts at " #".
        var cut = start
        while cut + 1 < end, !(b[cut] == UInt8(ascii: " ") && b[cut + 1] == UInt8(ascii: "#")) {
          cut += 1
        }
        if cut + 1 >= end { cut = end }
        let line = String(decoding: UnsafeBufferPointer(rebasing: b[start..<cut]), as: UTF8.self)
          .trimmingWhitespace()
        if line.isEmpty || line.hasPrefix("#") { continue }
        if line.hasPrefix("[") && line.hasSuffix("]") {
          section = Self.sectionName(line, file: file, line: lineNumber, errors: &errors)
          continue
        }
        guard let s = section else {
          errors.append(
            LexiconError(
              file: file, line: lineNumber,
              "record outside a section; start the file with a header such as [people]"))
          continue
        }
        let fields = line.utf8.split(separator: UInt8(ascii: "|"), omittingEmptySubsequences: false)
          .map { String(decoding: $0, as: UTF8.self).trimmingWhitespace() }
        records.append(LexiconRecord(section: s, fields: fields, file: file, line: lineNumber))
      }
    }
    return (records, errors)
  }

  /// The section a `[header]` line starts, or `nil` (and an error) for an unknown one.
  static func sectionName(
    _ header: String, file: String, line: Int, errors: inout [LexiconError]
  ) -> String? {
    let name = String(header.dropFirst().dropLast()).trimmingWhitespace().lowercased()
    if LexiconSection.all.contains(name) { return name }
    errors.append(
      LexiconError(
        file: file, line: line,
        "unknown section [\(name)]; expected one of \(LexiconSection.all.sorted().joined(separator: ", "))"
      ))
    return nil
  }
}

/// The sections a lexicon file may contain, with their fields.
public enum LexiconSection {
  /// Every section name.
  public static let all: Set<String> = Set(fields.keys)
  /// Each section's fields, in order; the README documents them.
  public static let fields: [String: [String]] = [
    "countries": ["iso3", "names", "adjectives", "demonyms", "lat", "lon"],
    "actors": ["code", "names", "flags"],
    "roles": ["role", "words", "flags"],
    "titles": ["role", "titles", "office"],
    "people": ["name", "code", "office", "from", "to", "aliases"],
    "places": ["name", "iso3", "lat", "lon", "kind", "aliases"],
    "wordlists": ["name", "words"],
    "events": ["id", "cameo", "pattern", "target", "flags"],
    "examples": ["pattern", "sentence", "source", "target", "date"],
    "recodes": ["name", "codes", "becomes", "when"],
    "regions": ["words", "south", "north", "west", "east"],
    "kinds": ["words", "countries"],
    "modality": ["modality", "phrases", "scope"],
    "topics": ["topic", "phrases"],
    "cameo": ["code", "goldstein", "plover", "mode", "name"],
  ]
  /// How many fields are required (the rest may be left out).
  public static let required: [String: Int] = [
    "countries": 2, "actors": 2, "roles": 2, "titles": 3, "people": 4, "places": 4, "wordlists": 2,
    "events": 3, "examples": 5,
    "recodes": 3, "regions": 5, "kinds": 2,
    "modality": 2, "topics": 2, "cameo": 3,
  ]
}
