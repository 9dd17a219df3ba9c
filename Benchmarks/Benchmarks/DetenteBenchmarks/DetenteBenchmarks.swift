import Benchmark
import DetenteCore
import DetenteStore
import Foundation

/// The bundled example articles, read once: the input of every benchmark.
let corpus: Corpus = Corpus.load()

/// The benchmarks' input and its size.
struct Corpus: @unchecked Sendable {
  var articles: [Article]
  var lexicon: Lexicon
  /// Article text in bytes (title and body).
  var bytes: Int
  /// Sentences, as the splitter finds them.
  var sentences: Int
  /// Every article coded, for the store and linking benchmarks.
  var analyses: [EventCoder.Analysis]

  static func load() -> Corpus {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let folder = root.appendingPathComponent("Examples/articles").path
    let read = ArticleLoader().load([folder])
    guard case .success(let lexicon) = Lexicon.bundled, !read.articles.isEmpty else {
      fatalError("benchmarks: cannot read \(folder) or the bundled lexicon")
    }
    let coder = EventCoder(lexicon: lexicon)
    let analyses = read.articles.map { coder.analyze($0) }
    return Corpus(
      articles: read.articles, lexicon: lexicon,
      bytes: read.articles.reduce(0) { $0 + $1.title.utf8.count + $1.body.utf8.count },
      sentences: analyses.reduce(0) { $0 + $1.sentences.count }, analyses: analyses)
  }
}

/// Throughput of one pass over the corpus, recorded as two custom metrics.
func record(_ benchmark: Benchmark, _ elapsed: Duration, bytes: Int, sentences: Int) {
  let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
  guard seconds > 0 else { return }
  benchmark.measurement(kilobytesPerSecond, Int(Double(bytes) / 1000 / seconds))
  benchmark.measurement(sentencesPerSecond, Int(Double(sentences) / seconds))
}

let kilobytesPerSecond = BenchmarkMetric.custom(
  "KB/s", polarity: .prefersLarger, useScalingFactor: false)
let sentencesPerSecond = BenchmarkMetric.custom(
  "sentences/s", polarity: .prefersLarger, useScalingFactor: false)

let benchmarks: @Sendable () -> Void = {
  Benchmark.defaultConfiguration = .init(
    metrics: [
      .wallClock, .mallocCountTotal, .peakMemoryResident, kilobytesPerSecond, sentencesPerSecond,
    ],
    maxDuration: .seconds(10), maxIterations: 20)

  Benchmark("Tokenize and split sentences") { benchmark in
    let clock = ContinuousClock()
    var tokens: [Token] = []
    var sentences = 0
    let elapsed = clock.measure {
      for a in corpus.articles {
        tokens.removeAll(keepingCapacity: true)
        Tokenizer().tokenize(a.body, into: &tokens)
        sentences += SentenceSplitter().split(a.body, tokens).count
      }
    }
    blackHole(sentences)
    record(benchmark, elapsed, bytes: corpus.bytes, sentences: corpus.sentences)
  }

  Benchmark("Actor look-up (longest lexicon phrase at every token)") { benchmark in
    let clock = ContinuousClock()
    var found = 0
    var tokens: [Token] = []
    let table = corpus.lexicon.mentions
    let elapsed = clock.measure {
      for a in corpus.articles {
        tokens.removeAll(keepingCapacity: true)
        Tokenizer().tokenize(a.body, into: &tokens)
        var i = 0
        while i < tokens.count {
          if let m = table.longest(tokens, at: i, end: tokens.count) {
            found += m.values.count
            i += m.length
          } else {
            i += 1
          }
        }
      }
    }
    blackHole(found)
    record(benchmark, elapsed, bytes: corpus.bytes, sentences: corpus.sentences)
  }

  Benchmark("Whole-article coding (one core)") { benchmark in
    let clock = ContinuousClock()
    let coder = EventCoder(lexicon: corpus.lexicon)
    var events = 0
    let elapsed = clock.measure {
      for a in corpus.articles { events += coder.code(a).count }
    }
    blackHole(events)
    record(benchmark, elapsed, bytes: corpus.bytes, sentences: corpus.sentences)
  }

  Benchmark("Ingest into SQLite (coded articles, with linking)") { benchmark in
    let path = FileManager.default.temporaryDirectory
      .appendingPathComponent("detente-bench-\(UUID().uuidString).db").path
    defer {
      for suffix in ["", "-wal", "-shm"] {
        try? FileManager.default.removeItem(atPath: path + suffix)
      }
    }
    let store = try SQLiteStore(path: path)
    let coded = corpus.analyses.map(CodedArticle.init)
    let clock = ContinuousClock()
    let start = clock.now
    // As `detente ingest` stores them.
    _ = try await store.ingest(batch: coded)
    record(benchmark, clock.now - start, bytes: corpus.bytes, sentences: corpus.sentences)
  }

  Benchmark("Linking (in memory)") { benchmark in
    let events = corpus.analyses.flatMap(\.events).map { LinkedEvent($0, occasion: nil) }
    let clock = ContinuousClock()
    var linker = EventLinker()
    let elapsed = clock.measure {
      for e in events { _ = linker.add(e) }
    }
    blackHole(linker.clusters.count)
    record(benchmark, elapsed, bytes: corpus.bytes, sentences: corpus.sentences)
  }
}
