import Foundation
import HTTPTypes
import Hummingbird

/// An API error answered as JSON: `{"error": "...", "parameter": "..."}`.
struct APIError: HTTPResponseError {
  var status: HTTPResponse.Status
  var message: String
  var parameter: String?

  func response(from request: Request, context: some RequestContext) throws -> Response {
    var o: [String: Any] = ["error": message]
    o["parameter"] = parameter ?? NSNull()
    return JSONBody.response(status: status, object: o)
  }
}

/// JSON responses.
enum JSONBody {
  static func response(status: HTTPResponse.Status = .ok, text: String) -> Response {
    Response(
      status: status, headers: [.contentType: "application/json; charset=utf-8"],
      body: .init(byteBuffer: ByteBuffer(string: text + "\n")))
  }

  /// A string as a JSON string literal.
  static func string(_ s: String) -> String {
    let data =
      (try? JSONSerialization.data(withJSONObject: s, options: [.fragmentsAllowed]))
      ?? Data("\"\"".utf8)
    return String(decoding: data, as: UTF8.self)
  }

  static func response(status: HTTPResponse.Status = .ok, object: Any) -> Response {
    let data =
      (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]))
      ?? Data("{}".utf8)
    return response(status: status, text: String(decoding: data, as: UTF8.self))
  }
}

/// HTML responses.
enum HTMLBody {
  static func response(status: HTTPResponse.Status = .ok, _ html: String) -> Response {
    Response(
      status: status,
      headers: [
        .contentType: "text/html; charset=utf-8",
        .contentSecurityPolicy:
          "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'",
      ],
      body: .init(byteBuffer: ByteBuffer(string: html)))
  }
}
