import Foundation
import NIOSSL
import PostgresNIO

/// Where a PostgreSQL store is: a `postgres://` (or `postgresql://`) URL as libpq reads one,
/// `postgres://USER:PASSWORD@HOST:PORT/DATABASE?sslmode=MODE`. Without a host, the server's
/// socket in `/var/run/postgresql` (or the folder of a `host=/folder` parameter) is used;
/// without a user, `$PGUSER` or the login name; without a database, the user's name.
public struct PostgresLocation: Sendable, Hashable, CustomStringConvertible {
  public var user: String
  public var password: String?
  /// A host name, or the folder of the server's Unix socket (a path).
  public var host: String
  public var port: Int
  public var database: String
  /// `disable`, `prefer` (the default, as libpq's), `require` (encrypted, any certificate)
  /// or `verify-full` (encrypted, the certificate checked against the host name).
  public var sslMode: String

  /// Whether `text` names a PostgreSQL server rather than a database file.
  public static func isURL(_ text: String) -> Bool {
    text.hasPrefix("postgres://") || text.hasPrefix("postgresql://")
  }

  /// Why a URL cannot be used.
  public struct Invalid: Error, Sendable, CustomStringConvertible {
    public var description: String
  }

  /// Reads a URL, or says what is wrong with it.
  public init(url text: String) throws(Invalid) {
    guard Self.isURL(text), let c = URLComponents(string: text) else {
      throw Invalid(
        description:
          "not a PostgreSQL URL (postgres://USER:PASSWORD@HOST:PORT/DATABASE): \(Self.redacted(text))"
      )
    }
    let env = ProcessInfo.processInfo.environment
    user = c.percentEncodedUser?.removingPercentEncoding ?? env["PGUSER"] ?? NSUserName()
    password = c.percentEncodedPassword?.removingPercentEncoding ?? env["PGPASSWORD"]
    var params: [String: String] = [:]
    for item in c.queryItems ?? [] { params[item.name] = item.value ?? "" }
    let known: Set<String> = ["sslmode", "host", "port", "user", "password", "dbname"]
    if let unknown = params.keys.sorted().first(where: { !known.contains($0) }) {
      throw Invalid(
        description:
          "unknown URL parameter \(unknown) (known: \(known.sorted().joined(separator: ", ")))")
    }
    host = params["host"] ?? c.percentEncodedHost?.removingPercentEncoding ?? ""
    if host.isEmpty { host = env["PGHOST"] ?? "/var/run/postgresql" }
    guard let p = params["port"].map({ Int($0) }) ?? c.port ?? Int(env["PGPORT"] ?? "5432"),
      (1...65535).contains(p)
    else { throw Invalid(description: "the port must be a number from 1 to 65535") }
    port = p
    if let u = params["user"] { user = u }
    if let pw = params["password"] { password = pw }
    let path = String(c.percentEncodedPath.dropFirst()).removingPercentEncoding ?? ""
    database = params["dbname"] ?? (path.isEmpty ? user : path)
    sslMode = params["sslmode"] ?? "prefer"
    guard ["disable", "prefer", "require", "verify-full"].contains(sslMode) else {
      throw Invalid(
        description: "sslmode must be disable, prefer, require or verify-full, not \(sslMode)")
    }
  }

  /// The URL without its password, for messages.
  public var description: String {
    let place = host.hasPrefix("/") ? "?host=\(host)" : "\(host):\(port)"
    return host.hasPrefix("/")
      ? "postgres://\(user)@/\(database)\(place)&port=\(port)"
      : "postgres://\(user)@\(place)/\(database)"
  }

  /// `text` with any password in it replaced by `***`.
  static func redacted(_ text: String) -> String {
    guard let at = text.lastIndex(of: "@"), let scheme = text.range(of: "://"),
      let colon = text[scheme.upperBound..<at].firstIndex(of: ":")
    else { return text }
    return String(text[..<text.index(after: colon)]) + "***" + String(text[at...])
  }

  /// The Unix socket's path, when `host` is a folder.
  var socket: String? { host.hasPrefix("/") ? host + "/.s.PGSQL.\(port)" : nil }

  /// TLS as `sslMode` says: nil for none, and whether it is required.
  var tls: (configuration: TLSConfiguration, required: Bool)? {
    var tls = TLSConfiguration.makeClientConfiguration()
    switch sslMode {
    case "disable": return nil
    case "verify-full": return (tls, true)
    case "require":
      tls.certificateVerification = .none
      return (tls, true)
    default:
      tls.certificateVerification = .none
      return (tls, false)
    }
  }

  /// The pool's configuration: TCP or the Unix socket, TLS as `sslMode` says.
  package func configuration() -> PostgresClient.Configuration {
    if let socket {
      return PostgresClient.Configuration(
        unixSocketPath: socket, username: user, password: password, database: database)
    }
    let mode: PostgresClient.Configuration.TLS =
      tls.map { $0.required ? .require($0.configuration) : .prefer($0.configuration) } ?? .disable
    return PostgresClient.Configuration(
      host: host, port: port, username: user, password: password, database: database, tls: mode)
  }

  /// One connection's configuration, the same as the pool's.
  func connectionConfiguration() throws -> PostgresConnection.Configuration {
    if let socket {
      return PostgresConnection.Configuration(
        unixSocketPath: socket, username: user, password: password, database: database)
    }
    var mode = PostgresConnection.Configuration.TLS.disable
    if let tls {
      let context = try NIOSSLContext(configuration: tls.configuration)
      mode = tls.required ? .require(context) : .prefer(context)
    }
    return PostgresConnection.Configuration(
      host: host, port: port, username: user, password: password, database: database, tls: mode)
  }
}
