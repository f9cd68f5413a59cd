package io.github.connectclient.internal.retry;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.IntFunction;

/**
 * How often and how long a call is retried, and who hears about it: the public {@code RetryPolicy}
 * and {@code RetryListener} as the engine reads them.
 *
 * @param maxAttempts attempts per call, at every worker together (1 = no retry)
 * @param backoff the wait after failed attempt {@code n} (1-based), before jitter
 * @param jitter the spread of each wait, in [0, 1]
 * @param deadline the time budget of a whole call, or null for none
 * @param respectRetryAfter whether a server's {@code Retry-After} replaces the computed wait
 * @param listener told about each retry, failover and exhausted budget
 * @param attemptListener told about every attempt, whatever its outcome
 */
public record RetrySettings(
    int maxAttempts,
    IntFunction<Duration> backoff,
    double jitter,
    Duration deadline,
    boolean respectRetryAfter,
    Consumer<RetryNotice> listener,
    Consumer<AttemptNotice> attemptListener) {

  /** The attempt listener of a client nobody listens to: the engine then builds no notices. */
  public static final Consumer<AttemptNotice> NO_ATTEMPT_LISTENER = notice -> {};

  /** Checks the values. */
  public RetrySettings {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1 but was " + maxAttempts);
    }
    if (jitter < 0 || jitter > 1) {
      throw new IllegalArgumentException("jitter must be in [0, 1] but was " + jitter);
    }
    Objects.requireNonNull(backoff, "backoff == null");
    Objects.requireNonNull(listener, "listener == null");
    Objects.requireNonNull(attemptListener, "attemptListener == null");
  }

  /** Settings whose attempts nobody listens to. */
  public RetrySettings(
      int maxAttempts,
      IntFunction<Duration> backoff,
      double jitter,
      Duration deadline,
      boolean respectRetryAfter,
      Consumer<RetryNotice> listener) {
    this(maxAttempts, backoff, jitter, deadline, respectRetryAfter, listener, NO_ATTEMPT_LISTENER);
  }
}
