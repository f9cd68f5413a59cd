package io.github.connectclient;

import io.github.connectclient.internal.retry.AttemptNotice;
import io.github.connectclient.internal.retry.RetryNotice;
import io.github.connectclient.internal.retry.RetrySettings;
import java.util.function.Consumer;

/** Turns what the engine reports into the public events of the two listeners. */
final class ClientEvents {

  private ClientEvents() {}

  /** The engine's retry notices, as {@link RetryEvent}s for {@code listener}. */
  static Consumer<RetryNotice> retries(RetryListener listener) {
    return notice -> listener.onEvent(retryEvent(notice));
  }

  /** The engine's attempt notices, as {@link AttemptEvent}s for {@code listener}. */
  static Consumer<AttemptNotice> attempts(ClientListener listener) {
    if (listener == ClientListener.NONE) {
      return RetrySettings.NO_ATTEMPT_LISTENER;
    }
    return notice -> listener.onAttempt(attemptEvent(notice));
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

  static AttemptEvent attemptEvent(AttemptNotice notice) {
    return new AttemptEvent(
        notice.call().endpoint().operation(),
        notice.call().method(),
        notice.call().encodedPath(),
        notice.workerUrl(),
        notice.attempt(),
        AttemptEvent.Outcome.valueOf(notice.outcome().name()),
        notice.status(),
        notice.failureType(),
        notice.duration(),
        AttemptEvent.Next.valueOf(notice.next().name()),
        notice.delay(),
        notice.nextWorkerUrl());
  }
}
