package io.github.connectclient.internal.retry;

import io.github.connectclient.errors.ConnectorNotFoundException;
import io.github.connectclient.errors.CreateOutcomeUnknownException;
import io.github.connectclient.errors.CreateOutcomeUnknownException.Existence;
import io.github.connectclient.internal.endpoint.ApiCall;
import io.github.connectclient.internal.endpoint.Endpoints;
import io.github.connectclient.internal.endpoint.PreparedCall;
import io.github.connectclient.model.ConnectorInfo;
import io.github.connectclient.model.NewConnector;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The rule of {@link
 * io.github.connectclient.internal.endpoint.Recovery#READ_BACK_CREATED_CONNECTOR}: a {@code
 * createConnector} whose failure leaves open whether the server created the connector (API
 * reference §4.4; docs/retries.md "Ambiguous create") is never sent again. The executor reads
 * {@link #readBack} instead (an ordinary safe call, with the client's retry policy): the connector
 * with the requested config (ignoring the {@code name} key the server adds) means the create
 * succeeded and its info is the result; anything else is a {@link CreateOutcomeUnknownException}
 * saying what was found.
 *
 * <p>One read answers both questions (does it exist, with which config) from one consistent
 * snapshot, and already is the {@link ConnectorInfo} to return.
 */
public final class AmbiguousCreate {

  private static final Logger LOG = LoggerFactory.getLogger("io.github.connectclient.retry");

  private AmbiguousCreate() {}

  /** The read that settles the outcome of {@code create}. */
  public static ApiCall<ConnectorInfo> readBack(PreparedCall<?> create) {
    NewConnector requested = requested(create);
    LOG.warn(
        "{} {} for connector {} failed after the server may have applied it; reading "
            + "GET /connectors/{} to settle the outcome",
        create.method(),
        create.encodedPath(),
        requested.name(),
        requested.name());
    return Endpoints.GET_CONNECTOR.call(requested.name());
  }

  /**
   * The result of {@code create} given what the read found: the connector when it has the requested
   * config.
   *
   * @throws CreateOutcomeUnknownException when it has another config
   */
  @SuppressWarnings("unchecked")
  public static <T> T conclude(
      PreparedCall<T> create, ConnectorInfo found, RuntimeException createFailure) {
    NewConnector requested = requested(create);
    if (sameConfig(requested.config(), found.config())) {
      LOG.info(
          "connector {} exists with the requested config: the create succeeded", requested.name());
      return (T) found;
    }
    throw new CreateOutcomeUnknownException(
        requested.name(), Existence.EXISTS_WITH_OTHER_CONFIG, createFailure, null);
  }

  /** The failure of {@code create} when the read itself failed with {@code readFailure}. */
  public static CreateOutcomeUnknownException unknown(
      PreparedCall<?> create, RuntimeException createFailure, Throwable readFailure) {
    String name = requested(create).name();
    if (readFailure instanceof ConnectorNotFoundException) {
      return new CreateOutcomeUnknownException(name, Existence.ABSENT, createFailure, null);
    }
    return new CreateOutcomeUnknownException(name, Existence.UNKNOWN, createFailure, readFailure);
  }

  /** Equal configs, ignoring the {@code name} key the server adds to a stored config. */
  static boolean sameConfig(Map<String, String> requested, Map<String, String> stored) {
    Map<String, String> a = new HashMap<>(requested);
    Map<String, String> b = new HashMap<>(stored);
    a.remove("name");
    b.remove("name");
    return a.equals(b);
  }

  private static NewConnector requested(PreparedCall<?> create) {
    NewConnector request = (NewConnector) create.bodyValue();
    return new NewConnector(request.name().strip(), request.config(), request.initialState());
  }
}
