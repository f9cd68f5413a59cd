package io.github.connectclient.internal.await;

import io.github.connectclient.model.ConnectorStatus;
import io.github.connectclient.model.State;
import io.github.connectclient.model.TaskState;
import java.time.Duration;

/** When {@code awaitConnectorState} is satisfied, shared by the sync and async clients. */
public final class StateMatcher {

  /** How often the status is polled. */
  public static final Duration POLL_INTERVAL = Duration.ofMillis(250);

  private StateMatcher() {}

  /**
   * Whether the connector and all its tasks are in {@code state}; for RUNNING and PAUSED at least
   * one task must exist (tasks are created asynchronously after the connector).
   */
  public static boolean matches(ConnectorStatus status, State state) {
    if (status == null || status.connector() == null || status.connector().state() != state) {
      return false;
    }
    if ((state == State.RUNNING || state == State.PAUSED) && status.tasks().isEmpty()) {
      return false;
    }
    for (TaskState task : status.tasks()) {
      if (task.state() != state) {
        return false;
      }
    }
    return true;
  }
}
