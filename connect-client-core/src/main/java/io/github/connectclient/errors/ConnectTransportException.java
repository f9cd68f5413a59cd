package io.github.connectclient.errors;

import java.util.List;
import java.util.Objects;

/**
 * No usable answer arrived: the connection was refused or reset, TLS failed, a timeout expired, or
 * the client was closed. With several worker URLs, {@link #failures()} lists what happened at each
 * worker that was tried.
 */
public class ConnectTransportException extends ConnectClientException {

  /** The HTTP method of the request. */
  private final String method;

  /** The request path as sent. */
  private final String path;

  /** What went wrong at each attempt, in order. */
  private final List<WorkerFailure> failures;

  /**
   * Creates the exception.
   *
   * @param method HTTP method of the request
   * @param path request path as sent
   * @param failures one entry per failed attempt, in order; the last one is the cause
   */
  public ConnectTransportException(String method, String path, List<WorkerFailure> failures) {
    super(describe(method, path, failures), lastCause(failures));
    this.method = method;
    this.path = path;
    this.failures = List.copyOf(failures);
  }

  /** {@return the HTTP method of the request} */
  public String method() {
    return method;
  }

  /** {@return the request path as sent} */
  public String path() {
    return path;
  }

  /** {@return what went wrong at each attempt, in order} */
  public List<WorkerFailure> failures() {
    return failures;
  }

  /** {@return how many attempts were made} */
  public int attempts() {
    return failures.size();
  }

  private static Throwable lastCause(List<WorkerFailure> failures) {
    return failures.isEmpty() ? null : failures.get(failures.size() - 1).cause();
  }

  private static String describe(String method, String path, List<WorkerFailure> failures) {
    Objects.requireNonNull(failures, "failures == null");
    StringBuilder text = new StringBuilder(method).append(' ').append(path).append(" failed: ");
    if (failures.size() == 1) {
      return text.append(failures.get(0).describe()).toString();
    }
    text.append(failures.size()).append(" attempts failed");
    for (WorkerFailure failure : failures) {
      text.append("; ").append(failure.describe());
    }
    return text.toString();
  }

  /**
   * One failed attempt at one worker.
   *
   * @param workerUrl the worker's base URL
   * @param cause what failed (an {@link java.io.IOException} in most cases)
   */
  public record WorkerFailure(String workerUrl, Throwable cause) {

    /**
     * Canonical constructor; {@code cause} is required.
     *
     * @param workerUrl the worker's base URL
     * @param cause what failed (an {@link java.io.IOException} in most cases); required
     */
    public WorkerFailure {
      Objects.requireNonNull(cause, "cause == null");
    }

    /**
     * {@code http://w1:8083: ConnectException: Connection refused}.
     *
     * @return the worker and the failure, e.g. {@code http://w1:8083: ConnectException: Connection
     *     refused}
     */
    public String describe() {
      String message = cause.getMessage();
      String kind = cause.getClass().getSimpleName();
      return workerUrl + ": " + (message == null ? kind : kind + ": " + message);
    }
  }
}
