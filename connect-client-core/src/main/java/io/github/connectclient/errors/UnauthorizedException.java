package io.github.connectclient.errors;

/**
 * The worker answered 401: credentials are missing or wrong. With Kafka's basic-auth extension the
 * body is plain text and carries no {@code WWW-Authenticate}, so credentials must be configured up
 * front.
 */
public class UnauthorizedException extends ConnectServerException {

  /**
   * Creates the exception for an error answer.
   *
   * @param response the worker's answer
   */
  public UnauthorizedException(ErrorResponse response) {
    super(response);
  }
}
