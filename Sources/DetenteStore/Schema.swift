import GRDB

/// The database schema, as migrations applied in order. A database made by an older version
/// is brought up to date when it is opened.
enum Schema {
  static var migrator: DatabaseMigrator {
    var m = DatabaseMigrator()
    m.registerMigration("v1: articles, sentences, mentions, events, full-text search", migrate: v1)
    m.registerMigration("v2: linked events (clusters) and occasions", migrate: v2)
    m.registerMigration("v3: the sides of events found by reference", migrate: v3)
    m.registerMigration("v4: the people and mode of linked meetings", migrate: v4)
    m.registerMigration("v5: the later sentences that tell an event again", migrate: v5)
    m.registerMigration(
      "v6: mentions kept with their article; new sentences indexed per transaction", migrate: v6)
    m.registerMigration(
      "v7: indexes for the first page of events and of articles, and for counting", migrate: v7)
    m.registerMigration(
      "v8: the date-order indexes both ways, with the sides and the code; the dyad index",
      migrate: v8)
    m.registerMigration(
      "v9: indexes for search counts, the Goldstein order, people and outlets", migrate: v9)
    return m
  }

  /// V1: articles, sentences, mentions, events, full-text search.
  static func v1(_ db: Database) throws {
    try db.create(table: "article") { t in
      t.primaryKey("id", .text)
      t.column("content_hash", .text).notNull()
      t.column("title", .text).notNull()
      t.column("outlet", .text)
      t.column("url", .text)
      t.column("published", .text)
      t.column("date_source", .text).notNull()
      t.column("path", .text).notNull()
      t.column("body", .text).notNull()
      t.column("ingested_at", .text).notNull()
    }
    try db.create(table: "sentence") { t in
      t.autoIncrementedPrimaryKey("id")
      t.column("article_id", .text).notNull().indexed()
        .references("article", onDelete: .cascade)
      t.column("idx", .integer).notNull()
      t.column("text", .text).notNull()
      t.uniqueKey(["article_id", "idx"])
    }
    try db.create(virtualTable: "sentence_fts", using: FTS5()) { t in
      t.synchronize(withTable: "sentence")
      t.tokenizer = .unicode61()
      t.column("text")
    }
    try db.create(table: "mention") { t in
      t.autoIncrementedPrimaryKey("id")
      t.column("article_id", .text).notNull().indexed()
        .references("article", onDelete: .cascade)
      t.column("sentence_index", .integer).notNull()
      t.column("kind", .text).notNull()
      t.column("text", .text).notNull()
      t.column("code", .text).notNull()
      t.column("person", .text)
      t.column("token_start", .integer).notNull()
      t.column("token_end", .integer).notNull()
    }
    try db.create(table: "event") { t in
      t.primaryKey("id", .text)
      t.column("article_id", .text).notNull().indexed()
        .references("article", onDelete: .cascade)
      t.column("ordinal", .integer).notNull()
      t.column("sentence_index", .integer).notNull()
      t.column("sentence_text", .text).notNull()
      for side in ["source", "target"] {
        t.column("\(side)_text", .text)
        t.column("\(side)_code", .text)
        t.column("\(side)_country", .text)
        t.column("\(side)_role", .text)
        t.column("\(side)_person", .text)
      }
      t.column("cameo", .text).notNull()
      t.column("root", .text).notNull()
      t.column("plover", .text)
      t.column("plover_mode", .text)
      t.column("goldstein", .double).notNull()
      t.column("quad_class", .integer).notNull()
      t.column("modality", .text).notNull()
      t.column("date", .text)
      t.column("date_precision", .text)
      t.column("date_text", .text)
      t.column("date_first", .text)
      t.column("date_last", .text)
      t.column("location_text", .text)
      t.column("location_name", .text)
      t.column("location_country", .text)
      t.column("lat", .double)
      t.column("lon", .double)
      t.column("symmetric", .boolean).notNull()
      t.column("topics", .text).notNull()
      t.column("attribution_text", .text)
      t.column("attribution_code", .text)
      t.column("evidence", .text).notNull()
      t.column("rule", .text).notNull()
      t.column("rule_source", .text).notNull()
      t.column("trigger_start", .integer).notNull()
      t.column("trigger_end", .integer).notNull()
    }
    try db.create(index: "event_source_country", on: "event", columns: ["source_country"])
    try db.create(index: "event_target_country", on: "event", columns: ["target_country"])
    try db.create(index: "event_cameo", on: "event", columns: ["cameo"])
    try db.create(index: "event_date", on: "event", columns: ["date_first", "date_last"])
  }

  /// V2: linked events (clusters) and occasions.
  static func v2(_ db: Database) throws {
    try db.alter(table: "event") { t in
      t.add(column: "occasion_key", .text)
      t.add(column: "occasion", .text)
    }
    try db.create(table: "cluster") { t in
      t.primaryKey("id", .text)
      t.column("key", .text).notNull().indexed()
      t.column("event_class", .text).notNull()
      t.column("occasion", .text)
      t.column("place_country", .text)
      t.column("date_first", .text)
      t.column("date_last", .text)
      t.column("published_first", .text)
      t.column("published_last", .text)
      t.column("size", .integer).notNull()
    }
    try db.create(table: "cluster_member") { t in
      t.primaryKey("event_id", .text).references("event", onDelete: .cascade)
      t.column("cluster_id", .text).notNull().indexed()
        .references("cluster", onDelete: .cascade)
    }
  }

  /// V3: the sides of events found by reference.
  static func v3(_ db: Database) throws {
    try db.alter(table: "event") { t in t.add(column: "reference_json", .text) }
  }

  /// V4: the people and mode of linked meetings.
  static func v4(_ db: Database) throws {
    try db.alter(table: "cluster") { t in
      t.add(column: "people", .text)
      t.add(column: "mode", .text)
    }
    // The people of meetings linked before: every person their events name.
    try db.execute(
      sql: """
        UPDATE cluster SET people = (SELECT group_concat(p, '|') FROM (
          SELECT DISTINCT e.source_country || '=' || e.source_person AS p
            FROM cluster_member m JOIN event e ON e.id = m.event_id
            WHERE m.cluster_id = cluster.id AND e.source_person IS NOT NULL
          UNION
          SELECT DISTINCT e.target_country || '=' || e.target_person
            FROM cluster_member m JOIN event e ON e.id = m.event_id
            WHERE m.cluster_id = cluster.id AND e.target_person IS NOT NULL
          ORDER BY 1))
        """)
  }

  /// V5: the later sentences that tell an event again.
  static func v5(_ db: Database) throws {
    try db.alter(table: "event") { t in t.add(column: "retold_json", .text) }
  }

  /// V6: mentions kept with their article; new sentences indexed per transaction.
  static func v6(_ db: Database) throws {
    try db.alter(table: "article") { t in t.add(column: "mentions", .text) }
    // The same JSON array `MentionList.json` writes, in the order the mentions were stored.
    try db.execute(
      sql: """
        UPDATE article SET mentions = (SELECT json_group_array(json_array(
            sentence_index, kind, text, code, person, token_start, token_end))
          FROM (SELECT * FROM mention WHERE mention.article_id = article.id ORDER BY id))
        """)
    try db.drop(table: "mention")
    // (article_id, idx) is unique, and that index serves every lookup by article.
    try db.drop(index: "sentence_on_article_id")
    // Ingest indexes a transaction's new sentences by one statement (`WriteBatch.flush`);
    // deletes and updates still reach the index through their triggers.
    try db.execute(sql: "DROP TRIGGER IF EXISTS __sentence_fts_ai")
  }

  /// V7: indexes for the first page of events and of articles, and for counting.
  static func v7(_ db: Database) throws {
    // The order events are listed in by default (undated last), so that a page of them is
    // read off the index instead of sorting every event.
    try db.execute(
      sql: "CREATE INDEX event_by_date ON event(date_first IS NULL, date_first)")
    try db.create(index: "article_by_published", on: "article", columns: ["published", "id"])
    // Counting the matches of the filters that had no index (every page is counted), codes
    // (an organisation and its parts), and the Goldstein order.
    for column in ["plover", "quad_class", "modality", "source_code", "target_code", "goldstein"] {
      try db.create(index: "event_\(column)", on: "event", columns: [column])
    }
  }

  /// V8: the date-order indexes both ways, with the sides and the code; the dyad index.
  static func v8(_ db: Database) throws {
    // The countries and the code ride along, so that a page read off the index in date order
    // tests those filters on the index and reads only the rows that match. The second is read
    // backwards for newest first: dated events first, the latest first, then the undated.
    try db.execute(sql: "DROP INDEX event_by_date")
    let columns = "date_first, source_country, target_country, cameo"
    try db.execute(sql: "CREATE INDEX event_by_date ON event(date_first IS NULL, \(columns))")
    try db.execute(
      sql: "CREATE INDEX event_by_date_desc ON event(date_first IS NOT NULL, \(columns))")
    // A dyad (and a source and a target) counted on one index; it serves a source alone too.
    try db.execute(sql: "DROP INDEX event_source_country")
    try db.create(
      index: "event_sides", on: "event", columns: ["source_country", "target_country"])
  }

  /// V9: indexes for search counts, the Goldstein order, people and outlets.
  static func v9(_ db: Database) throws {
    // A search is counted by the (article, sentence) pairs its sentences give: one entry each
    // on this index instead of every event row of each article. It serves every lookup by
    // article, in place of the index on the article alone (the same size).
    try db.execute(sql: "DROP INDEX event_on_article_id")
    try db.create(
      index: "event_article_sentence", on: "event", columns: ["article_id", "sentence_index"])
    // The whole Goldstein order, ties and all: a page is read off it without sorting every
    // event of the first score (some 33 bytes an event more than the score alone).
    try db.execute(sql: "DROP INDEX event_goldstein")
    try db.create(
      index: "event_goldstein", on: "event", columns: ["goldstein", "article_id", "ordinal"])
    // Only the events that name a person, with both names: a person's events are found by
    // reading this (a third of the events, some 10 bytes an event) instead of every row.
    try db.execute(
      sql: """
        CREATE INDEX event_people ON event(source_person, target_person) \
        WHERE source_person IS NOT NULL OR target_person IS NOT NULL
        """)
    // The articles of an outlet, as the filter compares it (case-folded), with their ids (the
    // outlet itself too: SQLite reads an index whole only when it holds every column read).
    try db.execute(sql: "CREATE INDEX article_outlet ON article(lower(outlet), outlet, id)")
  }
}
