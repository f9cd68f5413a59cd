package io.github.connectclient.errors;

import java.time.Duration;
import java.util.Objects;

/**
 * What a worker answered when it refused a request: the request line, the HTTP status, and the
 * server's {@code {"error_code", "message"}} body when it sent one.
 *
 * @param method HTTP method of the request, e.g. {@code PUT}
 * @param path request path as sent (percent-encoded), with its query string
 * @param statusCode HTTP status of the answer; 0 when the client refused the request before sending
 *     it (an {@link UnsupportedEndpointException} for a worker too old for it)
 * @param errorCode the body's {@code error_code}, or {@code null} when the body was not the JSON
 *     error shape (an HTML page from a proxy, the basic-auth extension's plain text, an empty body)
 * @param serverMessage the body's {@code message}, or a short excerpt of a non-JSON body; never
 *     null (empty when the body was empty)
 * @param workerUrl base URL of the worker that answered
 * @param attempts how many attempts the client made before giving up (1 when not retried)
 * @param retryAfter the delay the answer's {@code Retry-After} header asked for, or null
 */
public record ErrorResponse(
    String method,
    String path,
    int statusCode,
    Integer errorCode,
    String serverMessage,
    String workerUrl,
    int attempts,
    Duration retryAfter) {

  /**
   * Null-safe canonical constructor.
   *
   * @param method HTTP method of the request, e.g. {@code PUT}
   * @param path request path as sent (percent-encoded), with its query string
   * @param statusCode HTTP status of the answer
   * @param errorCode the body's {@code error_code}, or {@code null} when the body was not the JSON
   *     error shape (an HTML page from a proxy, the basic-auth extension's plain text, an empty
   *     body)
   * @param serverMessage the body's {@code message}, or a short excerpt of a non-JSON body; never
   *     null (empty when the body was empty)
   * @param workerUrl base URL of the worker that answered
   * @param attempts how many attempts the client made before giving up (1 when not retried)
   * @param retryAfter the delay the answer's {@code Retry-After} header asked for, or null
   */
  public ErrorResponse {
    Objects.requireNonNull(method, "method == null");
    Objects.requireNonNull(path, "path == null");
    serverMessage = serverMessage == null ? "" : serverMessage;
    workerUrl = workerUrl == null ? "" : workerUrl;
    attempts = Math.max(1, attempts);
  }

  /**
   * {@return the same answer, recording {@code attempts} attempts}
   *
   * @param attempts the number of attempts made
   */
  public ErrorResponse withAttempts(int attempts) {
    return new ErrorResponse(
        method, path, statusCode, errorCode, serverMessage, workerUrl, attempts, retryAfter);
  }

  /**
   * {@return a one-line description: {@code PUT /connectors/a/config -> 409: Connector a already
   * exists}}
   */
  public String describe() {
    String base = method + " " + path + " -> " + statusCode;
    String attemptNote = attempts > 1 ? " (after " + attempts + " attempts)" : "";
    return serverMessage.isEmpty() ? base + attemptNote : base + ": " + serverMessage + attemptNote;
  }
}
