import DetenteCore
import Testing

@Suite("Lexicons")
struct LexiconTests {
  @Test("the bundled lexicons build without a single error")
  func bundled() throws {
    let (lex, errors) = Lexicon.build(try Lexicon.bundledSources())
    #expect(errors.isEmpty, "\(errors)")
    #expect(lex.countries.count > 100)
    #expect(lex.cameo.count > 150)
    #expect(lex.patterns.count > 100)
  }

  @Test("every CAMEO root 01–20 has a code, and every pattern's code is in the table")
  func cameoRoots() {
    let lex = Support.lexicon
    for root in 1...20 {
      let r = root < 10 ? "0\(root)" : "\(root)"
      #expect(lex.cameo.keys.contains { $0.hasPrefix(r) }, "root \(r)")
    }
    for p in lex.patterns where !p.isExclusion { #expect(lex.cameo[p.cameo] != nil, "\(p.id)") }
    #expect(lex.cameo["036"]?.plover == "AGREE")
    #expect(lex.cameo["042"]?.mode == "visit")
    #expect(lex.cameo["172"]?.quadClass == 4)
    #expect(lex.cameo["020"]?.quadClass == 1)
  }

  @Test("errors name the file and line: unknown codes, bad dates, duplicates, unknown sections")
  func errors() {
    let text = """
      [people]
      Jane Doe | XXXGOV | president | 2010-01-01 |
      John Roe | RUSGOV | president | 2010-13-01 |
      [places]
      Atlantis | GRC | 36.4 | 25.4 | city
      Atlantis | GRC | 36.4 | 25.4 | city
      [events]
      zap | 999 | +zap | obj |
      [weather]
      """
    var sources = (try? Lexicon.bundledSources()) ?? []
    sources.append(("user.lex", text))
    let (_, errors) = Lexicon.build(sources, userCount: 1)
    let lines = errors.filter { $0.file == "user.lex" }.map(\.line)
    #expect(lines == [2, 3, 6, 8, 9], "\(errors)")
    #expect(
      errors.first { $0.line == 2 }!.description.hasPrefix("user.lex:2: error: unknown country"))
  }

  @Test(
    "records are read from files with Windows line ends, comments after \" #\" and fields in any spacing"
  )
  func lineEnds() {
    let text =
      "[events]\r\nmy-hail | 051 | +hail | obj |  # praise\r\n\r\n  # a comment\r\n[examples]\r\nmy-hail|France hailed Germany.|FRA|DEU|2020-01-06\r\n"
    let (records, errors) = LexiconRecord.parse(text, file: "crlf.lex")
    #expect(errors.isEmpty, "\(errors)")
    #expect(records.map(\.line) == [2, 6])
    #expect(records.first?.fields == ["my-hail", "051", "+hail", "obj", ""])
    #expect(
      records.last?.fields == ["my-hail", "France hailed Germany.", "FRA", "DEU", "2020-01-06"])
    #expect(records.last?.section == "examples")
  }

  @Test("a user lexicon adds a person that then resolves")
  func userEntries() throws {
    var sources = try Lexicon.bundledSources()
    sources.append(
      ("mine.lex", "[people]\nAda Example | FRAGOV | foreign minister | 2030-01-01 |\n"))
    let (lex, errors) = Lexicon.build(sources, userCount: 1)
    #expect(errors.isEmpty)
    let found = LexiconLookup(lexicon: lex).lookup(
      "the French foreign minister", date: CivilDate(year: 2031, month: 1, day: 1)!)
    #expect(found.contains { $0.contains("Ada Example") })
  }

  @Test("a pattern's @list stands for every word of a [wordlists] list; a user's list adds to it")
  func wordLists() throws {
    let text = """
      [wordlists]
      @censure-adjectives | gormless
      @greetings | +hail; salute
      [events]
      hail-x | 051 | @greetings | obj |
      bad-list | 051 | +cheer * @nowhere | in |
      [wordlists]
      nameless | word
      """
    var sources = try Lexicon.bundledSources()
    sources.append(("mine.lex", text))
    let (lex, errors) = Lexicon.build(sources, userCount: 1)
    let mine = errors.filter { $0.file == "mine.lex" }
    #expect(mine.map(\.line) == [6, 8], "\(errors)")
    // A list checks its own words at its own line, once per file.
    let (_, listErrors) = Lexicon.build(
      (try Lexicon.bundledSources())
        + [("lists.lex", "[wordlists]\n@odd | two words\n@odd | again\n")], userCount: 1)
    #expect(listErrors.filter { $0.file == "lists.lex" }.map(\.line) == [2, 3], "\(listErrors)")
    #expect(mine.first?.description.contains("unknown word list \"@nowhere\"") == true)
    let coder = EventCoder(lexicon: lex)
    func events(_ body: String) -> [Event] {
      let (article, _) = CrawlTextReader().read(
        "# T\n\n2020-05-01\n\n" + body, id: "w", path: "w.txt")
      return coder.code(article)
    }
    // The user's word joins the bundled list; the list's +verb has its forms.
    let judged = events("Germany called the Russian plan gormless.")
    #expect(
      judged.contains { $0.rule.hasPrefix("verb:called-adjective") && $0.target?.code == "RUS" })
    let hailed = events("Japan hailed Australia on Monday.")
    #expect(hailed.contains { $0.rule.hasPrefix("verb:hail-x") && $0.target?.code == "AUS" })
  }

  @Test("a gap *N spans up to N words; a gap outside 1–12 words is an error with its line")
  func gapLimits() throws {
    let text = """
      [events]
      long-praise | 051 | +praise *9 courage | in |
      bad-gap | 051 | +laud *13 courage | in |
      bad-gap-2 | 051 | +laud *x courage | in |
      short-praise | 051 | +extol * courage | in |
      only-passive | 173 | +nab[nabbed,nabbing] | obj | passive
      """
    var sources = try Lexicon.bundledSources()
    sources.append(("gaps.lex", text))
    let (lex, errors) = Lexicon.build(sources, userCount: 1)
    #expect(errors.filter { $0.file == "gaps.lex" }.map(\.line) == [3, 4], "\(errors)")
    let coder = EventCoder(lexicon: lex)
    func rules(_ body: String) -> [String] {
      let (article, _) = CrawlTextReader().read(
        "# T\n\n2020-05-01\n\n" + body, id: "g", path: "g.txt")
      return coder.code(article).map(\.rule)
    }
    // Eight words between: past the six of "*", within the nine of "*9"; twelve are too many.
    #expect(
      rules("Japan praised the brave rescue teams from Australia for great courage.")
        .contains { $0.hasPrefix("verb:long-praise") })
    #expect(
      !rules(
        "Japan praised the brave rescue teams from Australia and New Zealand for their great courage."
      ).contains { $0.hasPrefix("verb:long-praise") })
    // A plain * still stops at six words.
    #expect(
      !rules("Japan extolled the brave rescue teams from Australia for great courage.")
        .contains { $0.hasPrefix("verb:short-praise") })
    #expect(
      rules("Japan extolled the rescue teams from Australia for courage.")
        .contains { $0.hasPrefix("verb:short-praise") })
    // A passive-only pattern skips the active verb.
    #expect(
      !rules("Iranian police nabbed two British diplomats on Friday.").contains {
        $0.hasPrefix("verb:only-passive")
      })
    #expect(
      rules("Two British diplomats were nabbed by Iranian police on Friday.").contains {
        $0.hasPrefix("verb:only-passive")
      })
  }

  @Test("verb inflections, regular and irregular")
  func inflections() {
    #expect(
      Set(EventPattern.inflections("meet", extra: ["met"])) == [
        "meet", "meets", "meeted", "meeting", "met",
      ])
    #expect(EventPattern.inflections("urge", extra: []).contains("urging"))
    #expect(EventPattern.inflections("apply", extra: []).contains("applied"))
    #expect(EventPattern.inflections("free", extra: []).contains("freeing"))
  }
}
