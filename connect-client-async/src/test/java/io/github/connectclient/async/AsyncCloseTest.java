package io.github.connectclient.async;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.connectclient.RetryPolicy;
import io.github.connectclient.model.ConnectorStatus;
import io.github.connectclient.model.State;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * close() releases what the client owns, leaves the user's resources alone, and fails fast after.
 */
class AsyncCloseTest {

  @StartStop final MockWebServer server = new MockWebServer();

  private GatedDispatcher gate;
  private AsyncConnectClient client;

  @AfterEach
  void tearDown() {
    if (gate != null) {
      gate.open();
    }
    if (client != null) {
      client.close();
    }
  }

  @Test
  void close_stopsTheDispatcherThreadsTheClientOwns() throws Exception {
    gate = new GatedDispatcher(request -> status(State.RUNNING));
    server.setDispatcher(gate);
    client = AsyncConnectClient.builder().url(server.url("/").toString()).build();
    CompletableFuture<Thread> completedOn =
        client.getConnectorStatus("a").thenApply(status -> Thread.currentThread());
    gate.open();
    Thread dispatcherThread = completedOn.get(5, TimeUnit.SECONDS);
    assertThat(dispatcherThread.getName()).contains("OkHttp");

    client.close();

    dispatcherThread.join(5_000);
    assertThat(dispatcherThread.isAlive()).isFalse();
  }

  @Test
  void close_stopsTheSchedulerTheClientOwns() throws Exception {
    server.enqueue(status(State.UNASSIGNED));
    server.enqueue(status(State.RUNNING));
    Set<Thread> requestThreads = ConcurrentHashMap.newKeySet();
    client =
        AsyncConnectClient.builder()
            .url(server.url("/").toString())
            .bearerToken(
                () -> {
                  requestThreads.add(Thread.currentThread());
                  return "token";
                })
            .build();
    client.awaitConnectorState("a", State.RUNNING, Duration.ofSeconds(10)).get(5, TimeUnit.SECONDS);
    List<Thread> schedulerThreads =
        requestThreads.stream()
            .filter(thread -> thread.getName().equals("connect-client-scheduler"))
            .toList();
    assertThat(schedulerThreads).as("the second poll was sent from the owned scheduler").hasSize(1);

    client.close();

    schedulerThreads.get(0).join(5_000);
    assertThat(schedulerThreads.get(0).isAlive()).isFalse();
  }

  @Test
  void close_failsTheCallInFlight_andLaterCallsThrow() throws Exception {
    gate = new GatedDispatcher(request -> status(State.RUNNING));
    server.setDispatcher(gate);
    client = AsyncConnectClient.builder().url(server.url("/").toString()).build();
    CompletableFuture<ConnectorStatus> pending = client.getConnectorStatus("a");
    assertThat(gate.awaitArrivals(1)).isTrue();

    client.close();

    assertThat(pending)
        .failsWithin(Duration.ofSeconds(5))
        .withThrowableOfType(ExecutionException.class)
        .withCauseInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> client.getConnectorStatus("a"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("the connect client is closed");
    assertThatThrownBy(() -> client.awaitConnectorState("a", State.RUNNING, Duration.ofSeconds(1)))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void close_failsACallWaitingForItsRetry_insteadOfLeavingItPendingForever() throws Exception {
    server.enqueue(new MockResponse.Builder().code(409).body(Bodies.STALE_CONFIG_JSON).build());
    RecordingScheduler scheduler = new RecordingScheduler();
    client =
        AsyncConnectClient.builder()
            .url(server.url("/").toString())
            .scheduler(scheduler)
            .retryPolicy(
                RetryPolicy.builder()
                    .initialBackoff(Duration.ofMinutes(1))
                    .maxBackoff(Duration.ofMinutes(1))
                    .jitter(0)
                    .build())
            .build();
    CompletableFuture<ConnectorStatus> pending = client.getConnectorStatus("a");
    assertThat(scheduler.next().future().isDone()).isFalse();

    client.close();

    assertThat(pending).isCompletedExceptionally();
    assertThatThrownBy(pending::join).hasCauseInstanceOf(IllegalStateException.class);
    scheduler.shutdownNow();
  }

  @Test
  void close_failsAnAwaitBetweenPolls_atOnce() throws Exception {
    server.setDispatcher(AlwaysDispatcher.always(status(State.UNASSIGNED)));
    RecordingScheduler scheduler = RecordingScheduler.holding();
    client =
        AsyncConnectClient.builder().url(server.url("/").toString()).scheduler(scheduler).build();
    CompletableFuture<ConnectorStatus> running =
        client.awaitConnectorState("a", State.RUNNING, Duration.ofMinutes(1));
    RecordingScheduler.Task nextPoll = scheduler.next();

    client.close();

    assertThat(running).isCompletedExceptionally();
    assertThatThrownBy(running::join).hasCauseInstanceOf(IllegalStateException.class);
    assertThat(nextPoll.awaitCancelled()).as("the next poll was cancelled").isTrue();
    scheduler.shutdownNow();
  }

  @Test
  void close_leavesTheUsersOkHttpClientSchedulerAndExecutorRunning() throws Exception {
    server.enqueue(status(State.RUNNING));
    server.enqueue(new MockResponse.Builder().code(200).body("still usable").build());
    OkHttpClient okHttp = new OkHttpClient();
    RecordingScheduler scheduler = new RecordingScheduler();
    ExecutorService executor = Executors.newSingleThreadExecutor();
    try {
      client =
          AsyncConnectClient.builder()
              .url(server.url("/").toString())
              .okHttpClient(okHttp)
              .scheduler(scheduler)
              .completionExecutor(executor)
              .build();
      client.getConnectorStatus("a").get(5, TimeUnit.SECONDS);

      client.close();

      assertThat(scheduler.isShutdown()).isFalse();
      assertThat(executor.isShutdown()).isFalse();
      assertThat(okHttp.dispatcher().executorService().isShutdown()).isFalse();
      try (Response response =
          okHttp.newCall(new Request.Builder().url(server.url("/")).build()).execute()) {
        assertThat(response.body().string()).isEqualTo("still usable");
      }
    } finally {
      scheduler.shutdownNow();
      executor.shutdownNow();
      okHttp.dispatcher().executorService().shutdownNow();
      okHttp.connectionPool().evictAll();
    }
  }

  @Test
  void close_twice_isHarmless() {
    client = AsyncConnectClient.builder().url(server.url("/").toString()).build();
    client.close();
    client.close();
    assertThat(client.toString()).startsWith("AsyncConnectClient");
  }

  private static MockResponse status(State state) {
    return new MockResponse.Builder().code(200).body(Bodies.statusJson("a", state)).build();
  }
}
