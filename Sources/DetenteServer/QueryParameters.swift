import DetenteCore
import DetenteStore
import Foundation
import Hummingbird

/// Reading filters from a request's query string.
struct QueryParameters {
  let params: Parameters

  init(_ request: Request) { params = request.uri.queryParameters }

  /// Every value of a parameter, repeated or comma-separated.
  func list(_ name: String) -> [String] {
    params.getAll(name).flatMap {
      $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
    }
    .filter { !$0.isEmpty }
  }

  func value(_ name: String) -> String? {
    guard let v = params.get(name), !v.trimmingCharacters(in: .whitespaces).isEmpty else {
      return nil
    }
    return v
  }

  func int(_ name: String) throws -> Int? {
    guard let v = value(name) else { return nil }
    guard let n = Int(v), n >= 0 else {
      throw APIError(
        status: .badRequest, message: "\(name) \"\(v)\": must be a whole number, 0 or more",
        parameter: name)
    }
    return n
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
    q.outlet = list("outlet")
    q.article = value("article")
    q.text = params.get("text").flatMap { $0.isEmpty ? nil : $0 }
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
    let limit = try int("limit") ?? defaultLimit
    guard limit <= 1000 else {
      throw APIError(
        status: .badRequest, message: "limit \(limit): at most 1000 per page", parameter: "limit")
    }
    q.limit = limit
    q.offset = try int("offset") ?? 0
    do {
      return try q.validated(lexicon: lexicon)
    } catch {
      let name = String(error.option.drop(while: { $0 == "-" })).replacingOccurrences(
        of: "-", with: "_")
      throw APIError(
        status: .badRequest, message: "\(name) \"\(error.value)\": \(error.problem)",
        parameter: name)
    }
  }

  /// The meetings query these parameters describe, checked.
  func meetingQuery() throws -> MeetingQuery {
    var q = MeetingQuery()
    q.person = value("person")
    if let d = value("dyad") {
      let parts = list("dyad").map { $0.uppercased() }
      guard parts.count == 2 else {
        throw APIError(
          status: .badRequest,
          message: "dyad \"\(d)\": give two countries separated by a comma, like USA,RUS",
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
    return q
  }
}
