/// Logical arguments read off a dependency parse: for a verb or an event noun, its subject,
/// object, prepositional attachments and the predicate it governs, with passives, control,
/// relative clauses, coordination and reported speech undone.
struct TreeArguments {
  let words: [String]
  let lower: [String]
  let parse: DependencyParse
  let tagNames: [String]
  let relationNames: [String]
  var children: [[Int]]

  init(words: [String], parse: DependencyParse, model: DependencyModel) {
    self.words = words
    lower = words.map { $0.lowercased() }
    self.parse = parse
    tagNames = model.tagNames
    relationNames = model.relationNames
    children = Array(repeating: [], count: words.count)
    for (d, h) in parse.heads.enumerated() where h >= 0 { children[h].append(d) }
  }

  func rel(_ i: Int) -> String { relationNames[parse.relations[i]] }
  func tag(_ i: Int) -> String { tagNames[parse.tags[i]] }
  func head(_ i: Int) -> Int { parse.heads[i] }

  func child(_ v: Int, _ rels: Set<String>) -> Int? {
    children[v].first { rels.contains(rel($0)) }
  }

  /// The preposition (case word) of a nominal, lower-cased.
  func caseWord(_ n: Int) -> String? {
    caseToken(n).map { lower[$0] }
  }

  func caseToken(_ n: Int) -> Int? {
    children[n].first { rel($0) == "case" && $0 < n }
  }

  func markWord(_ n: Int) -> String? {
    children[n].first { rel($0) == "mark" && $0 < n }.map { lower[$0] }
  }

  static let relative: Set<String> = ["who", "whom", "which", "that", "whose"]
  static let nominalTags: Set<String> = ["NN", "NNS", "NNP", "NNPS", "PRP", "CD", "FW", "DT", "WP"]

  func isVerb(_ v: Int) -> Bool {
    let t = tag(v)
    if t.hasPrefix("VB") || t == "MD" { return true }
    return children[v].contains {
      ["nsubj", "nsubj:pass", "aux", "aux:pass", "obj"].contains(rel($0))
    }
      && !children[v].contains { rel($0) == "cop" }
  }

  func hasTo(_ v: Int) -> Bool {
    children[v].contains { (rel($0) == "mark" || rel($0) == "aux") && lower[$0] == "to" }
  }

  func isPassive(_ v: Int) -> Bool {
    if children[v].contains(where: {
      ["aux:pass", "nsubj:pass", "obl:agent", "csubj:pass"].contains(rel($0))
    }) {
      return true
    }
    if children[v].contains(where: { ["aux", "nsubj", "obj"].contains(rel($0)) }) { return false }
    let r = rel(v)
    if r == "conj", head(v) >= 0 {
      return (tag(v) == "VBN" || tag(v) == "VBD") && isVerb(head(v)) && isPassive(head(v))
    }
    if tag(v) == "VBN" && ["acl", "advcl", "amod"].contains(r) { return true }
    if tag(v) == "VBD" && r == "acl" { return true }
    return false
  }

  /// A relative pronoun stands for the noun its clause modifies.
  func antecedent(_ n: Int) -> Int {
    guard Self.relative.contains(lower[n]),
      tag(n).hasPrefix("W") || tag(n) == "IN" || tag(n) == "DT"
    else { return n }
    var v = head(n)
    var steps = 0
    while v >= 0 && rel(v) != "acl:relcl" && steps < 8 {
      guard ["conj", "xcomp", "ccomp"].contains(rel(v)) else { break }
      v = head(v)
      steps += 1
    }
    if v >= 0 && rel(v) == "acl:relcl" && head(v) >= 0 { return head(v) }
    return n
  }

  func nounController(_ n: Int) -> Int {
    child(n, ["nmod:poss"]) ?? n
  }

  /// Who stands as `v`'s grammatical subject, given or inherited.
  func grammaticalSubject(_ v: Int, _ depth: Int = 0) -> Int? {
    if depth > 8 { return nil }
    if let s = child(v, ["nsubj", "nsubj:pass", "csubj", "nsubj:outer"]) { return antecedent(s) }
    let h = head(v)
    guard h >= 0 else { return nil }
    let r = rel(v)
    if r == "xcomp" || (["ccomp", "advcl"].contains(r) && hasTo(v) && isVerb(h)) {
      if tag(h).hasPrefix("JJ") {
        if let s = child(h, ["nsubj"]) { return antecedent(s) }
        return head(h) >= 0 ? grammaticalSubject(head(h), depth + 1) : nil
      }
      if !isVerb(h) { return nounController(h) }
      if let o = child(h, ["obj", "iobj"]) { return antecedent(o) }
      return grammaticalSubject(h, depth + 1)
    }
    if r == "conj" { return isVerb(h) ? grammaticalSubject(h, depth + 1) : nil }
    if r == "acl" { return hasTo(v) ? nounController(h) : h }
    if r == "acl:relcl" { return hasTo(v) ? h : nil }
    if r == "advcl" || r == "advcl:relcl" {
      guard isVerb(h) else { return nil }
      if tag(v) == "VBG", let m = markWord(v), ["of", "for"].contains(m), let o = child(h, ["obj"])
      {
        return antecedent(o)  // "accused X of spying"
      }
      return grammaticalSubject(h, depth + 1)
    }
    return nil
  }

  struct Analysis {
    var subject: Int?
    var object: Int?
    /// Prepositional attachments: the preposition's word and token, and its noun.
    var preps: [(word: String, preposition: Int, noun: Int)] = []
    var complement: Int?
  }

  func attachments(_ v: Int, skip: Set<String> = [], rels: Set<String>) -> (
    [(word: String, preposition: Int, noun: Int)], Int?
  ) {
    var preps: [(word: String, preposition: Int, noun: Int)] = []
    var complement: Int?
    for c in children[v]
    where rels.contains(rel(c)) || (rel(c) == "advcl" && tag(c) == "VBG" && markWord(c) != nil) {
      if rel(c) == "advcl" || tag(c).hasPrefix("VB") {
        if complement == nil && tag(c) == "VBG" { complement = c }
        continue
      }
      guard let k = caseToken(c), !skip.contains(lower[k]) else { continue }
      if !preps.contains(where: { $0.word == lower[k] }) { preps.append((lower[k], k, c)) }
    }
    return (preps, complement)
  }

  func contentVerb(_ c: Int) -> Int {
    // "said it was ready to resume" -> resume
    if children[c].contains(where: { rel($0) == "cop" }), let x = child(c, ["xcomp"]),
      tag(x).hasPrefix("VB")
    {
      return x
    }
    return c
  }

  /// For a speech verb after the clause it reports ("…, a spokesman told reporters"), that clause.
  func reportedClause(_ v: Int) -> Int? {
    let h = head(v)
    guard h >= 0, v > h, ["parataxis", "ccomp"].contains(rel(v)), let s = child(v, ["nsubj"]), s < v
    else { return nil }
    let left = leftEdge(v)
    guard left > 0, [",", "\"", "”", "''"].contains(words[left - 1]) else { return nil }
    return h
  }

  func leftEdge(_ n: Int) -> Int {
    var m = n
    for c in children[n] { m = min(m, leftEdge(c)) }
    return m
  }

  func analyseVerb(_ v: Int) -> Analysis {
    var a = Analysis()
    let passive = isPassive(v)
    let g = grammaticalSubject(v)
    if passive {
      if let agent = children[v].first(where: {
        rel($0) == "obl:agent" || (rel($0) == "obl" && caseWord($0) == "by")
      }) {
        a.subject = agent
      }
      a.object = g
    } else {
      a.subject = g
      a.object = child(v, ["obj"]) ?? child(v, ["iobj"])
      if a.object == nil {
        for c in children[v] where ["ccomp", "xcomp"].contains(rel(c)) && hasTo(c) {
          if let s = child(c, ["nsubj"]) {
            a.object = s
            break
          }
        }
      }
      if a.object == nil && rel(v) == "acl:relcl" && child(v, ["nsubj"]) != nil
        && !children[v].contains(where: { Self.relative.contains(lower[$0]) })
        && !children[v].contains(where: { rel($0) == "obl" })
      {
        a.object = head(v)  // "the deal Kyiv signed"
      }
    }
    let skip: Set<String> = passive ? ["by"] : []
    (a.preps, a.complement) = attachments(
      v, skip: skip, rels: ["obl", "obl:unmarked", "obl:agent"])
    for c in children[v]
    where ["ccomp", "xcomp"].contains(rel(c))
      && (tag(c).hasPrefix("VB") || children[c].contains { rel($0) == "cop" })
    {
      a.complement = contentVerb(c)
      break
    }
    if a.complement == nil { a.complement = reportedClause(v) }
    return a
  }

  static let lightVerbs: Set<String> = [
    "hold", "held", "holds", "holding", "make", "made", "makes", "making", "conduct", "conducted",
    "launch", "launched", "carry", "carried", "pay", "paid", "have", "had", "has", "stage",
    "staged",
    "issue", "issued", "give", "gave", "given", "take", "took", "taken", "begin", "began", "start",
    "started",
    "open", "opened", "resume", "resumed",
  ]

  func analyseNoun(_ n: Int) -> Analysis {
    var a = Analysis()
    a.subject = child(n, ["nmod:poss"])
    for c in children[n] where rel(c).hasPrefix("nmod") {
      if caseWord(c) == "by" && a.subject == nil { a.subject = c }
      if caseWord(c) == "of" && a.object == nil { a.object = c }
    }
    if a.subject == nil,
      let m = children[n].first(where: {
        rel($0) == "amod" && words[$0].first?.isUppercase == true && $0 < n
      })
    {
      a.subject = m
    }
    let h = head(n)
    if a.subject == nil, h >= 0, rel(n) == "obj", Self.lightVerbs.contains(lower[h]) {
      a.subject = grammaticalSubject(h)
    }
    (a.preps, a.complement) = attachments(n, skip: ["of", "by"], rels: ["nmod", "nmod:unmarked"])
    if h >= 0, rel(n) == "obj", Self.lightVerbs.contains(lower[h]) {
      let (more, _) = attachments(h, rels: ["obl"])
      for p in more where !a.preps.contains(where: { $0.word == p.word }) { a.preps.append(p) }
    }
    for c in children[n]
    where ["acl", "ccomp"].contains(rel(c)) && tag(c).hasPrefix("VB")
      && (hasTo(c) || rel(c) == "ccomp" || markWord(c) != nil)
    {
      a.complement = c
      break
    }
    return a
  }

  func analyse(_ t: Int) -> Analysis {
    isVerb(t) ? analyseVerb(t) : analyseNoun(t)
  }

  // MARK: phrases

  func conjuncts(_ n: Int) -> [Int] {
    var out = [n]
    for c in children[n]
    where rel(c) == "conj" && (Self.nominalTags.contains(tag(c)) || tag(c).hasPrefix("NN")) {
      out += conjuncts(c)
    }
    return out.sorted()
  }

  func subtree(_ n: Int, into out: inout [Int], cut: (Int) -> Bool) {
    out.append(n)
    for c in children[n] where !cut(c) { subtree(c, into: &out, cut: cut) }
  }

  /// The text of `n`'s noun phrase: no leading determiner, cut before a relative clause, an
  /// apposition, a coordinated noun or a clause.
  func phrase(_ n: Int) -> String {
    phraseTokens(n).map { words[$0] }.joined(separator: " ")
  }

  /// The tokens of `n`'s noun phrase (see `phrase`), in order and without gaps.
  func phraseTokens(_ n: Int) -> [Int] {
    var toks: [Int] = []
    subtree(n, into: &toks) { c in
      let r = self.rel(c)
      if ["acl:relcl", "conj", "cc", "parataxis", "advcl"].contains(r) { return true }
      if r == "appos" && c > n { return true }
      if c > n, self.leftEdge(c) > 0, self.words[self.leftEdge(c) - 1] == "," { return true }
      return false
    }
    toks.sort()
    var kept: [Int] = []
    for t in toks {
      if let last = kept.last, t != last + 1, t > n { break }
      kept.append(t)
    }
    while kept.count > 1, kept[0] != n,
      ["det", "det:predet", "punct", "cc", "cc:preconj", "case"].contains(rel(kept[0]))
        || (rel(kept[0]) == "nmod:poss" && tag(kept[0]) == "PRP$")
    {
      kept.removeFirst()
    }
    while kept.count > 1, kept[kept.count - 1] != n,
      ["punct", "cc", "case"].contains(rel(kept[kept.count - 1]))
    {
      kept.removeLast()
    }
    return kept
  }

  /// The tokens an argument spans: its phrase, or from its first coordinated phrase to its
  /// last.
  func argumentRange(_ n: Int?) -> Range<Int>? {
    guard let n else { return nil }
    let items = conjuncts(antecedent(n))
    guard let first = items.first.map(phraseTokens), let last = items.last.map(phraseTokens),
      let lo = first.first, let hi = last.last, lo <= hi
    else { return nil }
    return lo..<(hi + 1)
  }
}
