import DetenteCore
import DetenteStore
import Mustache
import Testing

@testable import DetenteServer

/// The row types that hand their values to the templates by name (`MustacheParent`) must hand
/// every stored property under its own name, as reflection would.
@Suite("Pages: values handed to templates by name")
struct TemplateValueTests {
  /// Whether `child(named:)` gives each stored property of `v`, under its name.
  func agrees(_ v: some MustacheParent) -> [String] {
    Mirror(reflecting: v).children.compactMap { c in
      guard let label = c.label else { return nil }
      let given = v.child(named: label).map { String(describing: $0) }
      return given == String(describing: c.value) ? nil : label
    }
  }

  @Test("an event row, a meeting in the list, its head and its reports")
  func rowsAgree() async throws {
    let row = PageRoutes.EventRow(
      date: "2013-09-05", path: "e-1", cameo: "042", source: "USA", target: "RUS",
      modality: "occurred", articlePath: "a", sentence: "Obama met Putin.")
    #expect(agrees(row).isEmpty)
    let store = try await ServerSupport.store()
    let meetings = try await store.meetings(matching: MeetingQuery())
    #expect(!meetings.isEmpty)
    for m in meetings {
      let head = PageRoutes.MeetingHead(m, link: true)
      #expect(agrees(head).isEmpty, "\(m.id)")
      for r in m.history.map(PageRoutes.ReportItem.init) { #expect(agrees(r).isEmpty) }
      let item = PageRoutes.MeetingItem(
        head: head, reports: [], earlier: "", path: m.id, more: "details")
      #expect(agrees(item).isEmpty)
    }
  }
}
