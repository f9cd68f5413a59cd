package io.github.connectclient.errors;

/**
 * The worker answered 404 because the named connector does not exist (for example {@code Connector
 * x not found}, {@code No status found for connector x}, {@code Unknown connector x}).
 */
public class ConnectorNotFoundException extends NotFoundException {

  /** The connector name the request addressed. */
  private final String connectorName;

  /**
   * Creates the exception for an error answer about {@code connectorName}.
   *
   * @param response the worker's answer
   * @param connectorName the connector name the request addressed
   */
  public ConnectorNotFoundException(ErrorResponse response, String connectorName) {
    super(response);
    this.connectorName = connectorName;
  }

  /** {@return the connector name the request addressed} */
  public String connectorName() {
    return connectorName;
  }
}
