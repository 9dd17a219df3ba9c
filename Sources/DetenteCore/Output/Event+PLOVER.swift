/// PLOVER's JSON event record (the "JSON Data Fields" of the PLOVER manual of the Open Event
/// Data Alliance), one object per line; `docs/formats.md` says what Detente writes in each field.
public enum PLOVERLayout {
  /// The fields every record has, in the order written.
  public static let fields = [
    "id", "date", "enddate", "date_precision", "source", "recipient", "event", "mode", "context",
    "event_loc", "event_text", "quad_code", "event_scale", "text", "text_info", "cite_info",
    "coder", "cameo", "modality", "topics",
  ]

  /// The fields PLOVER requires of a record.
  public static let required = ["id", "date", "source", "event"]

  /// PLOVER contexts for the bundled topics (`topics.lex`); a topic not listed gives none.
  public static let topicContexts: [String: String] = [
    "chemical weapons": "cbrn", "nuclear programme": "cbrn", "human rights": "human_rights",
    "missile defense": "military", "arms control": "military", "ceasefire": "military",
    "trade": "economic", "energy": "economic", "economy": "economic", "sanctions": "economic",
    "terrorism": "terrorism", "refugees": "migration", "climate": "enviro_disaster",
    "territory": "resource",
  ]

  /// PLOVER sectors for the CAMEO roles whose code PLOVER changed: media is JRN (PLOVER's MED
  /// is health, CAMEO's HLH), and insurgents and separatists are rebels.
  static let sectors: [Role: String] = [
    .media: "JRN", .health: "MED", .insurgents: "REB", .separatists: "REB",
  ]

  /// The contexts of an event: those of its topics, then `future` for a plan and
  /// `hypothetical` for a possibility.
  static func contexts(_ e: Event) -> [String] {
    var out: [String] = []
    for t in e.topics {
      if let c = topicContexts[t], !out.contains(c) { out.append(c) }
    }
    switch e.modality {
    case .planned: out.append("future")
    case .possible: out.append("hypothetical")
    default: break
    }
    return out
  }
}

extension Event {
  /// The event as one PLOVER JSON record.
  public var ploverLine: String {
    var w = JSONWriter(capacity: 1024 + sentenceText.utf8.count + article.title.utf8.count)
    w.raw("{\"id\":")
    w.string(id)
    let period = date.flatMap { EventDate.period($0.value) }
    w.raw(",\"date\":")
    w.string(period?.first)
    w.raw(",\"enddate\":")
    w.string(date?.precision == "day" ? nil : period?.last)
    w.raw(",\"date_precision\":")
    w.string(date?.precision)
    w.raw(",\"source\":[")
    writePLOVER(source, &w)
    w.raw("],\"recipient\":[")
    if let target { writePLOVER(target, &w) }
    w.raw("],\"event\":")
    w.stringArray(plover.map { [$0] } ?? [])
    w.raw(",\"mode\":")
    w.stringArray(ploverMode.map { [$0] } ?? [])
    w.raw(",\"context\":")
    w.stringArray(PLOVERLayout.contexts(self))
    w.raw(",\"event_loc\":")
    writePLOVERLocation(&w)
    w.raw(",\"event_text\":")
    w.stringArray([evidence])
    w.raw(",\"quad_code\":")
    w.int(quadClass)
    w.raw(",\"event_scale\":")
    w.number(goldstein)
    w.raw(",\"text\":")
    w.string(sentenceText)
    w.raw(",\"text_info\":{\"sequence\":")
    w.int(sentenceIndex)
    w.raw("},\"cite_info\":")
    writePLOVERCitation(&w)
    w.raw(",\"coder\":\"Detente\",\"cameo\":")
    w.string(cameo)
    w.raw(",\"modality\":")
    w.string(modality.rawValue)
    w.raw(",\"topics\":")
    w.stringArray(topics)
    w.put(UInt8(ascii: "}"))
    return w.text
  }

  /// An actor object: `code` the country or the kind of organisation, `sector` the role.
  private func writePLOVER(_ a: Actor, _ w: inout JSONWriter) {
    let organisation = Actor.isOrganisation(a.code)
    w.raw("{\"code\":")
    w.string(organisation ? String(a.code.prefix(3)) : a.country)
    w.raw(",\"sector\":")
    w.string(a.role.isEmpty ? nil : PLOVERLayout.sectors[a.role] ?? a.role.code)
    w.raw(",\"actor_text\":")
    w.string(a.text)
    w.raw(",\"identifier_text\":")
    w.string(a.person)
    w.raw(",\"cameo_code\":")
    w.string(a.code)
    w.put(UInt8(ascii: "}"))
  }

  /// The location object, with geonames' names for what Detente knows (`cc3` the ISO alpha-3
  /// country), or `null`.
  private func writePLOVERLocation(_ w: inout JSONWriter) {
    guard let l = location else { return w.raw("null") }
    w.raw("{\"name\":")
    w.string(l.name)
    w.raw(",\"latitude\":")
    w.number(l.lat)
    w.raw(",\"longitude\":")
    w.number(l.lon)
    w.raw(",\"cc3\":")
    w.string(l.country)
    w.raw(",\"text\":")
    w.string(l.text)
    w.put(UInt8(ascii: "}"))
  }

  /// The citation object: the article.
  private func writePLOVERCitation(_ w: inout JSONWriter) {
    w.raw("{\"citation\":")
    w.string(article.id)
    w.raw(",\"url\":")
    w.string(article.url)
    w.raw(",\"title\":")
    w.string(article.title)
    w.raw(",\"publication\":")
    w.string(article.outlet)
    w.raw(",\"publication_date\":")
    w.string(article.published)
    w.put(UInt8(ascii: "}"))
  }
}

extension JSONWriter {
  /// Writes an array of strings.
  mutating func stringArray(_ list: [String]) {
    put(UInt8(ascii: "["))
    for (k, s) in list.enumerated() {
      if k > 0 { put(UInt8(ascii: ",")) }
      string(s)
    }
    put(UInt8(ascii: "]"))
  }
}
