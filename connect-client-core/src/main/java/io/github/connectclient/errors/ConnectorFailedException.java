package io.github.connectclient.errors;

import io.github.connectclient.model.ConnectorStatus;
import io.github.connectclient.model.State;
import io.github.connectclient.model.TaskState;

/**
 * An await gave up early: the connector or one of its tasks is {@code FAILED} while another state
 * was awaited, so waiting longer would only run into the timeout. {@link #lastStatus()} is the
 * status that showed the failure and {@link #trace()} the worker's stack trace of it.
 *
 * <p>The message names the failed instances and the exception class of the trace, never the trace's
 * text (it may quote a config value).
 */
public class ConnectorFailedException extends ConnectorAwaitException {

  /**
   * Creates the exception.
   *
   * @param connectorName the connector waited for
   * @param expectedState the state waited for
   * @param lastStatus the status that shows the failure
   */
  public ConnectorFailedException(
      String connectorName, State expectedState, ConnectorStatus lastStatus) {
    super(
        describe(connectorName, expectedState, lastStatus),
        null,
        connectorName,
        expectedState,
        lastStatus);
  }

  /**
   * {@return the worker's stack trace of the failure: the connector's when it failed, else the
   * first failed task's; {@code null} when the worker sent none}
   */
  public String trace() {
    ConnectorStatus status = lastStatus();
    if (status == null) {
      return null;
    }
    if (status.connector() != null && status.connector().state() == State.FAILED) {
      return status.connector().trace();
    }
    return status.tasks().stream()
        .filter(task -> task.state() == State.FAILED)
        .map(TaskState::trace)
        .findFirst()
        .orElse(null);
  }

  private static String describe(String name, State state, ConnectorStatus status) {
    StringBuilder failed = new StringBuilder();
    String trace = null;
    if (status != null && status.connector() != null) {
      if (status.connector().state() == State.FAILED) {
        failed.append("connector FAILED");
        trace = status.connector().trace();
      }
      for (TaskState task : status.tasks()) {
        if (task.state() == State.FAILED) {
          failed.append(failed.length() == 0 ? "" : ", ").append("task ").append(task.id());
          failed.append(" FAILED");
          trace = trace == null ? task.trace() : trace;
        }
      }
    }
    String cause = exceptionClass(trace);
    return "Connector "
        + name
        + " failed while awaiting "
        + state
        + ": "
        + (failed.length() == 0 ? "FAILED" : failed)
        + (cause == null ? "" : " (" + cause + "; see trace())");
  }

  /** The exception class that starts a Java stack trace, or null when it does not look like one. */
  private static String exceptionClass(String trace) {
    if (trace == null) {
      return null;
    }
    String first = trace.strip();
    int end = 0;
    while (end < first.length()
        && (Character.isJavaIdentifierPart(first.charAt(end)) || first.charAt(end) == '.')) {
      end++;
    }
    return end == 0 ? null : first.substring(0, end);
  }
}
