package io.github.connectclient.examples;

import java.time.Duration;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** How the tour waits for the cluster: polling for a value, and measuring how long it took. */
final class TourWait {

  /** How long the tour waits for a state: generous, a create or delete is a rebalance. */
  static final Duration WAIT = Duration.ofSeconds(60);

  private TourWait() {}

  /** Polls {@code read} every 250 ms until {@code done} holds; fails after {@link #WAIT}. */
  static <T> T awaitValue(Supplier<T> read, Predicate<T> done) {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (true) {
      T value = read.get();
      if (done.test(value)) {
        return value;
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("Gave up waiting after " + WAIT + "; last seen: " + value);
      }
      sleep(Duration.ofMillis(250));
    }
  }

  /** The time since {@code startNanos} ({@link System#nanoTime()}), e.g. {@code 1.3 s}. */
  static String seconds(long startNanos) {
    return String.format(Locale.ROOT, "%.1f s", (System.nanoTime() - startNanos) / 1e9);
  }

  static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted", e);
    }
  }
}
