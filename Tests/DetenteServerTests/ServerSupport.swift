import DetenteCore
import DetenteServer
import DetenteStore
import Foundation
import Hummingbird
import HummingbirdTesting

/// A store with some example articles and one hostile article, and the app over it.
enum ServerSupport {
  static let lexicon: Lexicon = {
    switch Lexicon.bundled {
    case .success(let l): return l
    case .failure(let e): fatalError("bundled lexicon does not build: \(e)")
    }
  }()

  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  /// The hostile article's text: markup, an ampersand and quotes in the title, the text and the
  /// outlet, and a meeting (so that the meetings' pages show it too).
  static let hostileTitle = "Russia expels <script>alert(1)</script> & \"quotes\" diplomats"
  static let hostileBody =
    "Russia expelled 23 British diplomats on Saturday \"><img onerror=alert(1) src=x> in Moscow.\n\nBritain condemned the expulsions <b>loudly</b>.\n\nRussian Foreign Minister Sergei Lavrov met British Foreign Secretary Boris Johnson <script>alert(2)</script> in London on Monday."

  /// Sentences with the words people search for and punctuation inside them, each coded.
  static let searchableBody = [
    "Russian President Vladimir Putin met U.S. President Barack Obama on Friday at the G-20 summit in St. Petersburg.",
    "Putin's spokesman said the Russian leader criticized the U.S. plan for strikes on Syria.",
    "China's president Xi Jinping met Japan's prime minister at the G20 gathering, officials said.",
    "In an e-mail, German Chancellor Angela Merkel invited French President Francois Hollande to Berlin.",
  ]

  static func store() async throws -> SQLiteStore {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
      "detente-server-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let store = try SQLiteStore(path: dir.appendingPathComponent("s.db").path)
    let coder = EventCoder(lexicon: lexicon)
    let names = [
      "biden-xi-bali", "uk-expels-russian-diplomats", "russia-retaliates-expulsions",
      "obama-castro-havana", "us-accuses-russia-hacking", "japan-china-summit-apec-2023",
    ]
    let paths = names.map { root.appendingPathComponent("Examples/articles/\($0).txt").path }
    for a in ArticleLoader(fallback: .fileTime).load(paths).articles {
      _ = try await store.ingest(CodedArticle(coder.analyze(a)))
    }
    let hostile = Article(
      id: "hostile", title: hostileTitle, outlet: "<i>Wire</i>", url: "javascript:alert(1)",
      published: CivilDate.strict("2018-03-17"),
      paragraphs: hostileBody.components(separatedBy: "\n\n"),
      path: "hostile.txt")
    _ = try await store.ingest(CodedArticle(coder.analyze(hostile)))
    let searchable = Article(
      id: "searchable", title: "Leaders meet at the G-20 summit", outlet: "Wire",
      published: CivilDate.strict("2013-09-06"), paragraphs: searchableBody, path: "search.txt")
    _ = try await store.ingest(CodedArticle(coder.analyze(searchable)))
    return store
  }

  static func app() async throws -> some ApplicationProtocol {
    Application(router: DetenteServer.router(store: try await store(), lexicon: lexicon))
  }
}
