package io.github.connectclient.errors;

/**
 * The worker answered 403, for example {@code Topic tracking is disabled.} or a gateway's
 * authorisation refusal.
 */
public class ForbiddenException extends ConnectServerException {

  /**
   * Creates the exception for an error answer.
   *
   * @param response the worker's answer
   */
  public ForbiddenException(ErrorResponse response) {
    super(response);
  }
}
