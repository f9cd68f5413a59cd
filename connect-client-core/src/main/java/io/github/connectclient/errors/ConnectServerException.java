package io.github.connectclient.errors;

import java.util.Objects;

/**
 * A worker answered with an error status. Subtypes say what it means; this type itself is used for
 * statuses with no more specific meaning (for example 405, 406 or 415).
 */
public class ConnectServerException extends ConnectClientException {

  /** The worker's answer. */
  private final ErrorResponse response;

  /**
   * Creates the exception for an error answer.
   *
   * @param response the worker's answer
   */
  public ConnectServerException(ErrorResponse response) {
    this(response, null);
  }

  /**
   * Creates the exception for an error answer, with a cause.
   *
   * @param response the worker's answer
   * @param cause the underlying failure, or null
   */
  public ConnectServerException(ErrorResponse response, Throwable cause) {
    super(Objects.requireNonNull(response, "response == null").describe(), cause);
    this.response = response;
  }

  /**
   * {@return the full answer: request line, status, error code, server message, worker, attempts}
   */
  public ErrorResponse response() {
    return response;
  }

  /** {@return the HTTP status the worker answered with} */
  public int statusCode() {
    return response.statusCode();
  }

  /**
   * {@return the {@code error_code} of the JSON error body, or {@code null} for a non-JSON body}
   */
  public Integer errorCode() {
    return response.errorCode();
  }

  /** {@return the server's message (never null; empty when the body was empty)} */
  public String serverMessage() {
    return response.serverMessage();
  }

  /** {@return the HTTP method of the failed request} */
  public String method() {
    return response.method();
  }

  /** {@return the request path as sent, percent-encoded, with its query string} */
  public String path() {
    return response.path();
  }

  /** {@return how many attempts were made (1 when the call was not retried)} */
  public int attempts() {
    return response.attempts();
  }
}
