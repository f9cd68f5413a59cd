package io.github.connectclient.internal.http;

import java.time.Duration;

/**
 * What to do after a failed attempt: try again after {@code delay}, or give up with
 * {@code failure}.
 */
record Decision(Duration delay, RuntimeException failure) {

  static Decision retryAfter(Duration delay) {
    return new Decision(delay, null);
  }

  static Decision giveUp(RuntimeException failure) {
    return new Decision(null, failure);
  }

  boolean isGiveUp() {
    return failure != null;
  }
}
