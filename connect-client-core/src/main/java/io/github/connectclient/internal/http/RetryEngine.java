package io.github.connectclient.internal.http;

import io.github.connectclient.RetryEvent;
import io.github.connectclient.RetryListener;
import io.github.connectclient.RetryPolicy;
import io.github.connectclient.errors.ConnectServerException;
import io.github.connectclient.errors.ConnectTransportException;
import io.github.connectclient.errors.ConnectTransportException.WorkerFailure;
import io.github.connectclient.errors.RebalanceInProgressException;
import io.github.resilience4j.core.IntervalBiFunction;
import io.github.resilience4j.core.functions.Either;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.DoubleSupplier;
import okhttp3.HttpUrl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides after each failed attempt whether and when to try again, and where. resilience4j-retry
 * is the engine (attempt counting, the retry predicate, the interval); this class adds what it
 * lacks: the deadline across attempts, {@code Retry-After}, failover between workers, and the
 * final exception. The sync and async paths both call {@link #decide}; only the waiting differs.
 */
final class RetryEngine {

  private static final Logger LOG = LoggerFactory.getLogger("io.github.connectclient.retry");

  private final RetryPolicy policy;
  private final WorkerPool pool;
  private final Clock clock;
  private final DoubleSupplier random;
  private final RetryListener listener;
  private final Map<RetryClass, Retry> retries = new EnumMap<>(RetryClass.class);

  RetryEngine(
      RetryPolicy policy, WorkerPool pool, Clock clock, DoubleSupplier random, RetryListener listener) {
    this.policy = policy;
    this.pool = pool;
    this.clock = clock;
    this.random = random;
    this.listener = listener;
    for (RetryClass retryClass : RetryClass.values()) {
      RetryConfig config = RetryConfig.custom()
          .maxAttempts(policy.maxAttempts())
          .retryOnException(failure -> RetryClassifier.isRetryable(failure, retryClass))
          .intervalBiFunction((IntervalBiFunction<Object>) this::interval)
          .failAfterMaxAttempts(false)
          .writableStackTraceEnabled(false)
          .build();
      retries.put(retryClass, Retry.of("connect-client-" + retryClass.name().toLowerCase(), config));
    }
  }

  /** Starts tracking a new call. */
  <T> CallState<T> start(ApiCall<T> call) {
    Retry retry = retries.get(call.endpoint().retryClass());
    return new CallState<>(call, retry.asyncContext(), clock.instant());
  }

  /** Records a success. */
  void succeeded(CallState<?> state) {
    state.retryContext.onComplete();
  }

  /** The time budget left for the next attempt, or null when there is no deadline. */
  Duration remaining(CallState<?> state) {
    Optional<Duration> deadline = policy.deadline();
    if (deadline.isEmpty()) {
      return null;
    }
    Duration left = deadline.get().minus(Duration.between(state.started, clock.instant()));
    return left.isNegative() ? Duration.ZERO : left;
  }

  /** What to do after attempt {@code state.attempt} at {@code worker} failed with {@code failure}. */
  Decision decide(CallState<?> state, HttpUrl worker, RuntimeException failure) {
    ApiCall<?> call = state.call;
    if (failure instanceof IoFailure io) {
      state.ioFailures.add(new WorkerFailure(worker.toString(), io.io()));
    }
    boolean workerDown = RetryClassifier.isWorkerDown(failure);
    if (workerDown) {
      pool.markFailed(worker);
    }
    if (!(failure instanceof IoFailure) && !(failure instanceof ConnectServerException)) {
      return Decision.giveUp(failure);
    }
    long delayMillis = state.retryContext.onError(failure);
    String reason = reason(failure);
    if (delayMillis < 0) {
      return exhausted(state, worker, failure, reason);
    }
    Duration delay = Duration.ofMillis(delayMillis);
    Duration remaining = remaining(state);
    if (remaining != null && delay.compareTo(remaining) >= 0) {
      LOG.debug("{} {}: next delay {} exceeds the {} left of the deadline", call.method(),
          call.encodedPath(), delay, remaining);
      return exhausted(state, worker, failure, reason);
    }
    if (mayHaveApplied(failure)) {
      state.mayHaveApplied = true;
    }
    HttpUrl next = pool.pick();
    RetryEvent.Kind kind = next.equals(worker) ? RetryEvent.Kind.RETRY : RetryEvent.Kind.FAILOVER;
    LOG.debug("{} {} attempt {} at {} failed ({}); {} in {} at {}", call.method(), call.encodedPath(),
        state.attempt, worker, reason, kind == RetryEvent.Kind.RETRY ? "retrying" : "failing over",
        delay, next);
    notify(new RetryEvent(kind, call.endpoint().operation(), call.method(), call.encodedPath(),
        worker.toString(), state.attempt, delay, next.toString(), reason));
    return Decision.retryAfter(delay);
  }

  private Decision exhausted(CallState<?> state, HttpUrl worker, RuntimeException failure, String reason) {
    ApiCall<?> call = state.call;
    if (state.attempt > 1) {
      LOG.warn("{} {} failed after {} attempts; last at {}: {}", call.method(), call.encodedPath(),
          state.attempt, worker, reason);
    }
    notify(new RetryEvent(RetryEvent.Kind.EXHAUSTED, call.endpoint().operation(), call.method(),
        call.encodedPath(), worker.toString(), state.attempt, Duration.ZERO, null, reason));
    if (failure instanceof IoFailure) {
      return Decision.giveUp(
          new ConnectTransportException(call.method(), call.encodedPath(), state.ioFailures));
    }
    return Decision.giveUp(failure);
  }

  /** Whether an attempt that failed like this may still have been applied by the server. */
  private static boolean mayHaveApplied(RuntimeException failure) {
    if (failure instanceof IoFailure io) {
      return io.maybeSent();
    }
    return failure instanceof ConnectServerException server
        && server.statusCode() >= 500
        && !(failure instanceof RebalanceInProgressException);
  }

  private long interval(Integer attempt, Either<Throwable, Object> outcome) {
    Throwable failure = outcome.isLeft() ? outcome.getLeft() : null;
    if (failure instanceof ConnectServerException server
        && policy.respectRetryAfter()
        && server.response().retryAfter() != null) {
      return server.response().retryAfter().toMillis();
    }
    if (failure != null && RetryClassifier.isWorkerDown(failure)
        && pool.hasFreshWorkerBesides(workerOf(failure))) {
      return 0;
    }
    long base = policy.backoff(attempt).toMillis();
    double spread = policy.jitter() * (2 * random.getAsDouble() - 1);
    return Math.max(0, Math.round(base * (1 + spread)));
  }

  private static String workerOf(Throwable failure) {
    if (failure instanceof IoFailure io) {
      return io.worker().toString();
    }
    return failure instanceof ConnectServerException server ? server.response().workerUrl() : null;
  }

  private static String reason(RuntimeException failure) {
    if (failure instanceof IoFailure io) {
      Throwable cause = io.io();
      return cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
    }
    ConnectServerException server = (ConnectServerException) failure;
    return server.statusCode() + " " + server.serverMessage();
  }

  private void notify(RetryEvent event) {
    try {
      listener.onEvent(event);
    } catch (RuntimeException listenerFailure) {
      LOG.warn("retry listener threw; ignored", listenerFailure);
    }
  }
}
