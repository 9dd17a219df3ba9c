import DetenteCore
import DetenteStore
import Hummingbird
import HummingbirdCore
import NIOCore

/// The HTTP server: the JSON API under `/api/` and the pages, read-only, over one store.
public enum DetenteServer {
  /// The routes, for the server and for tests through HummingbirdTesting.
  public static func router(store: any EventStore, lexicon: Lexicon) -> Router<BasicRequestContext>
  {
    let router = Router()
    router.add(middleware: FailureMiddleware())
    router.add(middleware: ReadOnlyAPIMiddleware())
    APIRoutes(store: store, lexicon: lexicon).add(to: router)
    PageRoutes(store: store, lexicon: lexicon).add(to: router)
    return router
  }

  /// The application, bound to `host:port` (127.0.0.1 by default: not reachable from elsewhere).
  public static func application(
    store: any EventStore, lexicon: Lexicon, host: String = "127.0.0.1", port: Int = 8080
  ) -> some ApplicationProtocol {
    Application(
      router: router(store: store, lexicon: lexicon),
      server: .http1(configuration: http1),
      configuration: .init(address: .hostname(host, port: port), serverName: "Detente"))
  }

  /// HTTP/1 settings: a request line and headers of up to 1 MB reach the routes, which answer an
  /// over-long value with a 400 naming it (the parser's own refusal, past 80 KB, is a bare 400
  /// with no body); a connection idle for a minute is closed.
  static let http1 = HTTP1Channel.Configuration(
    idleTimeout: .seconds(60),
    httpDecoderConfiguration: .init(
      maxHeaderFieldSize: 1 << 20, maxHeaderListSize: 1 << 20, maxHeaderFieldCount: 100))
}
