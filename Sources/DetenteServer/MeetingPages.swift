import DetenteCore
import DetenteStore
import Foundation
import Hummingbird
import Mustache

/// The meetings tracker's pages: a page of meetings with their latest reports, and one meeting
/// with a page of its whole history.
extension PageRoutes {
  /// The filters and a page of meetings.
  struct Meetings: HTML.View {
    let title = "Meetings"
    let search = ""
    let person: String
    let dyad: String
    let from: String
    let to: String
    /// A filter that cannot be used, said instead of the list.
    let warnings: [String]
    /// The list (none when there is a warning).
    let list: [MeetingList]
  }

  /// A page of meetings.
  struct MeetingList {
    let pageLine: HTML.PageLine
    let items: [MeetingItem]
  }

  /// A meeting in the list: its head, latest reports, and a link to the rest.
  struct MeetingItem: MustacheParent {
    let head: MeetingHead
    let reports: [ReportItem]
    /// "3 earlier reports · ", or nothing.
    let earlier: String
    let path: String
    /// "all 8 reports from 5 stories", or "details".
    let more: String

    /// (By name, not by reflection: see `EventRow`.)
    func child(named name: String) -> Any? {
      switch name {
      case "head": self.head
      case "reports": self.reports
      case "earlier": self.earlier
      case "path": self.path
      case "more": self.more
      default: nil
      }
    }
  }

  static let meetingsTemplate = """
    {{<shell}}{{$body}}<form class="filters" action="/meetings" method="get"><label>Person<input name="person" value="{{person}}"></label>\
    <label>Dyad<input name="dyad" value="{{dyad}}" placeholder="USA,RUS"></label>\
    <label>From<input name="from" value="{{from}}"></label>\
    <label>To<input name="to" value="{{to}}"></label><button type="submit">Filter</button></form>\
    {{#warnings}}<p class="warn">{{.}}</p>{{/warnings}}\
    {{#list}}{{#pageLine}}{{>pageLine}}{{/pageLine}}{{#items}}{{#head}}{{>meetingHead}}{{/head}}\
    <ul>{{#reports}}{{>report}}{{/reports}}</ul><p class="muted">{{earlier}}<a href="/meetings/{{path}}">{{more}}</a></p></div>\
    {{/items}}{{/list}}{{/body}}{{/shell}}
    """

  func meetings(_ request: Request) async throws -> Response {
    let p = QueryParameters(request)
    func view(warnings: [String], list: [MeetingList]) -> Meetings {
      Meetings(
        person: p.get("person") ?? "", dyad: p.get("dyad") ?? "", from: p.get("from") ?? "",
        to: p.get("to") ?? "", warnings: warnings, list: list)
    }
    let q: MeetingQuery
    do {
      q = try p.meetingQuery(lexicon: lexicon)
    } catch let e as APIError {
      return HTML.response(status: e.status, view(warnings: [e.message], list: []), .meetings)
    }
    let page = try await store.meetingPage(matching: q)
    let items = page.items.map { m in
      let earlier = m.history.count - MeetingRecord.summaryReports
      return MeetingItem(
        head: MeetingHead(m, link: true),
        reports: m.latest(MeetingRecord.summaryReports).map(ReportItem.init),
        earlier: earlier > 0 ? "\(earlier) earlier report\(earlier == 1 ? "" : "s") · " : "",
        path: m.id.urlPath,
        more: earlier > 0
          ? "all \(m.history.count) reports from \(m.stories) stor\(m.stories == 1 ? "y" : "ies")"
          : "details")
    }
    let list = MeetingList(
      pageLine: .init(page, noun: "meeting", next: p.next("/meetings", offset: page.nextOffset)),
      items: items)
    return HTML.response(view(warnings: [], list: [list]), .meetings)
  }

  /// One meeting with a page of its reports.
  struct MeetingPage: HTML.View {
    let title: String
    let search = ""
    let head: MeetingHead
    /// "8 reports from 5 stories: 2 planned, 6 held".
    let counts: String
    let pageLine: HTML.PageLine
    let reports: [ReportItem]
  }

  static let meetingTemplate = """
    {{<shell}}{{$body}}{{#head}}{{>meetingHead}}{{/head}}<p class="muted">{{counts}}</p></div>\
    {{#pageLine}}{{>pageLine}}{{/pageLine}}<ul>{{#reports}}{{>report}}{{/reports}}</ul>{{/body}}{{/shell}}
    """

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
      return Self.notFound("No meeting \(id).")
    }
    let reports = Array(m.history.dropFirst(offset).prefix(limit))
    let page = Page(items: reports, total: m.history.count, limit: limit, offset: offset)
    let counts = MeetingRecord.Status.allCases.compactMap { s in
      m.statusCounts[s].map { "\($0) \(s.rawValue)" }
    }.joined(separator: ", ")
    let n = m.history.count
    let view = MeetingPage(
      title: m.participants.joined(separator: " – ") + (m.occasion.map { ", " + $0 } ?? ""),
      head: MeetingHead(m, link: false),
      counts:
        "\(n) report\(n == 1 ? "" : "s") from \(m.stories) stor\(m.stories == 1 ? "y" : "ies"): \(counts)",
      pageLine: .init(
        page, noun: "report", next: p.next("/meetings/\(m.id.urlPath)", offset: page.nextOffset)),
      reports: reports.map(ReportItem.init))
    return HTML.response(view, .meeting)
  }

  /// A meeting's heading, date, place and disagreements (written as an open `div`).
  struct MeetingHead: MustacheParent {
    /// Whether the heading links to the meeting's page (in a list).
    let linked: Bool
    let path: String
    let name: String
    let status: String
    let when: String
    let place: String
    /// Whether more disagreements were found than are shown, and how many of each.
    let cut: Bool
    let disagreements: Int
    let shown: Int
    let contradictions: [Contradiction]

    /// (By name, not by reflection: see `EventRow`.)
    func child(named name: String) -> Any? {
      switch name {
      case "linked": self.linked
      case "path": self.path
      case "name": self.name
      case "status": self.status
      case "when": self.when
      case "place": self.place
      case "cut": self.cut
      case "disagreements": self.disagreements
      case "shown": self.shown
      case "contradictions": self.contradictions
      default: nil
      }
    }

    struct Contradiction {
      let field: String
      let first: String
      let firstArticle: String
      let second: String
      let secondArticle: String
    }

    init(_ m: MeetingRecord, link: Bool) {
      // (A list shows the first few disagreements; the meeting's own page all of them.)
      let most = link ? MeetingRecord.summaryReports : Int.max
      linked = link
      path = m.id.urlPath
      name = m.participants.joined(separator: " – ") + (m.occasion.map { ", " + $0 } ?? "")
      status = m.status.rawValue
      when = m.date.map { "\($0.value) (\($0.precision))" } ?? "date unknown"
      place = m.place ?? "place unknown"
      cut = m.contradictions.count > most
      disagreements = m.contradictions.count
      shown = most
      contradictions = m.contradictions.prefix(most).map { c in
        Contradiction(
          field: c.field, first: c.first.value, firstArticle: c.first.articleId,
          second: c.second.value, secondArticle: c.second.articleId)
      }
    }
  }

  static let meetingHeadTemplate = """
    <div class="meeting"><h2>{{#linked}}<a href="/meetings/{{path}}">{{name}}</a>{{/linked}}{{^linked}}{{name}}{{/linked}} <span class="status">[{{status}}]</span></h2>
    <p>{{when}} · {{place}}</p>{{#cut}}<p class="warn">Sources disagree {{disagreements}} times; the first {{shown}}:</p>{{/cut}}\
    {{#contradictions}}<p class="warn">Sources disagree on the {{field}}: {{first}} ({{firstArticle}}) vs {{second}} ({{secondArticle}})</p>{{/contradictions}}
    """

  /// A report in a list: date, status, story and sentence.
  struct ReportItem: MustacheParent {
    let published: String
    let status: String
    let articlePath: String
    let articleId: String
    let retold: Bool
    /// The sentence's first 160 characters.
    let sentence: String

    init(_ r: MeetingRecord.Report) {
      published = r.published ?? ""
      status = r.status.rawValue
      articlePath = r.articleId.urlPath
      articleId = r.articleId
      retold = r.retold
      sentence = String(r.sentence.prefix(160))
    }

    /// (By name, not by reflection: see `EventRow`.)
    func child(named name: String) -> Any? {
      switch name {
      case "published": self.published
      case "status": self.status
      case "articlePath": self.articlePath
      case "articleId": self.articleId
      case "retold": self.retold
      case "sentence": self.sentence
      default: nil
      }
    }
  }

  static let reportTemplate = """
    <li>{{published}} <span class="status">{{status}}</span> <a href="/articles/{{articlePath}}">{{articleId}}</a>{{#retold}} <span class="muted">(retold)</span>{{/retold}}: {{sentence}}</li>
    """
}
