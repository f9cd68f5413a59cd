package io.github.connectclient.model;

import java.util.Locale;

/**
 * The kind of a plugin installed on a worker, as listed by {@code GET /connector-plugins}.
 *
 * <p>Kafka 3.2.0 (KIP-769) added the non-connector kinds, listed with {@code
 * ?connectorsOnly=false}; older workers only report {@code source}, {@code sink} and {@code
 * unknown}. The server spells the type in lower case ({@code header_converter}).
 */
public enum PluginType {
  /** A source connector. */
  SOURCE,
  /** A sink connector. */
  SINK,
  /** A key or value converter. */
  CONVERTER,
  /** A header converter. */
  HEADER_CONVERTER,
  /** A single message transformation. */
  TRANSFORMATION,
  /** A predicate for conditional transformations. */
  PREDICATE,
  /** An unrecognised or absent type, including the pre-3.2 {@code unknown}. */
  UNKNOWN;

  /** The constants, read by {@link #fromString} without the copy {@code values()} makes. */
  private static final PluginType[] CONSTANTS = values();

  /**
   * {@return the constant for a server value, ignoring case; {@code null} or an unrecognised value
   * gives {@link #UNKNOWN}}
   *
   * @param value the server's spelling, or null
   */
  public static PluginType fromString(String value) {
    return ServerEnums.lookup(CONSTANTS, value, UNKNOWN);
  }

  /** {@return the spelling the REST API uses, for example {@code header_converter}} */
  public String serverValue() {
    return name().toLowerCase(Locale.ROOT);
  }
}
