package io.github.connectclient.errors;

import java.util.Objects;

/**
 * {@code createConnector} failed in a way where the server may still have created the connector (no
 * answer after the request was sent, 500 {@code Request timed out}, a gateway's 502/503/504, or 409
 * {@code already exists} after such an attempt), and looking at the cluster did not show the
 * connector with the requested config. {@link #existence()} says what the look found; {@link
 * #getCause()} is the failure of the create itself.
 *
 * <p>The client never sends the create again on its own: a second {@code POST /connectors} could
 * only fail with "already exists" or create a connector the caller believes failed. When the look
 * finds the connector with the requested config, {@code createConnector} returns it instead of
 * throwing this. Thrown by {@code createConnector} ({@code POST /connectors}, Kafka 0.10.0+).
 */
public class CreateOutcomeUnknownException extends ConnectClientException {

  /** What the client found when it looked for the connector after the failed create. */
  public enum Existence {
    /**
     * No connector of that name existed when checked. The create may still be applied later (the
     * server works on a request for up to 90 s), or was never applied.
     */
    ABSENT,
    /** A connector of that name exists, with a config other than the one requested. */
    EXISTS_WITH_OTHER_CONFIG,
    /** The look itself failed; {@link #checkFailure()} says how. */
    UNKNOWN
  }

  /** The connector the create was for. */
  private final String connectorName;

  /** What the look for the connector found. */
  private final Existence existence;

  /** How the look for the connector failed, or null. */
  private final Throwable checkFailure;

  /**
   * Creates the exception.
   *
   * @param connectorName the connector the create was for
   * @param existence what the look after the failure found
   * @param createFailure how the create failed
   * @param checkFailure how the look failed, or null when it did not
   */
  public CreateOutcomeUnknownException(
      String connectorName,
      Existence existence,
      RuntimeException createFailure,
      Throwable checkFailure) {
    super(
        describe(connectorName, existence, createFailure, checkFailure),
        Objects.requireNonNull(createFailure, "createFailure == null"));
    this.connectorName = Objects.requireNonNull(connectorName, "connectorName == null");
    this.existence = Objects.requireNonNull(existence, "existence == null");
    this.checkFailure = checkFailure;
    if (checkFailure != null) {
      addSuppressed(checkFailure);
    }
  }

  /** {@return the connector the create was for} */
  public String connectorName() {
    return connectorName;
  }

  /** {@return what the client found when it looked for the connector} */
  public Existence existence() {
    return existence;
  }

  /** {@return how the create failed (same as {@link #getCause()})} */
  public RuntimeException createFailure() {
    return (RuntimeException) getCause();
  }

  /**
   * {@return how the look for the connector failed, or null when it did not ({@link
   * Existence#UNKNOWN})}
   */
  public Throwable checkFailure() {
    return checkFailure;
  }

  private static String describe(
      String name, Existence existence, RuntimeException createFailure, Throwable checkFailure) {
    String found =
        switch (existence) {
          case ABSENT ->
              "it does not exist now; the create may still be applied later or not at all";
          case EXISTS_WITH_OTHER_CONFIG -> "it exists with a config other than the requested one";
          case UNKNOWN ->
              "checking whether it exists failed too ("
                  + (checkFailure == null ? "no detail" : checkFailure.getMessage())
                  + ")";
        };
    return "the outcome of creating connector "
        + name
        + " is unknown: the create failed after the "
        + "server may have applied it ("
        + createFailure.getMessage()
        + "), and "
        + found;
  }
}
