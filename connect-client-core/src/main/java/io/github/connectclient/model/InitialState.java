package io.github.connectclient.model;

import java.util.Arrays;

/**
 * The state a connector starts in when created with {@code POST /connectors}.
 *
 * <p>Sent as {@code initial_state}, which exists since Kafka 3.7.0 (KIP-980). Older workers reject
 * a request that contains the field with a 500, so leave it unset for them. The server spells it in
 * upper case and accepts any case.
 */
public enum InitialState {
  /** Start the connector and its tasks (the server's default). */
  RUNNING,
  /** Create the connector paused. */
  PAUSED,
  /** Create the connector stopped: no tasks are generated until it is resumed. */
  STOPPED;

  /**
   * {@return the constant for a value, ignoring case}
   *
   * @param value the spelling, e.g. {@code stopped}
   * @throws IllegalArgumentException if {@code value} is {@code null} or not one of {@code
   *     RUNNING}, {@code PAUSED} or {@code STOPPED}
   */
  public static InitialState fromString(String value) {
    InitialState state = ServerEnums.lookup(values(), value, null);
    if (state != null) {
      return state;
    }
    throw new IllegalArgumentException(
        "Unknown initial state " + value + "; valid values are " + Arrays.toString(values()));
  }

  /** {@return the spelling the REST API uses, for example {@code STOPPED}} */
  public String serverValue() {
    return name();
  }
}
