package io.github.connectclient.errors;

import io.github.connectclient.model.ConnectorStatus;
import io.github.connectclient.model.State;
import java.time.Duration;

/**
 * {@code awaitConnectorState} gave up: the connector and its tasks did not all reach the wanted
 * state in time. {@link #lastStatus()} holds the last status seen (null when none could be read,
 * for example because the connector had no status yet).
 */
public class ConnectorStateTimeoutException extends ConnectorAwaitException {

  /**
   * Creates the exception.
   *
   * @param connectorName the connector waited for
   * @param expectedState the state waited for
   * @param timeout how long the client waited
   * @param lastStatus the last status read, or null
   * @param lastError the last error from reading the status, or null
   */
  public ConnectorStateTimeoutException(
      String connectorName,
      State expectedState,
      Duration timeout,
      ConnectorStatus lastStatus,
      Throwable lastError) {
    super(
        describe(connectorName, expectedState, timeout, lastStatus, lastError),
        lastError,
        connectorName,
        expectedState,
        lastStatus);
  }

  private static String describe(
      String name, State state, Duration timeout, ConnectorStatus last, Throwable lastError) {
    String seen;
    if (last != null) {
      StringBuilder text = new StringBuilder("connector ").append(last.connector().state());
      last.tasks()
          .forEach(t -> text.append(", task ").append(t.id()).append(' ').append(t.state()));
      seen = text.toString();
    } else if (lastError != null) {
      seen = "no status (" + lastError.getMessage() + ")";
    } else {
      seen = "no status";
    }
    return "Connector "
        + name
        + " did not reach "
        + state
        + " within "
        + timeout
        + "; last seen: "
        + seen;
  }
}
