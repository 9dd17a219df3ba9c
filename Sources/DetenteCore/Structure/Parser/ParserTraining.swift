/// Trains a `DependencyModel` on treebank sentences: the tagger first, then the parser on the
/// tagger's tags (with a dynamic oracle, following its own moves after the first pass), then
/// the labeller on the gold trees.
///
/// The defaults are the ones the bundled model was made with (docs/clauses.md).
public struct ParserTraining {
  /// Passes over the training sentences for the tagger.
  public var taggerEpochs = 8
  /// Passes for the parser.
  public var parserEpochs = 12
  /// Passes for the relation labeller.
  public var labelerEpochs = 5
  /// The number of folds the parser's training tags come from: with more than one, each fold
  /// is tagged by a tagger trained on the others; with 1, by the final tagger (which measured
  /// as well on the clause gold, in a quarter of the time).
  public var jackknife = 1
  /// Weights smaller than this part of the largest are left out of the model.
  public var threshold: Float = 0.05
  /// How many times the treebank's web-log and newsgroup sentences (the nearest to news)
  /// count in training.
  public var newsWeight = 3
  /// Where progress lines go (accuracy on the dev sentences after each pass).
  public var log: (String) -> Void = { _ in }

  public init() {}

  struct Item {
    var words: WordFeatures
    var tags: [Int]
    var heads: [Int]
    var relations: [Int]
  }

  struct Shuffler {
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    mutating func next() -> UInt64 {
      state ^= state << 13
      state ^= state >> 7
      state ^= state << 17
      return state
    }
    mutating func shuffle(_ a: inout [Int]) {
      guard a.count > 1 else { return }
      for i in stride(from: a.count - 1, to: 0, by: -1) {
        let j = Int(next() % UInt64(i + 1))
        a.swapAt(i, j)
      }
    }
  }

  /// Trains on `treebank`, reporting accuracy on `dev` as it goes.
  public func train(_ treebank: [TreebankSentence], dev: [TreebankSentence]) -> DependencyModel {
    var train = treebank
    let news = treebank.filter { ["weblog", "newsgroup"].contains($0.genre) }
    for _ in 1..<max(newsWeight, 1) { train += news }
    let tagNames = Array(Set(train.flatMap(\.tags))).sorted()
    let relationNames = Array(Set(train.flatMap(\.relations))).sorted()
    let tagIndex = Dictionary(uniqueKeysWithValues: tagNames.enumerated().map { ($1, $0) })
    let relIndex = Dictionary(uniqueKeysWithValues: relationNames.enumerated().map { ($1, $0) })
    func items(_ s: [TreebankSentence]) -> [Item] {
      s.map {
        Item(
          words: WordFeatures(forms: $0.forms), tags: $0.tags.map { tagIndex[$0] ?? 0 },
          heads: $0.heads,
          relations: $0.relations.map { relIndex[$0] ?? 0 })
      }
    }
    let trainItems = items(train)
    let devItems = items(dev)
    let tagger = trainTagger(trainItems, devItems, classes: tagNames.count)
    var model = DependencyModel(
      tagNames: tagNames, relationNames: relationNames, tagger: tagger,
      parser: Perceptron(classes: 3).averaged(),
      labeler: Perceptron(classes: relationNames.count).averaged())
    // The parser learns from tags as good as the tagger's on text it has not seen: each fold
    // is tagged by a tagger trained on the others.
    var tagged = trainItems
    if jackknife > 1 {
      var quiet = self
      quiet.log = { _ in }
      for fold in 0..<jackknife {
        let rest = trainItems.indices.filter { $0 % jackknife != fold }.map { trainItems[$0] }
        let foldTagger = quiet.trainTagger(rest, [], classes: tagNames.count)
        let m = DependencyModel(
          tagNames: tagNames, relationNames: relationNames, tagger: foldTagger, parser: foldTagger,
          labeler: foldTagger)
        for i in trainItems.indices where i % jackknife == fold {
          tagged[i].tags = m.tag(trainItems[i].words)
        }
        log("jackknife fold \(fold + 1) of \(jackknife) tagged")
      }
    } else {
      for i in tagged.indices { tagged[i].tags = model.tag(trainItems[i].words) }
    }
    let projective = zip(train, tagged).filter { $0.0.isProjective }.map(\.1)
    log("parser: \(projective.count) of \(train.count) sentences projective")
    model.parser = trainParser(projective, devItems, model: model)
    model.labeler = trainLabeler(tagged, devItems, model: model, punct: tagIndex)
    return model
  }

  func trainTagger(_ items: [Item], _ dev: [Item], classes: Int) -> LinearModel {
    var p = Perceptron(classes: classes)
    var order = Array(items.indices)
    var rng = Shuffler()
    var f: [UInt64] = []
    var scores = [Float](repeating: 0, count: classes)
    for epoch in 1...taggerEpochs {
      rng.shuffle(&order)
      var right = 0
      var all = 0
      for k in order {
        let item = items[k]
        var tags = [Int](repeating: 0, count: item.words.count)
        for i in 0..<item.words.count {
          TaggerFeatures.make(item.words, i, tags, into: &f)
          for c in 0..<classes { scores[c] = 0 }
          p.score(f, into: &scores)
          let guess = argmax(scores)
          p.update(f, truth: item.tags[i], guess: guess)
          tags[i] = guess
          if guess == item.tags[i] { right += 1 }
          all += 1
        }
      }
      let model = p.averaged(threshold: threshold)
      let m = DependencyModel(
        tagNames: [], relationNames: [], tagger: model, parser: model, labeler: model)
      var devRight = 0
      var devAll = 0
      for item in dev {
        let t = m.tag(item.words)
        for i in t.indices where t[i] == item.tags[i] { devRight += 1 }
        devAll += t.count
      }
      log("tagger epoch \(epoch): train \(pct(right, all)), dev \(pct(devRight, devAll))")
    }
    return p.averaged(threshold: threshold)
  }

  func trainParser(_ items: [Item], _ dev: [Item], model: DependencyModel) -> LinearModel {
    var p = Perceptron(classes: 3)
    var order = Array(items.indices)
    var rng = Shuffler()
    var f: [UInt64] = []
    var scores = [Float](repeating: 0, count: 3)
    for epoch in 1...parserEpochs {
      rng.shuffle(&order)
      for k in order {
        let item = items[k]
        var state = ParserState(count: item.words.count)
        while !state.isTerminal {
          ParserFeatures.make(state, item.words, item.tags, into: &f)
          for c in 0..<3 { scores[c] = 0 }
          p.score(f, into: &scores)
          let (cs, cl, cr) = state.costs(gold: item.heads)
          let costs = [cs, cl, cr]
          let minCost = costs.min()!
          var guess = -1
          var truth = -1
          for m in 0..<3 where state.isValid(m) {
            if guess < 0 || scores[m] > scores[guess] { guess = m }
            if costs[m] == minCost && (truth < 0 || scores[m] > scores[truth]) { truth = m }
          }
          if truth < 0 { truth = guess }
          p.update(f, truth: truth, guess: guess)
          state.apply(epoch == 1 ? truth : guess)
        }
      }
      var m = model
      m.parser = p.averaged(threshold: threshold)
      log("parser epoch \(epoch): dev UAS \(percent(m.scores(dev).unlabelled))")
    }
    return p.averaged(threshold: threshold)
  }

  func trainLabeler(_ items: [Item], _ dev: [Item], model: DependencyModel, punct: [String: Int])
    -> LinearModel
  {
    let classes = model.relationNames.count
    var p = Perceptron(classes: classes)
    var order = Array(items.indices)
    var rng = Shuffler()
    var f: [UInt64] = []
    var scores = [Float](repeating: 0, count: classes)
    for epoch in 1...labelerEpochs {
      rng.shuffle(&order)
      for k in order {
        let item = items[k]
        let tree = LabelerFeatures.Tree(heads: item.heads)
        var labels = [Int](repeating: 0, count: item.words.count)
        var queue = tree.children[item.words.count]
        var q = 0
        while q < queue.count {
          let d = queue[q]
          q += 1
          LabelerFeatures.make(
            d, tree, item.words, item.tags, labels, functionTags: model.functionTags,
            auxWords: model.auxWords, into: &f)
          for c in 0..<classes { scores[c] = 0 }
          p.score(f, into: &scores)
          let guess = argmax(scores)
          p.update(f, truth: item.relations[d], guess: guess)
          labels[d] = item.relations[d]
          queue += tree.children[d]
        }
      }
      var m = model
      m.labeler = p.averaged(threshold: threshold)
      log("labeller epoch \(epoch): dev \(attachment(m, dev))")
    }
    return p.averaged(threshold: threshold)
  }

  /// Unlabelled and labelled attachment scores on `dev`, punctuation left out.
  func attachment(_ m: DependencyModel, _ dev: [Item]) -> String {
    let s = m.scores(dev)
    return "UAS \(percent(s.unlabelled)) LAS \(percent(s.labelled))"
  }
}

func argmax(_ s: [Float]) -> Int {
  var b = 0
  for i in s.indices where s[i] > s[b] { b = i }
  return b
}

func percent(_ share: Double) -> String {
  pct(Int((share * 1_000_000).rounded()), 1_000_000)
}

func pct(_ a: Int, _ b: Int) -> String {
  let hundredths = (10000 * a) / max(b, 1)
  let fraction = hundredths % 100
  return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)%"
}

/// How well a model reads a treebank.
public struct AttachmentScores: Sendable {
  /// The share of words (punctuation left out) whose tag is right.
  public var tagged: Double
  /// The share whose head is right.
  public var unlabelled: Double
  /// The share whose head and relation are right.
  public var labelled: Double
}

extension DependencyModel {
  /// Tag and attachment accuracy on `sentences` (relations compared by name).
  public func attachmentScores(_ sentences: [TreebankSentence]) -> AttachmentScores {
    let tagIndex = Dictionary(tagNames.enumerated().map { ($1, $0) }) { a, _ in a }
    let relIndex = Dictionary(relationNames.enumerated().map { ($1, $0) }) { a, _ in a }
    let items = sentences.map {
      ParserTraining.Item(
        words: WordFeatures(forms: $0.forms), tags: $0.tags.map { tagIndex[$0] ?? -1 },
        heads: $0.heads, relations: $0.relations.map { relIndex[$0] ?? -1 })
    }
    return scores(items)
  }

  func scores(_ items: [ParserTraining.Item]) -> AttachmentScores {
    let punctNames: Set<String> = [",", ".", ":", "``", "''", "-LRB-", "-RRB-", "HYPH", "NFP"]
    var punct = Set<Int>()
    for (i, name) in tagNames.enumerated() where punctNames.contains(name) { punct.insert(i) }
    var tagged = 0
    var uas = 0
    var las = 0
    var all = 0
    for item in items {
      let parse = parse(item.words)
      for i in 0..<item.words.count where !punct.contains(item.tags[i]) {
        if parse.tags[i] == item.tags[i] { tagged += 1 }
        let h = parse.heads[i] < 0 ? item.words.count : parse.heads[i]
        if h == item.heads[i] {
          uas += 1
          if parse.relations[i] == item.relations[i] { las += 1 }
        }
        all += 1
      }
    }
    let n = Double(max(all, 1))
    return AttachmentScores(
      tagged: Double(tagged) / n, unlabelled: Double(uas) / n, labelled: Double(las) / n)
  }
}
