package io.github.connectclient.internal.retry;

import io.github.connectclient.internal.endpoint.PreparedCall;
import java.time.Duration;

/**
 * One attempt of a call, as the engine reports it to the client listener (the client turns it into
 * a public {@code AttemptEvent}). Secret-free: no body, header or server message.
 *
 * @param call the call the attempt belongs to
 * @param workerUrl the worker the attempt went to
 * @param attempt the number of the attempt (1-based)
 * @param outcome what came back
 * @param status the HTTP status of the answer, or 0 when none came
 * @param failureType the simple class name of the failure, or null on success
 * @param duration how long the attempt took, redirects included
 * @param next what the call does next
 * @param delay the wait before the next attempt ({@link Duration#ZERO} unless retried)
 * @param nextWorkerUrl the worker of the next attempt, or null unless retried
 */
public record AttemptNotice(
    PreparedCall<?> call,
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
    /** An answer read as the result. */
    SUCCESS,
    /** A 4xx answer. */
    CLIENT_ERROR,
    /** A 5xx (or other error) answer. */
    SERVER_ERROR,
    /** No usable answer: refused, reset, timed out, TLS failed. */
    IO_ERROR,
    /** An answer whose body could not be read as the result. */
    UNREADABLE,
    /** Anything else: the attempt was not sent, or the client was closed. */
    OTHER
  }

  /** What the call does after the attempt. */
  public enum Next {
    /** Ends with a result. */
    COMPLETE,
    /** Another attempt at the same worker. */
    RETRY,
    /** Another attempt at another worker. */
    FAILOVER,
    /** Ends with this attempt's failure. */
    FAIL,
    /** Reads an ambiguous create back to decide. */
    READ_BACK
  }
}
