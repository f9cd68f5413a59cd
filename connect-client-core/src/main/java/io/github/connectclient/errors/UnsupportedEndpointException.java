package io.github.connectclient.errors;

/**
 * The worker is too old for this call: it needs an endpoint, an option or a field that a newer
 * Kafka brought. Says what needs it ({@link #feature()}), the Apache Kafka version that brought it
 * and, when the client could read {@code GET /}, the version the worker runs (a Confluent Platform
 * version with its Apache Kafka line: {@code 7.6.0-ccs, Apache Kafka 3.6}).
 *
 * <p>Two ways to get here. Usually the client refuses the call <em>before sending it</em> ({@link
 * #sent()} is false, {@link #statusCode()} is 0): it asked the worker for its version once and the
 * worker is older than the call needs, so nothing reaches it, nothing is silently ignored by it.
 * Otherwise the worker's router answered 404 or 405 for a route it does not know (the version could
 * not be read before sending, so the call went out), and the client then read the worker's version
 * to tell an old worker from a route disabled on a new one (that is a {@link NotFoundException}).
 */
public class UnsupportedEndpointException extends ConnectServerException {

  /** The feature. */
  private final String feature;

  /** The required version. */
  private final String requiredVersion;

  /** The worker's Kafka version, or null. */
  private final String workerVersion;

  /** The worker apache version. */
  private final String workerApacheVersion;

  /**
   * Creates the exception for a worker's answer to an endpoint.
   *
   * @param response the worker's answer
   * @param requiredVersion the Kafka version that introduced the endpoint
   * @param workerVersion the worker's version, or {@code null} when unknown
   */
  public UnsupportedEndpointException(
      ErrorResponse response, String requiredVersion, String workerVersion) {
    this(response, null, requiredVersion, workerVersion, null);
  }

  /**
   * Creates the exception.
   *
   * @param response the worker's answer; for a call refused before sending, its request line with
   *     status 0
   * @param feature what needs the newer worker (an endpoint as {@code METHOD /template}, or an
   *     option or field), or {@code null} for the endpoint called
   * @param requiredVersion the Apache Kafka version that brought {@code feature}
   * @param workerVersion the worker's version as {@code GET /} reported it, or {@code null} when
   *     unknown
   * @param workerApacheVersion the Apache Kafka release line {@code workerVersion} stands for (e.g.
   *     {@code 3.6} for {@code 7.6.0-ccs}), or {@code null} when unknown
   */
  public UnsupportedEndpointException(
      ErrorResponse response,
      String feature,
      String requiredVersion,
      String workerVersion,
      String workerApacheVersion) {
    super(response);
    this.feature = feature;
    this.requiredVersion = requiredVersion;
    this.workerVersion = workerVersion;
    this.workerApacheVersion = workerApacheVersion;
  }

  /**
   * What needs the newer worker: the endpoint as {@code METHOD /template} (e.g. {@code PUT
   * /connectors/{connector}/stop}) or one of its options or fields (e.g. {@code initial_state in a
   * connector create}); {@code null} when the exception was created without one.
   *
   * @return the feature
   */
  public String feature() {
    return feature;
  }

  /**
   * The Apache Kafka version that introduced the feature, e.g. {@code 3.5.0}.
   *
   * @return the required version
   */
  public String requiredVersion() {
    return requiredVersion;
  }

  /**
   * The worker's version as {@code GET /} reported it (e.g. {@code 3.6.2} or {@code 7.6.0-ccs}), or
   * {@code null} when it could not be read.
   *
   * @return the worker version
   */
  public String workerVersion() {
    return workerVersion;
  }

  /**
   * The Apache Kafka release line the worker's version stands for, e.g. {@code 3.6} for a Confluent
   * Platform {@code 7.6.0-ccs}; {@code null} when unknown.
   *
   * @return the worker apache version
   */
  public String workerApacheVersion() {
    return workerApacheVersion;
  }

  /**
   * Whether the request was sent: false when the client refused it before sending, knowing the
   * worker's version; true when the worker's router answered it.
   *
   * @return the sent
   */
  public boolean sent() {
    return statusCode() != 0;
  }

  @Override
  public String getMessage() {
    String what = feature == null ? "this endpoint" : feature;
    String needs = what + " needs Apache Kafka " + requiredVersion + " or newer";
    if (!sent()) {
      return method()
          + " "
          + path()
          + " was not sent: "
          + needs
          + ", and the worker at "
          + response().workerUrl()
          + " runs "
          + shownWorkerVersion();
    }
    return super.getMessage() + " [" + needs + "; the worker runs " + shownWorkerVersion() + "]";
  }

  private String shownWorkerVersion() {
    if (workerVersion == null) {
      return "an unknown version";
    }
    boolean apacheNumbered =
        workerApacheVersion == null
            || workerVersion.equals(workerApacheVersion)
            || workerVersion.startsWith(workerApacheVersion + ".");
    return apacheNumbered ? workerVersion : workerVersion + ", Apache Kafka " + workerApacheVersion;
  }
}
