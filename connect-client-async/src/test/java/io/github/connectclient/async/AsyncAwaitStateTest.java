package io.github.connectclient.async;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.connectclient.RetryPolicy;
import io.github.connectclient.errors.ConnectorFailedException;
import io.github.connectclient.errors.ConnectorStateTimeoutException;
import io.github.connectclient.errors.ForbiddenException;
import io.github.connectclient.errors.NotFoundException;
import io.github.connectclient.internal.await.Await;
import io.github.connectclient.model.ConnectorStatus;
import io.github.connectclient.model.State;
import io.github.connectclient.testsupport.Fixtures;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** awaitConnectorState polls on the scheduler until the state matches, fails, or times out. */
class AsyncAwaitStateTest {

  @StartStop final MockWebServer server = new MockWebServer();

  private final RecordingScheduler scheduler = new RecordingScheduler();
  private AsyncConnectClient client;

  @BeforeEach
  void buildClient() {
    client =
        AsyncConnectClient.builder()
            .url(server.url("/").toString())
            .retryPolicy(RetryPolicy.none())
            .scheduler(scheduler)
            .build();
  }

  @AfterEach
  void tearDown() {
    client.close();
    scheduler.shutdownNow();
  }

  @Test
  void await_pollsThroughNoStatusYetAndOtherStates_untilTheStateMatches() throws Exception {
    server.enqueue(Fixtures.answer("error-no-status"));
    server.enqueue(answer(200, Bodies.statusJson("nope", State.UNASSIGNED)));
    server.enqueue(answer(200, Bodies.statusJson("nope", State.RUNNING)));

    ConnectorStatus status =
        client
            .awaitConnectorState("nope", State.RUNNING, Duration.ofSeconds(10))
            .get(5, TimeUnit.SECONDS);

    assertThat(status).isEqualTo(Bodies.status("nope", State.RUNNING));
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void await_whenTheTimeoutPasses_failsWithTheLastStatusSeen() throws Exception {
    server.setDispatcher(
        AlwaysDispatcher.always(answer(200, Bodies.statusJson("a", State.PAUSED))));

    CompletableFuture<ConnectorStatus> running =
        client.awaitConnectorState("a", State.RUNNING, Duration.ofMillis(400));

    assertThat(AsyncErrors.unwrap(running))
        .isInstanceOfSatisfying(
            ConnectorStateTimeoutException.class,
            timeout -> {
              assertThat(timeout.lastStatus()).isEqualTo(Bodies.status("a", State.PAUSED));
              assertThat(timeout.connectorName()).isEqualTo("a");
              assertThat(timeout.expectedState()).isEqualTo(State.RUNNING);
            });
    assertThat(server.getRequestCount()).isGreaterThanOrEqualTo(2);
  }

  @Test
  void await_whenTheConnectorNeverHasAStatus_timesOutHoldingTheNotFound() throws Exception {
    server.setDispatcher(AlwaysDispatcher.always(Fixtures.answer("error-no-status")));

    CompletableFuture<ConnectorStatus> running =
        client.awaitConnectorState("nope", State.RUNNING, Duration.ofMillis(300));

    assertThat(AsyncErrors.unwrap(running))
        .isInstanceOfSatisfying(
            ConnectorStateTimeoutException.class,
            timeout -> {
              assertThat(timeout.lastStatus()).isNull();
              assertThat(timeout).hasCauseInstanceOf(NotFoundException.class);
            });
  }

  @Test
  void await_whenAPollFailsOtherwise_failsWithThatErrorAtOnce() throws Exception {
    server.enqueue(answer(403, "{\"error_code\":403,\"message\":\"Forbidden\"}")); // not captured

    CompletableFuture<ConnectorStatus> running =
        client.awaitConnectorState("a", State.RUNNING, Duration.ofMinutes(1));

    assertThat(AsyncErrors.unwrap(running)).isInstanceOf(ForbiddenException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(scheduler.untaken()).as("polls scheduled").isZero();
  }

  @Test
  void await_pausesBetweenPollsOnTheScheduler_notOnACallerThread() throws Exception {
    server.enqueue(answer(200, Bodies.statusJson("a", State.UNASSIGNED)));
    server.enqueue(answer(200, Bodies.statusJson("a", State.STOPPED)));

    CompletableFuture<ConnectorStatus> stopped =
        client.awaitConnectorState("a", State.STOPPED, Duration.ofSeconds(10));

    assertThat(scheduler.next().delayMillis()).isEqualTo(Await.FIRST_PAUSE.toMillis());
    assertThat(stopped.get(5, TimeUnit.SECONDS).connector().state()).isEqualTo(State.STOPPED);
  }

  @Test
  void await_whenATaskFailed_failsFastWithTheStatusAndTrace() throws Exception {
    String failed =
        Bodies.statusJson("a", State.RUNNING)
            .replace(
                "{\"id\":0,\"state\":\"RUNNING\"",
                "{\"id\":0,\"state\":\"FAILED\",\"trace\":\"java.io.IOException: gone\"");
    server.enqueue(answer(200, failed));

    CompletableFuture<ConnectorStatus> running =
        client.awaitConnectorState("a", State.RUNNING, Duration.ofMinutes(1));

    assertThat(AsyncErrors.unwrap(running))
        .isInstanceOfSatisfying(
            ConnectorFailedException.class,
            e -> {
              assertThat(e.trace()).isEqualTo("java.io.IOException: gone");
              assertThat(e.lastStatus().tasks().get(0).state()).isEqualTo(State.FAILED);
            });
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(scheduler.untaken()).as("polls scheduled").isZero();
  }

  @Test
  void await_withMinTasks_waitsForThatManyTasks() throws Exception {
    String twoTasks =
        Bodies.statusJson("a", State.RUNNING)
            .replace("}],", "},{\"id\":1,\"state\":\"RUNNING\",\"worker_id\":\"w1:8083\"}],");
    server.enqueue(answer(200, Bodies.statusJson("a", State.RUNNING)));
    server.enqueue(answer(200, twoTasks));

    ConnectorStatus status =
        client
            .awaitConnectorState("a", State.RUNNING, 2, Duration.ofSeconds(10))
            .get(5, TimeUnit.SECONDS);

    assertThat(status.tasks()).hasSize(2);
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void await_backsOffBetweenPolls_onTheScheduler() throws Exception {
    for (int i = 0; i < 3; i++) {
      server.enqueue(answer(200, Bodies.statusJson("a", State.UNASSIGNED)));
    }
    server.enqueue(answer(200, Bodies.statusJson("a", State.PAUSED)));

    CompletableFuture<ConnectorStatus> paused =
        client.awaitConnectorState("a", State.PAUSED, Duration.ofSeconds(10));

    assertThat(scheduler.next().delayMillis()).isEqualTo(100);
    assertThat(scheduler.next().delayMillis()).isEqualTo(200);
    assertThat(scheduler.next().delayMillis()).isEqualTo(400);
    assertThat(paused.get(5, TimeUnit.SECONDS).connector().state()).isEqualTo(State.PAUSED);
  }

  @Test
  void awaitDeleted_completesWhenTheStatusIsGone() throws Exception {
    server.enqueue(answer(200, Bodies.statusJson("a", State.RUNNING)));
    server.enqueue(Fixtures.answer("error-no-status"));

    client.awaitConnectorDeleted("a", Duration.ofSeconds(10)).get(5, TimeUnit.SECONDS);

    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(server.takeRequest().getTarget()).isEqualTo("/connectors/a/status");
  }

  @Test
  void awaitDeleted_whenTheConnectorStays_timesOut() throws Exception {
    server.setDispatcher(
        AlwaysDispatcher.always(answer(200, Bodies.statusJson("a", State.RUNNING))));

    CompletableFuture<Void> gone = client.awaitConnectorDeleted("a", Duration.ofMillis(300));

    assertThat(AsyncErrors.unwrap(gone))
        .isInstanceOfSatisfying(
            ConnectorStateTimeoutException.class,
            e -> assertThat(e.expectedState()).isEqualTo(State.DESTROYED));
  }

  @Test
  void awaitDeleted_cancelled_stopsPolling() throws Exception {
    server.setDispatcher(
        AlwaysDispatcher.always(answer(200, Bodies.statusJson("a", State.RUNNING))));

    CompletableFuture<Void> gone = client.awaitConnectorDeleted("a", Duration.ofMinutes(1));
    RecordingScheduler.Task nextPoll = scheduler.next();
    gone.cancel(true);

    assertThat(nextPoll.awaitCancelled()).isTrue();
  }

  private static MockResponse answer(int status, String body) {
    return new MockResponse.Builder().code(status).body(body).build();
  }
}
