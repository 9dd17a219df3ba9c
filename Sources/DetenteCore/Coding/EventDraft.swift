/// An event as the sentence coder leaves it: plain values (codes, byte ranges, indices), from
/// which either an `Event` (for the library's callers and the store) or its JSON line (for
/// `detente code`) is made once the article is read. Writing the line straight from these
/// values makes none of the strings an `Event` holds.
struct EventDraft {
  /// The id's hash: the event's id is "e-" and its first ten hexadecimal digits.
  var idHash: UInt64
  /// The sentence's position in the body.
  var sentenceIndex: Int
  /// The sentence's bytes in the body.
  var sentenceBytes: Range<Int>
  /// The initiator and the recipient.
  var source: CodedActor
  var target: CodedActor?
  /// The CAMEO code, and the code whose facts (PLOVER, Goldstein, quad class) the event takes:
  /// the same, or the pattern's when the table lacks the code.
  var cameo: Code
  var facts: Code
  var modality: Modality
  var date: EventDate?
  /// Where.
  var location: PlaceHit?
  var symmetric: Bool
  var topics: [String]
  /// Who the sentence says reported it.
  var attribution: CodedActor?
  /// The bytes of the words that triggered it.
  var evidence: Range<Int>
  /// The pattern (index into `Lexicon.patterns`).
  var pattern: Int
  /// The modality marker before the trigger, as bytes, with the modality it signals.
  var marker: (Range<Int>, Modality)?
  /// The trigger's tokens.
  var trigger: Range<Int>
  /// The recodes that changed its code (indices into `Lexicon.recodes`), in order.
  var recodes: [Int32] = []
  /// The sides found by reference ("the ministry", "he", "the measures").
  var references: [ReferenceDraft] = []
  /// Later sentences that tell the event again by a definite noun ("the talks").
  var retold: [RetellingDraft] = []
  /// The rule that gave the event its place when the sentence names none (`place:…`).
  var placeRule: PlaceRule?
  /// The rule that dated the event from another time than its own (`date:…`).
  var dateRule: DateRule?
  /// The rule that named a passive's source when the sentence names no agent (`source:…`).
  var sourceRule: SourceRule? = nil
  /// The target, a country hosting a gathering, was given the leader the story names for it
  /// (`target:host`).
  var targetIsHost = false
}

/// Who acted in a passive whose agent the sentence does not name.
enum SourceRule: String {
  /// A diplomatic step is taken by the country the story is about: "the Russian ambassador
  /// had been summoned".
  case story
  /// An arrest of foreigners is made by the country it happens in, a ban on entry by the
  /// country entered: "Floderus was detained at Tehran airport".
  case place
  /// An actor the story gave a country ("the foreign ministry") acting on a named actor of
  /// that same country is of the story's other side: "The foreign ministry said it had
  /// summoned Canada's High Commissioner" in a story about India and Canada; a crowd the story
  /// gave the country of the embassy it protests at is of the place it gathers in.
  case otherSide = "other-side"
}

/// Why an event's date is counted from another time than the article's.
enum DateRule: String {
  /// From another time in its sentence: "on Sunday …, a day after Prague expelled".
  case anchored
  /// From the story's last event before it: "Within hours, Rabat called the envoy home".
  case story
  /// From its main clause: "cut links with Doha in June 2017, accusing it of …".
  case participle
  /// The day the story reports on, for an event that happened and whose sentence gives no
  /// time: "Bolivia has broken off relations with Israel" in a story whose minister "said on
  /// Tuesday" (`ArticleContext.newsDay`).
  case news
}

/// Why an event takes place in a country its sentence does not name.
enum PlaceRule: String {
  /// Both sides are of one country ("police fired tear gas at protesters").
  case domestic
  /// A host receives at home: the source's country (`at=source`: "received", "hosted").
  case host
  /// A visit goes to the visited: the target's country (`at=target`: "visited Mulino").
  case visited
}

/// One side of an event found by reference, as the coder leaves it.
struct ReferenceDraft {
  /// Which side.
  var role: Event.Reference.Role
  /// The referring words' bytes in the body.
  var words: Range<Int>
  var kind: Event.Reference.Kind
  /// The sentence and the bytes of the mention naming the actor before, when there is one.
  var antecedent: (sentence: Int, bytes: Range<Int>)?
}

/// A later sentence that tells an event again, as the coder leaves it.
struct RetellingDraft {
  var sentenceIndex: Int
  var sentenceBytes: Range<Int>
  /// The bytes of the words that refer to the event.
  var evidence: Range<Int>
  var modality: Modality
}

/// One article's events as drafts, with what turns them into events or JSON lines: the
/// article's bytes, its people and its description.
///
/// (A class: the JSON line's writer holds it while calling its methods for every event, and a
/// struct of five references was copied for each call.)
final class ArticleEvents {
  let drafts: [EventDraft]
  let words: TextResolver
  let names: [String]
  let reference: Event.ArticleRef
  /// The sentences' folded texts, when the caller kept them (indexed by sentence).
  let sentenceTexts: [String]

  init(
    drafts: [EventDraft], words: TextResolver, names: [String], reference: Event.ArticleRef,
    sentenceTexts: [String]
  ) {
    self.drafts = drafts
    self.words = words
    self.names = names
    self.reference = reference
    self.sentenceTexts = sentenceTexts
  }

  var lexicon: Lexicon { _read { yield words.lexicon } }

  /// The text of the sentence of `d`.
  private func sentenceText(_ d: EventDraft) -> String {
    sentenceText(d.sentenceIndex, d.sentenceBytes)
  }

  /// The text of sentence `index`, whose bytes in the body are `bytes`.
  private func sentenceText(_ index: Int, _ bytes: Range<Int>) -> String {
    if index < sentenceTexts.count { return sentenceTexts[index] }
    return String.collapsingWhitespace(UnsafeBufferPointer(rebasing: words.body[bytes]))
  }

  /// The retellings of `d` in words.
  fileprivate func retold(_ d: EventDraft) -> [Event.Retelling] {
    d.retold.map {
      Event.Retelling(
        sentenceIndex: $0.sentenceIndex,
        sentenceText: sentenceText($0.sentenceIndex, $0.sentenceBytes),
        evidence: String(
          decoding: UnsafeBufferPointer(rebasing: words.body[$0.evidence]), as: UTF8.self),
        modality: $0.modality)
    }
  }

  /// The rule the event names: the pattern's, the modality marker's words or the pattern's
  /// fixed modality, and the recodes that changed its code (`/recode:NAME`).
  private func rule(_ d: EventDraft) -> String {
    var text = ""
    writeRule(d, &text)
    return text
  }

  /// Writes the rule's text to `out`: `rule(_:)` and the JSON line both write it through here.
  fileprivate func writeRule<Out: RuleText & ~Copyable>(_ d: EventDraft, _ out: inout Out) {
    let p = lexicon.patterns[d.pattern]
    out.appendText(p.rule)
    if let (mr, m) = d.marker {
      out.appendText(m == .possible || m == .planned ? "/modal:" : "/\(m.rawValue):")
      out.appendLowercased(UnsafeBufferPointer(rebasing: words.body[mr]))
    } else if let m = p.fixedModality {
      out.appendText("/")
      out.appendText(m.rawValue)
    }
    for i in d.recodes {
      out.appendText("/recode:")
      out.appendText(lexicon.recodes[Int(i)].name)
    }
    if let sr = d.sourceRule {
      out.appendText("/source:")
      out.appendText(sr.rawValue)
    }
    if let pr = d.placeRule {
      out.appendText("/place:")
      out.appendText(pr.rawValue)
    }
    if let dr = d.dateRule {
      out.appendText("/date:")
      out.appendText(dr.rawValue)
    }
    if d.targetIsHost { out.appendText("/target:host") }
  }

  /// The events.
  func events() -> [Event] {
    var out: [Event] = []
    out.reserveCapacity(drafts.count)
    var lastIndex = -1
    var text = ""
    for d in drafts {
      if d.sentenceIndex != lastIndex {
        text = sentenceText(d)
        lastIndex = d.sentenceIndex
      }
      let facts = lexicon.cameoFacts[d.facts.key]!
      let p = lexicon.patterns[d.pattern]
      out.append(
        Event(
          id: Self.id(d), article: reference,
          sentenceIndex: d.sentenceIndex, sentenceText: text,
          source: words.actor(d.source, names), target: d.target.map { words.actor($0, names) },
          cameo: d.cameo == d.facts ? facts.code : d.cameo.string,
          plover: facts.plover, ploverMode: facts.mode, goldstein: facts.goldstein,
          quadClass: facts.quadClass, modality: d.modality, date: d.date,
          location: d.location.map(location), symmetric: d.symmetric, topics: d.topics,
          attribution: d.attribution.map {
            Event.Attribution(text: words.string($0.text), code: $0.code.string)
          },
          evidence: String(
            decoding: UnsafeBufferPointer(rebasing: words.body[d.evidence]), as: UTF8.self),
          rule: rule(d), ruleSource: p.source, triggerTokens: d.trigger,
          references: d.references.map(reference), retold: retold(d)))
    }
    return out
  }

  /// A reference in words.
  fileprivate func reference(_ r: ReferenceDraft) -> Event.Reference {
    func text(_ b: Range<Int>) -> String {
      String(decoding: UnsafeBufferPointer(rebasing: words.body[b]), as: UTF8.self)
    }
    return Event.Reference(
      role: r.role, text: text(r.words), kind: r.kind,
      antecedent: r.antecedent.map {
        Event.Reference.Antecedent(text: text($0.bytes), sentence: $0.sentence)
      })
  }

  /// The event's id: "e-" and the first ten hexadecimal digits of its hash.
  private static func id(_ d: EventDraft) -> String {
    var w = JSONWriter(capacity: 16)
    writeID(d, &w)
    return w.text
  }

  /// Writes the id's characters (the JSON line writes them between quotes).
  fileprivate static func writeID(_ d: EventDraft, _ w: inout JSONWriter) {
    w.raw("e-")
    w.hex(d.idHash << 24, digits: 10)
  }

  private func location(_ p: PlaceHit) -> Event.Location {
    let (lat, lon) = p.coordinates(lexicon)
    return Event.Location(
      text: words.string(p.text), name: p.name(lexicon), country: p.country.string, lat: lat,
      lon: lon)
  }

  // MARK: - JSON lines

  /// Appends the events as JSON lines (the bytes `EventFormat.jsonl` writes for `events()`).
  func writeJSONLines(_ w: inout JSONWriter) {
    guard !drafts.isEmpty else { return }
    var values = DraftValues(events: self)
    for k in drafts.indices {
      values.index = k
      w.eventObject(&values)
      w.put(0x0A)
    }
  }

  /// Writes an actor's object.
  fileprivate func write(_ a: CodedActor, _ w: inout JSONWriter) {
    w.actorObject(
      code: a.code, country: a.country, role: a.role, person: a.person.map { names[Int($0)] }
    ) { write(a.text, &$0) }
  }

  /// Writes words as a string value.
  fileprivate func write(_ t: TextRef, _ w: inout JSONWriter) {
    switch t {
    case .body(let s, let e):
      w.string(bytes: UnsafeBufferPointer(rebasing: words.body[Int(s)..<Int(e)]))
    case .title(let s, let e):
      w.string(bytes: UnsafeBufferPointer(rebasing: words.title[Int(s)..<Int(e)]))
    case .code(let c): w.string(c)
    case .person(let i): w.string(lexicon.people[Int(i)].name)
    case .empty: w.raw("\"\"")
    }
  }
}

/// A draft's values for its JSON line, written from the article's bytes and the lexicon's
/// fragments; the article's object is made once, the sentence's once per sentence.
private struct DraftValues: EventLineValues {
  let events: ArticleEvents
  /// The draft written (in `events.drafts`).
  var index = 0
  private let articleJSON: [UInt8]
  private var sentenceIndex = -1
  private var sentenceJSON: [UInt8] = []
  /// The article's sentences folded into one buffer kept for them all, not a new string each.
  private var folded: [UInt8] = []

  init(events: ArticleEvents) {
    self.events = events
    var scratch = JSONWriter(capacity: 256)
    events.reference.write(&scratch)
    articleJSON = scratch.array
  }

  private var draft: EventDraft { _read { yield events.drafts[index] } }
  private var lexicon: Lexicon { _read { yield events.words.lexicon } }
  private var body: UnsafeBufferPointer<UInt8> { events.words.body }

  func id(_ w: inout JSONWriter) {
    w.put(UInt8(ascii: "\""))
    ArticleEvents.writeID(draft, &w)
    w.put(UInt8(ascii: "\""))
  }

  func article(_ w: inout JSONWriter) { w.put(articleJSON) }

  mutating func sentence(_ w: inout JSONWriter) {
    if draft.sentenceIndex != sentenceIndex {
      sentenceIndex = draft.sentenceIndex
      var scratch = JSONWriter(capacity: 256)
      scratch.sentenceObject(sentenceIndex) { sentenceText(&$0) }
      sentenceJSON = scratch.array
    }
    w.put(sentenceJSON)
  }

  /// The sentence's text as a string value: kept, or folded from the body.
  private mutating func sentenceText(_ w: inout JSONWriter) {
    if sentenceIndex < events.sentenceTexts.count {
      return w.string(events.sentenceTexts[sentenceIndex])
    }
    let raw = UnsafeBufferPointer(rebasing: body[draft.sentenceBytes])
    if folded.count < raw.count {
      folded.append(contentsOf: repeatElement(0, count: raw.count - folded.count))
    }
    folded.withUnsafeMutableBufferPointer { f in
      let n = UTF8Whitespace.fold(raw, into: f)
      w.string(bytes: UnsafeBufferPointer(rebasing: f[..<n]))
    }
  }

  func actor(source: Bool, _ w: inout JSONWriter) {
    if source {
      events.write(draft.source, &w)
    } else if let t = draft.target {
      events.write(t, &w)
    } else {
      w.raw("null")
    }
  }

  func cameo(_ w: inout JSONWriter) { w.string(draft.cameo) }

  /// (Written once per CAMEO code by the lexicon.)
  func codeFields(_ w: inout JSONWriter) { w.put(lexicon.cameoFacts[draft.facts.key]!.json) }

  var modality: Modality { draft.modality }
  var date: EventDate? { draft.date }

  func location(_ w: inout JSONWriter) {
    guard let p = draft.location else { return w.raw("null") }
    w.raw("{\"text\":")
    events.write(p.text, &w)
    // (The rest of the object, written once per place by the lexicon.)
    w.put(
      p.source >= 0 ? lexicon.placeJSON[Int(p.source)] : lexicon.countryJSON[Int(-1 - p.source)])
  }

  var symmetric: Bool { draft.symmetric }
  var topics: [String] { draft.topics }

  func attribution(_ w: inout JSONWriter) {
    guard let a = draft.attribution else { return w.raw("null") }
    w.attributionObject(code: a.code) { events.write(a.text, &$0) }
  }

  /// (References and retellings are few: they are written from their strings.)
  var references: [Event.Reference] { draft.references.map(events.reference) }
  var retold: [Event.Retelling] { draft.retold.isEmpty ? [] : events.retold(draft) }

  func evidence(_ w: inout JSONWriter) {
    w.string(bytes: UnsafeBufferPointer(rebasing: body[draft.evidence]))
  }

  func rule(_ w: inout JSONWriter) {
    w.put(UInt8(ascii: "\""))
    events.writeRule(draft, &w)
    w.put(UInt8(ascii: "\""))
  }

  var ruleSource: String { lexicon.patterns[draft.pattern].source }
}

/// Where an event's rule is written: a plain string, or a JSON string's contents.
protocol RuleText: ~Copyable {
  mutating func appendText(_ s: String)
  /// Appends UTF-8 text lower-cased as `String.lowercased` would.
  mutating func appendLowercased(_ bytes: UnsafeBufferPointer<UInt8>)
}

extension String: RuleText {
  mutating func appendText(_ s: String) { append(s) }

  mutating func appendLowercased(_ bytes: UnsafeBufferPointer<UInt8>) {
    append(String(decoding: bytes, as: UTF8.self).lowercased())
  }
}

extension JSONWriter: RuleText {
  mutating func appendText(_ s: String) { contents(s) }

  mutating func appendLowercased(_ bytes: UnsafeBufferPointer<UInt8>) {
    if bytes.allSatisfy({ $0 >= 0x20 && $0 < 0x80 && $0 != 0x22 && $0 != 0x5C }) {
      // (ASCII with nothing to escape, lower-cased as `String.lowercased` would.)
      for b in bytes { put(b &- 65 < 26 ? b + 32 : b) }
    } else {
      contents(String(decoding: bytes, as: UTF8.self).lowercased())
    }
  }
}
