package io.github.connectclient.internal.http;

import static io.github.connectclient.Answers.error;
import static io.github.connectclient.Answers.json;
import static io.github.connectclient.internal.http.RetryAnswers.STALE_CONFIG;
import static io.github.connectclient.internal.http.RetryAnswers.stale;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.connectclient.RetryEvent;
import io.github.connectclient.RetryEvent.Kind;
import io.github.connectclient.RetryPolicy;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The {@link io.github.connectclient.RetryListener} is told about each retry, failover and
 * exhausted budget.
 */
class RetryListenerEventsTest extends RetryTestSetup {

  private static final String PATH = "/connectors/a%20b/status";
  private static final String STATUS =
      "{\"name\":\"a b\",\"connector\":{\"state\":\"RUNNING\","
          + "\"worker_id\":\"127.0.0.1:8083\"},\"tasks\":[],\"type\":\"source\"}";

  @ParameterizedTest
  @EnumSource(RetryMode.class)
  void retry_isReportedWithEveryField(RetryMode mode) {
    RetryTestWorker worker = worker().on("GET", PATH, stale(), json(200, STATUS));
    RetryTestClient client = client(worker.url());

    mode.run(client.transport(), calls.getConnectorStatus("a b"));

    assertThat(client.events)
        .containsExactly(
            new RetryEvent(
                Kind.RETRY,
                "getConnectorStatus",
                "GET",
                PATH,
                worker.url(),
                1,
                Duration.ofMillis(250),
                worker.url(),
                "409 " + STALE_CONFIG));
  }

  @ParameterizedTest
  @EnumSource(RetryMode.class)
  void failover_isReportedWithBothWorkersAndTheTransportFailure(RetryMode mode) {
    String dead = deadUrl();
    RetryTestWorker live = worker().on("GET", PATH, json(200, STATUS));
    RetryTestClient client = client(dead, live.url());

    mode.run(client.transport(), calls.getConnectorStatus("a b"));

    assertThat(client.events)
        .singleElement()
        .satisfies(
            event -> {
              assertThat(event.kind()).isEqualTo(Kind.FAILOVER);
              assertThat(event.workerUrl()).isEqualTo(dead);
              assertThat(event.nextWorkerUrl()).isEqualTo(live.url());
              assertThat(event.attempt()).isEqualTo(1);
              assertThat(event.delay()).isZero();
              assertThat(event.reason()).startsWith("ConnectException: ");
            });
  }

  @ParameterizedTest
  @EnumSource(RetryMode.class)
  void exhaustedBudget_isReportedOnceAfterTheRetries(RetryMode mode) {
    RetryTestWorker worker = worker().on("GET", PATH, stale());
    RetryTestClient client =
        client(worker.url()).retryPolicy(RetryPolicy.builder().maxAttempts(3).jitter(0).build());

    catchThrowable(() -> mode.run(client.transport(), calls.getConnectorStatus("a b")));

    assertThat(client.events)
        .extracting(RetryEvent::kind)
        .containsExactly(Kind.RETRY, Kind.RETRY, Kind.EXHAUSTED);
    RetryEvent exhausted = client.events.get(2);
    assertThat(exhausted.attempt()).isEqualTo(3);
    assertThat(exhausted.delay()).isZero();
    assertThat(exhausted.nextWorkerUrl()).isNull();
  }

  @ParameterizedTest
  @EnumSource(RetryMode.class)
  void retriesAndFailovers_canBeCountedAcrossCalls(RetryMode mode) {
    String dead = deadUrl();
    RetryTestWorker live =
        worker()
            .on(
                "GET",
                PATH,
                stale(),
                error(500, "Request cannot be completed because a rebalance is expected"),
                json(200, STATUS));
    RetryTestClient client = client(dead, live.url());
    Transport transport = client.transport();

    mode.run(transport, calls.getConnectorStatus("a b"));
    mode.run(transport, calls.getConnectorStatus("a b"));

    assertThat(client.events(Kind.FAILOVER)).hasSize(1);
    assertThat(client.events(Kind.RETRY)).hasSize(2);
    assertThat(client.events(Kind.EXHAUSTED)).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(RetryMode.class)
  void failureThatIsNeverRetried_isNotReported(RetryMode mode) {
    RetryTestWorker worker =
        worker().on("GET", PATH, error(404, "No status found for connector a b"));
    RetryTestClient client = client(worker.url());

    catchThrowable(() -> mode.run(client.transport(), calls.getConnectorStatus("a b")));

    assertThat(client.events).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(RetryMode.class)
  void listenerThatThrows_doesNotDisturbTheCall(RetryMode mode) {
    RetryTestWorker worker = worker().on("GET", PATH, stale(), json(200, STATUS));
    RetryTestClient client =
        client(worker.url())
            .retryListener(
                event -> {
                  throw new IllegalStateException("listener bug");
                });

    Object status = mode.run(client.transport(), calls.getConnectorStatus("a b"));

    assertThat(status).isNotNull();
    assertThat(worker.count("GET", PATH)).isEqualTo(2);
  }

  @ParameterizedTest
  @EnumSource(RetryMode.class)
  void events_neverCarryTheAuthorizationHeaderOrTheRequestBody(RetryMode mode) {
    RetryTestWorker worker =
        worker()
            .on(
                "PUT",
                "/connectors/src/config",
                stale(),
                json(200, "{\"name\":\"src\",\"config\":{},\"tasks\":[]}"));
    RetryTestClient client = client(worker.url()).basicAuth("user", "s3cret-pass");

    mode.run(
        client.transport(),
        calls.putConnectorConfig(
            "src", Map.of("connector.class", "X", "database.password", "db-pass-42")));

    assertThat(client.events).hasSize(1);
    assertThat(client.events.get(0).toString())
        .doesNotContain("s3cret", "dXNlcjpzM2NyZXQtcGFzcw", "db-pass-42", "Basic");
  }
}
