import DetenteStore
import Foundation
import HTTPTypes
import Hummingbird

/// What the server answers when a handler fails. An error meant for the user (a bad parameter,
/// an unknown id) keeps its own status. A ``QueryError`` that reaches here (an FTS5 expression
/// the index refuses) is the user's too: 400 naming the parameter. A read the store stopped
/// under its ``ReadLimits`` (``StoreBusy``) is 503 with `Retry-After`. Anything else is the
/// server's fault: it is logged with the request's id and what failed, and answered with a
/// plain page (or JSON under `/api/`) that gives the same id, so that the log line can be found;
/// the error's own text, which may hold SQL, is not sent.
struct FailureMiddleware<Context: RequestContext>: RouterMiddleware {
  func handle(
    _ request: Request, context: Context,
    next: (Request, Context) async throws -> Response
  ) async throws -> Response {
    do {
      return try await next(request, context)
    } catch let error as HTTPResponseError {
      throw error
    } catch let error as QueryError {
      let e = APIError(error)
      return Self.answer(request, status: e.status, message: e.message, parameter: e.parameter)
    } catch let busy as StoreBusy {
      // The store stopped the read under its limits: not the user's fault, nor a failure.
      var response = Self.answer(
        request, status: .serviceUnavailable, message: busy.message, parameter: nil)
      response.headers[.retryAfter] = String(busy.retryAfter)
      return response
    } catch {
      context.logger.error(
        "request failed",
        metadata: [
          "method": "\(request.method)", "path": "\(request.uri.path)",
          "error": "\(String(reflecting: type(of: error))): \(error)",
        ])
      return Self.answer(
        request, status: .internalServerError,
        message:
          "the server could not answer this request; it was logged as request \(context.id)",
        parameter: nil, requestId: context.id)
    }
  }

  /// An error answer in the request's kind: JSON under `/api/`, a page elsewhere.
  static func answer(
    _ request: Request, status: HTTPResponse.Status, message: String, parameter: String?,
    requestId: String? = nil
  ) -> Response {
    if request.uri.path.hasPrefix("/api/") || request.uri.path == "/api" {
      var o: [String: Any] = ["error": message, "parameter": parameter ?? NSNull()]
      if let requestId { o["request_id"] = requestId }
      return JSONBody.response(status: status, object: o)
    }
    let title = status.code >= 500 ? "Something went wrong" : "Cannot answer that"
    return HTML.message(status: status, .init(title: title, message: message, warn: true))
  }
}

/// The API only reads: a request under `/api/` with any method but GET is answered 405 with
/// `Allow: GET` (JSON, like every API answer), whatever its path.
struct ReadOnlyAPIMiddleware<Context: RequestContext>: RouterMiddleware {
  func handle(
    _ request: Request, context: Context,
    next: (Request, Context) async throws -> Response
  ) async throws -> Response {
    let path = request.uri.path
    guard request.method != .get, path == "/api" || path.hasPrefix("/api/") else {
      return try await next(request, context)
    }
    var response = JSONBody.response(
      status: .methodNotAllowed,
      object: [
        "error": "the API only reads: \(request.method) is not allowed; use GET",
        "parameter": NSNull(),
      ])
    response.headers[.allow] = "GET"
    return response
  }
}
