import DetenteStore
import Foundation
import HTTPTypes
import Hummingbird

/// An API error answered as JSON: `{"error": "...", "parameter": "..."}`.
struct APIError: HTTPResponseError {
  var status: HTTPResponse.Status
  var message: String
  var parameter: String?

  /// A query value the store cannot use, as a 400 naming the parameter as the API spells it
  /// (`--published-from` is `published_from`).
  init(_ error: QueryError) {
    let name = String(error.option.drop(while: { $0 == "-" })).replacingOccurrences(
      of: "-", with: "_")
    self.init(
      status: .badRequest, message: "\(name) \"\(error.value)\": \(error.problem)",
      parameter: name)
  }

  init(status: HTTPResponse.Status, message: String, parameter: String?) {
    self.status = status
    self.message = message
    self.parameter = parameter
  }

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
