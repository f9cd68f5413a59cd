package io.github.connectclient.internal.retry;

import io.github.connectclient.internal.endpoint.PreparedCall;
import java.time.Duration;

/**
 * One retry decision about a call, as the engine reports it (the client turns it into a public
 * {@code RetryEvent}).
 *
 * @param step what happens next
 * @param call the call whose attempt failed
 * @param workerUrl the worker the failed attempt went to
 * @param attempt the number of the failed attempt (1-based)
 * @param delay the wait before the next attempt ({@link Duration#ZERO} when exhausted)
 * @param nextWorkerUrl the worker of the next attempt (null when exhausted)
 * @param reason why the attempt failed, secret-free
 */
public record RetryNotice(
    Step step,
    PreparedCall<?> call,
    String workerUrl,
    int attempt,
    Duration delay,
    String nextWorkerUrl,
    String reason) {

  /** What happens after the failed attempt. */
  public enum Step {
    /** Again at the same worker. */
    RETRY,
    /** Again at another worker. */
    FAILOVER,
    /** Not again: the budget is spent. */
    EXHAUSTED
  }
}
