package io.github.connectclient.internal.await;

import io.github.connectclient.internal.await.Await.Outcome;
import io.github.connectclient.internal.await.Await.Verdict;
import io.github.connectclient.internal.http.Transport;
import io.github.connectclient.model.ConnectorStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * Runs an {@link Await} without blocking a thread: a poll is an async call, the pause between polls
 * a task on the transport's scheduler, and what an answer means is the {@link Await}'s verdict.
 * Completing the result in any way (including cancelling it) cancels the poll in flight and the
 * scheduled one.
 *
 * <p>Polls are strictly sequential, so {@code last}, {@code lastError} and {@code polls} are only
 * touched by one step at a time; the scheduler and OkHttp hand them over with happens-before.
 */
public final class AsyncAwait {

  private final Transport transport;
  private final Await await;
  private final Instant deadline;
  private final CompletableFuture<ConnectorStatus> result = new CompletableFuture<>();

  private volatile ConnectorStatus last;
  private volatile RuntimeException lastError;
  private volatile int polls;
  private volatile Future<?> inFlight;
  private volatile Future<?> scheduled;

  private AsyncAwait(Transport transport, Await await) {
    this.transport = transport;
    this.await = await;
    this.deadline = transport.config().execution().clock().instant().plus(await.timeout());
  }

  /**
   * Starts {@code await}: checks the name and sends the first poll from the calling thread (throws
   * if the transport is closed). The future completes with the status (null for a delete).
   */
  public static CompletableFuture<ConnectorStatus> start(Transport transport, Await await) {
    transport.prepare(await.statusCall());
    AsyncAwait poller = new AsyncAwait(transport, await);
    poller.result.whenComplete((status, failure) -> poller.stop());
    poller.send(transport.executeAsync(await.statusCall()));
    return poller.result;
  }

  private void poll() {
    if (result.isDone()) {
      return;
    }
    CompletableFuture<ConnectorStatus> attempt;
    try {
      attempt = transport.executeAsync(await.statusCall());
    } catch (RuntimeException closed) {
      transport.fail(result, closed);
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
    attempt.whenComplete(this::onAnswer);
  }

  private void onAnswer(ConnectorStatus status, Throwable failure) {
    if (result.isDone()) {
      return;
    }
    polls++;
    Verdict verdict;
    if (failure == null) {
      verdict = await.onStatus(status);
      last = status;
      lastError = null;
    } else {
      Throwable cause =
          failure instanceof CompletionException && failure.getCause() != null
              ? failure.getCause()
              : failure;
      if (!(cause instanceof RuntimeException runtime)) {
        transport.fail(result, cause);
        return;
      }
      verdict = await.onFailure(runtime);
      lastError = runtime;
    }
    if (verdict.outcome() == Outcome.DONE) {
      transport.complete(result, verdict.status());
    } else if (verdict.outcome() == Outcome.FAILED) {
      transport.fail(result, verdict.failure());
    } else {
      pollAgain();
    }
  }

  private void pollAgain() {
    Duration left = Duration.between(transport.config().execution().clock().instant(), deadline);
    if (left.isNegative() || left.isZero()) {
      transport.fail(result, await.timedOut(last, lastError));
      return;
    }
    Duration delay = Await.pause(polls, left);
    try {
      scheduled =
          transport.scheduler().schedule(this::poll, delay.toMillis(), TimeUnit.MILLISECONDS);
    } catch (RejectedExecutionException shutDown) {
      transport.fail(result, new IllegalStateException("the connect client is closed", shutDown));
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
