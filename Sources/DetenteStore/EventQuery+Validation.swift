import DetenteCore
import Foundation

extension EventQuery {
  /// The query with codes upper-cased and every value checked against the lexicon, or the
  /// first value that cannot be used.
  public func validated(lexicon: Lexicon) throws(QueryError) -> EventQuery {
    var q = self
    for (option, count) in [
      ("--actor", actors.count), ("--source", sources.count), ("--target", targets.count),
      ("--cameo", cameo.count), ("--plover", plover.count), ("--quad", quadClass.count),
      ("--modality", modality.count), ("--outlet", outlet.count),
    ] where count > Self.maxValues {
      throw QueryError(
        option: option, value: "\(count) values",
        problem: "give at most \(Self.maxValues) values to one filter")
    }
    func actor(_ option: String, _ v: String) throws(QueryError) -> String {
      let c = v.trimmingCharacters(in: .whitespaces).uppercased()
      if let org = Actor.organisationPrefixes.first(where: { c.hasPrefix($0) }) {
        guard c.count > org.count, c.allSatisfy({ $0.isLetter }) else {
          throw QueryError(
            option: option, value: v,
            problem: "an organisation code is \(org) and a name, like IGONATO or IGOUNO")
        }
        return c
      }
      guard c.count == 3 || c.count == 6, lexicon.countries[String(c.prefix(3))] != nil else {
        throw QueryError(
          option: option, value: v,
          problem:
            "not a known country or actor code; use an ISO alpha-3 country (RUS), a country and role (RUSGOV) or an organisation (IGONATO)"
        )
      }
      if c.count == 6, !Lexicon.roleCodes.contains(String(c.suffix(3))) {
        throw QueryError(
          option: option, value: v,
          problem:
            "unknown role \(c.suffix(3)); roles are \(Lexicon.roleCodes.sorted().joined(separator: ", "))"
        )
      }
      return c
    }
    q.actors = try actors.map { v throws(QueryError) in try actor("--actor", v) }
    q.sources = try sources.map { v throws(QueryError) in try actor("--source", v) }
    q.targets = try targets.map { v throws(QueryError) in try actor("--target", v) }
    if let d = dyadPair {
      q.dyadPair = try d.map { v throws(QueryError) in try actor("--dyad", v) }
    }
    q.cameo = try cameo.map { v throws(QueryError) in
      let c = v.trimmingCharacters(in: .whitespaces)
      let known =
        lexicon.cameo[c] != nil
        || (c.count == 2 && lexicon.cameo.keys.contains { $0.hasPrefix(c) })
      guard c.allSatisfy({ $0.isNumber }), known else {
        throw QueryError(
          option: "--cameo", value: v,
          problem: "not a CAMEO code or root; write a root (14) or a code (141, 0841)")
      }
      return c
    }
    q.plover = try plover.map { v throws(QueryError) in
      let p = v.trimmingCharacters(in: .whitespaces).uppercased()
      guard Lexicon.ploverTypes.contains(p) else {
        throw QueryError(
          option: "--plover", value: v,
          problem:
            "not a PLOVER type; types are \(Lexicon.ploverTypes.sorted().joined(separator: ", "))"
        )
      }
      return p
    }
    for c in quadClass where !(1...4).contains(c) {
      throw QueryError(
        option: "--quad", value: String(c),
        problem: "quad classes are 1 (verbal cooperation) to 4 (material conflict)")
    }
    for (option, value) in [
      ("--from", from), ("--to", to), ("--published-from", publishedFrom),
      ("--published-to", publishedTo), ("--counted-from", countedFrom),
      ("--counted-to", countedTo),
    ] {
      guard let v = value else { continue }
      guard Self.period(v) != nil else {
        throw QueryError(
          option: option, value: v, problem: "not a date; write YYYY, YYYY-MM or YYYY-MM-DD")
      }
    }
    if let t = text, t.trimmingCharacters(in: .whitespaces).isEmpty {
      throw QueryError(option: "--text", value: t, problem: "give at least one word to search for")
    }
    _ = try matchExpression()
    if let l = limit, l < 0 {
      throw QueryError(option: "--limit", value: String(l), problem: "must be 0 or more")
    }
    if offset < 0 || offset > Self.maxOffset {
      throw QueryError(
        option: "--offset", value: String(offset),
        problem: "must be a whole number from 0 to \(Self.maxOffset)")
    }
    return q
  }

  /// The most values one filter may have (SQLite refuses expressions nested much deeper).
  public static let maxValues = 100

  /// The largest offset a query may ask for (so that the next page's offset is still a number).
  public static let maxOffset = 1_000_000_000_000

  /// The first and last day a date of any precision covers (`2013` → 2013-01-01…2013-12-31).
  public static func period(_ s: String) -> (first: String, last: String)? {
    EventDate.period(s)
  }
}
