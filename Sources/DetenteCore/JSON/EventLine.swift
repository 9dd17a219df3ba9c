/// The values of one event's JSON object, as a holder of an event gives them: an `Event`, or
/// the coder's draft written straight from the article's bytes (`ArticleEvents`), which makes
/// none of the strings an `Event` holds.
///
/// `JSONWriter.eventObject` writes the field names and their order (the output contract,
/// `docs/events.md`) for every holder, so that the two cannot drift apart; a holder writes
/// only values. Each method writes one JSON value; the `…Fields` methods write names too.
protocol EventLineValues {
  /// The id as a string value.
  mutating func id(_ w: inout JSONWriter)
  /// The article's object.
  mutating func article(_ w: inout JSONWriter)
  /// The sentence's object `{"index":…,"text":…}`.
  mutating func sentence(_ w: inout JSONWriter)
  /// An actor's object: `source` true for the source, false for the target (or `null`).
  func actor(source: Bool, _ w: inout JSONWriter)
  /// The CAMEO code as a string value.
  func cameo(_ w: inout JSONWriter)
  /// `,"plover":…` through `,"quad_class":…` (`JSONWriter.codeFields`).
  func codeFields(_ w: inout JSONWriter)
  var modality: Modality { get }
  var date: EventDate? { get }
  /// The location's object or `null`.
  func location(_ w: inout JSONWriter)
  var symmetric: Bool { get }
  var topics: [String] { get }
  /// The attribution's object or `null`.
  func attribution(_ w: inout JSONWriter)
  var references: [EventReference] { get }
  var retold: [EventRetelling] { get }
  /// The evidence as a string value.
  func evidence(_ w: inout JSONWriter)
  /// The rule as a string value.
  func rule(_ w: inout JSONWriter)
  var ruleSource: String { get }
}

extension JSONWriter {
  /// Writes one event's JSON object, fields in the contract's order, values from `v`.
  mutating func eventObject<V: EventLineValues>(_ v: inout V) {
    raw("{\"id\":")
    v.id(&self)
    raw(",\"article\":")
    v.article(&self)
    raw(",\"sentence\":")
    v.sentence(&self)
    raw(",\"source\":")
    v.actor(source: true, &self)
    raw(",\"target\":")
    v.actor(source: false, &self)
    raw(",\"cameo\":")
    v.cameo(&self)
    v.codeFields(&self)
    raw(",\"modality\":")
    string(v.modality.rawValue)
    dateFields(v.date)
    raw(",\"location\":")
    v.location(&self)
    raw(",\"symmetric\":")
    bool(v.symmetric)
    raw(",\"topics\":[")
    for (k, t) in v.topics.enumerated() {
      if k > 0 { put(UInt8(ascii: ",")) }
      string(t)
    }
    raw("],\"attribution\":")
    v.attribution(&self)
    let references = v.references
    if !references.isEmpty { self.references(references) }
    let retold = v.retold
    if !retold.isEmpty { self.retold(retold) }
    raw(",\"evidence\":")
    v.evidence(&self)
    raw(",\"rule\":")
    v.rule(&self)
    raw(",\"rule_source\":")
    string(v.ruleSource)
    put(UInt8(ascii: "}"))
  }

  /// A CAMEO code's fields of an event: `,"plover":…,"plover_mode":…` (when it has a mode)
  /// `,"goldstein":…,"quad_class":…`.
  mutating func codeFields(plover: String?, mode: String?, goldstein: Double, quadClass: Int) {
    raw(",\"plover\":")
    string(plover)
    if let mode {
      raw(",\"plover_mode\":")
      string(mode)
    }
    raw(",\"goldstein\":")
    number(goldstein)
    raw(",\"quad_class\":")
    int(quadClass)
  }

  /// A place's fields after the location's text, and the object's end:
  /// `,"name":…,"country":…,"lat":…,"lon":…}`.
  mutating func placeFields(name: String, country: String, lat: Double, lon: Double) {
    raw(",\"name\":")
    string(name)
    raw(",\"country\":")
    string(country)
    raw(",\"lat\":")
    number(lat)
    raw(",\"lon\":")
    number(lon)
    put(UInt8(ascii: "}"))
  }

  /// An actor's object, its text written by `text`.
  mutating func actorObject<Value: JSONStringValue>(
    code: Value, country: Value, role: Role, person: String?,
    text: (inout JSONWriter) -> Void
  ) {
    raw("{\"text\":")
    text(&self)
    raw(",\"code\":")
    code.write(&self)
    raw(",\"country\":")
    country.write(&self)
    raw(",\"role\":")
    string(role)
    raw(",\"person\":")
    string(person)
    put(UInt8(ascii: "}"))
  }

  /// An attribution's object, its text written by `text`.
  mutating func attributionObject<Value: JSONStringValue>(
    code: Value, text: (inout JSONWriter) -> Void
  ) {
    raw("{\"text\":")
    text(&self)
    raw(",\"code\":")
    code.write(&self)
    put(UInt8(ascii: "}"))
  }

  /// The sentence object `{"index":…,"text":…}`, its text written by `text`.
  mutating func sentenceObject(_ index: Int, text: (inout JSONWriter) -> Void) {
    raw("{\"index\":")
    int(index)
    raw(",\"text\":")
    text(&self)
    put(UInt8(ascii: "}"))
  }
}

/// A value written as a JSON string: text, or an actor code (written from its bytes).
protocol JSONStringValue {
  func write(_ w: inout JSONWriter)
}

extension String: JSONStringValue {
  func write(_ w: inout JSONWriter) { w.string(self) }
}

extension Code: JSONStringValue {
  func write(_ w: inout JSONWriter) { w.string(self) }
}
