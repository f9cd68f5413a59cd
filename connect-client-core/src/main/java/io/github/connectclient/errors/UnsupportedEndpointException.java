package io.github.connectclient.errors;

/**
 * The worker is too old for this endpoint: its router answered 404 or 405 for a route that a newer
 * Kafka serves. Says which Kafka version introduced the endpoint and, when the client could read
 * {@code GET /}, which version the worker runs.
 */
public class UnsupportedEndpointException extends ConnectServerException {

  /** The Kafka version that introduced the endpoint. */
  private final String requiredVersion;

  /** The worker's Kafka version, or null. */
  private final String workerVersion;

  /**
   * Creates the exception.
   *
   * @param response the worker's answer
   * @param requiredVersion the Kafka version that introduced the endpoint
   * @param workerVersion the worker's version, or {@code null} when unknown
   */
  public UnsupportedEndpointException(
      ErrorResponse response, String requiredVersion, String workerVersion) {
    super(response);
    this.requiredVersion = requiredVersion;
    this.workerVersion = workerVersion;
  }

  /** {@return the Kafka version that introduced the endpoint, e.g} {@code 3.5.0}. */
  public String requiredVersion() {
    return requiredVersion;
  }

  /**
   * {@return the worker's Kafka version from {@code GET /}, or {@code null} when it could not be
   * read}
   */
  public String workerVersion() {
    return workerVersion;
  }

  @Override
  public String getMessage() {
    String worker = workerVersion == null ? "an unknown version" : workerVersion;
    return super.getMessage()
        + " [this endpoint needs Kafka Connect "
        + requiredVersion
        + " or newer; the worker runs "
        + worker
        + "]";
  }
}
