import DetenteCore
import DetenteStore
import Hummingbird

/// The HTTP server: the JSON API under `/api/` and the pages, read-only, over one store.
public enum DetenteServer {
  /// The routes, for the server and for tests through HummingbirdTesting.
  public static func router(store: SQLiteStore, lexicon: Lexicon) -> Router<BasicRequestContext> {
    let router = Router()
    router.add(middleware: FailureMiddleware())
    APIRoutes(store: store, lexicon: lexicon).add(to: router)
    PageRoutes(store: store, lexicon: lexicon).add(to: router)
    return router
  }

  /// The application, bound to `host:port` (127.0.0.1 by default: not reachable from elsewhere).
  public static func application(
    store: SQLiteStore, lexicon: Lexicon, host: String = "127.0.0.1", port: Int = 8080
  ) -> some ApplicationProtocol {
    Application(
      router: router(store: store, lexicon: lexicon),
      configuration: .init(address: .hostname(host, port: port), serverName: "Detente"))
  }
}
