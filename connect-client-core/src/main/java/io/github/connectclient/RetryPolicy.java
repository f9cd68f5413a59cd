package io.github.connectclient;

import io.github.connectclient.internal.config.Timeouts;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * How the client retries a request that failed in a way that is safe to repeat: a rebalance
 * conflict, a leader that is momentarily unreachable, a worker that refused the connection, a
 * transient 502/503/504/429 on an idempotent call. Immutable; build one with {@link #builder()} or
 * start from {@link #defaults()} with {@link #toBuilder()}.
 *
 * <p>Which failures are retried depends on the endpoint, never on this policy: see {@code
 * docs/retries.md}. This policy only says how often and how long.
 *
 * <p>Delays grow exponentially: after failed attempt {@code n} (1-based, counting attempts at every
 * worker) the client waits {@code initialBackoff * multiplier^(n-1)}, at most {@code maxBackoff},
 * spread by {@code ±jitter} so that many clients do not retry in lockstep. A {@code Retry-After}
 * header replaces the computed delay (no jitter). Moving to another worker that is not cooling down
 * happens at once, without a wait.
 *
 * <p>The {@code deadline} bounds the whole call: each attempt's timeout is cut to what is left of
 * it, and when the next wait (computed or asked by {@code Retry-After}) would not end before the
 * deadline, the call gives up at once with the last failure rather than wait and have no time left
 * for the attempt.
 *
 * <p>Every attempt counts against {@code maxAttempts}, whichever worker it goes to: several worker
 * URLs never multiply the attempts.
 */
public final class RetryPolicy {

  private static final RetryPolicy DEFAULTS = builder().build();
  private static final RetryPolicy NONE = builder().maxAttempts(1).build();

  private final int maxAttempts;
  private final Duration initialBackoff;
  private final double multiplier;
  private final Duration maxBackoff;
  private final double jitter;
  private final Duration deadline;
  private final boolean respectRetryAfter;

  private RetryPolicy(Builder builder) {
    this.maxAttempts = builder.maxAttempts;
    this.initialBackoff = builder.initialBackoff;
    this.multiplier = builder.multiplier;
    this.maxBackoff = builder.maxBackoff;
    this.jitter = builder.jitter;
    this.deadline = builder.deadline;
    this.respectRetryAfter = builder.respectRetryAfter;
  }

  /**
   * The defaults, chosen for a Connect cluster riding through a rebalance or a leader loss:
   *
   * <ul>
   *   <li>{@code maxAttempts = 10}: a killed leader makes the survivor answer 500 for about 3 s and
   *       hold the next write about 10 s; ten attempts with the backoff below span about 45 s of
   *       waiting, enough for a rebalance with the default session timeout.
   *   <li>{@code initialBackoff = 250 ms}, {@code multiplier = 2}: the first retry comes quickly
   *       (most 409 "stale configuration" answers clear within a second).
   *   <li>{@code maxBackoff = 10 s}: a rebalance is followed closely, never waited out blindly.
   *   <li>{@code jitter = 0.2}: ±20% so that many clients do not retry in lockstep.
   *   <li>{@code deadline = 2 min}: a call never retries for longer than a person would wait;
   *       longer than Connect's own 90 s request timeout so one slow attempt still fits.
   *   <li>{@code respectRetryAfter = true}: a gateway's {@code Retry-After} wins over the backoff.
   * </ul>
   *
   * @return the default policy
   */
  public static RetryPolicy defaults() {
    return DEFAULTS;
  }

  /**
   * {@return one attempt only: no retry and no failover to another worker within the call} A worker
   * that failed still cools down, so the next call goes to another one.
   */
  public static RetryPolicy none() {
    return NONE;
  }

  /** {@return a builder starting from the defaults} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder starting from this policy} */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** {@return the attempts in all, the first included; 1 means no retry} */
  public int maxAttempts() {
    return maxAttempts;
  }

  /** {@return the delay before the first retry} */
  public Duration initialBackoff() {
    return initialBackoff;
  }

  /** {@return the factor applied to the delay after each retry} */
  public double multiplier() {
    return multiplier;
  }

  /** {@return the upper bound of a computed delay} */
  public Duration maxBackoff() {
    return maxBackoff;
  }

  /** {@return the random spread of each delay, as a fraction: 0.2 means ±20%} */
  public double jitter() {
    return jitter;
  }

  /** {@return the time budget of a whole call across attempts, if any} */
  public Optional<Duration> deadline() {
    return Optional.ofNullable(deadline);
  }

  /** {@return whether a {@code Retry-After} header sets the next delay} */
  public boolean respectRetryAfter() {
    return respectRetryAfter;
  }

  /**
   * {@return the computed delay before retry number {@code retry} (1-based), without jitter}
   *
   * @param retry the number of the retry, 1 for the first
   */
  public Duration backoff(int retry) {
    double millis = initialBackoff.toMillis() * Math.pow(multiplier, Math.max(0, retry - 1));
    return Duration.ofMillis((long) Math.min(millis, maxBackoff.toMillis()));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RetryPolicy other
        && maxAttempts == other.maxAttempts
        && initialBackoff.equals(other.initialBackoff)
        && Double.compare(multiplier, other.multiplier) == 0
        && maxBackoff.equals(other.maxBackoff)
        && Double.compare(jitter, other.jitter) == 0
        && Objects.equals(deadline, other.deadline)
        && respectRetryAfter == other.respectRetryAfter;
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        maxAttempts, initialBackoff, multiplier, maxBackoff, jitter, deadline, respectRetryAfter);
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "RetryPolicy{maxAttempts=%d, initialBackoff=%s, multiplier=%s, maxBackoff=%s, jitter=%s,"
            + " deadline=%s, respectRetryAfter=%s}",
        maxAttempts,
        initialBackoff,
        multiplier,
        maxBackoff,
        jitter,
        deadline,
        respectRetryAfter);
  }

  /** Builds a {@link RetryPolicy}; every setter validates its argument at once. */
  public static final class Builder {
    private int maxAttempts = 10;
    private Duration initialBackoff = Duration.ofMillis(250);
    private double multiplier = 2.0;
    private Duration maxBackoff = Duration.ofSeconds(10);
    private double jitter = 0.2;
    private Duration deadline = Duration.ofMinutes(2);
    private boolean respectRetryAfter = true;

    private Builder() {}

    private Builder(RetryPolicy policy) {
      this.maxAttempts = policy.maxAttempts;
      this.initialBackoff = policy.initialBackoff;
      this.multiplier = policy.multiplier;
      this.maxBackoff = policy.maxBackoff;
      this.jitter = policy.jitter;
      this.deadline = policy.deadline;
      this.respectRetryAfter = policy.respectRetryAfter;
    }

    /**
     * Attempts in all, at least 1.
     *
     * @param maxAttempts attempts in all, at least 1
     * @return this builder
     */
    public Builder maxAttempts(int maxAttempts) {
      if (maxAttempts < 1) {
        throw new IllegalArgumentException("maxAttempts must be >= 1 but was " + maxAttempts);
      }
      this.maxAttempts = maxAttempts;
      return this;
    }

    /**
     * Delay before the first retry; zero or positive.
     *
     * @param initialBackoff zero or a positive duration
     * @return this builder
     */
    public Builder initialBackoff(Duration initialBackoff) {
      this.initialBackoff = Timeouts.notNegative(initialBackoff, "initialBackoff");
      return this;
    }

    /**
     * Growth factor of the delay, at least 1.
     *
     * @param multiplier the growth factor, at least 1
     * @return this builder
     */
    public Builder multiplier(double multiplier) {
      if (!(multiplier >= 1.0) || Double.isInfinite(multiplier)) {
        throw new IllegalArgumentException("multiplier must be >= 1 but was " + multiplier);
      }
      this.multiplier = multiplier;
      return this;
    }

    /**
     * Upper bound of a computed delay; zero or positive.
     *
     * @param maxBackoff zero or a positive duration
     * @return this builder
     */
    public Builder maxBackoff(Duration maxBackoff) {
      this.maxBackoff = Timeouts.notNegative(maxBackoff, "maxBackoff");
      return this;
    }

    /**
     * Random spread of each delay, from 0 (none) to 1 (±100%).
     *
     * @param jitter the spread, from 0 to 1
     * @return this builder
     */
    public Builder jitter(double jitter) {
      if (!(jitter >= 0.0 && jitter <= 1.0)) {
        throw new IllegalArgumentException("jitter must be in [0, 1] but was " + jitter);
      }
      this.jitter = jitter;
      return this;
    }

    /**
     * Time budget of a whole call across attempts; positive.
     *
     * @param deadline a positive duration
     * @return this builder
     */
    public Builder deadline(Duration deadline) {
      this.deadline = Timeouts.positive(deadline, "deadline");
      return this;
    }

    /**
     * No time budget across attempts: only {@link #maxAttempts} bounds the call.
     *
     * @return this builder
     */
    public Builder noDeadline() {
      this.deadline = null;
      return this;
    }

    /**
     * Whether a {@code Retry-After} header sets the next delay (capped by the deadline).
     *
     * @param respectRetryAfter whether the server's {@code Retry-After} wins
     * @return this builder
     */
    public Builder respectRetryAfter(boolean respectRetryAfter) {
      this.respectRetryAfter = respectRetryAfter;
      return this;
    }

    /** {@return the immutable policy} */
    public RetryPolicy build() {
      if (maxBackoff.compareTo(initialBackoff) < 0) {
        throw new IllegalArgumentException(
            "maxBackoff " + maxBackoff + " is shorter than initialBackoff " + initialBackoff);
      }
      return new RetryPolicy(this);
    }
  }
}
