package io.github.connectclient.internal.config;

import java.time.Duration;
import java.util.Objects;

/**
 * How long the client waits.
 *
 * @param connect TCP (and TLS) connect timeout
 * @param request the time budget of one attempt, from sending to the last byte of the answer
 */
public record Timeouts(Duration connect, Duration request) {

  /** Checks the values. */
  public Timeouts {
    positive(connect, "connectTimeout");
    positive(request, "requestTimeout");
  }

  /** {@code value}, if it is positive. */
  public static Duration positive(Duration value, String name) {
    Objects.requireNonNull(value, name + " == null");
    if (value.isZero() || value.isNegative()) {
      throw new IllegalArgumentException(name + " must be positive but was " + value);
    }
    return value;
  }

  /** {@code value}, if it is zero or positive. */
  public static Duration notNegative(Duration value, String name) {
    Objects.requireNonNull(value, name + " == null");
    if (value.isNegative()) {
      throw new IllegalArgumentException(name + " must not be negative but was " + value);
    }
    return value;
  }
}
