import DetenteCore
import DetenteStore
import Foundation
import Hummingbird

/// The meetings tracker's pages: a page of meetings with their latest reports, and one meeting
/// with a page of its whole history.
extension PageRoutes {
  func meetings(_ request: Request) async throws -> Response {
    let p = QueryParameters(request)
    let form = """
      <form class="filters" action="/meetings" method="get"><label>Person<input name="person" value="\(HTML.escape(p.get("person") ?? ""))"></label>\
      <label>Dyad<input name="dyad" value="\(HTML.escape(p.get("dyad") ?? ""))" placeholder="USA,RUS"></label>\
      <label>From<input name="from" value="\(HTML.escape(p.get("from") ?? ""))"></label>\
      <label>To<input name="to" value="\(HTML.escape(p.get("to") ?? ""))"></label><button type="submit">Filter</button></form>
      """
    let q: MeetingQuery
    do {
      q = try p.meetingQuery(lexicon: lexicon)
    } catch let e as APIError {
      return Self.problem("Meetings", e, before: form)
    }
    let page = try await store.meetingPage(matching: q)
    let list = page.items.map { m -> String in
      let earlier = m.history.count - MeetingRecord.summaryReports
      let all =
        "<a href=\"/meetings/\(HTML.escape(m.id.urlPath))\">"
        + (earlier > 0
          ? "all \(m.history.count) reports from \(m.stories) stor\(m.stories == 1 ? "y" : "ies")"
          : "details") + "</a>"
      return Self.meetingHead(m, link: true)
        + "<ul>\(Self.reports(m.latest(MeetingRecord.summaryReports)))</ul>"
        + "<p class=\"muted\">\(earlier > 0 ? "\(earlier) earlier report\(earlier == 1 ? "" : "s") · " : "")\(all)</p></div>"
    }.joined()
    let body =
      form
      + Self.pageLine(page, noun: "meeting", next: p.next("/meetings", offset: page.nextOffset))
      + list
    return HTMLBody.response(HTML.page(title: "Meetings", body: body))
  }

  /// One meeting: its summary and a page of its reports, oldest first.
  func meeting(_ request: Request, id: String) async throws -> Response {
    let p = QueryParameters(request)
    let asked: (limit: Int, offset: Int)
    do { asked = try p.listPage(defaultLimit: 50) } catch let e as APIError {
      return Self.problem("Meeting", e)
    }
    let (limit, offset) = asked
    let asOf = (try? p.meetingQuery(lexicon: lexicon).asOf) ?? CivilDate.today.description
    guard let m = try await store.meeting(id: id, asOf: asOf) else {
      return HTMLBody.response(
        status: .notFound,
        HTML.page(title: "Not found", body: "<p>No meeting \(HTML.escape(id)).</p>"))
    }
    let reports = Array(m.history.dropFirst(offset).prefix(limit))
    let page = Page(items: reports, total: m.history.count, limit: limit, offset: offset)
    let counts = MeetingRecord.Status.allCases.compactMap { s in
      m.statusCounts[s].map { "\($0) \(s.rawValue)" }
    }.joined(separator: ", ")
    let body =
      Self.meetingHead(m, link: false)
      + "<p class=\"muted\">\(m.history.count) report\(m.history.count == 1 ? "" : "s") from \(m.stories) stor\(m.stories == 1 ? "y" : "ies"): \(HTML.escape(counts))</p></div>"
      + Self.pageLine(
        page, noun: "report",
        next: p.next("/meetings/\(m.id.urlPath)", offset: page.nextOffset))
      + "<ul>\(Self.reports(reports[...]))</ul>"
    let title =
      m.participants.joined(separator: " – ") + (m.occasion.map { ", " + $0 } ?? "")
    return HTMLBody.response(HTML.page(title: title, body: body))
  }

  /// A meeting's heading, date, place and disagreements (an open `div`).
  static func meetingHead(_ m: MeetingRecord, link: Bool) -> String {
    // (A list shows the first few disagreements; the meeting's own page all of them.)
    let most = link ? MeetingRecord.summaryReports : Int.max
    let name =
      HTML.escape(m.participants.joined(separator: " – "))
      + (m.occasion.map { ", " + HTML.escape($0) } ?? "")
    let title = link ? "<a href=\"/meetings/\(HTML.escape(m.id.urlPath))\">\(name)</a>" : name
    let more =
      m.contradictions.count > most
      ? "<p class=\"warn\">Sources disagree \(m.contradictions.count) times; the first \(most):</p>"
      : ""
    let contradictions =
      more
      + m.contradictions.prefix(most).map { c in
        "<p class=\"warn\">Sources disagree on the \(HTML.escape(c.field)): \(HTML.escape(c.first.value)) (\(HTML.escape(c.first.articleId))) vs \(HTML.escape(c.second.value)) (\(HTML.escape(c.second.articleId)))</p>"
      }.joined()
    return """
      <div class="meeting"><h2>\(title) <span class="status">[\(HTML.escape(m.status.rawValue))]</span></h2>
      <p>\(HTML.escape(m.date.map { "\($0.value) (\($0.precision))" } ?? "date unknown")) · \(HTML.escape(m.place ?? "place unknown"))</p>\(contradictions)
      """
  }

  /// Reports as list items: date, status, story and sentence.
  static func reports(_ reports: ArraySlice<MeetingRecord.Report>) -> String {
    reports.map { r in
      "<li>\(HTML.escape(r.published ?? "")) <span class=\"status\">\(HTML.escape(r.status.rawValue))</span> <a href=\"/articles/\(HTML.escape(r.articleId.urlPath))\">\(HTML.escape(r.articleId))</a>\(r.retold ? " <span class=\"muted\">(retold)</span>" : ""): \(HTML.escape(String(r.sentence.prefix(160))))</li>"
    }.joined()
  }
}
