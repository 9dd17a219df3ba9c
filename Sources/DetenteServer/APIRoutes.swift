import DetenteCore
import DetenteStore
import Foundation
import Hummingbird

/// The read-only JSON API under `/api/`.
struct APIRoutes {
  let store: SQLiteStore
  let lexicon: Lexicon

  func add(to router: Router<BasicRequestContext>) {
    let api = router.group("api")
    api.get("events") { request, _ in try await events(request) }
    api.get("events/:id") { _, context in
      let id = try context.parameters.require("id")
      guard let found = try await store.event(id: id) else {
        throw APIError(status: .notFound, message: "no event \(id)", parameter: "id")
      }
      return JSONBody.response(text: found.event.jsonLine)
    }
    api.get("articles") { request, _ in
      let p = QueryParameters(request)
      let limit = try p.int("limit") ?? 100
      let offset = try p.int("offset") ?? 0
      let all = try await store.articles(limit: nil)
      let page = Array(all.dropFirst(offset).prefix(limit))
      return JSONBody.response(object: [
        "articles": page.map(APIJSON.article), "count": page.count, "total": all.count,
        "limit": limit, "offset": offset,
      ])
    }
    api.get("articles/:id") { _, context in
      let id = try context.parameters.require("id")
      guard let d = try await store.article(id: id) else {
        throw APIError(status: .notFound, message: "no article \(id)", parameter: "id")
      }
      return JSONBody.response(object: APIJSON.detail(d))
    }
    api.get("meetings") { request, _ in
      let q = try QueryParameters(request).meetingQuery()
      let meetings = try await store.meetings(matching: q)
      return JSONBody.response(object: [
        "meetings": meetings.map(APIJSON.meeting), "count": meetings.count,
      ])
    }
    api.get("timeline") { request, _ in
      let p = QueryParameters(request)
      guard p.value("dyad") != nil || p.value("person") != nil else {
        throw APIError(
          status: .badRequest, message: "give dyad=A,B or person=NAME", parameter: "dyad")
      }
      let by = p.value("by") ?? "month"
      guard let period = Timeline.Period(rawValue: by) else {
        throw APIError(
          status: .badRequest, message: "by \"\(by)\": periods are month and week", parameter: "by")
      }
      var q = try p.eventQuery(lexicon: lexicon, defaultLimit: 1000)
      q.limit = nil
      q.offset = 0
      let events = try await store.events(matching: q)
      let t = Timeline(events, by: period)
      return JSONBody.response(object: ["by": by, "buckets": t.buckets.map(APIJSON.bucket)])
    }
    api.get("actors") { request, _ in
      let limit = try QueryParameters(request).int("limit") ?? 100
      let actors = try await store.actors(limit: limit)
      return JSONBody.response(object: [
        "actors": actors.map {
          ["code": $0.code, "as_source": $0.asSource, "as_target": $0.asTarget]
        }
      ])
    }
    // Anything else under /api/ is a JSON 404.
    api.get("**") { request, _ -> Response in
      throw APIError(
        status: .notFound, message: "no such resource: \(request.uri.path)", parameter: nil)
    }
  }

  func events(_ request: Request) async throws -> Response {
    let p = QueryParameters(request)
    let q = try p.eventQuery(lexicon: lexicon)
    let events = try await store.events(matching: q)
    var next: String = "null"
    if let l = q.limit, events.count == l {
      var items = request.uri.queryParameters.filter { $0.key != "offset" }.map {
        (String($0.key), String($0.value))
      }
      items.append(("offset", String(q.offset + l)))
      next = "\"/api/events?" + HTML.query(items) + "\""
    }
    let body =
      "{\"events\":[" + events.map(\.jsonLine).joined(separator: ",")
      + "],\"count\":\(events.count),\"limit\":\(q.limit ?? 0),\"offset\":\(q.offset),\"next\":\(next)}"
    return JSONBody.response(text: body)
  }
}
