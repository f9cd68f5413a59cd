package io.github.connectclient.internal.retry;

import io.github.connectclient.errors.ConnectTransportException.WorkerFailure;
import io.github.connectclient.internal.endpoint.PreparedCall;
import io.github.resilience4j.retry.Retry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import okhttp3.HttpUrl;

/**
 * The progress of one call across its attempts. Only one attempt of a call runs at a time, and each
 * step happens-after the previous one (a loop, or a callback scheduled by the previous step), so
 * the fields need no locking.
 *
 * @param <T> the result type
 */
public final class CallState<T> {

  private final PreparedCall<T> call;
  private final RetryEngine engine;
  private Retry.AsyncContext<Object> retryContext;
  final Instant started;

  /** What went wrong at each failed attempt, in order (server answers included). */
  final List<WorkerFailure> failures = new ArrayList<>();

  /** The number of the attempt under way (1-based). */
  int attempt;

  /** Whether an earlier, failed attempt may have been applied by the server. */
  boolean mayHaveApplied;

  /** The worker the next attempt goes to, as decided (and reported) after the last failure. */
  HttpUrl nextWorker;

  /** The worker of the attempt under way. */
  HttpUrl worker;

  /** When the attempt under way started. */
  Instant attemptStarted;

  /** The HTTP status of the attempt's answer, 0 until one arrived. */
  int status;

  /** The one worker every attempt goes to (no failover), or null for the client's workers. */
  final HttpUrl pinned;

  CallState(PreparedCall<T> call, RetryEngine engine, Instant started, HttpUrl pinned) {
    this.call = call;
    this.engine = engine;
    this.started = started;
    this.pinned = pinned;
  }

  /**
   * resilience4j's count of this call's attempts, started at the first failure: a call that
   * succeeds at once (nearly all of them) never needs it.
   */
  Retry.AsyncContext<Object> retryContext() {
    if (retryContext == null) {
      retryContext = engine.retryFor(call.endpoint().retryClass()).asyncContext();
    }
    return retryContext;
  }

  /** Whether {@link #retryContext()} was started, by a failed attempt. */
  boolean failedBefore() {
    return retryContext != null;
  }

  /** The call. */
  public PreparedCall<T> call() {
    return call;
  }

  /** The number of the attempt under way (1-based). */
  public int attempt() {
    return attempt;
  }

  /** Records the status of the answer the attempt under way got (the last one, after redirects). */
  public void answered(int status) {
    this.status = status;
  }
}
