package io.github.connectclient.internal.retry;

import io.github.connectclient.errors.ConnectServerException;
import io.github.connectclient.internal.endpoint.PreparedCall;
import io.github.connectclient.internal.retry.RetryNotice.Step;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Consumer;
import okhttp3.HttpUrl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the retry engine tells: the log lines of its decisions (logger {@code
 * io.github.connectclient.retry}) and the {@link RetryNotice}s for the listener. Reasons are
 * secret-free: a server's message, already masked, or an I/O failure's class and message.
 */
final class RetryReport {

  private static final Logger LOG = LoggerFactory.getLogger("io.github.connectclient.retry");

  /** Server messages can hold a whole plugin list; a log line or an event keeps the start. */
  private static final int REASON_LIMIT = 300;

  private final Consumer<RetryNotice> listener;

  RetryReport(Consumer<RetryNotice> listener) {
    this.listener = listener;
  }

  /** A failure that is neither an answer nor a transport failure: never retried. */
  void notAnAnswer(CallState<?> state, HttpUrl worker, RuntimeException failure) {
    PreparedCall<?> call = state.call();
    LOG.debug(
        "{} {} attempt {} at {} failed: {}; not retried",
        call.method(),
        call.encodedPath(),
        state.attempt,
        worker,
        failure.toString());
  }

  /** A failure this kind of call never retries. */
  void notRetried(CallState<?> state, HttpUrl worker, String reason) {
    PreparedCall<?> call = state.call();
    LOG.debug(
        "{} {} attempt {} at {} failed ({}); not retried for a {} call",
        call.method(),
        call.encodedPath(),
        state.attempt,
        worker,
        reason,
        call.endpoint().retryClass().name().toLowerCase(Locale.ROOT));
  }

  /** The call goes on: at {@code next} after {@code delay}. */
  void retrying(
      CallState<?> state, HttpUrl worker, String reason, Step step, Duration delay, HttpUrl next) {
    PreparedCall<?> call = state.call();
    LOG.debug(
        "{} {} attempt {} at {} failed ({}); {} in {} at {}",
        call.method(),
        call.encodedPath(),
        state.attempt,
        worker,
        reason,
        step == Step.RETRY ? "retrying" : "failing over",
        delay,
        next);
    notify(state, worker, step, delay, next.toString(), reason);
  }

  /** A retryable failure ended the call, because {@code why}. */
  void exhausted(CallState<?> state, HttpUrl worker, String reason, String why) {
    PreparedCall<?> call = state.call();
    if (state.attempt > 1) {
      LOG.warn(
          "{} {} gave up after {} attempts, the last at {} ({}): {}",
          call.method(),
          call.encodedPath(),
          state.attempt,
          worker,
          reason,
          why);
    } else {
      LOG.debug(
          "{} {} attempt 1 at {} failed ({}); not retried: {}",
          call.method(),
          call.encodedPath(),
          worker,
          reason,
          why);
    }
    notify(state, worker, Step.EXHAUSTED, Duration.ZERO, null, reason);
  }

  /** Why an attempt failed, in one secret-free line. */
  static String reason(RuntimeException failure) {
    if (failure instanceof IoFailure io) {
      Throwable cause = io.io();
      return cause.getClass().getSimpleName()
          + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
    }
    ConnectServerException server = (ConnectServerException) failure;
    String message = server.serverMessage();
    if (message.length() > REASON_LIMIT) {
      message = message.substring(0, REASON_LIMIT) + "...";
    }
    return message.isEmpty()
        ? Integer.toString(server.statusCode())
        : server.statusCode() + " " + message;
  }

  private void notify(
      CallState<?> state, HttpUrl worker, Step step, Duration delay, String next, String reason) {
    RetryNotice notice =
        new RetryNotice(step, state.call(), worker.toString(), state.attempt, delay, next, reason);
    try {
      listener.accept(notice);
    } catch (RuntimeException listenerFailure) {
      LOG.warn("retry listener threw; ignored", listenerFailure);
    }
  }
}
