package io.github.connectclient.errors;

/**
 * The worker answered 500 {@code Request timed out}: it gave up waiting (90 s by default) for the
 * herder. The operation may still complete later; re-read the state before repeating a call that is
 * not idempotent.
 */
public class RequestTimeoutException extends ServerErrorException {

  /**
   * Creates the exception for an error answer.
   *
   * @param response the worker's answer
   */
  public RequestTimeoutException(ErrorResponse response) {
    super(response);
  }
}
