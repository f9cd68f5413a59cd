package io.github.connectclient.async;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.connectclient.errors.ConnectClientException;
import io.github.connectclient.errors.ConnectorNotFoundException;
import io.github.connectclient.model.ConnectorStatus;
import io.github.connectclient.model.State;
import io.github.connectclient.testsupport.Fixtures;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import java.util.stream.Collectors;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** The snippets of docs/async.md, compiled and run against a fake worker. */
class AsyncDocsSnippetsTest {

  @StartStop final MockWebServer server = new MockWebServer();

  // --- docs/async.md: "Unwrapping failures"
  /** The library's exception under the CompletionException/ExecutionException layers. */
  static Throwable unwrap(Throwable failure) {
    Throwable cause = failure;
    while ((cause instanceof CompletionException || cause instanceof ExecutionException)
        && cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause;
  }

  /** join() that throws the typed ConnectClientException itself, for scripts and tests. */
  static <T> T await(CompletableFuture<T> future) {
    try {
      return future.join();
    } catch (CompletionException e) {
      Throwable cause = unwrap(e);
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw e;
    }
  }
  // ---

  // --- docs/async.md: "Fan-out"
  static Map<String, State> connectorStates(AsyncConnectClient client, List<String> names) {
    List<CompletableFuture<ConnectorStatus>> statuses =
        names.stream().map(client::getConnectorStatus).toList();
    CompletableFuture.allOf(statuses.toArray(CompletableFuture[]::new)).join();
    return statuses.stream()
        .map(CompletableFuture::join)
        .collect(Collectors.toMap(ConnectorStatus::name, status -> status.connector().state()));
  }
  // ---

  // --- docs/async.md: "Recovering from a typed failure"
  static CompletableFuture<Optional<ConnectorStatus>> statusIfExists(AsyncConnectClient client, String name) {
    return client.getConnectorStatus(name)
        .thenApply(Optional::of)
        .exceptionally(failure -> {
          if (unwrap(failure) instanceof ConnectorNotFoundException) {
            return Optional.empty();
          }
          throw failure instanceof CompletionException c ? c : new CompletionException(failure);
        });
  }
  // ---

  @Test
  void fanOut_readsEveryStatus() {
    server.setDispatcher(
        new AlwaysDispatcher(
            request ->
                new MockResponse.Builder()
                    .body(Bodies.statusJson(request.getUrl().pathSegments().get(1), State.RUNNING))
                    .build()));
    try (AsyncConnectClient client =
        AsyncConnectClient.builder().url(server.url("/").toString()).build()) {
      List<String> names = List.of("a", "b", "c");

      assertThat(connectorStates(client, names))
          .isEqualTo(
              names.stream().collect(Collectors.toMap(Function.identity(), name -> State.RUNNING)));
    }
  }

  @Test
  void createThenAwaitRunning_composesWithoutBlocking() {
    // the worker answers with the captured create and status of fixture-source
    server.enqueue(Fixtures.answer("connector-created"));
    server.enqueue(Fixtures.answer("connector-status"));
    try (AsyncConnectClient client =
        AsyncConnectClient.builder().url(server.url("/").toString()).build()) {
      // --- docs/async.md: "Usage"
      CompletableFuture<ConnectorStatus> running = client
          .createConnector("a", Map.of("connector.class", "FileStreamSource", "tasks.max", "1"))
          .thenCompose(info -> client.awaitConnectorState(info.name(), State.RUNNING, Duration.ofMinutes(1)));
      // ---

      assertThat(await(running).tasks()).hasSize(1);
    }
  }

  @Test
  void unwrapping_givesTheTypedException() {
    server.setDispatcher(AlwaysDispatcher.always(Fixtures.answer("error-no-status")));
    try (AsyncConnectClient client =
        AsyncConnectClient.builder().url(server.url("/").toString()).build()) {

      assertThat(await(statusIfExists(client, "nope"))).isEmpty();
      try {
        await(client.getConnectorStatus("nope"));
        throw new AssertionError("expected a failure");
      } catch (ConnectorNotFoundException e) {
        assertThat(e.connectorName()).isEqualTo("nope");
        assertThat(e).isInstanceOf(ConnectClientException.class);
      }
    }
  }
}
