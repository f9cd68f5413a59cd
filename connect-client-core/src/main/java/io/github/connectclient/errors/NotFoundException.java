package io.github.connectclient.errors;

/**
 * The worker answered 404 for something other than a connector: an unknown plugin, logger or task,
 * or a path the worker does not serve. See {@link ConnectorNotFoundException} and {@link
 * UnsupportedEndpointException} for the more specific cases.
 */
public class NotFoundException extends ConnectServerException {

  /**
   * Creates the exception for an error answer.
   *
   * @param response the worker's answer
   */
  public NotFoundException(ErrorResponse response) {
    super(response);
  }
}
