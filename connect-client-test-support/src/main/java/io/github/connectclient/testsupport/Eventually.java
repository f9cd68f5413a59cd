package io.github.connectclient.testsupport;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Polls for a condition that the server reaches asynchronously (a state, a level, a file). */
public final class Eventually {

  private static final Duration POLL = Duration.ofMillis(100);

  private Eventually() {}

  /**
   * Polls {@code read} every 100 ms until {@code done} accepts its value, and returns that value;
   * fails with an {@link AssertionError} naming {@code what} and the last value seen once {@code
   * timeout} has passed.
   */
  public static <T> T await(String what, Duration timeout, Supplier<T> read, Predicate<T> done) {
    Instant deadline = Instant.now().plus(timeout);
    while (true) {
      T last = read.get();
      if (done.test(last)) {
        return last;
      }
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError(what + " not reached within " + timeout + "; last seen: " + last);
      }
      LockSupport.parkNanos(POLL.toNanos());
    }
  }
}
