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
  public static func parse(_ text: String, file: String, defaultSection: String? = nil) -> (
    [LexiconRecord], [LexiconError]
  ) {
    var records: [LexiconRecord] = []
    var errors: [LexiconError] = []
    var section = defaultSection
    var lineNumber = 0
    for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
      lineNumber += 1
      var line = Substring(raw)
      if let hash = line.range(of: " #") { line = line[..<hash.lowerBound] }
      let trimmed = String(line).trimmingWhitespace()
      if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
      if trimmed.hasPrefix("[") && trimmed.hasSuffix("]") {
        let name = String(trimmed.dropFirst().dropLast()).trimmingWhitespace().lowercased()
        if LexiconSection.all.contains(name) {
          section = name
        } else {
          errors.append(
            LexiconError(
              file: file, line: lineNumber,
              "unknown section [\(name)]; expected one of \(LexiconSection.all.sorted().joined(separator: ", "))"
            ))
          section = nil
        }
        continue
      }
      guard let s = section else {
        errors.append(
          LexiconError(
            file: file, line: lineNumber,
            "record outside a section; start the file with a header such as [people]"))
        continue
      }
      let fields = trimmed.split(separator: "|", omittingEmptySubsequences: false).map {
        String($0).trimmingWhitespace()
      }
      records.append(LexiconRecord(section: s, fields: fields, file: file, line: lineNumber))
    }
    return (records, errors)
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
