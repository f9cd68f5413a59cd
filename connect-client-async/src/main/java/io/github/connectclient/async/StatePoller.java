package io.github.connectclient.async;

import io.github.connectclient.errors.ConnectorStateTimeoutException;
import io.github.connectclient.errors.NotFoundException;
import io.github.connectclient.internal.await.StateMatcher;
import io.github.connectclient.internal.endpoint.ApiCall;
import io.github.connectclient.internal.http.Transport;
import io.github.connectclient.model.ConnectorStatus;
import io.github.connectclient.model.State;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * One {@code awaitConnectorState}: polls the status, and schedules the next poll on the transport's
 * scheduler until the state matches or the deadline passes. No thread waits: a poll is an async
 * call, the pause between polls a scheduled task. Completing the result in any way (including
 * cancelling it) cancels the poll in flight and the scheduled one.
 *
 * <p>Polls are strictly sequential, so {@code last} and {@code lastError} are only touched by one
 * step at a time; the scheduler and OkHttp hand them over with happens-before.
 */
final class StatePoller {

  private final Transport transport;
  private final ApiCall<ConnectorStatus> statusCall;
  private final String name;
  private final State state;
  private final Duration timeout;
  private final Instant deadline;
  private final CompletableFuture<ConnectorStatus> result = new CompletableFuture<>();

  private volatile ConnectorStatus last;
  private volatile RuntimeException lastError;
  private volatile Future<?> inFlight;
  private volatile Future<?> scheduled;

  StatePoller(
      Transport transport,
      ApiCall<ConnectorStatus> statusCall,
      String name,
      State state,
      Duration timeout) {
    this.transport = transport;
    this.statusCall = statusCall;
    this.name = name;
    this.state = state;
    this.timeout = timeout;
    this.deadline = transport.config().execution().clock().instant().plus(timeout);
  }

  /** Sends the first poll from the calling thread; throws if the transport is closed. */
  CompletableFuture<ConnectorStatus> start() {
    result.whenComplete((status, failure) -> stop());
    send(transport.executeAsync(statusCall));
    return result;
  }

  private void poll() {
    if (result.isDone()) {
      return;
    }
    CompletableFuture<ConnectorStatus> attempt;
    try {
      attempt = transport.executeAsync(statusCall);
    } catch (RuntimeException closed) {
      result.completeExceptionally(closed);
      return;
    }
    send(attempt);
  }

  private void send(CompletableFuture<ConnectorStatus> attempt) {
    inFlight = attempt;
    if (result.isDone()) {
      attempt.cancel(false);
      return;
    }
    attempt.whenComplete(this::onStatus);
  }

  private void onStatus(ConnectorStatus status, Throwable failure) {
    if (result.isDone()) {
      return;
    }
    if (failure == null) {
      last = status;
      lastError = null;
      if (StateMatcher.matches(status, state)) {
        result.complete(status);
        return;
      }
    } else {
      Throwable cause =
          failure instanceof CompletionException && failure.getCause() != null
              ? failure.getCause()
              : failure;
      if (!(cause instanceof NotFoundException noStatusYet)) {
        result.completeExceptionally(cause);
        return;
      }
      lastError = noStatusYet;
    }
    Duration left = Duration.between(transport.config().execution().clock().instant(), deadline);
    if (left.isNegative() || left.isZero()) {
      result.completeExceptionally(
          new ConnectorStateTimeoutException(name, state, timeout, last, lastError));
      return;
    }
    Duration delay =
        left.compareTo(StateMatcher.POLL_INTERVAL) < 0 ? left : StateMatcher.POLL_INTERVAL;
    try {
      scheduled =
          transport.scheduler().schedule(this::poll, delay.toMillis(), TimeUnit.MILLISECONDS);
    } catch (RejectedExecutionException shutDown) {
      result.completeExceptionally(
          new IllegalStateException("the connect client is closed", shutDown));
      return;
    }
    if (result.isDone()) {
      scheduled.cancel(false);
    }
  }

  private void stop() {
    Future<?> attempt = inFlight;
    if (attempt != null) {
      attempt.cancel(false);
    }
    Future<?> next = scheduled;
    if (next != null) {
      next.cancel(false);
    }
  }
}
