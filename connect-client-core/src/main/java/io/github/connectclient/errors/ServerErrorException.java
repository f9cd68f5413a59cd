package io.github.connectclient.errors;

/**
 * The worker answered a 5xx status that has no more specific meaning. Retried only for idempotent
 * calls and only for 502, 503 and 504.
 */
public class ServerErrorException extends ConnectServerException {

  /**
   * Creates the exception for an error answer.
   *
   * @param response the worker's answer
   */
  public ServerErrorException(ErrorResponse response) {
    super(response);
  }
}
