import DetenteCore
import Foundation

/// Shared helpers for the tests.
enum Support {
  /// The bundled lexicon; tests fail loudly if it does not build.
  static let lexicon: Lexicon = {
    switch Lexicon.bundled {
    case .success(let l): return l
    case .failure(let e): fatalError("bundled lexicon does not build: \(e)")
    }
  }()

  /// The package's root folder.
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent()
    .deletingLastPathComponent()

  /// `../shared` beside the checkout, when it is there.
  static var shared: URL? {
    let u = root.deletingLastPathComponent().appendingPathComponent("shared")
    return FileManager.default.fileExists(atPath: u.appendingPathComponent("seeds").path) ? u : nil
  }

  /// A temporary folder for one test.
  static func temporaryFolder() -> URL {
    let u = FileManager.default.temporaryDirectory.appendingPathComponent(
      "detente-tests-\(UUID().uuidString)")
    try? FileManager.default.createDirectory(at: u, withIntermediateDirectories: true)
    return u
  }

  /// Codes one article written inline.
  static func code(_ body: String, title: String = "Test", date: String = "2013-10-03") -> [Event] {
    let a = Article(
      id: "t", title: title, published: CivilDate.strict(date),
      paragraphs: body.components(separatedBy: "\n\n"))
    return EventCoder(lexicon: lexicon).code(a)
  }

  /// An event as `CAMEO SOURCE>TARGET` ("114 CHNGOV>JPNGOV", "-" for no target).
  static func brief(_ e: Event) -> String {
    "\(e.cameo) \(e.source.code)>\(e.target?.code ?? "-")"
  }

  /// The events of one article written inline, each as `brief` gives it.
  static func coded(_ body: String, date: String = "2013-10-03") -> [String] {
    code(body, date: date).map(brief)
  }

  /// Codes an article written in the crawled-text layout (title, date line, paragraphs).
  static func codeArticle(_ text: String) -> [Event] {
    let (article, _) = CrawlTextReader().read(text, id: "t", path: "t.txt")
    return EventCoder(lexicon: lexicon).code(article)
  }
}
