import Foundation

extension Event {
  /// Reads one event record of the output contract (a line of `detente code --format jsonl`,
  /// or another coder's output in the same layout). Missing fields are left empty; `nil` when
  /// the object has no `cameo` or no `source`.
  public init?(jsonObject o: [String: Any]) {
    func str(_ v: Any?) -> String? { v as? String }
    func actor(_ v: Any?) -> Actor? {
      if let code = v as? String { return Actor(text: code, code: code) }
      guard let d = v as? [String: Any], let code = d["code"] as? String else { return nil }
      var a = Actor(text: d["text"] as? String ?? "", code: code, person: d["person"] as? String)
      if let c = d["country"] as? String, !c.isEmpty { a.country = c }
      if let r = d["role"] as? String { a.role = Role(r) }
      return a
    }
    guard let cameo = str(o["cameo"]), let source = actor(o["source"]) else { return nil }
    let article: ArticleRef
    if let a = o["article"] as? [String: Any] {
      article = ArticleRef(
        id: str(a["id"]) ?? "", title: str(a["title"]) ?? "", outlet: str(a["outlet"]),
        url: str(a["url"]), published: str(a["published"]),
        dateSource: str(a["date_source"]) ?? "article")
    } else {
      article = ArticleRef(
        id: str(o["article"]) ?? "", title: "", outlet: nil, url: nil, published: nil,
        dateSource: "article")
    }
    var index = 0
    var text = ""
    if let s = o["sentence"] as? [String: Any] {
      index = s["index"] as? Int ?? 0
      text = str(s["text"]) ?? ""
    } else {
      text = str(o["sentence"]) ?? ""
    }
    let location: Location? = (o["location"] as? [String: Any]).map {
      Location(
        text: str($0["text"]) ?? "", name: str($0["name"]) ?? "", country: str($0["country"]) ?? "",
        lat: $0["lat"] as? Double ?? 0, lon: $0["lon"] as? Double ?? 0)
    }
    let attribution: Attribution? = (o["attribution"] as? [String: Any]).flatMap { d in
      str(d["code"]).map { Attribution(text: str(d["text"]) ?? "", code: $0) }
    }
    self.init(
      id: str(o["id"]) ?? "", article: article, sentenceIndex: index, sentenceText: text,
      source: source, target: actor(o["target"]), cameo: cameo, plover: str(o["plover"]),
      ploverMode: str(o["plover_mode"]), goldstein: o["goldstein"] as? Double ?? 0,
      quadClass: o["quad_class"] as? Int ?? 0,
      modality: Modality(rawValue: str(o["modality"]) ?? "") ?? .occurred,
      date: str(o["date"]).map {
        EventDate(
          value: $0, precision: str(o["date_precision"]) ?? "", text: str(o["date_text"]) ?? "")
      }, location: location, symmetric: o["symmetric"] as? Bool ?? false,
      topics: o["topics"] as? [String] ?? [], attribution: attribution,
      evidence: str(o["evidence"]) ?? "", rule: str(o["rule"]) ?? "",
      ruleSource: str(o["rule_source"]) ?? "", triggerTokens: 0..<0,
      references: (o["references"] as? [[String: Any]] ?? []).compactMap(Self.reference),
      retold: (o["retold"] as? [[String: Any]] ?? []).compactMap(Self.retelling))
  }

  /// The retellings as a JSON array (as the event's line writes them), or nil when there are
  /// none.
  public var retoldJSON: String? {
    retold.isEmpty ? nil : Self.jsonText { $0.retellingArray(retold) }
  }

  /// Retellings read from a JSON array (`retoldJSON`).
  public static func retold(json: String) -> [Retelling] { objects(json, retelling) }

  /// A retelling read from its JSON object (nil without a sentence index).
  static func retelling(_ o: [String: Any]) -> Retelling? {
    guard let s = o["sentence"] as? [String: Any], let index = s["index"] as? Int else {
      return nil
    }
    return Retelling(
      sentenceIndex: index, sentenceText: s["text"] as? String ?? "",
      evidence: o["evidence"] as? String ?? "",
      modality: (o["modality"] as? String).flatMap(Modality.init(rawValue:)) ?? .occurred)
  }

  /// The references as a JSON array (as the event's line writes them), or nil when there are none.
  public var referencesJSON: String? {
    references.isEmpty ? nil : Self.jsonText { $0.referenceArray(references) }
  }

  /// References read from a JSON array (`referencesJSON`).
  public static func references(json: String) -> [Reference] { objects(json, reference) }

  /// What `write` writes, as text.
  static func jsonText(_ write: (inout JSONWriter) -> Void) -> String {
    var w = JSONWriter(capacity: 256)
    write(&w)
    return w.text
  }

  /// The objects of a JSON array, each read by `read` (those it cannot read left out).
  static func objects<T>(_ json: String, _ read: ([String: Any]) -> T?) -> [T] {
    let list = (try? JSONSerialization.jsonObject(with: Data(json.utf8))) as? [[String: Any]] ?? []
    return list.compactMap(read)
  }

  /// A reference read from its JSON object (nil when its role or kind is unknown).
  static func reference(_ o: [String: Any]) -> Reference? {
    guard let role = (o["role"] as? String).flatMap(Reference.Role.init(rawValue:)),
      let kind = (o["kind"] as? String).flatMap(Reference.Kind.init(rawValue:))
    else { return nil }
    let antecedent = (o["antecedent"] as? [String: Any]).map {
      Reference.Antecedent(text: $0["text"] as? String ?? "", sentence: $0["sentence"] as? Int ?? 0)
    }
    return Reference(
      role: role, text: o["text"] as? String ?? "", kind: kind, antecedent: antecedent)
  }

  /// Reads a JSON Lines file of events. Blank lines are skipped; a line that is not an event
  /// is an error naming the file and line.
  public static func loadJSONLines(_ path: String) throws -> [Event] {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw ReadError(.unreadable, path: path, "cannot read the events file")
    }
    var out: [Event] = []
    for (n, line) in String(decoding: data, as: UTF8.self).split(
      separator: "\n", omittingEmptySubsequences: false
    ).enumerated() {
      let l = line.trimmingCharacters(in: .whitespaces)
      if l.isEmpty { continue }
      guard let obj = try? JSONSerialization.jsonObject(with: Data(l.utf8)) as? [String: Any],
        let e = Event(jsonObject: obj)
      else {
        throw ReadError(
          .malformedRecord, path: path, line: n + 1, "not an event record (needs cameo and source)")
      }
      out.append(e)
    }
    return out
  }
}
