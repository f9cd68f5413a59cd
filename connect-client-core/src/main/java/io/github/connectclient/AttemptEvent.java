package io.github.connectclient;

import java.time.Duration;

/**
 * One attempt of a call, as a {@link ClientListener} hears it: which operation went to which
 * worker, what came back, how long it took, and what the client does next. A call has one attempt,
 * or more when it is retried or fails over; {@link #attempt()} counts them.
 *
 * <p>Secret-free by construction: no request or response body, no header, no server message. The
 * path holds connector, plugin and logger names, which are not secrets; config values, passwords
 * and tokens never appear in it.
 *
 * @param operation the client method, e.g. {@code putConnectorConfig}
 * @param method the HTTP method
 * @param path the request path as sent, percent-encoded, with its query
 * @param workerUrl the worker the attempt went to
 * @param attempt the number of the attempt within its call, 1 for the first
 * @param outcome what the attempt got
 * @param status the HTTP status of the answer (the last one, after redirects), or 0 when none came
 * @param failureType the simple class name of the failure, e.g. {@code
 *     RebalanceInProgressException} or, for a transport failure, {@code ConnectException}; null on
 *     success
 * @param duration how long the attempt took, from sending to the answer read, redirects included
 * @param next what the client does next
 * @param delay the wait before the next attempt for {@link Next#RETRY} and {@link Next#FAILOVER},
 *     else {@link Duration#ZERO}
 * @param nextWorkerUrl the worker of the next attempt for {@link Next#RETRY} and {@link
 *     Next#FAILOVER}, else null
 */
public record AttemptEvent(
    String operation,
    String method,
    String path,
    String workerUrl,
    int attempt,
    Outcome outcome,
    int status,
    String failureType,
    Duration duration,
    Next next,
    Duration delay,
    String nextWorkerUrl) {

  /** What an attempt got. */
  public enum Outcome {
    /** An answer that is the call's result. */
    SUCCESS,
    /** A 4xx answer: a typed client error such as a missing connector or a rebalance conflict. */
    CLIENT_ERROR,
    /** A 5xx answer (or another status that is an error). */
    SERVER_ERROR,
    /** No usable answer: the connection was refused or reset, a timeout expired, TLS failed. */
    IO_ERROR,
    /** An answer whose body could not be read as the result. */
    UNREADABLE,
    /**
     * Anything else: the request could not be made (a token supplier threw), or the client closed.
     */
    OTHER
  }

  /** What the client does after an attempt. */
  public enum Next {
    /**
     * The call ends with a result: this attempt's, or none after a failure that shows an earlier
     * attempt did the work (a delete that finds the connector gone).
     */
    COMPLETE,
    /** The call is attempted again at the same worker after {@link #delay()}. */
    RETRY,
    /** The call is attempted again at {@link #nextWorkerUrl()}, another worker. */
    FAILOVER,
    /** The call ends with this attempt's failure: it is not retried, or the budget is spent. */
    FAIL,
    /**
     * A create whose outcome is unknown: the client reads the connector back to decide (that read
     * is a call of its own, with its own events).
     */
    READ_BACK
  }
}
