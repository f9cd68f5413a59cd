package io.github.connectclient.internal.retry;

import io.github.connectclient.errors.ConnectServerException;
import io.github.connectclient.errors.ConnectTransportException;
import io.github.connectclient.errors.ConnectTransportException.WorkerFailure;
import io.github.connectclient.errors.ConnectorNotFoundException;
import io.github.connectclient.internal.endpoint.PreparedCall;
import io.github.connectclient.internal.endpoint.Recovery;
import io.github.connectclient.internal.endpoint.RetryClass;
import io.github.connectclient.internal.retry.RetryNotice.Step;
import io.github.resilience4j.core.IntervalBiFunction;
import io.github.resilience4j.core.functions.Either;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.DoubleSupplier;
import okhttp3.HttpUrl;

/**
 * Decides after each failed attempt whether and when to try again, and where (docs/retries.md,
 * docs/decisions/0003 and 0004). resilience4j-retry's {@link Retry.AsyncContext} is the engine: it
 * counts attempts against {@link RetrySettings#maxAttempts()}, applies the retry predicate ({@link
 * RetryClassifier}) and computes the interval. This class adds what it lacks: the deadline across
 * attempts, {@code Retry-After}, failover between workers, the events and logs, and the final
 * exception, and the endpoint's {@link Recovery} rule. The blocking and the asynchronous executor
 * both act on what {@link #decide} returns; only the waiting differs.
 *
 * <p>Every attempt counts against the one budget, whichever worker it goes to: a failover is an
 * attempt like any other, so one attempt means no failover either.
 */
public final class RetryEngine {

  private final RetrySettings policy;
  private final WorkerPool pool;
  private final Clock clock;
  private final DoubleSupplier random;
  private final Map<RetryClass, Retry> retries = new EnumMap<>(RetryClass.class);
  private final RetryReport report;
  private final AttemptReport attempts;

  /**
   * An engine for the calls of one client.
   *
   * @param policy how often and how long
   * @param workers the worker URLs, in preference order
   * @param cooldown how long a worker that is down is avoided
   * @param clock time source of deadlines and cool-downs
   * @param random jitter source in [0, 1)
   */
  public RetryEngine(
      RetrySettings policy,
      List<HttpUrl> workers,
      Duration cooldown,
      Clock clock,
      DoubleSupplier random) {
    this.policy = policy;
    this.pool = new WorkerPool(workers, cooldown, clock);
    this.clock = clock;
    this.random = random;
    this.report = new RetryReport(policy.listener());
    this.attempts = new AttemptReport(policy.attemptListener(), clock);
  }

  /**
   * The resilience4j retry of {@code retryClass}, built the first time a call of that class fails:
   * a client whose calls succeed never loads resilience4j (a cold start does less).
   */
  synchronized Retry retryFor(RetryClass retryClass) {
    Retry retry = retries.get(retryClass);
    if (retry == null) {
      RetryConfig config =
          RetryConfig.custom()
              .maxAttempts(policy.maxAttempts())
              .retryOnException(failure -> RetryClassifier.isRetryable(failure, retryClass))
              .intervalBiFunction((IntervalBiFunction<Object>) this::interval)
              .failAfterMaxAttempts(false)
              .writableStackTraceEnabled(false)
              .build();
      retry = Retry.of("connect-client-" + retryClass.name().toLowerCase(Locale.ROOT), config);
      retries.put(retryClass, retry);
    }
    return retry;
  }

  /** Starts tracking a new call, to the client's workers. */
  public <T> CallState<T> start(PreparedCall<T> call) {
    return start(call, null);
  }

  /**
   * Starts tracking a new call that goes to {@code worker} only, or, when it is null, to the
   * client's workers. A call to one worker is retried there as the policy allows, never failed
   * over: a refused connection ends it.
   */
  public <T> CallState<T> start(PreparedCall<T> call, HttpUrl worker) {
    return new CallState<>(call, this, clock.instant(), worker);
  }

  /** The worker the next attempt of {@code state} goes to, and counts that attempt. */
  public HttpUrl beginAttempt(CallState<?> state) {
    HttpUrl decided = state.nextWorker;
    state.nextWorker = null;
    state.attempt++;
    state.worker = state.pinned != null ? state.pinned : decided != null ? decided : pool.pick();
    attempts.started(state);
    return state.worker;
  }

  /** The worker a hedged attempt beside one at {@code current} goes to, or null if none. */
  public HttpUrl hedgeWorker(HttpUrl current) {
    return pool.pickOther(current);
  }

  /** Records a success: the attempt under way returned the call's result. */
  public void succeeded(CallState<?> state) {
    if (state.failedBefore()) {
      state.retryContext().onComplete();
    }
    attempts.succeeded(state);
  }

  /** The time budget left for the next attempt, or null when there is no deadline. */
  public Duration remaining(CallState<?> state) {
    Duration deadline = policy.deadline();
    if (deadline == null) {
      return null;
    }
    Duration left = deadline.minus(Duration.between(state.started, clock.instant()));
    return left.isNegative() ? Duration.ZERO : left;
  }

  /**
   * What to do after attempt {@code state.attempt} at {@code worker} failed with {@code failure}.
   */
  public Decision decide(CallState<?> state, HttpUrl worker, RuntimeException failure) {
    Decision decision = decideOnly(state, worker, failure);
    attempts.failed(state, failure, decision);
    return decision;
  }

  private Decision decideOnly(CallState<?> state, HttpUrl worker, RuntimeException failure) {
    PreparedCall<?> call = state.call();
    if (call.endpoint().recovery() == Recovery.NOT_FOUND_AFTER_APPLIED_IS_DONE
        && state.mayHaveApplied
        && failure instanceof ConnectorNotFoundException) {
      // an earlier attempt that may have been applied did it (API reference §4.18)
      state.retryContext().onComplete();
      return Decision.done();
    }
    Decision decision = retryOrGiveUp(state, worker, failure);
    if (decision.kind() == Decision.Kind.GIVE_UP
        && call.endpoint().recovery() == Recovery.READ_BACK_CREATED_CONNECTOR
        && RetryClassifier.isAmbiguousCreate(failure, state.mayHaveApplied)) {
      return Decision.settle(decision.failure());
    }
    return decision;
  }

  private Decision retryOrGiveUp(CallState<?> state, HttpUrl worker, RuntimeException failure) {
    PreparedCall<?> call = state.call();
    if (!(failure instanceof IoFailure) && !(failure instanceof ConnectServerException)) {
      // not an answer of the server nor a transport failure: a body that does not decode, a
      // closed client... never retried
      report.notAnAnswer(state, worker, failure);
      return Decision.giveUp(failure);
    }
    String reason = RetryReport.reason(failure);
    state.failures.add(
        new WorkerFailure(worker.toString(), failure instanceof IoFailure io ? io.io() : failure));
    if (RetryClassifier.isWorkerDown(failure)) {
      pool.markFailed(worker);
    }
    boolean retryable = RetryClassifier.isRetryable(failure, call.endpoint().retryClass());
    long delayMillis = state.retryContext().onError(failure);
    if (delayMillis == 0 && state.pinned != null && RetryClassifier.isWorkerDown(failure)) {
      // no other worker takes over a call for this one: it waits as for any retry
      delayMillis = backoff(state.attempt);
    }
    if (!retryable) {
      report.notRetried(state, worker, reason);
      return Decision.giveUp(finalFailure(state, failure));
    }
    if (delayMillis < 0) {
      return exhausted(
          state,
          worker,
          failure,
          reason,
          "all " + policy.maxAttempts() + " attempts of the retry policy are spent");
    }
    if (RetryClassifier.isConnectFailure(failure) && state.pinned != null) {
      return exhausted(
          state, worker, failure, reason, "the call is for this worker only: no failover");
    }
    if (RetryClassifier.isConnectFailure(failure)
        && !pool.hasFreshWorkerBesides(worker.toString())) {
      return exhausted(
          state,
          worker,
          failure,
          reason,
          "no worker is left to try: each one refused the connection or is cooling down");
    }
    Duration delay = Duration.ofMillis(delayMillis);
    Duration remaining = remaining(state);
    if (remaining != null && delay.compareTo(remaining) >= 0) {
      return exhausted(
          state,
          worker,
          failure,
          reason,
          "the next wait of "
              + delay
              + " does not fit in the "
              + remaining
              + " left of the deadline");
    }
    if (RetryClassifier.mayHaveApplied(failure)) {
      state.mayHaveApplied = true;
    }
    HttpUrl next = state.pinned != null ? state.pinned : pool.pickAfter(worker);
    state.nextWorker = next;
    Step kind = next.equals(worker) ? Step.RETRY : Step.FAILOVER;
    report.retrying(state, worker, reason, kind, delay, next);
    return Decision.retry(delay, next);
  }

  private Decision exhausted(
      CallState<?> state, HttpUrl worker, RuntimeException failure, String reason, String why) {
    report.exhausted(state, worker, reason, why);
    return Decision.giveUp(finalFailure(state, failure));
  }

  /**
   * The exception a call ends with: a server's answer as it is (it records the attempts made), a
   * transport failure as one {@link ConnectTransportException} listing every attempt.
   */
  private static RuntimeException finalFailure(CallState<?> state, RuntimeException failure) {
    if (failure instanceof IoFailure) {
      return new ConnectTransportException(
          state.call().method(), state.call().encodedPath(), state.failures);
    }
    return failure;
  }

  /**
   * The wait before the next attempt, asked by resilience4j after a retryable failure: none when
   * another worker can take over at once; the server's {@code Retry-After} when it sent one;
   * otherwise the policy's exponential backoff, spread by the jitter.
   */
  private long interval(Integer attempt, Either<Throwable, Object> outcome) {
    Throwable failure = outcome.isLeft() ? outcome.getLeft() : null;
    if (failure != null
        && RetryClassifier.isWorkerDown(failure)
        && pool.hasFreshWorkerBesides(workerOf(failure))) {
      return 0;
    }
    if (failure instanceof ConnectServerException server
        && policy.respectRetryAfter()
        && server.response().retryAfter() != null) {
      return server.response().retryAfter().toMillis();
    }
    return backoff(attempt);
  }

  /** The policy's exponential backoff after attempt {@code attempt}, spread by the jitter. */
  private long backoff(int attempt) {
    long base = policy.backoff().apply(attempt).toMillis();
    double spread = policy.jitter() * (2 * random.getAsDouble() - 1);
    return Math.max(0, Math.round(base * (1 + spread)));
  }

  private static String workerOf(Throwable failure) {
    if (failure instanceof IoFailure io) {
      return io.worker().toString();
    }
    return failure instanceof ConnectServerException server ? server.response().workerUrl() : null;
  }
}
