/// Sentences of a CoNLL-U treebank, for training: each word's form, tag, head and relation,
/// with the clitics Detente's tokenizer keeps on their word ("'ll", "'re", "'m", "'ve", "'d";
/// not "'s" or "n't") joined to the word before them.
public struct TreebankSentence: Sendable {
  /// The words as written.
  public var forms: [String]
  /// Their Penn Treebank tags (the treebank's XPOS column).
  public var tags: [String]
  /// Heads as word indices; `forms.count` is the root.
  public var heads: [Int]
  /// Their relations to their heads (Universal Dependencies, with the subtypes the clause
  /// stage reads: see `Treebank.keptSubtypes`).
  public var relations: [String]
  /// The kind of text the sentence comes from (the start of its `sent_id`: weblog, email, …).
  public var genre = ""

  /// Whether no two arcs cross: every word between a word and its head descends from the head.
  var isProjective: Bool {
    let n = heads.count
    for d in 0..<n {
      let h = heads[d]
      let lo = min(d, h)
      let hi = min(max(d, h), n)
      guard hi - lo > 1 else { continue }
      for k in (lo + 1)..<hi {
        var cur = k
        var steps = 0
        while cur != h && cur != n && steps <= n {
          cur = heads[cur]
          steps += 1
        }
        if cur != h { return false }
      }
    }
    return true
  }
}

public enum Treebank {
  /// The relations kept with their subtype; others are reduced to their main type.
  static let keptSubtypes: Set<String> = [
    "nsubj:pass", "aux:pass", "acl:relcl", "nmod:poss", "compound:prt", "obl:agent",
    "obl:unmarked", "nmod:unmarked", "det:predet", "cc:preconj", "csubj:pass", "nmod:desc",
    "advcl:relcl", "nsubj:outer",
  ]

  static func relation(_ r: String) -> String {
    if keptSubtypes.contains(r) { return r }
    if let colon = r.firstIndex(of: ":") { return String(r[..<colon]) }
    return r
  }

  static let clitics: Set<String> = [
    "'re", "’re", "'ll", "’ll", "'ve", "’ve", "'d", "’d", "'m", "’m", "'RE", "'LL", "'VE", "'D",
    "'M",
  ]

  /// Reads the sentences of a CoNLL-U file.
  public static func read(_ text: String) -> [TreebankSentence] {
    var out: [TreebankSentence] = []
    var rows: [[Substring]] = []
    var genre = ""
    func flush() {
      defer { rows.removeAll() }
      guard !rows.isEmpty else { return }
      var s = sentence(rows)
      s.genre = genre
      out.append(s)
    }
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      if line.isEmpty {
        flush()
        continue
      }
      if line.hasPrefix("# sent_id = ") {
        genre = String(line.dropFirst(12).prefix { $0 != "-" })
      }
      if line.hasPrefix("#") { continue }
      let cols = line.split(separator: "\t", omittingEmptySubsequences: false)
      guard cols.count >= 10, !cols[0].contains("-"), !cols[0].contains(".") else { continue }
      rows.append(cols)
    }
    flush()
    return out
  }

  private static func sentence(_ rows: [[Substring]]) -> TreebankSentence {
    let n = rows.count
    var forms = rows.map { String($0[1]) }
    var tags = rows.map { String($0[4]) }
    var heads = rows.map { (Int($0[6]) ?? 0) - 1 }
    var rels = rows.map { relation(String($0[7])) }
    var noSpace = rows.map { $0[9].contains("SpaceAfter=No") }
    for i in 0..<n where heads[i] < 0 { heads[i] = n }
    // Join clitics to the word before them.
    var i = 1
    while i < forms.count {
      let prevIsWord = forms[i - 1].last.map { $0.isLetter || $0.isNumber } ?? false
      if noSpace[i - 1] && prevIsWord && clitics.contains(forms[i]) && forms[i] != "'" {
        let m = forms.count
        // the merged word keeps the first's relation unless the first hung on the clitic
        if heads[i - 1] == i {
          heads[i - 1] = heads[i]
          rels[i - 1] = rels[i]
        }
        forms[i - 1] += forms[i]
        noSpace[i - 1] = noSpace[i]
        for k in 0..<m where heads[k] == i { heads[k] = i - 1 }
        forms.remove(at: i)
        tags.remove(at: i)
        heads.remove(at: i)
        rels.remove(at: i)
        noSpace.remove(at: i)
        let root = m
        for k in 0..<heads.count {
          if heads[k] == root { heads[k] = m - 1 } else if heads[k] > i { heads[k] -= 1 }
          if heads[k] == k { heads[k] = m - 1 }
        }
      } else {
        i += 1
      }
    }
    return TreebankSentence(forms: forms, tags: tags, heads: heads, relations: rels)
  }
}
