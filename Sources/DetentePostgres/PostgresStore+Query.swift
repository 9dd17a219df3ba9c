import DetenteCore
import DetenteStore
import Logging
import PostgresNIO

extension PostgresStore {
  /// A statement built with `?` placeholders (`EventQuery.sql`, `MeetingQuery.conditions`)
  /// as PostgreSQL's, with its arguments bound.
  static func query(_ sql: String, _ values: [SQLValue] = []) -> PostgresQuery {
    var binds = PostgresBindings(capacity: values.count)
    for v in values {
      switch v {
      case .text(let s): binds.append(s)
      case .integer(let i): binds.append(i)
      case .real(let d): binds.append(d)
      }
    }
    return PostgresQuery(unsafeSQL: SQLDialect.numbered(sql), binds: binds)
  }

  /// The first column of the first row, as a whole number (a count).
  static func count(_ c: PostgresConnection, _ q: PostgresQuery, _ logger: Logger) async throws
    -> Int
  {
    for try await n in try await c.query(q, logger: logger).decode(Int.self) { return n }
    return 0
  }

  /// Events from rows of `event` (its columns first) joined with their article (`a_id` …
  /// `a_date_source` after them).
  static func events(_ c: PostgresConnection, _ q: PostgresQuery, _ logger: Logger) async throws
    -> [Event]
  {
    try await records(c, q, logger).map { $0.0.event($0.1) }
  }

  /// The event records of such rows, with their article's reference.
  static func records(_ c: PostgresConnection, _ q: PostgresQuery, _ logger: Logger)
    async throws -> [(EventRecord, Event.ArticleRef)]
  {
    let width = EventRecord.columnNames.count
    var out: [(EventRecord, Event.ArticleRef)] = []
    for try await row in try await c.query(q, logger: logger) {
      let cells = row.makeRandomAccess()
      var r = PostgresColumns(cells)
      let record = try EventRecord(reading: &r)
      var a = PostgresColumns(cells, from: width)
      let ref = Event.ArticleRef(
        id: try a.text(), title: try a.text(), outlet: try a.optionalText(),
        url: try a.optionalText(), published: try a.optionalText(), dateSource: try a.text())
      out.append((record, ref))
    }
    return out
  }

  public func events(matching query: EventQuery) async throws -> [Event] {
    let (sql, values) = try query.sql(.postgres)
    let logger = self.logger
    return try await read { c in try await Self.events(c, Self.query(sql, values), logger) }
  }

  public func timelineEntries(matching query: EventQuery) async throws -> [Timeline.Entry] {
    let (sql, values) = try query.timelineSQL(.postgres)
    let logger = self.logger
    return try await read { c in
      var out: [Timeline.Entry] = []
      for try await row in try await c.query(Self.query(sql, values), logger: logger) {
        var r = PostgresColumns(row.makeRandomAccess())
        out.append(
          Timeline.Entry(
            id: try r.text(), day: try r.optionalText(), quadClass: try r.integer(),
            goldstein: try r.real()))
      }
      return out
    }
  }

  public func tallies(matching query: EventQuery, by grouping: EventTally.Grouping)
    async throws -> [EventTally]
  {
    let (sql, values) = try query.tallySQL(.postgres, by: grouping)
    let logger = self.logger
    return try await read { c in
      var out: [EventTally] = []
      for try await row in try await c.query(Self.query(sql, values), logger: logger) {
        var r = PostgresColumns(row.makeRandomAccess())
        let key = try (0..<grouping.texts).map { _ in try r.optionalText() ?? "" }
        let lat = try grouping.hasCoordinates ? r.optionalReal() : nil
        let lon = try grouping.hasCoordinates ? r.optionalReal() : nil
        out.append(
          EventTally(
            key: key, lat: lat, lon: lon, quadClass: try r.integer(), count: try r.integer(),
            goldsteinTenths: try r.next(Int?.self) ?? 0))
      }
      return out
    }
  }

  public func eventPage(matching query: EventQuery) async throws -> Page<Event> {
    let (countSQL, countValues) = try query.sql(.postgres, count: true)
    let (sql, values) = try query.sql(.postgres)
    let logger = self.logger
    return try await read { c in
      let total = try await Self.count(c, Self.query(countSQL, countValues), logger)
      let items = try await Self.events(c, Self.query(sql, values), logger)
      return Page(items: items, total: total, limit: query.limit ?? 0, offset: query.offset)
    }
  }

  public func event(id: String) async throws -> StoredEvent? {
    let logger = self.logger
    let sql =
      "SELECT \(EventQuery.eventColumns) FROM event e JOIN article a ON a.id = e.article_id WHERE e.id = ?"
    return try await read { c -> StoredEvent? in
      guard let e = try await Self.events(c, Self.query(sql, [.text(id)]), logger).first,
        let (_, a) = try await Self.article(c, id: e.article.id, logger)
      else { return nil }
      return StoredEvent(event: e, article: a)
    }
  }

  /// The columns of `article a`, in `ArticleRecord` order.
  static let articleColumns = ArticleRecord.CodingKeys.allCases.map { "a." + $0.rawValue }
    .joined(separator: ", ")

  /// Rows of `articleColumns` followed by the sentence and event counts, as stored articles
  /// (and their records).
  static func articles(_ c: PostgresConnection, _ q: PostgresQuery, _ logger: Logger)
    async throws -> [(ArticleRecord, StoredArticle)]
  {
    var out: [(ArticleRecord, StoredArticle)] = []
    for try await row in try await c.query(q, logger: logger) {
      var r = PostgresColumns(row.makeRandomAccess())
      let record = try ArticleRecord(reading: &r)
      out.append(
        (record, SQLiteStore.stored(record, sentences: try r.integer(), events: try r.integer())))
    }
    return out
  }

  /// A page of the stored articles, newest first.
  static func articles(
    _ c: PostgresConnection, limit: Int?, offset: Int, _ logger: Logger
  ) async throws -> [StoredArticle] {
    let sql = SQLiteStore.articlesSQL(
      limit: limit, offset: offset, .postgres, columns: articleColumns)
    return try await articles(c, PostgresQuery(unsafeSQL: sql), logger).map(\.1)
  }

  /// One stored article, its record and its listed form.
  static func article(_ c: PostgresConnection, id: String, _ logger: Logger) async throws
    -> (ArticleRecord, StoredArticle)?
  {
    let sql = """
      SELECT \(articleColumns), \
      (SELECT COUNT(*) FROM sentence s WHERE s.article_id = a.id), \
      (SELECT COUNT(*) FROM event e WHERE e.article_id = a.id) FROM article a WHERE a.id = ?
      """
    return try await articles(c, query(sql, [.text(id)]), logger).first
  }

  public func articles(limit: Int?, offset: Int) async throws -> [StoredArticle] {
    let logger = self.logger
    return try await read { c in
      try await Self.articles(c, limit: limit, offset: offset, logger)
    }
  }

  public func articlePage(limit: Int, offset: Int) async throws -> Page<StoredArticle> {
    let logger = self.logger
    return try await read { c in
      Page(
        items: try await Self.articles(c, limit: limit, offset: offset, logger),
        total: try await Self.count(c, "SELECT COUNT(*) FROM article", logger), limit: limit,
        offset: offset)
    }
  }

  public func counts() async throws -> (articles: Int, events: Int) {
    let logger = self.logger
    return try await read { c in
      (
        try await Self.count(c, "SELECT COUNT(*) FROM article", logger),
        try await Self.count(c, "SELECT COUNT(*) FROM event", logger)
      )
    }
  }

  public func overview(recent: Int) async throws -> StoreOverview {
    let logger = self.logger
    return try await read { c in
      StoreOverview(
        articles: try await Self.count(c, "SELECT COUNT(*) FROM article", logger),
        events: try await Self.count(c, "SELECT COUNT(*) FROM event", logger),
        clusters: try await Self.count(c, "SELECT COUNT(*) FROM cluster", logger),
        recent: try await Self.articles(c, limit: recent, offset: 0, logger))
    }
  }

  public func storedArticles() async throws -> [Article] {
    let logger = self.logger
    return try await read { c in
      var out: [Article] = []
      let sql = "SELECT \(Self.articleColumns) FROM article a ORDER BY a.id"
      for try await row in try await c.query(PostgresQuery(unsafeSQL: sql), logger: logger) {
        var r = PostgresColumns(row.makeRandomAccess())
        out.append(try ArticleRecord(reading: &r).article)
      }
      return out
    }
  }

  public func article(id: String) async throws -> ArticleDetail? {
    let logger = self.logger
    return try await read { c -> ArticleDetail? in
      guard let (record, stored) = try await Self.article(c, id: id, logger) else { return nil }
      var sentences: [(index: Int, text: String)] = []
      for try await (i, t) in try await c.query(
        "SELECT idx, text FROM sentence WHERE article_id = \(id) ORDER BY idx", logger: logger
      ).decode((Int, String).self) {
        sentences.append((i, t))
      }
      var q = EventQuery()
      q.article = id
      q.sort = .article
      let (sql, values) = try q.sql(.postgres)
      let events = try await Self.events(c, Self.query(sql, values), logger)
      return ArticleDetail(
        article: stored, sentences: sentences, mentions: record.mentions, events: events)
    }
  }
}
