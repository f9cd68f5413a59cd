package io.github.connectclient.model;

import java.util.Locale;

/**
 * Whether a connector reads from an external system into Kafka or writes from Kafka out.
 *
 * <p>Reported as {@code type} by {@code GET /connectors/{name}} and {@code GET
 * /connectors/{name}/status} since Kafka 1.0.0 (KIP-151); the server spells it in lower case.
 */
public enum ConnectorType {
  /** A source connector: external system to Kafka. */
  SOURCE,
  /** A sink connector: Kafka to external system. */
  SINK,
  /**
   * The worker could not tell (it cannot load {@code connector.class}), the field was absent (Kafka
   * before 1.0.0), or the server sent a value this client does not know.
   */
  UNKNOWN;

  /** The constants, read by {@link #fromString} without the copy {@code values()} makes. */
  private static final ConnectorType[] CONSTANTS = values();

  /**
   * {@return the constant for a server value, ignoring case; {@code null} or an unrecognised value
   * gives {@link #UNKNOWN}}
   *
   * @param value the server's spelling, or null
   */
  public static ConnectorType fromString(String value) {
    return ServerEnums.lookup(CONSTANTS, value, UNKNOWN);
  }

  /** {@return the spelling the REST API uses: {@code source}, {@code sink} or {@code unknown}} */
  public String serverValue() {
    return name().toLowerCase(Locale.ROOT);
  }
}
