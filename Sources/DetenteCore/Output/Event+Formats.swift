import Foundation

extension Actor {
  func write(_ w: inout JSONWriter) {
    w.openObject()
    w.key("text")
    w.string(text)
    w.key("code")
    w.string(code)
    w.key("country")
    w.string(country)
    w.key("role")
    w.string(role)
    w.key("person")
    w.string(person)
    w.closeObject()
  }
}

extension Event {
  /// The event as one line of JSON, fields in the contract's order.
  public var jsonLine: String {
    var w = JSONWriter(capacity: 512 + sentenceText.utf8.count + article.title.utf8.count)
    write(&w)
    return w.text
  }

  /// Appends the event's JSON line and a line break to `buffer`.
  public func appendJSONLine(to buffer: inout [UInt8]) {
    JSONWriter.appending(to: &buffer) { write(&$0) }
    buffer.append(0x0A)
  }

  func write(_ w: inout JSONWriter) {
    w.openObject()
    w.key("id")
    w.string(id)
    w.key("article")
    w.openObject()
    w.key("id")
    w.string(article.id)
    w.key("title")
    w.string(article.title)
    w.key("outlet")
    w.string(article.outlet)
    w.key("url")
    w.string(article.url)
    w.key("published")
    w.string(article.published)
    if article.dateSource != "article" {
      w.key("date_source")
      w.string(article.dateSource)
    }
    w.closeObject()
    w.key("sentence")
    w.openObject()
    w.key("index")
    w.int(sentenceIndex)
    w.key("text")
    w.string(sentenceText)
    w.closeObject()
    w.key("source")
    source.write(&w)
    w.key("target")
    if let target { target.write(&w) } else { w.null() }
    w.key("cameo")
    w.string(cameo)
    w.key("plover")
    w.string(plover)
    if let m = ploverMode {
      w.key("plover_mode")
      w.string(m)
    }
    w.key("goldstein")
    w.number(goldstein)
    w.key("quad_class")
    w.int(quadClass)
    w.key("modality")
    w.string(modality.rawValue)
    w.key("date")
    w.string(date?.value)
    w.key("date_precision")
    w.string(date?.precision)
    w.key("date_text")
    w.string(date?.text)
    w.key("location")
    if let l = location {
      w.openObject()
      w.key("text")
      w.string(l.text)
      w.key("name")
      w.string(l.name)
      w.key("country")
      w.string(l.country)
      w.key("lat")
      w.number(l.lat)
      w.key("lon")
      w.number(l.lon)
      w.closeObject()
    } else {
      w.null()
    }
    w.key("symmetric")
    w.bool(symmetric)
    w.key("topics")
    w.openArray()
    for t in topics { w.string(t) }
    w.closeArray()
    w.key("attribution")
    if let at = attribution {
      w.openObject()
      w.key("text")
      w.string(at.text)
      w.key("code")
      w.string(at.code)
      w.closeObject()
    } else {
      w.null()
    }
    w.key("evidence")
    w.string(evidence)
    w.key("rule")
    w.string(rule)
    w.key("rule_source")
    w.string(ruleSource)
    w.closeObject()
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

  /// Appends one event in this format, and a line break, to `buffer`.
  public func append(_ e: Event, to buffer: inout [UInt8]) {
    if self == .jsonl {
      e.appendJSONLine(to: &buffer)
    } else {
      buffer.append(contentsOf: line(e).utf8)
      buffer.append(0x0A)
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
