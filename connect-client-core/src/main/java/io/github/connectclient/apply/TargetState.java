package io.github.connectclient.apply;

import io.github.connectclient.model.State;
import java.util.Arrays;
import java.util.Locale;

/** The state a {@link ConnectorSpec} wants its connector in. */
public enum TargetState {
  /** Running, with its tasks (the default). */
  RUNNING,
  /** Paused: the connector and its tasks exist but process nothing. */
  PAUSED,
  /** Stopped: the config is kept, no tasks exist (Kafka 3.5.0+). */
  STOPPED;

  /** {@return the runtime state a connector in this target state reports} */
  public State toState() {
    return State.valueOf(name());
  }

  /**
   * {@return whether a connector whose status shows {@code current} is already where this target
   * wants it} {@code RUNNING} is reached by every state but {@code PAUSED} and {@code STOPPED} (a
   * {@code FAILED}, {@code UNASSIGNED} or {@code RESTARTING} connector has nothing to resume;
   * {@code null} means unknown); {@code PAUSED} and {@code STOPPED} only by themselves.
   *
   * @param current the state the connector's status shows
   */
  public boolean isReachedBy(State current) {
    if (this == RUNNING) {
      return current != State.PAUSED && current != State.STOPPED;
    }
    return current == toState();
  }

  /**
   * {@return the constant for {@code value}, ignoring case}
   *
   * @param value {@code RUNNING}, {@code PAUSED} or {@code STOPPED}, in any case
   * @throws IllegalArgumentException if {@code value} is not RUNNING, PAUSED or STOPPED
   */
  public static TargetState fromString(String value) {
    for (TargetState state : values()) {
      if (state.name().equals(value == null ? null : value.toUpperCase(Locale.ROOT))) {
        return state;
      }
    }
    throw new IllegalArgumentException(
        "unknown state " + value + "; valid values are " + Arrays.toString(values()));
  }
}
