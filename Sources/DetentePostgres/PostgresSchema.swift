import DetenteStore
import Foundation
import PostgresNIO

/// The PostgreSQL schema, as numbered migrations applied in order when a store is opened. It
/// holds the SQLite store's tables with the same columns in the same order (so that a row reads
/// into the same records), text compared byte by byte (`COLLATE "C"`, SQLite's way: codes,
/// dates and ids sort and range the same), and the sentences' words in a `tsvector` column
/// with a GIN index instead of FTS5.
enum PostgresSchema {
  /// Text compared byte by byte.
  static let text = "TEXT COLLATE \"C\""

  /// The migrations, by name (`p1: …`), in the order they are applied.
  static let migrations: [(name: String, sql: String)] = [
    ("p1: articles, sentences, events, full-text search, linked meetings", first),
    ("p2: the work queue", queue),
  ]

  static var first: String {
    let t = text
    let eventColumns = EventRecord.columnNames.map { name -> String in
      let type: String
      switch name {
      case "id": type = "\(t) PRIMARY KEY"
      case "article_id": type = "\(t) NOT NULL REFERENCES article(id) ON DELETE CASCADE"
      case "ordinal", "sentence_index", "quad_class", "trigger_start", "trigger_end":
        type = "BIGINT NOT NULL"
      case "goldstein": type = "DOUBLE PRECISION NOT NULL"
      case "lat", "lon": type = "DOUBLE PRECISION"
      case "symmetric": type = "BOOLEAN NOT NULL"
      case "sentence_text", "cameo", "root", "modality", "topics", "evidence", "rule",
        "rule_source":
        type = "\(t) NOT NULL"
      default: type = t
      }
      // (Quoted: `symmetric` is one of PostgreSQL's reserved words.)
      return "\"\(name)\" \(type)"
    }.joined(separator: ", ")
    return """
      CREATE TABLE article (id \(t) PRIMARY KEY, content_hash \(t) NOT NULL, title \(t) NOT NULL,
        outlet \(t), url \(t), published \(t), date_source \(t) NOT NULL, path \(t) NOT NULL,
        body \(t) NOT NULL, ingested_at \(t) NOT NULL, mentions \(t));
      CREATE INDEX article_by_published ON article (published, id);
      CREATE TABLE sentence (id BIGSERIAL PRIMARY KEY,
        article_id \(t) NOT NULL REFERENCES article(id) ON DELETE CASCADE,
        idx BIGINT NOT NULL, text \(t) NOT NULL, search TSVECTOR NOT NULL,
        UNIQUE (article_id, idx));
      CREATE INDEX sentence_search ON sentence USING GIN (search);
      CREATE TABLE event (\(eventColumns));
      CREATE INDEX event_article ON event (article_id, ordinal);
      CREATE INDEX event_sides ON event (source_country, target_country);
      CREATE INDEX event_target_country ON event (target_country);
      CREATE INDEX event_cameo ON event (cameo);
      CREATE INDEX event_date ON event (date_first, date_last);
      CREATE INDEX event_plover ON event (plover);
      CREATE INDEX event_quad_class ON event (quad_class);
      CREATE INDEX event_modality ON event (modality);
      CREATE INDEX event_source_code ON event (source_code);
      CREATE INDEX event_target_code ON event (target_code);
      CREATE INDEX event_goldstein ON event (goldstein);
      CREATE TABLE cluster (id \(t) PRIMARY KEY, key \(t) NOT NULL, event_class \(t) NOT NULL,
        occasion \(t), place_country \(t), date_first \(t), date_last \(t),
        published_first \(t), published_last \(t), size BIGINT NOT NULL, people \(t), mode \(t),
        seq BIGSERIAL NOT NULL);
      CREATE INDEX cluster_key ON cluster (key, seq);
      CREATE TABLE cluster_member (
        event_id \(t) PRIMARY KEY REFERENCES event(id) ON DELETE CASCADE,
        cluster_id \(t) NOT NULL REFERENCES cluster(id) ON DELETE CASCADE);
      CREATE INDEX cluster_member_cluster ON cluster_member (cluster_id);
      """
  }

  /// The work queue of `detente queue` and `detente worker`: one row per piece (a file, or a
  /// block of a JSON Lines file by its byte range).
  static var queue: String {
    let t = text
    return """
      CREATE TABLE work_piece (id BIGSERIAL PRIMARY KEY, path \(t) NOT NULL,
        first_byte BIGINT, end_byte BIGINT, first_line BIGINT NOT NULL DEFAULT 1,
        state \(t) NOT NULL DEFAULT 'waiting', worker \(t), lease_until TIMESTAMPTZ,
        attempts BIGINT NOT NULL DEFAULT 0, articles BIGINT, events BIGINT, problems \(t),
        added_at TIMESTAMPTZ NOT NULL DEFAULT now(), done_at TIMESTAMPTZ,
        UNIQUE (path, first_byte));
      CREATE INDEX work_piece_waiting ON work_piece (state, id);
      """
  }

  /// A lock id for the schema: every process that opens the database takes it while it looks
  /// at the migrations, so two opening a new database at once apply them once.
  static let lock: Int64 = 0x6465_7465_6e74_6501
}

extension PostgresStore {
  /// Applies the migrations the database lacks, in one transaction under the schema's lock;
  /// refuses a database a newer Detente changed.
  func migrate() async throws {
    try await transaction { c in
      try await c.query("SELECT pg_advisory_xact_lock(\(PostgresSchema.lock))", logger: logger)
      try await c.query(
        """
        CREATE TABLE IF NOT EXISTS detente_migration (name TEXT COLLATE "C" PRIMARY KEY,
          applied_at TIMESTAMPTZ NOT NULL DEFAULT now())
        """, logger: logger)
      let applied = try await Self.applied(c, logger)
      let known = Set(PostgresSchema.migrations.map(\.name))
      let unknown = applied.filter { !known.contains($0) }.sorted()
      if !unknown.isEmpty {
        throw SchemaTooNew(unknown: unknown, known: PostgresSchema.migrations.count)
      }
      for m in PostgresSchema.migrations where !applied.contains(m.name) {
        // (One statement at a time: the extended protocol takes one per query.)
        for statement in m.sql.split(separator: ";") {
          let sql = statement.trimmingCharacters(in: .whitespacesAndNewlines)
          if !sql.isEmpty { try await c.query(PostgresQuery(unsafeSQL: sql), logger: logger) }
        }
        try await c.query(
          "INSERT INTO detente_migration (name) VALUES (\(m.name))", logger: logger)
      }
    }
  }

  /// The names of the migrations applied.
  static func applied(_ c: PostgresConnection, _ logger: Logger) async throws -> Set<String> {
    var names = Set<String>()
    for try await name in try await c.query(
      "SELECT name FROM detente_migration", logger: logger
    ).decode(String.self) {
      names.insert(name)
    }
    return names
  }
}
