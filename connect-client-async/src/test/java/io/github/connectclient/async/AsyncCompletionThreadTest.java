package io.github.connectclient.async;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.connectclient.RetryPolicy;
import io.github.connectclient.errors.ConnectorNotFoundException;
import io.github.connectclient.errors.ConnectorStateTimeoutException;
import io.github.connectclient.model.State;
import io.github.connectclient.testsupport.Fixtures;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Futures complete on the OkHttp dispatcher thread by default, and on the completion executor when
 * one is set: successes, failures and awaits alike. The server holds its answers until the test has
 * attached its callback, so the callback runs where the future completes.
 */
class AsyncCompletionThreadTest {

  private static final String COMPLETION_THREAD = "test-completion";

  @StartStop final MockWebServer server = new MockWebServer();

  private final ExecutorService completion =
      Executors.newSingleThreadExecutor(
          runnable -> {
            Thread thread = new Thread(runnable, COMPLETION_THREAD);
            thread.setDaemon(true);
            return thread;
          });
  private GatedDispatcher gate;
  private AsyncConnectClient client;

  @AfterEach
  void tearDown() {
    gate.open();
    client.close();
    completion.shutdownNow();
  }

  private void serverAnswers(int status, String body) {
    gate =
        new GatedDispatcher(request -> new MockResponse.Builder().code(status).body(body).build());
    server.setDispatcher(gate);
  }

  private AsyncConnectClient.Builder builder() {
    return AsyncConnectClient.builder()
        .url(server.url("/").toString())
        .retryPolicy(RetryPolicy.none());
  }

  @Test
  void byDefault_aFutureCompletesOnTheOkHttpDispatcherThread() throws Exception {
    serverAnswers(200, Bodies.statusJson("a", State.RUNNING));
    client = builder().build();

    assertThat(threadCompleting(client.getConnectorStatus("a"))).startsWith("OkHttp");
  }

  @Test
  void withACompletionExecutor_aSuccessCompletesOnIt() throws Exception {
    serverAnswers(200, Bodies.statusJson("a", State.RUNNING));
    client = builder().completionExecutor(completion).build();

    assertThat(threadCompleting(client.getConnectorStatus("a"))).isEqualTo(COMPLETION_THREAD);
  }

  @Test
  void withACompletionExecutor_aFailureCompletesOnIt() throws Exception {
    serverAnswers(404, Fixtures.body("error-no-status"));
    client = builder().completionExecutor(completion).build();
    CompletableFuture<?> status = client.getConnectorStatus("nope");

    assertThat(threadCompleting(status)).isEqualTo(COMPLETION_THREAD);
    assertThat(status).isCompletedExceptionally();
    assertThat(AsyncErrors.unwrap(status)).isInstanceOf(ConnectorNotFoundException.class);
  }

  @Test
  void withACompletionExecutor_anAwaitCompletesOnIt() throws Exception {
    serverAnswers(200, Bodies.statusJson("a", State.RUNNING));
    client = builder().completionExecutor(completion).build();

    assertThat(
            threadCompleting(client.awaitConnectorState("a", State.RUNNING, Duration.ofSeconds(5))))
        .isEqualTo(COMPLETION_THREAD);
  }

  @Test
  void withACompletionExecutor_anAwaitTimeoutCompletesOnIt() throws Exception {
    serverAnswers(200, Bodies.statusJson("a", State.UNASSIGNED));
    client = builder().completionExecutor(completion).build();
    CompletableFuture<?> running =
        client.awaitConnectorState("a", State.RUNNING, Duration.ofMillis(300));

    assertThat(threadCompleting(running)).isEqualTo(COMPLETION_THREAD);
    assertThat(AsyncErrors.unwrap(running)).isInstanceOf(ConnectorStateTimeoutException.class);
  }

  /** Attaches a callback, lets the server answer, and returns the name of the thread it ran on. */
  private String threadCompleting(CompletableFuture<?> future) throws Exception {
    CompletableFuture<String> thread =
        future.handle((value, failure) -> Thread.currentThread().getName());
    gate.open();
    return thread.get(5, TimeUnit.SECONDS);
  }
}
