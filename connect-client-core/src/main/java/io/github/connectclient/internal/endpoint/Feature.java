package io.github.connectclient.internal.endpoint;

import java.util.Objects;

/**
 * Something a call needs from the worker that answers it, and the Apache Kafka version that brought
 * it: an endpoint itself ({@code PUT /connectors/{connector}/stop}, 3.5.0), or an option or field
 * of one ({@code initial_state}, 3.7.0). The executors refuse a call, before sending it, when the
 * worker runs an older version (docs/endpoints.md, "Compatibility").
 *
 * @param name what needs the version, as a message names it
 * @param since the first Apache Kafka version that has it, e.g. {@code 3.7.0}
 */
public record Feature(String name, String since) {

  /** The version of Connect's first release; what every worker has. */
  public static final String FIRST_VERSION = "0.10.0";

  /** Checks the values. */
  public Feature {
    Objects.requireNonNull(name, "name == null");
    Objects.requireNonNull(since, "since == null");
  }

  /** The endpoint itself as a feature, or null when every worker serves it. */
  static Feature route(Endpoint<?> endpoint) {
    return endpoint.since().equals(FIRST_VERSION)
        ? null
        : new Feature(endpoint.toString(), endpoint.since());
  }
}
