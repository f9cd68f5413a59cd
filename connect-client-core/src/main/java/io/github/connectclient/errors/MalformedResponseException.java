package io.github.connectclient.errors;

/**
 * The worker answered with a success status but the body is not what the API promises: not JSON,
 * truncated, the wrong shape, or larger than the configured limit. The message says what was wrong
 * and where (a JSON path such as {@code $.tasks[0].state}).
 */
public class MalformedResponseException extends ConnectClientException {

  /** The HTTP method of the request. */
  private final String method;

  /** The request path as sent. */
  private final String path;

  /** The HTTP status of the answer. */
  private final int statusCode;

  /** Where in the body decoding failed, or null. */
  private final String jsonPath;

  /**
   * Creates the exception.
   *
   * @param method HTTP method of the request
   * @param path request path as sent
   * @param statusCode the (successful) status the worker answered with
   * @param jsonPath where in the body decoding failed, e.g. {@code $.tasks[0]}; may be null
   * @param detail what was wrong
   * @param cause the decoding failure
   */
  public MalformedResponseException(
      String method, String path, int statusCode, String jsonPath, String detail, Throwable cause) {
    super(
        method + " " + path + " -> " + statusCode + ": malformed response body: " + detail, cause);
    this.method = method;
    this.path = path;
    this.statusCode = statusCode;
    this.jsonPath = jsonPath;
  }

  /** {@return the HTTP method of the request} */
  public String method() {
    return method;
  }

  /** {@return the request path as sent} */
  public String path() {
    return path;
  }

  /** {@return the HTTP status of the answer} */
  public int statusCode() {
    return statusCode;
  }

  /**
   * {@return where in the body decoding failed, e.g} {@code $.tasks[0].state}, or null if unknown.
   */
  public String jsonPath() {
    return jsonPath;
  }
}
