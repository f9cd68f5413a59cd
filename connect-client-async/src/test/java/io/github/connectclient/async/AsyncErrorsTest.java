package io.github.connectclient.async;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.connectclient.RetryPolicy;
import io.github.connectclient.errors.ConnectClientException;
import io.github.connectclient.errors.ConnectorNotFoundException;
import io.github.connectclient.errors.RebalanceInProgressException;
import io.github.connectclient.model.ConnectorStatus;
import io.github.connectclient.model.State;
import io.github.connectclient.testsupport.Fixtures;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Failures arrive as the typed exceptions of the sync client, wrapped only as {@link
 * CompletableFuture} wraps them; retries are scheduled, not slept. The idioms of docs/async.md.
 */
class AsyncErrorsTest {

  private static final String NOT_FOUND = Fixtures.body("error-no-status");

  @StartStop final MockWebServer server = new MockWebServer();

  private final RecordingScheduler scheduler = new RecordingScheduler();
  private AsyncConnectClient client;

  @BeforeEach
  void buildClient() {
    client =
        AsyncConnectClient.builder()
            .url(server.url("/").toString())
            .scheduler(scheduler)
            .retryPolicy(RetryPolicy.builder().initialBackoff(Duration.ofMillis(10)).build())
            .build();
  }

  @AfterEach
  void tearDown() {
    client.close();
    scheduler.shutdownNow();
  }

  @Test
  void aServerError_failsTheFutureWithTheTypedException_unwrappedInExceptionally()
      throws Exception {
    server.enqueue(answer(404, NOT_FOUND));

    CompletableFuture<String> outcome =
        client
            .getConnectorStatus("nope")
            .thenApply(status -> "found")
            .exceptionally(
                failure ->
                    AsyncErrors.unwrap(failure) instanceof ConnectorNotFoundException missing
                        ? "missing: " + missing.connectorName()
                        : "other");

    assertThat(outcome.get(5, TimeUnit.SECONDS)).isEqualTo("missing: nope");
  }

  @Test
  void join_wrapsTheTypedExceptionInCompletionException_andGetInExecutionException() {
    server.enqueue(answer(404, NOT_FOUND));
    server.enqueue(answer(404, NOT_FOUND));

    assertThatThrownBy(() -> client.getConnectorStatus("nope").join())
        .isInstanceOf(CompletionException.class)
        .hasCauseInstanceOf(ConnectorNotFoundException.class);
    assertThatThrownBy(() -> client.getConnectorStatus("nope").get(5, TimeUnit.SECONDS))
        .isInstanceOf(ExecutionException.class)
        .cause()
        .isInstanceOf(ConnectClientException.class)
        .hasMessageContaining("No status found for connector nope");
  }

  @Test
  void aRebalanceConflict_isRetriedOnTheScheduler() throws Exception {
    server.enqueue(answer(409, Bodies.STALE_CONFIG_JSON));
    server.enqueue(answer(200, Bodies.statusJson("a", State.RUNNING)));

    CompletableFuture<ConnectorStatus> status = client.getConnectorStatus("a");

    scheduler.next(); // the retry was scheduled, not slept: next() fails when nothing was
    assertThat(status.get(5, TimeUnit.SECONDS).connector().state()).isEqualTo(State.RUNNING);
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void anExhaustedRetryBudget_failsWithTheLastTypedFailure() {
    client.close();
    client =
        AsyncConnectClient.builder()
            .url(server.url("/").toString())
            .scheduler(scheduler)
            .retryPolicy(
                RetryPolicy.builder().maxAttempts(2).initialBackoff(Duration.ofMillis(10)).build())
            .build();
    server.enqueue(answer(409, Bodies.STALE_CONFIG_JSON));
    server.enqueue(answer(409, Bodies.STALE_CONFIG_JSON));

    assertThatThrownBy(() -> client.pauseConnector("a").join())
        .cause()
        .isInstanceOfSatisfying(
            RebalanceInProgressException.class,
            rebalance -> assertThat(rebalance.attempts()).isEqualTo(2));
  }

  private static MockResponse answer(int status, String body) {
    return new MockResponse.Builder().code(status).body(body).build();
  }
}
