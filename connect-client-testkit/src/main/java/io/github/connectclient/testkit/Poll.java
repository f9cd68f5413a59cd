package io.github.connectclient.testkit;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Polls for a condition at a short interval, up to a deadline: waiting for something to happen, not
 * a fixed sleep.
 */
final class Poll {

  static final Duration INTERVAL = Duration.ofMillis(100);

  private Poll() {}

  /** True as soon as {@code condition} holds; false if it still does not after {@code timeout}. */
  static boolean until(Duration timeout, BooleanSupplier condition) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      if (condition.getAsBoolean()) {
        return true;
      }
      if (System.nanoTime() - deadline >= 0) {
        return false;
      }
      sleep(INTERVAL);
    }
  }

  static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting for the Connect cluster", e);
    }
  }
}
