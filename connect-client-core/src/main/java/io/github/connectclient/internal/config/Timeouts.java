package io.github.connectclient.internal.config;

import io.github.connectclient.internal.endpoint.TimeoutKind;
import java.time.Duration;
import java.util.Objects;

/**
 * How long the client waits: to connect, and for one attempt of each kind of call (from sending to
 * the last byte of the answer).
 *
 * @param connect TCP (and TLS) connect timeout
 * @param read the time budget of one attempt of a read ({@code GET})
 * @param write the time budget of one attempt of a write
 * @param validate the time budget of one attempt of a config validation
 * @param hedgeReadsAfter after how long without an answer a read is also sent to another worker, or
 *     null for never
 */
public record Timeouts(
    Duration connect, Duration read, Duration write, Duration validate, Duration hedgeReadsAfter) {

  /** Checks the values. */
  public Timeouts {
    positive(connect, "connectTimeout");
    positive(read, "readTimeout");
    positive(write, "writeTimeout");
    positive(validate, "validationTimeout");
    if (hedgeReadsAfter != null) {
      positive(hedgeReadsAfter, "hedgeReads");
    }
  }

  /** The time budget of one attempt of a call of {@code kind}. */
  public Duration attempt(TimeoutKind kind) {
    return switch (kind) {
      case READ -> read;
      case WRITE -> write;
      case VALIDATE -> validate;
    };
  }

  /** The longest attempt budget of any kind (the HTTP client's own socket timeouts). */
  public Duration longest() {
    Duration longest = read.compareTo(write) >= 0 ? read : write;
    return longest.compareTo(validate) >= 0 ? longest : validate;
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
