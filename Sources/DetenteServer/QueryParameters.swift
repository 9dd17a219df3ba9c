import DetenteCore
import DetenteStore
import Foundation
import Hummingbird

/// Reading filters from a request's query string: every parameter as the browser sent it, with
/// `+` read as a space (an HTML form's encoding) and `%XX` escapes decoded; bytes that are not
/// UTF-8 become U+FFFD, so a value is always text.
struct QueryParameters {
  /// The parameters in the order they came, repeats included.
  let items: [(key: String, value: String)]

  /// The longest value of any parameter, in characters (a search text has its own, lower limit).
  static let maxValueLength = 4096

  init(_ request: Request) { self.init(query: request.uri.query ?? "") }

  init(query: String) {
    items = query.split(separator: "&", omittingEmptySubsequences: true).map { part in
      let pair = part.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
      return (Self.decode(pair[0]), pair.count > 1 ? Self.decode(pair[1]) : "")
    }
  }

  /// A key or value of a form-encoded query string as text.
  static func decode(_ s: Substring) -> String {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(s.utf8.count)
    var u = s.utf8[...]
    while let b = u.popFirst() {
      if b == UInt8(ascii: "+") {
        bytes.append(UInt8(ascii: " "))
      } else if b == UInt8(ascii: "%"), u.count >= 2,
        let hi = hex(u[u.startIndex]), let lo = hex(u[u.index(after: u.startIndex)])
      {
        bytes.append(hi << 4 | lo)
        u = u.dropFirst(2)
      } else {
        bytes.append(b)
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  static func hex(_ b: UInt8) -> UInt8? {
    switch b {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): return b - UInt8(ascii: "0")
    case UInt8(ascii: "a")...UInt8(ascii: "f"): return b - UInt8(ascii: "a") + 10
    case UInt8(ascii: "A")...UInt8(ascii: "F"): return b - UInt8(ascii: "A") + 10
    default: return nil
    }
  }

  /// The first value of a parameter as it was sent (empty when given without one).
  func get(_ name: String) -> String? { items.first { $0.key == name }?.value }

  /// Every value of a parameter, repeated or comma-separated.
  func list(_ name: String) -> [String] {
    items.filter { $0.key == name }.flatMap {
      $0.value.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
    }
    .filter { !$0.isEmpty }
  }

  /// The first value of a parameter, or `nil` when it is missing or blank.
  func value(_ name: String) -> String? {
    guard let v = get(name), !v.trimmingCharacters(in: .whitespaces).isEmpty else {
      return nil
    }
    return v
  }

  /// A whole number of at most `max`, or `nil` when the parameter is missing.
  func int(_ name: String, max: Int = Int.max) throws -> Int? {
    guard let v = value(name) else { return nil }
    guard let n = Int(v.trimmingCharacters(in: .whitespaces)), n >= 0, n <= max else {
      throw APIError(
        status: .badRequest,
        message:
          "\(name) \"\(v.prefix(40))\": must be a whole number from 0\(max == Int.max ? " up" : " to \(max)")",
        parameter: name)
    }
    return n
  }

  /// The page a list answer is asked for, after checking that no value is over-long.
  func listPage(defaultLimit: Int) throws -> (limit: Int, offset: Int) {
    try checkLengths()
    return try page(defaultLimit: defaultLimit)
  }

  /// The page a list answer is asked for: `limit` (at most `maxLimit`) and `offset`.
  func page(defaultLimit: Int, maxLimit: Int = 1000) throws -> (limit: Int, offset: Int) {
    let limit = try int("limit", max: maxLimit) ?? defaultLimit
    let offset = try int("offset", max: EventQuery.maxOffset) ?? 0
    return (limit, offset)
  }

  /// A 400 for the first parameter whose value is longer than anyone would type.
  func checkLengths() throws {
    for (key, value) in items {
      // (A search has its own, lower limit.)
      let most = key == "text" ? TextSearch.maxLength : Self.maxValueLength
      guard value.count > most || key.count > 100 else { continue }
      throw APIError(
        status: .badRequest,
        message:
          "\(key.prefix(40)): the value is \(value.count) characters long; at most \(most)",
        parameter: String(key.prefix(40)))
    }
  }

  /// The path of the next page of a list answer: these parameters with `offset` replaced.
  func next(_ path: String, offset: Int?) -> String? {
    guard let offset else { return nil }
    var items = self.items.filter { $0.key != "offset" }.map { ($0.key, $0.value) }
    items.append(("offset", String(offset)))
    return path + "?" + HTML.query(items)
  }

  /// A page of the same query: these parameters without the page (`offset`, `limit`) and
  /// `replacing`, then `with`.
  func link(_ path: String, replacing: Set<String>, with: [(String, String)]) -> String {
    let drop = replacing.union(["offset", "limit"])
    let items = self.items.filter { !drop.contains($0.key) }.map { ($0.key, $0.value) } + with
    let query = HTML.query(items)
    return query.isEmpty ? path : path + "?" + query
  }

  /// The events query these parameters describe, checked; a bad value is a 400 naming it.
  func eventQuery(lexicon: Lexicon, defaultLimit: Int = 100) throws -> EventQuery {
    var q = EventQuery()
    q.actors = list("actor")
    q.sources = list("source")
    q.targets = list("target")
    q.person = value("person")
    if let d = value("dyad") {
      let parts = list("dyad")
      guard parts.count == 2 else {
        throw APIError(
          status: .badRequest,
          message: "dyad \"\(d)\": give two actors separated by a comma, like USA,RUS",
          parameter: "dyad")
      }
      q.dyad = (parts[0], parts[1])
    }
    q.cameo = list("cameo")
    q.plover = list("plover")
    q.quadClass = try list("quad").map { v in
      guard let n = Int(v) else {
        throw APIError(
          status: .badRequest, message: "quad \"\(v)\": quad classes are 1 to 4", parameter: "quad")
      }
      return n
    }
    q.modality = try list("modality").map { v in
      guard let m = Modality(rawValue: v.lowercased()) else {
        throw APIError(
          status: .badRequest,
          message:
            "modality \"\(v)\": modalities are \(Modality.allCases.map(\.rawValue).joined(separator: ", "))",
          parameter: "modality")
      }
      return m
    }
    q.from = value("from")
    q.to = value("to")
    q.publishedFrom = value("published_from")
    q.publishedTo = value("published_to")
    q.countedFrom = value("counted_from")
    q.countedTo = value("counted_to")
    q.outlet = list("outlet")
    q.article = value("article")
    q.place = value("place")?.trimmingCharacters(in: .whitespaces)
    try checkLengths()
    q.text = get("text").flatMap { $0.isEmpty ? nil : $0 }
    if let syntax = value("text_syntax") {
      guard let t = TextSyntax(rawValue: syntax.lowercased()) else {
        throw APIError(
          status: .badRequest,
          message: "text_syntax \"\(syntax.prefix(40))\": give words (the default) or fts",
          parameter: "text_syntax")
      }
      q.textSyntax = t
    }
    if let s = value("sort") {
      guard let sort = EventQuery.Sort(rawValue: s) else {
        throw APIError(
          status: .badRequest,
          message:
            "sort \"\(s)\": orders are \(EventQuery.Sort.allCases.map(\.rawValue).joined(separator: ", "))",
          parameter: "sort")
      }
      q.sort = sort
    }
    if let d = value("desc") { q.descending = d == "1" || d == "true" }
    (q.limit, q.offset) = try page(defaultLimit: defaultLimit)
    do {
      return try q.validated(lexicon: lexicon)
    } catch {
      throw APIError(error)
    }
  }

  /// The meetings query these parameters describe, checked, with its page (50 by default).
  func meetingQuery(lexicon: Lexicon) throws -> MeetingQuery {
    try checkLengths()
    var q = MeetingQuery()
    let (limit, offset) = try page(defaultLimit: 50)
    q.limit = limit
    q.offset = offset
    q.person = value("person")
    if let d = value("dyad") {
      let parts = list("dyad").map { $0.uppercased() }
      guard parts.count == 2 else {
        throw APIError(
          status: .badRequest,
          message: "dyad \"\(d)\": give two countries separated by a comma, like USA,RUS",
          parameter: "dyad")
      }
      for c in parts where lexicon.countries[String(c.prefix(3))] == nil {
        throw APIError(
          status: .badRequest,
          message:
            "dyad \"\(d.prefix(40))\": \(c.prefix(40)) is not a known country code (like USA or RUS)",
          parameter: "dyad")
      }
      q.dyad = parts
    }
    for name in ["from", "to"] {
      if let v = value(name), EventDate.period(v) == nil {
        throw APIError(
          status: .badRequest,
          message: "\(name) \"\(v)\": not a date; write YYYY, YYYY-MM or YYYY-MM-DD",
          parameter: name)
      }
    }
    q.from = value("from")
    q.to = value("to")
    if let v = value("as_of"), CivilDate.strict(v) == nil {
      throw APIError(
        status: .badRequest, message: "as_of \"\(v.prefix(40))\": not a day; write YYYY-MM-DD",
        parameter: "as_of")
    }
    q.asOf = value("as_of") ?? CivilDate.today.description
    return q
  }
}
