import DetenteCore
import DetenteStore
import Foundation
import Logging
import PostgresNIO

/// A piece of work in the queue: a whole file (`block` nil) or a block of a JSON Lines file.
public struct QueuedPiece: Sendable, Hashable {
  /// The queue's id for it.
  public var id: Int
  /// The file, as every worker must be able to open it (an absolute path on a shared disk).
  public var path: String
  public var block: FileBlock?
  /// How many times a worker has taken it (this time included).
  public var attempts: Int

  public init(id: Int = 0, path: String, block: FileBlock?, attempts: Int = 0) {
    self.id = id
    self.path = path
    self.block = block
    self.attempts = attempts
  }
}

/// How far the queue has got.
public struct QueueStatus: Sendable, Hashable {
  /// Pieces by state: waiting, taken (a worker's lease runs), expired (its worker's lease ran
  /// out: another worker will take it), done, failed.
  public var pieces: [String: Int]
  /// Articles and events the finished pieces stored.
  public var articles: Int
  public var events: Int
  /// The failed pieces and why, and the pieces given up after `maximumAttempts` tries.
  public var failures: [(path: String, block: FileBlock?, problem: String)]

  public static func == (a: QueueStatus, b: QueueStatus) -> Bool {
    a.pieces == b.pieces && a.articles == b.articles && a.events == b.events
      && a.failures.map(\.problem) == b.failures.map(\.problem)
  }
  public func hash(into h: inout Hasher) { h.combine(pieces) }
}

extension PostgresStore {
  /// A piece taken this many times without being finished is not taken again: something in it
  /// stops every worker that reads it (`detente queue status` lists it).
  public static let maximumAttempts = 5

  /// Adds pieces to the queue; a piece already there (same file and first byte) is not added
  /// again. Returns how many were added.
  public func enqueue(_ pieces: [QueuedPiece]) async throws -> Int {
    var added = 0
    let logger = self.logger
    for start in stride(from: 0, to: pieces.count, by: 5000) {
      let part = Array(pieces[start..<min(start + 5000, pieces.count)])
      added += try await transaction { c in
        var rows = RowInserts(
          table: "work_piece", columns: ["path", "first_byte", "end_byte", "first_line"],
          tail: "ON CONFLICT (path, first_byte) DO NOTHING RETURNING id")
        for p in part {
          rows.add([p.path, p.block?.firstByte ?? -1, p.block?.endByte, p.block?.firstLine ?? 1])
        }
        return try await rows.writeCounting(c, logger)
      }
    }
    return added
  }

  /// Takes the oldest piece no worker holds (waiting, or taken by a worker whose lease ran out)
  /// for `lease` seconds, or returns nil when there is none. Workers skip the rows others are
  /// taking at the same moment (`FOR UPDATE SKIP LOCKED`), so none waits for another.
  public func takePiece(worker: String, lease: Int) async throws -> QueuedPiece? {
    let logger = self.logger
    return try await transaction { c -> QueuedPiece? in
      let rows = try await c.query(
        """
        UPDATE work_piece SET state = 'taken', worker = \(worker),
          lease_until = now() + make_interval(secs => \(Double(lease))), attempts = attempts + 1
        WHERE id = (SELECT id FROM work_piece
          WHERE (state = 'waiting' OR (state = 'taken' AND lease_until < now()))
            AND attempts < \(Self.maximumAttempts)
          ORDER BY id FOR UPDATE SKIP LOCKED LIMIT 1)
        RETURNING id, path, first_byte, end_byte, first_line, attempts
        """, logger: logger)
      for try await (id, path, first, end, line, attempts) in rows.decode(
        (Int, String, Int, Int?, Int, Int).self)
      {
        let block = end.map { FileBlock(firstByte: first, endByte: $0, firstLine: line) }
        return QueuedPiece(id: id, path: path, block: block, attempts: attempts)
      }
      return nil
    }
  }

  /// Stores a piece's coded articles and marks it done in the same transaction (the last of
  /// the batch), so that a piece is done exactly when all its articles are stored; a worker
  /// killed before that leaves it to be taken again when its lease runs out.
  public func finish(
    _ piece: QueuedPiece, worker: String, articles: [CodedArticle], problems: [String]
  ) async throws -> [Result<IngestOutcome, Error>] {
    let events = articles.reduce(0) { $0 + $1.events.count }
    let text = problems.isEmpty ? nil : problems.joined(separator: "\n")
    let logger = self.logger
    let id = piece.id
    let count = articles.count
    return try await ingest(batch: articles) { c in
      try await c.query(
        """
        UPDATE work_piece SET state = 'done', done_at = now(), articles = \(count),
          events = \(events), problems = \(text) WHERE id = \(id)
        """, logger: logger)
    }
  }

  /// Marks a piece that cannot be read at all (its file is gone) as failed, with why.
  public func fail(_ piece: QueuedPiece, problem: String) async throws {
    let logger = self.logger
    let id = piece.id
    _ = try await transaction { c in
      try await c.query(
        "UPDATE work_piece SET state = 'failed', done_at = now(), problems = \(problem) WHERE id = \(id)",
        logger: logger)
    }
  }

  /// The queue's counts, and the pieces that failed or were given up.
  public func queueStatus() async throws -> QueueStatus {
    let logger = self.logger
    return try await read { c in
      var pieces: [String: Int] = [:]
      var articles = 0
      var events = 0
      for try await (state, n, a, e) in try await c.query(
        """
        SELECT CASE WHEN state = 'taken' AND attempts >= \(Self.maximumAttempts)
            AND lease_until < now() THEN 'given up'
          WHEN state = 'taken' AND lease_until < now() THEN 'expired' ELSE state END AS s,
          COUNT(*)::bigint, COALESCE(SUM(articles), 0)::bigint, COALESCE(SUM(events), 0)::bigint
        FROM work_piece GROUP BY s
        """, logger: logger
      ).decode((String, Int, Int, Int).self) {
        pieces[state] = n
        articles += a
        events += e
      }
      var failures: [(String, FileBlock?, String)] = []
      let givenUp = "taken \(Self.maximumAttempts) times, never finished"
      for try await (path, first, end, line, problem) in try await c.query(
        """
        SELECT path, first_byte, end_byte, first_line, COALESCE(problems, \(givenUp))
        FROM work_piece WHERE state = 'failed' OR (state = 'taken'
          AND attempts >= \(Self.maximumAttempts) AND lease_until < now()) ORDER BY id LIMIT 100
        """, logger: logger
      ).decode((String, Int, Int?, Int, String).self) {
        failures.append(
          (path, end.map { FileBlock(firstByte: first, endByte: $0, firstLine: line) }, problem))
      }
      return QueueStatus(pieces: pieces, articles: articles, events: events, failures: failures)
    }
  }
}

extension RowInserts {
  /// Writes the rows (a statement ending in `RETURNING`) and counts the rows returned.
  mutating func writeCounting(_ c: PostgresConnection, _ logger: Logger) async throws -> Int {
    var n = 0
    try await write(c, logger) { (rows: PostgresRowSequence) in
      for try await _ in rows { n += 1 }
    }
    return n
  }
}
