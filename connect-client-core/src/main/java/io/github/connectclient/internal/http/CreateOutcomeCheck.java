package io.github.connectclient.internal.http;

import io.github.connectclient.errors.ConnectorNotFoundException;
import io.github.connectclient.errors.CreateOutcomeUnknownException;
import io.github.connectclient.errors.CreateOutcomeUnknownException.Existence;
import io.github.connectclient.model.ConnectorInfo;
import io.github.connectclient.model.NewConnector;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Settles a {@code createConnector} whose failure leaves open whether the server created the
 * connector (API reference §4.4; docs/retries.md "Ambiguous create"). The create is never sent
 * again; instead the client reads {@code GET /connectors/{name}}: the connector with the requested
 * config (ignoring the {@code name} key the server adds) means the create succeeded and its info is
 * the result; anything else is a {@link CreateOutcomeUnknownException} saying what was found.
 *
 * <p>One read answers both questions (does it exist, with which config) from one consistent
 * snapshot, and already is the {@link ConnectorInfo} to return. It is an ordinary safe call, with
 * the client's retry policy. The async form chains futures and never blocks.
 */
final class CreateOutcomeCheck {

  private static final Logger LOG = LoggerFactory.getLogger("io.github.connectclient.retry");

  private final Transport transport;

  CreateOutcomeCheck(Transport transport) {
    this.transport = transport;
  }

  /** Whether {@code failure}, ending the call of {@code state}, calls for a check. */
  static boolean applies(CallState<?> state, RuntimeException failure) {
    return state.call.endpoint() == Endpoints.CREATE_CONNECTOR
        && RetryClassifier.isAmbiguousCreate(failure, state.mayHaveApplied);
  }

  /** The created connector, or a {@link CreateOutcomeUnknownException}; waits on this thread. */
  <T> T settle(CallState<T> state, RuntimeException createFailure) {
    NewConnector requested = requested(state.call);
    ConnectorInfo found;
    try {
      found = transport.execute(Endpoints.GET_CONNECTOR.call(requested.name()));
    } catch (RuntimeException checkFailure) {
      throw unknown(requested, createFailure, checkFailure);
    }
    return conclude(state, requested, found, createFailure);
  }

  /** The created connector, or a {@link CreateOutcomeUnknownException}; never blocks. */
  <T> CompletableFuture<T> settleAsync(CallState<T> state, RuntimeException createFailure) {
    NewConnector requested;
    try {
      requested = requested(state.call);
    } catch (RuntimeException unreadable) {
      return CompletableFuture.failedFuture(unreadable);
    }
    return transport.executeAsync(Endpoints.GET_CONNECTOR.call(requested.name()))
        .handle((found, checkFailure) -> {
          if (checkFailure != null) {
            throw unknown(requested, createFailure, unwrap(checkFailure));
          }
          return conclude(state, requested, found, createFailure);
        });
  }

  private NewConnector requested(ApiCall<?> create) {
    String body = new String(create.body(), StandardCharsets.UTF_8);
    NewConnector request = transport.codec().decode(body, NewConnector.class);
    LOG.warn("{} {} for connector {} failed after the server may have applied it; reading "
        + "GET /connectors/{} to settle the outcome", create.method(), create.encodedPath(),
        request.name(), request.name());
    return new NewConnector(request.name().strip(), request.config(), request.initialState());
  }

  @SuppressWarnings("unchecked")
  private static <T> T conclude(
      CallState<T> state, NewConnector requested, ConnectorInfo found, RuntimeException createFailure) {
    if (sameConfig(requested.config(), found.config())) {
      LOG.info("connector {} exists with the requested config: the create succeeded",
          requested.name());
      return (T) found;
    }
    throw new CreateOutcomeUnknownException(
        requested.name(), Existence.EXISTS_WITH_OTHER_CONFIG, createFailure, null);
  }

  private static CreateOutcomeUnknownException unknown(
      NewConnector requested, RuntimeException createFailure, Throwable checkFailure) {
    if (checkFailure instanceof ConnectorNotFoundException) {
      return new CreateOutcomeUnknownException(
          requested.name(), Existence.ABSENT, createFailure, null);
    }
    return new CreateOutcomeUnknownException(
        requested.name(), Existence.UNKNOWN, createFailure, checkFailure);
  }

  /** Equal configs, ignoring the {@code name} key the server adds to a stored config. */
  static boolean sameConfig(Map<String, String> requested, Map<String, String> stored) {
    Map<String, String> a = new HashMap<>(requested);
    Map<String, String> b = new HashMap<>(stored);
    a.remove("name");
    b.remove("name");
    return a.equals(b);
  }

  private static Throwable unwrap(Throwable failure) {
    Throwable current = failure;
    while ((current instanceof CompletionException || current instanceof ExecutionException)
        && current.getCause() != null) {
      current = current.getCause();
    }
    return current;
  }
}
