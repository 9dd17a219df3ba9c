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

  /// A TCP port on 127.0.0.1 that no socket holds now: the kernel picks it for a socket bound
  /// to port 0, which is closed before the port is returned.
  static func freePort() throws -> Int {
    let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    guard fd >= 0 else { throw POSIXError(.EMFILE) }
    defer { close(fd) }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    address.sin_port = 0
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    let bound = withUnsafeMutablePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        bind(fd, $0, length) == 0 && getsockname(fd, $0, &length) == 0
      }
    }
    guard bound else { throw POSIXError(.EADDRINUSE) }
    return Int(UInt16(bigEndian: address.sin_port))
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
