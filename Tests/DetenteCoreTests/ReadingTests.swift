import DetenteCore
import Foundation
import Testing

@Suite("Reading articles")
struct ReadingTests {
  let crawl = """
     


    # Leaders Plan Talks

    By [The  Example   Times](#)

    October 03, 2013



    The first paragraph mentions [a link](#) inside.

    Second paragraph.

    Related articles:

    - [Other story](#)

    Original url:

    <https://example.org/story>
    """

  @Test("the crawled layout: title, byline, date, body, trailers")
  func crawled() {
    let (a, problems) = CrawlTextReader().read(crawl, id: "x", path: "x.txt")
    #expect(problems.isEmpty)
    #expect(a.title == "Leaders Plan Talks")
    #expect(a.outlet == "The Example Times")
    #expect(a.published == CivilDate(year: 2013, month: 10, day: 3))
    #expect(a.url == "https://example.org/story")
    #expect(a.paragraphs == ["The first paragraph mentions a link inside.", "Second paragraph."])
  }

  @Test("a date line after a plain-text byline")
  func dateAfterByline() {
    let text = "Title Here\n\nApril 16, 2013\n\nThe  Moscow Times\n\nBody text here.\n"
    let (a, _) = CrawlTextReader().read(text, id: "y", path: "y.txt")
    #expect(a.published == CivilDate(year: 2013, month: 4, day: 16))
    #expect(a.outlet == "The Moscow Times")
    #expect(a.paragraphs == ["Body text here."])
  }

  @Test("RELATED and Also read lines (other stories' headlines) stay out of the body")
  func promoLines() {
    let text =
      "# Title\n\nMay 7, 2025\n\nSudan cut ties with the UAE on Tuesday.\n\nRELATED: U.N. court rejects Sudan case against UAE\n\nAlso read: Egypt sends arms to Somalia\n\nThe UAE said it did not recognise the decision.\n"
    let (a, _) = CrawlTextReader().read(text, id: "z", path: "z.txt")
    #expect(
      a.paragraphs == [
        "Sudan cut ties with the UAE on Tuesday.",
        "The UAE said it did not recognise the decision.",
      ])
  }

  @Test("HTML: a paragraph that points to another story stays out of the body")
  func htmlPromo() {
    let page =
      "<html><head><title>T</title><meta name=\"date\" content=\"2025-05-07\"></head><body><p>Sudan cut ties with the UAE.</p><p>Also read: Egypt arms Somalia</p><p>The UAE objected.</p></body></html>"
    let (a, _) = HTMLReader().read(page, id: "h", path: "h.html")
    #expect(a.paragraphs == ["Sudan cut ties with the UAE.", "The UAE objected."])
  }

  @Test("HTML: meta tags, paragraphs, entities; scripts ignored")
  func html() {
    let page = """
      <!doctype html><html><head><title>Ignored</title>
      <meta property="og:title" content="Summit &amp; Talks">
      <meta property="article:published_time" content="2019-06-28T10:00:00Z">
      <meta property="og:site_name" content="Example News"><link rel="canonical" href="https://example.org/a">
      <script>var x = "<p>not text</p>";</script></head>
      <body><nav><p>Menu</p></nav><p>Leaders met in <b>Osaka</b>.</p><p>It&#39;s over.</p></body></html>
      """
    let (a, problems) = HTMLReader().read(page, id: "h", path: "h.html")
    #expect(problems.isEmpty)
    #expect(a.title == "Summit & Talks")
    #expect(a.published == CivilDate(year: 2019, month: 6, day: 28))
    #expect(a.outlet == "Example News")
    #expect(a.url == "https://example.org/a")
    #expect(a.paragraphs == ["Leaders met in Osaka.", "It's over."])
  }

  @Test("JSON Lines: good records read, a malformed line reported with its number")
  func jsonLines() {
    let text = """
      {"id":"a1","title":"T","published":"2020-01-02","text":"One.\\n\\nTwo."}
      {not json
      {"id":"a3","title":"T3","text":"Three."}
      """
    let (articles, problems) = JSONLinesReader().read(text, stem: "batch", path: "batch.jsonl")
    #expect(articles.map(\.id) == ["a1", "a3"])
    #expect(articles[0].paragraphs == ["One.", "Two."])
    #expect(problems.count == 1)
    #expect(problems[0].line == 2)
    #expect(problems[0].description.hasPrefix("batch.jsonl:2: error:"))
  }

  @Test("strict dates: YYYY-MM-DD only, impossible days refused")
  func strictDates() {
    #expect(CivilDate.strict("2013-10-07") == CivilDate(year: 2013, month: 10, day: 7))
    #expect(CivilDate.strict("2012-02-29") == CivilDate(year: 2012, month: 2, day: 29))
    for bad in [
      "2013-02-30", "2013-13-01", "2013-1-07", "2013-10-7", "13-10-07", "2013-10-0x", "2013/10/07",
      "2013-10-07T", "", "2013-10", "2013",
    ] {
      #expect(CivilDate.strict(bad) == nil, "\(bad)")
    }
  }

  @Test("dates in the forms articles print them")
  func dates() {
    #expect(DateParser.parse("October 03, 2013") == CivilDate(year: 2013, month: 10, day: 3))
    #expect(DateParser.parse("3 October 2013") == CivilDate(year: 2013, month: 10, day: 3))
    #expect(DateParser.parse("Oct. 3, 2013") == CivilDate(year: 2013, month: 10, day: 3))
    #expect(DateParser.parse("2013-10-03T08:00:00Z") == CivilDate(year: 2013, month: 10, day: 3))
    #expect(
      DateParser.parse("Thursday, October 3, 2013") == CivilDate(year: 2013, month: 10, day: 3))
    #expect(DateParser.parse("February 30, 2013") == nil)
    #expect(CivilDate(year: 2013, month: 10, day: 3)!.weekday == 4)
  }
}

@Suite("Bad input")
struct BadInputTests {
  func write(_ dir: URL, _ name: String, _ bytes: [UInt8]) -> String {
    let p = dir.appendingPathComponent(name).path
    FileManager.default.createFile(atPath: p, contents: Data(bytes))
    return p
  }

  @Test("every bad file is reported by name and the good one is still read")
  func mixed() throws {
    let dir = Support.temporaryFolder()
    let good = write(dir, "good.txt", Array("# T\n\nMay 1, 2020\n\nRussia met China.\n".utf8))
    let empty = write(dir, "empty.txt", [])
    let binary = write(dir, "binary.txt", [0x50, 0x4B, 0x00, 0x01, 0x02])
    let latin1 = write(
      dir, "latin.txt", Array("# T\n\nCaf".utf8) + [0xE9] + Array(" talks.\n".utf8))
    let noDate = write(dir, "nodate.txt", Array("# T\n\nRussia met China.\n".utf8))
    let unreadable = write(dir, "secret.txt", Array("x".utf8))
    try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: unreadable)
    defer {
      try? FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: unreadable)
    }
    let missing = dir.appendingPathComponent("missing.txt").path
    let result = ArticleLoader(fallback: .fileTime).load([
      good, empty, binary, latin1, noDate, missing, unreadable,
    ])
    // root can read a file without permissions; everyone else cannot
    #expect(
      result.articles.map(\.id).sorted().filter { $0 != "secret" || getuid() == 0 } == [
        "good", "nodate",
      ] + (getuid() == 0 ? ["secret"] : []))
    func problem(_ path: String) -> ReadError? { result.problems.first { $0.path == path } }
    #expect(problem(empty)?.kind == .empty)
    #expect(problem(binary)?.kind == .binary)
    #expect(problem(latin1)?.kind == .notUTF8)
    #expect(problem(latin1)?.line == 3)
    #expect(problem(missing)?.kind == .missing)
    #expect(problem(noDate)?.kind == .noDate)
    #expect(result.articles.first { $0.id == "nodate" }?.dateSource == .fileTime)
    if getuid() != 0 { #expect(problem(unreadable)?.kind == .unreadable) }
    #expect(result.hasErrors)
  }

  @Test("--date is used for an article without one and marked as such")
  func explicitDate() {
    let dir = Support.temporaryFolder()
    let p = write(dir, "nodate.txt", Array("# T\n\nRussia met China.\n".utf8))
    let r = ArticleLoader(fallback: .date(CivilDate(year: 2020, month: 5, day: 1)!)).load([p])
    #expect(r.articles.first?.published == CivilDate(year: 2020, month: 5, day: 1))
    #expect(r.articles.first?.dateSource == .option)
  }

  @Test("folders are read recursively in a stable order")
  func folders() throws {
    let dir = Support.temporaryFolder()
    let sub = dir.appendingPathComponent("b")
    try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
    _ = write(dir, "z.txt", Array("# Z\n\nMay 1, 2020\n\nText.\n".utf8))
    _ = write(sub, "a.txt", Array("# A\n\nMay 1, 2020\n\nText.\n".utf8))
    _ = write(dir, "ignored.bin", [1, 2, 3])
    let (files, problems) = ArticleLoader().expand([dir.path])
    #expect(problems.isEmpty)
    #expect(files.map { ($0 as NSString).lastPathComponent } == ["a.txt", "z.txt"])
  }
}
