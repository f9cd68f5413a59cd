package io.github.connectclient;

import io.github.connectclient.internal.retry.RetryNotice;
import java.util.function.Consumer;

/** Turns what the engine reports into the public events of the listeners. */
final class ClientEvents {

  private ClientEvents() {}

  /** The engine's retry notices, as {@link RetryEvent}s for {@code listener}. */
  static Consumer<RetryNotice> retries(RetryListener listener) {
    return notice -> listener.onEvent(retryEvent(notice));
  }

  static RetryEvent retryEvent(RetryNotice notice) {
    return new RetryEvent(
        RetryEvent.Kind.valueOf(notice.step().name()),
        notice.call().endpoint().operation(),
        notice.call().method(),
        notice.call().encodedPath(),
        notice.workerUrl(),
        notice.attempt(),
        notice.delay(),
        notice.nextWorkerUrl(),
        notice.reason());
  }
}
