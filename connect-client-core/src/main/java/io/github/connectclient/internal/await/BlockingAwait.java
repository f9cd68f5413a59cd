package io.github.connectclient.internal.await;

import io.github.connectclient.errors.ConnectClientException;
import io.github.connectclient.internal.await.Await.Outcome;
import io.github.connectclient.internal.await.Await.Verdict;
import io.github.connectclient.internal.http.Transport;
import io.github.connectclient.model.ConnectorStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** Runs an {@link Await} on the calling thread, pausing with the transport's sleeper. */
public final class BlockingAwait {

  private BlockingAwait() {}

  /**
   * Polls until {@code await} is done, then returns its status (null for a delete).
   *
   * @throws io.github.connectclient.errors.ConnectorStateTimeoutException when the time is up
   * @throws RuntimeException what the await failed with
   */
  public static ConnectorStatus run(Transport transport, Await await) {
    transport.prepare(await.statusCall());
    Clock clock = transport.config().execution().clock();
    Instant deadline = clock.instant().plus(await.timeout());
    ConnectorStatus last = null;
    RuntimeException lastError = null;
    for (int polls = 1; ; polls++) {
      Verdict verdict;
      try {
        ConnectorStatus status = transport.execute(await.statusCall());
        verdict = await.onStatus(status);
        last = status;
        lastError = null;
      } catch (RuntimeException failure) {
        verdict = await.onFailure(failure);
        lastError = failure;
      }
      if (verdict.outcome() == Outcome.DONE) {
        return verdict.status();
      }
      if (verdict.outcome() == Outcome.FAILED) {
        throw verdict.failure();
      }
      Duration left = Duration.between(clock.instant(), deadline);
      if (left.isNegative() || left.isZero()) {
        throw await.timedOut(last, lastError);
      }
      sleep(transport, Await.pause(polls, left));
    }
  }

  private static void sleep(Transport transport, Duration delay) {
    try {
      transport.config().execution().sleeper().sleep(delay);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ConnectClientException("interrupted while waiting for a connector state", e);
    }
  }
}
