import Foundation

extension Actor {
  var json: JSONValue {
    var o: [(String, JSONValue)] = [
      ("text", .string(text)), ("code", .string(code)), ("country", .string(country)),
      ("role", .string(role)),
    ]
    o.append(("person", .optional(person)))
    return .object(o)
  }
}

extension Event {
  /// The event as one line of JSON, fields in the contract's order.
  public var jsonLine: String {
    var o: [(String, JSONValue)] = []
    o.append(("id", .string(id)))
    var a: [(String, JSONValue)] = [
      ("id", .string(article.id)), ("title", .string(article.title)),
      ("outlet", .optional(article.outlet)),
      ("url", .optional(article.url)), ("published", .optional(article.published)),
    ]
    if article.dateSource != "article" { a.append(("date_source", .string(article.dateSource))) }
    o.append(("article", .object(a)))
    o.append(
      ("sentence", .object([("index", .int(sentenceIndex)), ("text", .string(sentenceText))])))
    o.append(("source", source.json))
    o.append(("target", target?.json ?? .null))
    o.append(("cameo", .string(cameo)))
    o.append(("plover", .optional(plover)))
    if let m = ploverMode { o.append(("plover_mode", .string(m))) }
    o.append(("goldstein", .number(goldstein)))
    o.append(("quad_class", .int(quadClass)))
    o.append(("modality", .string(modality.rawValue)))
    o.append(("date", .optional(date?.value)))
    o.append(("date_precision", .optional(date?.precision)))
    o.append(("date_text", .optional(date?.text)))
    if let l = location {
      o.append(
        (
          "location",
          .object([
            ("text", .string(l.text)), ("name", .string(l.name)), ("country", .string(l.country)),
            ("lat", .number(l.lat)), ("lon", .number(l.lon)),
          ])
        ))
    } else {
      o.append(("location", .null))
    }
    o.append(("symmetric", .bool(symmetric)))
    o.append(("topics", .array(topics.map { .string($0) })))
    if let at = attribution {
      o.append(("attribution", .object([("text", .string(at.text)), ("code", .string(at.code))])))
    } else {
      o.append(("attribution", .null))
    }
    o.append(("evidence", .string(evidence)))
    o.append(("rule", .string(rule)))
    o.append(("rule_source", .string(ruleSource)))
    var s = ""
    JSONValue.object(o).write(&s)
    return s
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
      source.role, source.person ?? "", source.text, target?.code ?? "", target?.country ?? "",
      target?.role ?? "",
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
  case jsonl, csv, tsv, table

  /// The header line, if the format has one.
  public func header() -> String? {
    switch self {
    case .jsonl: return nil
    case .csv: return Event.columns.joined(separator: ",")
    case .tsv: return Event.columns.joined(separator: "\t")
    case .table: return nil
    }
  }

  /// One event in this format.
  public func line(_ e: Event) -> String {
    switch self {
    case .jsonl: return e.jsonLine
    case .csv: return e.row.map(Self.csvField).joined(separator: ",")
    case .tsv: return e.row.map { $0.replacingTabsAndNewlines() }.joined(separator: "\t")
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
    if s.contains(",") || s.contains("\"") || s.contains("\n") {
      return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
    return s
  }
}

extension String {
  func replacingTabsAndNewlines() -> String {
    String(map { $0 == "\t" || $0 == "\n" || $0 == "\r" ? " " : $0 })
  }
}
