package io.github.connectclient;

import static io.github.connectclient.RequestAssertions.assertSent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.connectclient.errors.ConnectorFailedException;
import io.github.connectclient.errors.ConnectorNotFoundException;
import io.github.connectclient.errors.ConnectorStateTimeoutException;
import io.github.connectclient.errors.RebalanceInProgressException;
import io.github.connectclient.errors.UnauthorizedException;
import io.github.connectclient.internal.config.TestSeams;
import io.github.connectclient.model.ConnectorStatus;
import io.github.connectclient.model.State;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code awaitConnectorState} polls {@code GET /connectors/{name}/status} until the connector and
 * every task are in the state, failing fast on a FAILED instance. A fake clock moves on when the
 * client sleeps, so no test waits.
 */
class AwaitConnectorStateTest {

  @RegisterExtension final ConnectServer connect = new ConnectServer();

  private final FakeClock clock = new FakeClock();
  private final List<Duration> sleeps = new CopyOnWriteArrayList<>();

  @BeforeEach
  void noRealWaiting() {
    connect.configure(
        options ->
            TestSeams.timing(
                options,
                clock,
                delay -> {
                  sleeps.add(delay);
                  clock.advance(delay);
                },
                () -> 0.5));
  }

  /**
   * A synthetic status with the states a test needs (the capture holds only RUNNING, FAILED and
   * RESTARTING ones): the connector in {@code connectorState}, task {@code i} in {@code
   * taskStates[i]}.
   */
  private static String status(String connectorState, String... taskStates) {
    StringBuilder tasks = new StringBuilder();
    for (int i = 0; i < taskStates.length; i++) {
      tasks
          .append(i == 0 ? "" : ",")
          .append("{\"id\":")
          .append(i)
          .append(",\"state\":\"")
          .append(taskStates[i])
          .append("\",\"worker_id\":\"10.0.0.1:8083\"")
          .append(
              taskStates[i].equals("FAILED")
                  ? ",\"trace\":\"org.apache.kafka.connect.errors.ConnectException: x\""
                  : "")
          .append('}');
    }
    return "{\"name\":\"src1\",\"connector\":{\"state\":\""
        + connectorState
        + "\",\"worker_id\":\"10.0.0.1:8083\"},\"tasks\":["
        + tasks
        + "],\"type\":\"source\"}";
  }

  @Test
  void awaitConnectorState_whenAlreadyThere_returnsAfterOnePoll() throws Exception {
    connect.enqueue(200, status("RUNNING", "RUNNING", "RUNNING"));

    ConnectorStatus status =
        connect.client().awaitConnectorState("src1", State.RUNNING, Duration.ofSeconds(30));

    assertThat(status.tasks()).hasSize(2);
    assertSent(connect.takeRequest(), "GET", "/connectors/src1/status");
    assertThat(connect.requestCount()).isEqualTo(1);
    assertThat(sleeps).isEmpty();
  }

  @Test
  void awaitConnectorState_pollsBackingOffFrom100ms_untilTheConnectorAndAllTasksMatch() {
    connect.enqueue(200, status("UNASSIGNED"));
    connect.enqueue(200, status("RUNNING"));
    connect.enqueue(200, status("RUNNING", "RUNNING", "UNASSIGNED"));
    connect.enqueue(200, status("RUNNING", "RUNNING", "RUNNING"));

    ConnectorStatus status =
        connect.client().awaitConnectorState("src1", State.RUNNING, Duration.ofSeconds(30));

    assertThat(status.tasks()).extracting(task -> task.state()).containsOnly(State.RUNNING);
    assertThat(connect.requestCount()).isEqualTo(4);
    assertThat(sleeps)
        .containsExactly(Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofMillis(400));
  }

  @Test
  void awaitConnectorState_running_needsAtLeastOneTask() {
    connect.enqueue(200, status("RUNNING"));
    connect.enqueue(200, status("RUNNING", "RUNNING"));

    connect.client().awaitConnectorState("src1", State.RUNNING, Duration.ofSeconds(30));

    assertThat(connect.requestCount()).isEqualTo(2);
  }

  @Test
  void awaitConnectorState_stopped_matchesTheEmptyTaskList() {
    connect.enqueue(200, status("STOPPED"));

    ConnectorStatus status =
        connect.client().awaitConnectorState("src1", State.STOPPED, Duration.ofSeconds(30));

    assertThat(status.connector().state()).isEqualTo(State.STOPPED);
  }

  @Test
  void awaitConnectorState_paused_waitsForEveryTask() {
    connect.enqueue(200, status("PAUSED", "PAUSED", "RUNNING"));
    connect.enqueue(200, status("PAUSED", "PAUSED", "PAUSED"));

    connect.client().awaitConnectorState("src1", State.PAUSED, Duration.ofSeconds(30));

    assertThat(connect.requestCount()).isEqualTo(2);
  }

  @Test
  void awaitConnectorState_whenTheConnectorHasNoStatusYet_pollsAgain() {
    connect.enqueue(Answers.error(404, "No status found for connector src1"));
    connect.enqueue(200, status("RUNNING", "RUNNING"));

    ConnectorStatus status =
        connect.client().awaitConnectorState("src1", State.RUNNING, Duration.ofSeconds(30));

    assertThat(status.connector().state()).isEqualTo(State.RUNNING);
    assertThat(connect.requestCount()).isEqualTo(2);
  }

  @Test
  void awaitConnectorState_onTimeout_throwsHoldingTheLastStatusSeen() {
    for (int i = 0; i < 5; i++) {
      connect.enqueue(200, status("RUNNING", "UNASSIGNED"));
    }

    Throwable thrown =
        catchThrowable(
            () ->
                connect.client().awaitConnectorState("src1", State.RUNNING, Duration.ofSeconds(1)));

    assertThat(thrown)
        .isExactlyInstanceOf(ConnectorStateTimeoutException.class)
        .hasMessage(
            "Connector src1 did not reach RUNNING within PT1S; last seen: connector RUNNING, task 0 UNASSIGNED");
    ConnectorStateTimeoutException timeout = (ConnectorStateTimeoutException) thrown;
    assertThat(timeout.connectorName()).isEqualTo("src1");
    assertThat(timeout.expectedState()).isEqualTo(State.RUNNING);
    assertThat(timeout.lastStatus().tasks().get(0).state()).isEqualTo(State.UNASSIGNED);
    assertThat(connect.requestCount()).isEqualTo(5);
    assertThat(sleeps)
        .containsExactly(
            Duration.ofMillis(100),
            Duration.ofMillis(200),
            Duration.ofMillis(400),
            Duration.ofMillis(300));
  }

  @Test
  void awaitConnectorState_backsOffUpToOneSecond() {
    assertThat(sleepsOfAnAwaitThatNeverMatches(8, Duration.ofMillis(4500)))
        .containsExactly(
            Duration.ofMillis(100),
            Duration.ofMillis(200),
            Duration.ofMillis(400),
            Duration.ofMillis(800),
            Duration.ofMillis(1000),
            Duration.ofMillis(1000),
            Duration.ofMillis(1000));
  }

  @Test
  void awaitConnectorState_whenATaskFailed_failsFastWithTheStatusAndTrace() {
    connect.enqueue(200, status("RUNNING", "RUNNING", "FAILED"));

    Throwable thrown =
        catchThrowable(
            () ->
                connect
                    .client()
                    .awaitConnectorState("src1", State.RUNNING, Duration.ofSeconds(30)));

    assertThat(thrown)
        .isExactlyInstanceOf(ConnectorFailedException.class)
        .hasMessage(
            "Connector src1 failed while awaiting RUNNING: task 1 FAILED"
                + " (org.apache.kafka.connect.errors.ConnectException; see trace())");
    ConnectorFailedException failed = (ConnectorFailedException) thrown;
    assertThat(failed.connectorName()).isEqualTo("src1");
    assertThat(failed.expectedState()).isEqualTo(State.RUNNING);
    assertThat(failed.lastStatus().tasks().get(1).state()).isEqualTo(State.FAILED);
    assertThat(failed.trace()).isEqualTo("org.apache.kafka.connect.errors.ConnectException: x");
    assertThat(connect.requestCount()).isEqualTo(1);
    assertThat(sleeps).isEmpty();
  }

  @Test
  void awaitConnectorState_whenTheConnectorFailed_failsFast() {
    connect.enqueue(200, status("PAUSED", "PAUSED"));
    connect.enqueue(
        200,
        status("PAUSED", "PAUSED")
            .replace(
                "\"connector\":{\"state\":\"PAUSED\"",
                "\"connector\":{\"state\":\"FAILED\",\"trace\":\"java.lang.IllegalStateException: y\""));

    Throwable thrown =
        catchThrowable(
            () ->
                connect
                    .client()
                    .awaitConnectorState("src1", State.RUNNING, Duration.ofSeconds(30)));

    assertThat(thrown).isExactlyInstanceOf(ConnectorFailedException.class);
    assertThat(((ConnectorFailedException) thrown).trace())
        .isEqualTo("java.lang.IllegalStateException: y");
    assertThat(connect.requestCount()).isEqualTo(2);
  }

  @Test
  void awaitConnectorState_failed_isAwaitedLikeAnyState() {
    connect.enqueue(200, status("RUNNING", "FAILED"));
    connect.enqueue(200, status("FAILED", "FAILED"));

    ConnectorStatus status =
        connect.client().awaitConnectorState("src1", State.FAILED, Duration.ofSeconds(30));

    assertThat(status.connector().state()).isEqualTo(State.FAILED);
  }

  @Test
  void awaitConnectorState_stopped_waitsThroughAFailedTaskOnItsWayOut() {
    connect.enqueue(200, status("RUNNING", "FAILED"));
    connect.enqueue(200, status("STOPPED"));

    ConnectorStatus status =
        connect.client().awaitConnectorState("src1", State.STOPPED, Duration.ofSeconds(30));

    assertThat(status.connector().state()).isEqualTo(State.STOPPED);
    assertThat(connect.requestCount()).isEqualTo(2);
  }

  @Test
  void awaitConnectorState_withMinTasks_waitsUntilThatManyTasksRun() {
    connect.enqueue(200, status("RUNNING", "RUNNING"));
    connect.enqueue(200, status("RUNNING", "RUNNING", "UNASSIGNED"));
    connect.enqueue(200, status("RUNNING", "RUNNING", "RUNNING"));

    ConnectorStatus status =
        connect.client().awaitConnectorState("src1", State.RUNNING, 2, Duration.ofSeconds(30));

    assertThat(status.tasks()).hasSize(2);
    assertThat(connect.requestCount()).isEqualTo(3);
  }

  @Test
  void awaitConnectorState_withMinTasksZero_acceptsARunningConnectorWithoutTasks() {
    connect.enqueue(200, status("RUNNING"));

    connect.client().awaitConnectorState("src1", State.RUNNING, 0, Duration.ofSeconds(30));

    assertThat(connect.requestCount()).isEqualTo(1);
  }

  @Test
  void awaitConnectorState_refusesNegativeMinTasks_beforeAnyRequest() {
    assertThat(
            catchThrowable(
                () ->
                    connect
                        .client()
                        .awaitConnectorState("src1", State.RUNNING, -1, Duration.ofSeconds(1))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("minTasks");
    assertThat(connect.requestCount()).isZero();
  }

  @Test
  void awaitConnectorDeleted_pollsUntilTheStatusIsGone() throws Exception {
    connect.enqueue(200, status("RUNNING", "RUNNING"));
    connect.enqueue(200, status("UNASSIGNED"));
    connect.enqueue(Answers.error(404, "No status found for connector src1"));

    connect.client().awaitConnectorDeleted("src1", Duration.ofSeconds(30));

    assertSent(connect.takeRequest(), "GET", "/connectors/src1/status");
    assertThat(connect.requestCount()).isEqualTo(3);
    assertThat(sleeps).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200));
  }

  @Test
  void awaitConnectorDeleted_onTimeout_saysTheConnectorWasNotDestroyed() {
    for (int i = 0; i < 3; i++) {
      connect.enqueue(200, status("RUNNING", "RUNNING"));
    }

    Throwable thrown =
        catchThrowable(
            () -> connect.client().awaitConnectorDeleted("src1", Duration.ofMillis(300)));

    assertThat(thrown)
        .isExactlyInstanceOf(ConnectorStateTimeoutException.class)
        .hasMessageStartingWith("Connector src1 did not reach DESTROYED within PT0.3S");
    assertThat(((ConnectorStateTimeoutException) thrown).lastStatus()).isNotNull();
  }

  @Test
  void awaitConnectorState_whenTheLastPollFitsOnlyPartly_sleepsJustTheRest() {
    assertThat(sleepsOfAnAwaitThatNeverMatches(4, Duration.ofMillis(600)))
        .containsExactly(Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofMillis(300));
  }

  /** The pauses of an await of RUNNING over {@code polls} polls that all see UNASSIGNED. */
  private List<Duration> sleepsOfAnAwaitThatNeverMatches(int polls, Duration timeout) {
    for (int i = 0; i < polls; i++) {
      connect.enqueue(200, status("UNASSIGNED"));
    }
    assertThat(
            catchThrowable(
                () -> connect.client().awaitConnectorState("src1", State.RUNNING, timeout)))
        .isInstanceOf(ConnectorStateTimeoutException.class);
    assertThat(connect.requestCount()).isEqualTo(polls);
    return sleeps;
  }

  @Test
  void awaitConnectorState_onTimeoutWithoutAnyStatus_saysWhy() {
    for (int i = 0; i < 4; i++) {
      connect.enqueue(Answers.error(404, "No status found for connector src1"));
    }

    Throwable thrown =
        catchThrowable(
            () ->
                connect
                    .client()
                    .awaitConnectorState("src1", State.RUNNING, Duration.ofMillis(500)));

    assertThat(thrown)
        .isExactlyInstanceOf(ConnectorStateTimeoutException.class)
        .hasMessageContaining(
            "no status (GET /connectors/src1/status -> 404: No status found for connector src1)")
        .hasCauseExactlyInstanceOf(ConnectorNotFoundException.class);
    assertThat(((ConnectorStateTimeoutException) thrown).lastStatus()).isNull();
  }

  @Test
  void awaitConnectorState_whenAPollFailsOtherwise_throwsThatFailureAtOnce() {
    connect.enqueue(
        Answers.error(
            409,
            "Cannot complete request momentarily due to stale configuration (typically caused by a concurrent config change)"));

    Throwable thrown =
        catchThrowable(
            () ->
                connect
                    .client()
                    .awaitConnectorState("src1", State.RUNNING, Duration.ofSeconds(30)));

    assertThat(thrown).isExactlyInstanceOf(RebalanceInProgressException.class);
    assertThat(connect.requestCount()).isEqualTo(1);
  }

  @Test
  void awaitConnectorState_whenUnauthorized_doesNotKeepPolling() {
    connect.enqueue(
        new MockResponse.Builder()
            .code(401)
            .setHeader("Content-Type", "application/json")
            .body("User cannot access the resource.")
            .build());

    Throwable thrown =
        catchThrowable(
            () ->
                connect
                    .client()
                    .awaitConnectorState("src1", State.RUNNING, Duration.ofSeconds(30)));

    assertThat(thrown).isExactlyInstanceOf(UnauthorizedException.class);
    assertThat(connect.requestCount()).isEqualTo(1);
  }

  @Test
  void awaitConnectorState_encodesTheName() throws Exception {
    connect.enqueue(200, status("STOPPED"));

    connect.client().awaitConnectorState("a b", State.STOPPED, Duration.ofSeconds(1));

    assertSent(connect.takeRequest(), "GET", "/connectors/a%20b/status");
  }

  /** A clock that stands still until told to move. */
  static final class FakeClock extends Clock {
    private volatile Instant now = Instant.parse("2024-10-25T10:00:00Z");

    void advance(Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
