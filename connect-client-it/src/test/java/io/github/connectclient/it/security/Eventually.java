package io.github.connectclient.it.security;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Polls for a condition the server reaches asynchronously. */
final class Eventually {

  private Eventually() {}

  /** Polls {@code read} every 100 ms until {@code done} accepts its value; fails with the last value. */
  static <T> T await(String what, Duration timeout, Supplier<T> read, Predicate<T> done) {
    Instant deadline = Instant.now().plus(timeout);
    while (true) {
      T last = read.get();
      if (done.test(last)) {
        return last;
      }
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError(what + " not reached within " + timeout + "; last seen: " + last);
      }
      LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
    }
  }
}
