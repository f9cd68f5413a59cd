package io.github.connectclient;

import java.time.Duration;

/**
 * One retry decision of the client.
 *
 * @param kind what happened
 * @param operation the client method, e.g. {@code putConnectorConfig}
 * @param method HTTP method
 * @param path request path as sent
 * @param workerUrl the worker the failed attempt went to
 * @param attempt the number of the failed attempt (1-based)
 * @param delay the wait before the next attempt ({@link Duration#ZERO} for {@code EXHAUSTED})
 * @param nextWorkerUrl the worker the next attempt goes to (null for {@code EXHAUSTED})
 * @param reason why the attempt failed, secret-free
 */
public record RetryEvent(
    Kind kind,
    String operation,
    String method,
    String path,
    String workerUrl,
    int attempt,
    Duration delay,
    String nextWorkerUrl,
    String reason) {

  /** The kinds of retry events. */
  public enum Kind {
    /** The call will be attempted again on the same worker after {@code delay}. */
    RETRY,
    /**
     * The call will be attempted again on another worker ({@code nextWorkerUrl}), after {@code
     * delay} (zero unless every other worker is cooling down).
     */
    FAILOVER,
    /**
     * A failure that is retried for this call ended it because the budget is spent: all attempts
     * made, the deadline reached, or no worker left to connect to. Not sent for failures that are
     * never retried (a 404, an "already exists"...): those end the call at once.
     */
    EXHAUSTED
  }
}
