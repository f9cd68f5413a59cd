package io.github.connectclient.errors;

/**
 * The worker answered 409 {@code Connector <name> already exists} to a create. Permanent: it is
 * never retried. Use {@code putConnectorConfig} for create-or-update.
 */
public class ConnectorAlreadyExistsException extends ConnectServerException {

  /**
   * Creates the exception for an error answer.
   *
   * @param response the worker's answer
   */
  public ConnectorAlreadyExistsException(ErrorResponse response) {
    super(response);
  }
}
