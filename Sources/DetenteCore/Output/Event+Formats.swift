import Foundation

extension Actor {
  func write(_ w: inout JSONWriter) {
    w.actorObject(code: code, country: country, role: role, person: person) { $0.string(text) }
  }
}

extension Event.ArticleRef {
  func write(_ w: inout JSONWriter) {
    w.raw("{\"id\":")
    w.string(id)
    w.raw(",\"title\":")
    w.string(title)
    w.raw(",\"outlet\":")
    w.string(outlet)
    w.raw(",\"url\":")
    w.string(url)
    w.raw(",\"published\":")
    w.string(published)
    if dateSource != "article" {
      w.raw(",\"date_source\":")
      w.string(dateSource)
    }
    w.put(UInt8(ascii: "}"))
  }
}

extension Event {
  /// The event as one line of JSON, fields in the contract's order.
  public var jsonLine: String {
    var w = JSONWriter(capacity: 512 + sentenceText.utf8.count + article.title.utf8.count)
    var cache = EventLineCache()
    write(&w, &cache)
    return w.text
  }

  /// Appends the event's JSON line and a line break to `buffer`.
  public func appendJSONLine(to buffer: inout [UInt8]) {
    var w = JSONWriter(capacity: 1024)
    var cache = EventLineCache()
    write(&w, &cache)
    w.put(0x0A)
    w.withUnsafeBytes { buffer.append(contentsOf: $0) }
  }

  /// Writes the event's JSON object; its article and sentence objects come from `cache` when
  /// the event before had the same ones (the events of one article share them).
  func write(_ w: inout JSONWriter, _ cache: inout EventLineCache) {
    var values = Values(event: self, cache: EventLineCache())
    swap(&values.cache, &cache)
    w.eventObject(&values)
    swap(&values.cache, &cache)
  }

  /// An event's values for its JSON line.
  struct Values: EventLineValues {
    let event: Event
    var cache: EventLineCache

    mutating func id(_ w: inout JSONWriter) { w.string(event.id) }
    mutating func article(_ w: inout JSONWriter) { cache.writeArticle(event.article, &w) }
    mutating func sentence(_ w: inout JSONWriter) {
      cache.writeSentence(event.sentenceIndex, event.sentenceText, &w)
    }
    func actor(source: Bool, _ w: inout JSONWriter) {
      if source {
        event.source.write(&w)
      } else if let target = event.target {
        target.write(&w)
      } else {
        w.raw("null")
      }
    }
    func cameo(_ w: inout JSONWriter) { w.string(event.cameo) }
    func codeFields(_ w: inout JSONWriter) {
      w.codeFields(
        plover: event.plover, mode: event.ploverMode, goldstein: event.goldstein,
        quadClass: event.quadClass)
    }
    var modality: Modality { event.modality }
    var date: EventDate? { event.date }
    func location(_ w: inout JSONWriter) {
      guard let l = event.location else { return w.raw("null") }
      w.raw("{\"text\":")
      w.string(l.text)
      w.placeFields(name: l.name, country: l.country, lat: l.lat, lon: l.lon)
    }
    var symmetric: Bool { event.symmetric }
    var topics: [String] { event.topics }
    func attribution(_ w: inout JSONWriter) {
      guard let a = event.attribution else { return w.raw("null") }
      w.attributionObject(code: a.code) { $0.string(a.text) }
    }
    var references: [Event.Reference] { event.references }
    var retold: [Event.Retelling] { event.retold }
    func evidence(_ w: inout JSONWriter) { w.string(event.evidence) }
    func rule(_ w: inout JSONWriter) { w.string(event.rule) }
    var ruleSource: String { event.ruleSource }
  }

  /// Column names of the CSV/TSV layout, close to GDELT's and Phoenix's event tables.
  public static let columns = [
    "id", "article_id", "published", "date", "date_precision", "source_code", "source_country",
    "source_role",
    "source_person", "source_text", "target_code", "target_country", "target_role", "target_person",
    "target_text",
    "cameo", "root", "plover", "plover_mode", "goldstein", "quad_class", "modality",
    "location_name",
    "location_country", "lat", "lon", "symmetric", "topics", "attribution", "evidence", "rule",
    "sentence_index",
    "sentence", "outlet", "url",
  ]

  /// The event's values in `columns` order.
  public var row: [String] {
    [
      id, article.id, article.published ?? "", date?.value ?? "", date?.precision ?? "",
      source.code, source.country,
      source.role.code, source.person ?? "", source.text, target?.code ?? "",
      target?.country ?? "", target?.role.code ?? "",
      target?.person ?? "", target?.text ?? "", cameo, String(cameo.prefix(2)), plover ?? "",
      ploverMode ?? "",
      JSONWriter.number(goldstein), String(quadClass), modality.rawValue, location?.name ?? "",
      location?.country ?? "",
      location.map { String($0.lat) } ?? "", location.map { String($0.lon) } ?? "",
      symmetric ? "1" : "0",
      topics.joined(separator: ";"), attribution?.code ?? "", evidence, rule, String(sentenceIndex),
      sentenceText,
      article.outlet ?? "", article.url ?? "",
    ]
  }
}

/// Output layouts for coded events.
public enum EventFormat: String, Sendable, CaseIterable {
  /// `gdelt`: GDELT 1.0's event table (58 tab-separated columns, no header); `plover`: PLOVER
  /// JSON records, one a line (`docs/formats.md`).
  case jsonl, csv, tsv, table, gdelt, plover

  /// The header line, if the format has one.
  public func header() -> String? {
    switch self {
    case .jsonl: return nil
    case .csv: return Event.columns.joined(separator: ",")
    case .tsv: return Event.columns.joined(separator: "\t")
    case .table, .gdelt, .plover: return nil
    }
  }

  /// Appends one event in this format, and a line break, to `buffer`.
  public func append(_ e: Event, to buffer: inout [UInt8]) {
    if self == .jsonl {
      e.appendJSONLine(to: &buffer)
    } else {
      buffer.append(contentsOf: line(e).utf8)
      buffer.append(0x0A)
    }
  }

  /// Appends events in this format, each followed by a line break, to `buffer`. For JSON Lines
  /// the events of one article share the article's and their sentence's rendered objects, and
  /// all are written into one block before being appended.
  public func append(_ events: [Event], to buffer: inout [UInt8]) {
    guard self == .jsonl else {
      for e in events { append(e, to: &buffer) }
      return
    }
    guard !events.isEmpty else { return }
    var w = JSONWriter(capacity: 1024 * events.count)
    var cache = EventLineCache()
    // (Each event is read in place, not copied out of the array.)
    for k in events.indices {
      events[k].write(&w, &cache)
      w.put(0x0A)
    }
    w.withUnsafeBytes { buffer.append(contentsOf: $0) }
  }

  /// One event in this format.
  public func line(_ e: Event) -> String {
    switch self {
    case .jsonl: return e.jsonLine
    case .csv: return e.row.map(Self.csvField).joined(separator: ",")
    case .tsv: return e.row.map { $0.replacingTabsAndNewlines() }.joined(separator: "\t")
    case .gdelt: return e.gdeltRow
    case .plover: return e.ploverLine
    case .table:
      let who =
        "\(e.source.person ?? e.source.code) → \(e.target.map { $0.person ?? $0.code } ?? "-")"
      let when = e.date?.value ?? "-"
      let place = e.location?.name ?? "-"
      return
        "\(e.article.id)#\(e.sentenceIndex)  \(e.cameo) \(e.plover ?? "-")  \(e.modality.rawValue)  \(who)  \(when)  \(place)  \"\(e.evidence)\""
    }
  }

  static func csvField(_ s: String) -> String {
    // (Scalar by scalar: a CR LF pair is one character to Swift, and "\r\n" does not contain
    // the character "\n".)
    if s.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
      return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
    return s
  }
}

extension String {
  /// The string with every scalar that could end a field or a line (tab, line and paragraph
  /// breaks, carriage return, form feed, the information separators, NEL) made a space, scalar
  /// by scalar: a CR LF pair, one character to Swift, becomes two spaces.
  func replacingTabsAndNewlines() -> String {
    guard unicodeScalars.contains(where: Self.breaksField) else { return self }
    var out = String.UnicodeScalarView()
    for u in unicodeScalars { out.append(Self.breaksField(u) ? " " : u) }
    return String(out)
  }

  private static func breaksField(_ u: Unicode.Scalar) -> Bool {
    switch u.value {
    case 0x09...0x0D, 0x1C...0x1E, 0x85, 0x2028, 0x2029: return true
    default: return false
    }
  }
}

/// The JSON of the article and sentence objects last written, kept as bytes: consecutive events
/// of one article repeat them, and copying bytes costs less than escaping the title and the
/// sentence again.
struct EventLineCache {
  private var article: Event.ArticleRef?
  private var articleJSON: [UInt8] = []
  private var sentenceIndex = -1
  private var sentenceText = ""
  private var sentenceJSON: [UInt8] = []

  /// Writes `a`'s object, from the cache when `a` is the article last written.
  mutating func writeArticle(_ a: Event.ArticleRef, _ w: inout JSONWriter) {
    if article != a {
      var scratch = JSONWriter(capacity: 256 + a.title.utf8.count)
      a.write(&scratch)
      articleJSON = scratch.array
      article = a
      // (A sentence belongs to its article.)
      sentenceIndex = -1
    }
    w.put(articleJSON)
  }

  /// Writes the sentence object `{"index":…,"text":…}`, from the cache when it is the one last
  /// written.
  mutating func writeSentence(_ index: Int, _ text: String, _ w: inout JSONWriter) {
    if index != sentenceIndex || text != sentenceText {
      var scratch = JSONWriter(capacity: 64 + text.utf8.count)
      scratch.sentenceObject(index) { $0.string(text) }
      sentenceJSON = scratch.array
      sentenceIndex = index
      sentenceText = text
    }
    w.put(sentenceJSON)
  }
}

extension JSONWriter {
  /// Writes `,"references":[...]`: each side found by reference (`Event.Reference`).
  mutating func references(_ refs: [Event.Reference]) {
    raw(",\"references\":")
    referenceArray(refs)
  }

  /// Writes `,"retold":[...]`: the later sentences that tell the event again
  /// (`Event.Retelling`).
  mutating func retold(_ list: [Event.Retelling]) {
    raw(",\"retold\":")
    retellingArray(list)
  }

  /// Writes the array of `retold(_:)` alone.
  mutating func retellingArray(_ list: [Event.Retelling]) {
    put(UInt8(ascii: "["))
    for (k, r) in list.enumerated() {
      if k > 0 { put(UInt8(ascii: ",")) }
      raw("{\"sentence\":{\"index\":")
      int(r.sentenceIndex)
      raw(",\"text\":")
      string(r.sentenceText)
      raw("},\"evidence\":")
      string(r.evidence)
      raw(",\"modality\":")
      string(r.modality.rawValue)
      put(UInt8(ascii: "}"))
    }
    put(UInt8(ascii: "]"))
  }

  /// Writes the array of `references(_:)` alone.
  mutating func referenceArray(_ refs: [Event.Reference]) {
    put(UInt8(ascii: "["))
    for (k, r) in refs.enumerated() {
      if k > 0 { put(UInt8(ascii: ",")) }
      raw("{\"role\":")
      string(r.role.rawValue)
      raw(",\"text\":")
      string(r.text)
      raw(",\"kind\":")
      string(r.kind.rawValue)
      raw(",\"antecedent\":")
      if let a = r.antecedent {
        raw("{\"text\":")
        string(a.text)
        raw(",\"sentence\":")
        int(a.sentence)
        put(UInt8(ascii: "}"))
      } else {
        raw("null")
      }
      put(UInt8(ascii: "}"))
    }
    put(UInt8(ascii: "]"))
  }
}
