package io.github.connectclient.internal.retry;

import io.github.connectclient.errors.ConnectServerException;
import io.github.connectclient.errors.MalformedResponseException;
import io.github.connectclient.internal.retry.AttemptNotice.Next;
import io.github.connectclient.internal.retry.AttemptNotice.Outcome;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the client listener about each attempt once it is decided what follows it: the one place
 * both executors go through ({@link RetryEngine#succeeded} and {@link RetryEngine#decide}). Only
 * classes, statuses and durations leave here, never a message or a body.
 */
final class AttemptReport {

  private static final Logger LOG = LoggerFactory.getLogger("io.github.connectclient.retry");

  private final Consumer<AttemptNotice> listener;
  private final boolean listened;
  private final Clock clock;

  AttemptReport(Consumer<AttemptNotice> listener, Clock clock) {
    this.listener = listener;
    this.listened = listener != RetrySettings.NO_ATTEMPT_LISTENER;
    this.clock = clock;
  }

  /** Attempt {@code state.attempt} is starting now. */
  void started(CallState<?> state) {
    state.attemptStarted = listened ? clock.instant() : null;
    state.status = 0;
  }

  /** The attempt under way returned the call's result. */
  void succeeded(CallState<?> state) {
    if (!listened) {
      return; // no notice, no duration: nothing per call when nobody listens
    }
    notify(state, Outcome.SUCCESS, null, Next.COMPLETE, Duration.ZERO, null);
  }

  /** The attempt under way failed with {@code failure}, and the engine decided {@code decision}. */
  void failed(CallState<?> state, RuntimeException failure, Decision decision) {
    if (!listened) {
      return;
    }
    Next next =
        switch (decision.kind()) {
          case RETRY -> decision.worker().equals(state.worker) ? Next.RETRY : Next.FAILOVER;
          case DONE -> Next.COMPLETE;
          case SETTLE -> Next.READ_BACK;
          case GIVE_UP -> Next.FAIL;
        };
    boolean again = decision.kind() == Decision.Kind.RETRY;
    notify(
        state,
        outcome(failure),
        failureType(failure),
        next,
        again ? decision.delay() : Duration.ZERO,
        again ? decision.worker().toString() : null);
  }

  private void notify(
      CallState<?> state,
      Outcome outcome,
      String failureType,
      Next next,
      Duration delay,
      String nextWorker) {
    Duration took = Duration.between(state.attemptStarted, clock.instant());
    AttemptNotice notice =
        new AttemptNotice(
            state.call(),
            state.worker.toString(),
            state.attempt,
            outcome,
            state.status,
            failureType,
            took.isNegative() ? Duration.ZERO : took,
            next,
            delay,
            nextWorker);
    try {
      listener.accept(notice);
    } catch (RuntimeException listenerFailure) {
      LOG.warn("client listener threw; ignored", listenerFailure);
    }
  }

  private static Outcome outcome(RuntimeException failure) {
    if (failure instanceof IoFailure) {
      return Outcome.IO_ERROR;
    }
    if (failure instanceof ConnectServerException server) {
      int status = server.statusCode();
      return status >= 400 && status < 500 ? Outcome.CLIENT_ERROR : Outcome.SERVER_ERROR;
    }
    return failure instanceof MalformedResponseException ? Outcome.UNREADABLE : Outcome.OTHER;
  }

  /** The failure's simple class name; for an I/O failure, the I/O exception's (its cause's). */
  private static String failureType(RuntimeException failure) {
    Throwable shown = failure instanceof IoFailure io ? io.io() : failure;
    return shown.getClass().getSimpleName();
  }
}
