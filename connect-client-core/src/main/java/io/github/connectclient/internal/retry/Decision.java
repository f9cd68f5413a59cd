package io.github.connectclient.internal.retry;

import java.time.Duration;
import okhttp3.HttpUrl;

/**
 * What an executor does after a failed attempt, as {@link RetryEngine#decide} says: try again at
 * {@code worker} after {@code delay}; give up with {@code failure}; end the call as done (the
 * failure shows an earlier attempt did it); or settle an ambiguous outcome by reading it back
 * ({@link AmbiguousCreate}), reporting {@code failure} if that does not show success.
 *
 * @param kind which of the four
 * @param delay the wait before the next attempt ({@link Kind#RETRY} only)
 * @param worker the worker of the next attempt ({@link Kind#RETRY} only)
 * @param failure the failure to report ({@link Kind#GIVE_UP} and {@link Kind#SETTLE})
 */
public record Decision(Kind kind, Duration delay, HttpUrl worker, RuntimeException failure) {

  /** The four things an executor may do. */
  public enum Kind {
    RETRY,
    GIVE_UP,
    DONE,
    SETTLE
  }

  static Decision retry(Duration delay, HttpUrl worker) {
    return new Decision(Kind.RETRY, delay, worker, null);
  }

  static Decision giveUp(RuntimeException failure) {
    return new Decision(Kind.GIVE_UP, null, null, failure);
  }

  static Decision done() {
    return new Decision(Kind.DONE, null, null, null);
  }

  static Decision settle(RuntimeException failure) {
    return new Decision(Kind.SETTLE, null, null, failure);
  }
}
