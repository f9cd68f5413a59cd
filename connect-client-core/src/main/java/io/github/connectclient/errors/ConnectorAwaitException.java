package io.github.connectclient.errors;

import io.github.connectclient.model.ConnectorStatus;
import io.github.connectclient.model.State;

/**
 * An await ended without the connector reaching the state: {@link ConnectorStateTimeoutException}
 * (the time ran out) or {@link ConnectorFailedException} (the connector or a task failed). Catch
 * this type for both.
 */
public class ConnectorAwaitException extends ConnectClientException {

  /** The connector waited for. */
  private final String connectorName;

  /** The state waited for. */
  private final State expectedState;

  private final transient ConnectorStatus lastStatus;

  /**
   * Creates the exception.
   *
   * @param message the message
   * @param cause the last error, or null
   * @param connectorName the connector waited for
   * @param expectedState the state waited for
   * @param lastStatus the last status read, or null
   */
  protected ConnectorAwaitException(
      String message,
      Throwable cause,
      String connectorName,
      State expectedState,
      ConnectorStatus lastStatus) {
    super(message, cause);
    this.connectorName = connectorName;
    this.expectedState = expectedState;
    this.lastStatus = lastStatus;
  }

  /** {@return the connector waited for} */
  public String connectorName() {
    return connectorName;
  }

  /** {@return the state waited for} */
  public State expectedState() {
    return expectedState;
  }

  /** {@return the last status read, or null when none could be read} */
  public ConnectorStatus lastStatus() {
    return lastStatus;
  }
}
