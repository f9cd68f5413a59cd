package io.github.connectclient.errors;

/**
 * The worker answered 400: the request was understood and refused (for example offsets altered
 * while the connector is not STOPPED). Never retried.
 */
public class BadRequestException extends ConnectServerException {

  /**
   * Creates the exception for an error answer.
   *
   * @param response the worker's answer
   */
  public BadRequestException(ErrorResponse response) {
    super(response);
  }
}
