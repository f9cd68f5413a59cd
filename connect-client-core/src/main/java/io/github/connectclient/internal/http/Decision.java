package io.github.connectclient.internal.http;

import java.time.Duration;
import okhttp3.HttpUrl;

/**
 * What to do after a failed attempt: try again at {@code worker} after {@code delay}, or give up
 * with {@code failure}.
 */
record Decision(Duration delay, HttpUrl worker, RuntimeException failure) {

  static Decision retry(Duration delay, HttpUrl worker) {
    return new Decision(delay, worker, null);
  }

  static Decision giveUp(RuntimeException failure) {
    return new Decision(null, null, failure);
  }

  boolean isGiveUp() {
    return failure != null;
  }
}
