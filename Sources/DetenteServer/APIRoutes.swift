import DetenteCore
import DetenteStore
import Foundation
import Hummingbird

/// The read-only JSON API under `/api/`. Every list is a page: it says its `total`, its
/// `limit` and `offset`, and the path of the `next` page (`null` on the last).
struct APIRoutes {
  let store: any EventStore
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
    api.get("articles") { request, _ in try await articles(request) }
    api.get("articles/:id") { _, context in
      let id = try context.parameters.require("id")
      guard let d = try await store.article(id: id) else {
        throw APIError(status: .notFound, message: "no article \(id)", parameter: "id")
      }
      return JSONBody.response(text: APIJSON.detail(d))
    }
    api.get("meetings") { request, _ in try await meetings(request) }
    api.get("meetings/:id") { request, context in
      try await meeting(request, id: context.parameters.require("id"))
    }
    api.get("timeline") { request, _ in try await timeline(request) }
    api.get("actors") { request, _ in try await actors(request) }
    // Anything else under /api/ (and /api itself) is a JSON 404 that lists the resources.
    let unknown: @Sendable (Request, BasicRequestContext) async throws -> Response = { r, _ in
      throw APIError(
        status: .notFound,
        message:
          "no such resource: \(r.uri.path); the API has /api/events, /api/articles, /api/meetings, /api/timeline and /api/actors (see docs/openapi.json)",
        parameter: nil)
    }
    api.get("**", use: unknown)
    router.get("api", use: unknown)
  }

  /// A page of a list as JSON: the items under `name`, and where the list goes on.
  static func page(
    _ name: String, _ items: [Any], total: Int, limit: Int, offset: Int,
    next: String?
  ) -> [String: Any] {
    [
      name: items, "count": items.count, "total": total, "limit": limit, "offset": offset,
      "next": next ?? NSNull(),
    ]
  }

  func events(_ request: Request) async throws -> Response {
    let p = QueryParameters(request)
    let q = try p.eventQuery(lexicon: lexicon)
    let page = try await store.eventPage(matching: q)
    let next = p.next("/api/events", offset: page.nextOffset).map(JSONBody.string) ?? "null"
    let body =
      "{\"events\":[" + page.items.map(\.jsonLine).joined(separator: ",")
      + "],\"count\":\(page.items.count),\"total\":\(page.total),\"limit\":\(page.limit),\"offset\":\(q.offset),\"next\":\(next)}"
    return JSONBody.response(text: body)
  }

  func articles(_ request: Request) async throws -> Response {
    let p = QueryParameters(request)
    let (limit, offset) = try p.listPage(defaultLimit: 100)
    let page = try await store.articlePage(limit: limit, offset: offset)
    return JSONBody.response(
      object: Self.page(
        "articles", page.items.map(APIJSON.article), total: page.total, limit: limit,
        offset: offset,
        next: p.next("/api/articles", offset: page.nextOffset)))
  }

  func meetings(_ request: Request) async throws -> Response {
    let p = QueryParameters(request)
    let q = try p.meetingQuery(lexicon: lexicon)
    let page = try await store.meetingPage(matching: q)
    return JSONBody.response(
      object: Self.page(
        "meetings", page.items.map { $0.summaryJSON() }, total: page.total, limit: page.limit,
        offset: q.offset, next: p.next("/api/meetings", offset: page.nextOffset)))
  }

  /// One meeting: its summary, and a page of its whole history (oldest report first).
  func meeting(_ request: Request, id: String) async throws -> Response {
    let p = QueryParameters(request)
    let (limit, offset) = try p.listPage(defaultLimit: 50)
    guard let m = try await store.meeting(id: id, asOf: try p.meetingQuery(lexicon: lexicon).asOf)
    else {
      throw APIError(status: .notFound, message: "no meeting \(id)", parameter: "id")
    }
    let reports = Array(m.history.dropFirst(offset).prefix(limit))
    let page = Page(items: reports, total: m.history.count, limit: limit, offset: offset)
    var o = Self.page(
      "history", reports.map(\.json), total: page.total, limit: limit, offset: offset,
      next: p.next("/api/meetings/\(id.urlPath)", offset: page.nextOffset))
    o["meeting"] = m.summaryJSON(contradictions: m.contradictions.count)
    return JSONBody.response(object: o)
  }

  func timeline(_ request: Request) async throws -> Response {
    let p = QueryParameters(request)
    guard p.value("dyad") != nil || p.value("person") != nil else {
      throw APIError(
        status: .badRequest, message: "give dyad=A,B or person=NAME", parameter: "dyad")
    }
    let by = p.value("by") ?? "month"
    guard let period = Timeline.Period(rawValue: by) else {
      throw APIError(
        status: .badRequest, message: "by \"\(by.prefix(40))\": periods are week, month and year",
        parameter: "by")
    }
    var q = try p.eventQuery(lexicon: lexicon, defaultLimit: 1000)
    q.limit = nil
    q.offset = 0
    // Only events that occurred are counted (`Timeline`): the others are not read at all.
    let counted = q.modality.isEmpty || q.modality.contains(.occurred)
    q.modality = [.occurred]
    let entries = counted ? try await store.timelineEntries(matching: q) : []
    let t = Timeline(entries: entries, by: period)
    return JSONBody.response(object: ["by": by, "buckets": t.buckets.map(APIJSON.bucket)])
  }

  func actors(_ request: Request) async throws -> Response {
    let p = QueryParameters(request)
    let (limit, offset) = try p.listPage(defaultLimit: 100)
    let actors = try await store.actors(limit: limit, offset: offset)
    let total = try await store.actorCount()
    let page = Page(items: actors, total: total, limit: limit, offset: offset)
    return JSONBody.response(
      object: Self.page(
        "actors",
        actors.map { ["code": $0.code, "as_source": $0.asSource, "as_target": $0.asTarget] },
        total: total, limit: limit, offset: offset,
        next: p.next("/api/actors", offset: page.nextOffset)))
  }
}
