package io.github.connectclient.it;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

/** Polls for a condition that the server reaches asynchronously (a state, a level, a file). */
final class Eventually {

  private static final Duration POLL = Duration.ofMillis(100);

  private Eventually() {}

  /** Polls {@code read} until {@code done} accepts its value; fails with the last value seen. */
  static <T> T await(String what, Duration timeout, Supplier<T> read, java.util.function.Predicate<T> done) {
    Instant deadline = Instant.now().plus(timeout);
    T last = null;
    while (true) {
      last = read.get();
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
