import DetenteCore
import DetenteStore
import Foundation

/// Helpers for the store tests.
enum StoreSupport {
  static let lexicon: Lexicon = {
    switch Lexicon.bundled {
    case .success(let l): return l
    case .failure(let e): fatalError("bundled lexicon does not build: \(e)")
    }
  }()

  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  /// A new, empty database file in a temporary folder.
  static func databasePath() -> String {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
      "detente-store-\(UUID().uuidString)")
    try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    return dir.appendingPathComponent("test.db").path
  }

  /// An article coded from inline text.
  static func coded(
    id: String, title: String = "Test", date: String, body: String, outlet: String? = nil
  ) -> CodedArticle {
    let a = Article(
      id: id, title: title, outlet: outlet, published: CivilDate.strict(date),
      paragraphs: body.components(separatedBy: "\n\n"), path: "\(id).txt")
    return CodedArticle(EventCoder(lexicon: lexicon).analyze(a))
  }

  /// The bundled example articles, coded.
  static func examples() -> [CodedArticle] {
    let loaded = ArticleLoader(fallback: .fileTime).load([
      root.appendingPathComponent("Examples/articles").path
    ])
    let coder = EventCoder(lexicon: lexicon)
    return loaded.articles.map { CodedArticle(coder.analyze($0)) }
  }
}
