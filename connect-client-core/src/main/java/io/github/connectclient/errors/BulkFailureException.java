package io.github.connectclient.errors;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Some connectors of an {@code apply} or a bulk operation failed; the others were done. Thrown by
 * {@code throwIfFailed()}. {@link #failures()} holds each failed connector's exception (also added
 * as suppressed exceptions; the first is the cause), and the message lists them all.
 */
public class BulkFailureException extends ConnectClientException {

  /** What was done. */
  private final String operation;

  /** How many connectors it was done to. */
  private final int total;

  private final transient Map<String, ConnectClientException> failures;

  /**
   * Creates the exception.
   *
   * @param operation what was done, e.g. {@code apply} or {@code restartConnectors}
   * @param total how many connectors it was done to
   * @param failures each failed connector's exception, in order; not empty
   */
  public BulkFailureException(
      String operation, int total, Map<String, ConnectClientException> failures) {
    super(describe(operation, total, failures), failures.values().iterator().next());
    this.operation = operation;
    this.total = total;
    this.failures = Collections.unmodifiableMap(new LinkedHashMap<>(failures));
    failures.values().stream().skip(1).forEach(this::addSuppressed);
  }

  /** {@return what was done, e.g} {@code apply} or {@code restartConnectors}. */
  public String operation() {
    return operation;
  }

  /** {@return how many connectors it was done to} */
  public int total() {
    return total;
  }

  /** {@return each failed connector's exception, by name, in order} */
  public Map<String, ConnectClientException> failures() {
    return failures;
  }

  private static String describe(
      String operation, int total, Map<String, ConnectClientException> failures) {
    StringBuilder text =
        new StringBuilder(operation)
            .append(": ")
            .append(failures.size())
            .append(" of ")
            .append(total)
            .append(total == 1 ? " connector" : " connectors")
            .append(" failed");
    failures.forEach(
        (name, failure) ->
            text.append("\n  ")
                .append(name)
                .append(": ")
                .append(failure.getClass().getSimpleName())
                .append(": ")
                .append(failure.getMessage()));
    return text.toString();
  }
}
