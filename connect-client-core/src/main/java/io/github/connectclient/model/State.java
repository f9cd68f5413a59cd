package io.github.connectclient.model;

/**
 * The runtime state of a connector or task, as reported by {@code GET /connectors/{name}/status}.
 *
 * <p>The server spells states in upper case. {@link #RESTARTING} exists since Kafka 3.0.0 (KIP-745)
 * and {@link #STOPPED} since 3.5.0 (KIP-875, connectors only).
 */
public enum State {
  /** Not yet assigned to a worker. */
  UNASSIGNED,
  /** Running. */
  RUNNING,
  /** Paused by {@code PUT /connectors/{name}/pause}. */
  PAUSED,
  /** Stopped by {@code PUT /connectors/{name}/stop} (Kafka 3.5.0+, connector level only). */
  STOPPED,
  /** Failed; the status then usually carries a stack trace. */
  FAILED,
  /** A restart was requested and is pending (Kafka 3.0.0+). */
  RESTARTING,
  /** Deleted. Exists inside the worker but is never visible through the REST API. */
  DESTROYED,
  /** The state was absent or is a value this client does not know. */
  UNKNOWN;

  /** The constants, read by {@link #fromString} without the copy {@code values()} makes. */
  private static final State[] CONSTANTS = values();

  /**
   * {@return the constant for a server value, ignoring case; {@code null} or an unrecognised value
   * gives {@link #UNKNOWN}}
   *
   * @param value the server's spelling, or null
   */
  public static State fromString(String value) {
    return ServerEnums.lookup(CONSTANTS, value, UNKNOWN);
  }

  /** {@return the spelling the REST API uses, for example {@code RUNNING}} */
  public String serverValue() {
    return name();
  }
}
