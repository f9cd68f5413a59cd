package io.github.connectclient.internal.http;

import static io.github.connectclient.Answers.error;
import static io.github.connectclient.Answers.json;
import static io.github.connectclient.internal.http.RetryAnswers.INFO;
import static io.github.connectclient.internal.http.RetryAnswers.STATUS_PATH;
import static io.github.connectclient.internal.http.RetryAnswers.dropped;
import static io.github.connectclient.internal.http.RetryAnswers.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.connectclient.RetryEvent;
import io.github.connectclient.RetryPolicy;
import io.github.connectclient.errors.ConnectTransportException;
import io.github.connectclient.errors.ConnectTransportException.WorkerFailure;
import io.github.connectclient.errors.ServerErrorException;
import java.net.ConnectException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Several worker URLs: failover order, the cool-down of a failed worker, one transport exception
 * when no worker can be reached, and one retry budget for all workers together.
 */
class RetryFailoverTest extends RetryTestSetup {

  private static final Duration COOLDOWN = Duration.ofSeconds(5);

  @ParameterizedTest
  @EnumSource(RetryMode.class)
  void connectionRefused_failsOverAtOnceToTheNextWorkerInListOrder(RetryMode mode) {
    String dead1 = deadUrl();
    String dead2 = deadUrl();
    RetryTestWorker live = worker().on("GET", STATUS_PATH, ok());
    RetryTestClient client = client(dead1, dead2, live.url());

    mode.run(client.transport(), calls.getConnectorStatus("src"));

    assertThat(client.events(RetryEvent.Kind.FAILOVER))
        .extracting(RetryEvent::workerUrl, RetryEvent::nextWorkerUrl, RetryEvent::delay)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(dead1, dead2, Duration.ZERO),
            org.assertj.core.groups.Tuple.tuple(dead2, live.url(), Duration.ZERO));
    assertThat(client.waits()).isEmpty();
    assertThat(live.count("GET", STATUS_PATH)).isEqualTo(1);
  }

  @ParameterizedTest
  @EnumSource(RetryMode.class)
  void failedWorker_isSkippedByLaterCallsWhileItCoolsDown(RetryMode mode) {
    RetryTestWorker live = worker().on("GET", STATUS_PATH, ok());
    RetryTestClient client = client(deadUrl(), live.url()).workerCooldown(COOLDOWN);
    Transport transport = client.transport();
    mode.run(transport, calls.getConnectorStatus("src"));
    client.time.advance(Duration.ofSeconds(1));

    mode.run(transport, calls.getConnectorStatus("src"));
    mode.run(transport, calls.getConnectorStatus("src"));

    assertThat(client.events(RetryEvent.Kind.FAILOVER)).hasSize(1); // only the first call
    assertThat(live.count("GET", STATUS_PATH)).isEqualTo(3);
  }

  @ParameterizedTest
  @EnumSource(RetryMode.class)
  void workerUnavailable503_failsOverAtOnce_butNotToAWorkerStillCoolingDown(RetryMode mode) {
    String dead = deadUrl();
    RetryTestWorker live =
        worker().on("GET", STATUS_PATH, ok(), error(503, "Service Unavailable"), ok());
    RetryTestClient client = client(dead, live.url()).workerCooldown(COOLDOWN);
    Transport transport = client.transport();
    mode.run(transport, calls.getConnectorStatus("src")); // dead refused: cools down until 5 s
    client.time.advance(Duration.ofSeconds(1));

    mode.run(transport, calls.getConnectorStatus("src")); // 503, dead still cooling: retry live

    assertThat(client.events(RetryEvent.Kind.RETRY))
        .singleElement()
        .satisfies(retry -> assertThat(retry.nextWorkerUrl()).isEqualTo(live.url()));
    assertThat(client.waits()).containsExactly(Duration.ofMillis(250));
  }

  @ParameterizedTest
  @EnumSource(RetryMode.class)
  void failedWorker_isTriedAgainOnceItsCooldownIsOver(RetryMode mode) {
    String dead = deadUrl();
    RetryTestWorker live = worker().on("GET", STATUS_PATH, ok(), error(503, "Service Unavailable"));
    RetryTestClient client = client(dead, live.url()).workerCooldown(COOLDOWN);
    Transport transport = client.transport();
    mode.run(transport, calls.getConnectorStatus("src"));
    client.time.advance(COOLDOWN.plusSeconds(1));

    ConnectTransportException thrown =
        catchThrowableOfType(
            ConnectTransportException.class,
            () -> mode.run(transport, calls.getConnectorStatus("src")));

    // live answered 503 and failed over at once to dead (cooled down), which refused again
    assertThat(thrown.failures())
        .extracting(WorkerFailure::workerUrl)
        .containsExactly(live.url(), dead);
    assertThat(thrown.failures().get(0).cause()).isInstanceOf(ServerErrorException.class);
    assertThat(thrown.failures().get(1).cause()).isInstanceOf(ConnectException.class);
    assertThat(client.waits()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(RetryMode.class)
  void everyWorkerUnreachable_throwsOneTransportExceptionListingEachWorker(RetryMode mode) {
    List<String> dead = List.of(deadUrl(), deadUrl(), deadUrl());
    RetryTestClient client = client(dead.toArray(String[]::new));

    ConnectTransportException thrown =
        catchThrowableOfType(
            ConnectTransportException.class,
            () -> mode.run(client.transport(), calls.getConnectorStatus("src")));

    assertThat(thrown.failures())
        .extracting(WorkerFailure::workerUrl)
        .containsExactlyElementsOf(dead);
    assertThat(thrown.attempts()).isEqualTo(3);
    assertThat(thrown)
        .hasMessageContaining("3 attempts failed")
        .hasMessageContaining(dead.get(0))
        .hasMessageContaining(dead.get(2));
    assertThat(client.waits()).isEmpty();
    assertThat(client.events(RetryEvent.Kind.EXHAUSTED)).hasSize(1);
  }

  @ParameterizedTest
  @EnumSource(RetryMode.class)
  void singleWorkerUnreachable_failsAtOnceWithATransportError(RetryMode mode) {
    String dead = deadUrl();
    RetryTestClient client = client(dead);

    ConnectTransportException thrown =
        catchThrowableOfType(
            ConnectTransportException.class,
            () -> mode.run(client.transport(), calls.getConnectorStatus("src")));

    assertThat(thrown.attempts()).isEqualTo(1);
    assertThat(thrown).hasMessageStartingWith("GET /connectors/src/status failed: " + dead);
    assertThat(client.waits()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(RetryMode.class)
  void attemptsAtSeveralWorkers_countAgainstTheOneRetryBudget(RetryMode mode) {
    RetryTestWorker first = worker().on("GET", STATUS_PATH, error(503, "Service Unavailable"));
    RetryTestWorker second = worker().on("GET", STATUS_PATH, error(503, "Service Unavailable"));
    RetryTestClient client =
        client(first.url(), second.url())
            .retryPolicy(RetryPolicy.builder().maxAttempts(3).jitter(0).build());

    ServerErrorException thrown =
        catchThrowableOfType(
            ServerErrorException.class,
            () -> mode.run(client.transport(), calls.getConnectorStatus("src")));

    // first 503 -> second at once; second 503 -> both cooling down: stay on second, back off
    assertThat(first.count("GET", STATUS_PATH)).isEqualTo(1);
    assertThat(second.count("GET", STATUS_PATH)).isEqualTo(2);
    assertThat(thrown.attempts()).isEqualTo(3);
    assertThat(client.events(RetryEvent.Kind.FAILOVER)).hasSize(1);
    assertThat(client.events(RetryEvent.Kind.RETRY)).hasSize(1);
    assertThat(client.waits()).containsExactly(Duration.ofMillis(500));
  }

  @ParameterizedTest
  @EnumSource(RetryMode.class)
  void retryPolicyNone_makesOneAttemptWithoutFailover_andTheNextCallAvoidsTheFailedWorker(
      RetryMode mode) {
    String dead = deadUrl();
    RetryTestWorker live = worker().on("GET", STATUS_PATH, ok());
    RetryTestClient client = client(dead, live.url()).retryPolicy(RetryPolicy.none());
    Transport transport = client.transport();

    ConnectTransportException thrown =
        catchThrowableOfType(
            ConnectTransportException.class,
            () -> mode.run(transport, calls.getConnectorStatus("src")));
    mode.run(transport, calls.getConnectorStatus("src"));

    assertThat(thrown.attempts()).isEqualTo(1);
    assertThat(live.count("GET", STATUS_PATH)).isEqualTo(1);
    assertThat(client.events(RetryEvent.Kind.FAILOVER)).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(RetryMode.class)
  void connectionDroppedAfterSending_onAnIdempotentCall_failsOverToTheNextWorker(RetryMode mode) {
    RetryTestWorker dying = worker().on("PUT", "/connectors/src/config", dropped());
    RetryTestWorker live = worker().on("PUT", "/connectors/src/config", json(200, INFO));
    RetryTestClient client = client(dying.url(), live.url());

    mode.run(client.transport(), calls.putConnectorConfig("src", Map.of("connector.class", "X")));

    assertThat(client.events(RetryEvent.Kind.FAILOVER))
        .singleElement()
        .satisfies(event -> assertThat(event.delay()).isZero());
    assertThat(dying.count("PUT", "/connectors/src/config")).isEqualTo(1);
    assertThat(live.count("PUT", "/connectors/src/config")).isEqualTo(1);
  }

  // ------------------------------------------------------------ a call for one worker only

  @ParameterizedTest
  @EnumSource(RetryMode.class)
  void aCallForOneWorker_isRetriedThereAfterTheBackoff_neverFailedOver(RetryMode mode) {
    RetryTestWorker busy = worker().on("GET", STATUS_PATH, error(503, "Service Unavailable"), ok());
    RetryTestWorker other = worker().on("GET", STATUS_PATH, ok());
    RetryTestClient client = client(busy.url(), other.url());
    Transport transport = client.transport();

    onWorker(mode, transport, calls.getConnectorStatus("src"), busy.url());

    assertThat(busy.count("GET", STATUS_PATH)).isEqualTo(2);
    assertThat(other.count("GET", STATUS_PATH)).isZero();
    assertThat(client.events(RetryEvent.Kind.FAILOVER)).isEmpty();
    assertThat(client.waits()).containsExactly(Duration.ofMillis(250));
  }

  @ParameterizedTest
  @EnumSource(RetryMode.class)
  void aCallForOneWorkerThatRefusesConnections_failsAtOnce_withoutTryingAnother(RetryMode mode) {
    String dead = deadUrl();
    RetryTestWorker other = worker().on("GET", STATUS_PATH, ok());
    RetryTestClient client = client(dead, other.url());
    Transport transport = client.transport();

    ConnectTransportException thrown =
        catchThrowableOfType(
            ConnectTransportException.class,
            () -> onWorker(mode, transport, calls.getConnectorStatus("src"), dead));

    assertThat(thrown.failures()).extracting(WorkerFailure::workerUrl).containsExactly(dead);
    assertThat(other.count("GET", STATUS_PATH)).isZero();
    assertThat(client.waits()).isEmpty();
  }

  private static <T> T onWorker(
      RetryMode mode,
      Transport transport,
      io.github.connectclient.internal.endpoint.ApiCall<T> call,
      String worker) {
    okhttp3.HttpUrl url = okhttp3.HttpUrl.get(worker);
    if (mode == RetryMode.SYNC) {
      return transport.executeOn(call, url);
    }
    try {
      return transport.executeAsyncOn(call, url).get(20, java.util.concurrent.TimeUnit.SECONDS);
    } catch (java.util.concurrent.ExecutionException e) {
      throw (RuntimeException) e.getCause();
    } catch (InterruptedException | java.util.concurrent.TimeoutException e) {
      throw new AssertionError(e);
    }
  }
}
