package io.github.connectclient.internal.http;

import static io.github.connectclient.Answers.error;
import static io.github.connectclient.Answers.json;
import static io.github.connectclient.internal.http.RetryAnswers.stale;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.connectclient.AttemptEvent;
import io.github.connectclient.AttemptEvent.Next;
import io.github.connectclient.AttemptEvent.Outcome;
import io.github.connectclient.ClientListener;
import io.github.connectclient.RetryEvent;
import io.github.connectclient.RetryPolicy;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The {@link ClientListener} hears every attempt of both faces, from the one place both executors
 * go through: what it got, how long it took, and what follows.
 */
class ClientListenerEventsTest extends RetryTestSetup {

  private static final String PATH = "/connectors/a%20b/status";
  private static final String STATUS =
      "{\"name\":\"a b\",\"connector\":{\"state\":\"RUNNING\","
          + "\"worker_id\":\"127.0.0.1:8083\"},\"tasks\":[],\"type\":\"source\"}";

  @ParameterizedTest
  @EnumSource(RetryMode.class)
  void success_isOneEventWithEveryField(RetryMode mode) {
    RetryTestWorker worker = worker().on("GET", PATH, json(200, STATUS));
    RetryTestClient client = client(worker.url());

    mode.run(client.transport(), calls.getConnectorStatus("a b"));

    assertThat(client.attempts)
        .containsExactly(
            new AttemptEvent(
                "getConnectorStatus",
                "GET",
                PATH,
                worker.url(),
                1,
                Outcome.SUCCESS,
                200,
                null,
                Duration.ZERO,
                Next.COMPLETE,
                Duration.ZERO,
                null));
  }

  @ParameterizedTest
  @EnumSource(RetryMode.class)
  void retry_isTheFailedAttemptWithItsDecision_thenTheSuccess(RetryMode mode) {
    RetryTestWorker worker = worker().on("GET", PATH, stale(), json(200, STATUS));
    RetryTestClient client = client(worker.url());

    mode.run(client.transport(), calls.getConnectorStatus("a b"));

    assertThat(client.attempts).hasSize(2);
    AttemptEvent failed = client.attempts.get(0);
    assertThat(failed.attempt()).isEqualTo(1);
    assertThat(failed.outcome()).isEqualTo(Outcome.CLIENT_ERROR);
    assertThat(failed.status()).isEqualTo(409);
    assertThat(failed.failureType()).isEqualTo("RebalanceInProgressException");
    assertThat(failed.next()).isEqualTo(Next.RETRY);
    assertThat(failed.delay()).isEqualTo(Duration.ofMillis(250));
    assertThat(failed.nextWorkerUrl()).isEqualTo(worker.url());
    assertThat(client.attempts.get(1).attempt()).isEqualTo(2);
    assertThat(client.attempts.get(1).outcome()).isEqualTo(Outcome.SUCCESS);
  }

  @ParameterizedTest
  @EnumSource(RetryMode.class)
  void failover_namesTheTransportFailureAndTheNextWorker(RetryMode mode) {
    String dead = deadUrl();
    RetryTestWorker live = worker().on("GET", PATH, json(200, STATUS));
    RetryTestClient client = client(dead, live.url());

    mode.run(client.transport(), calls.getConnectorStatus("a b"));

    assertThat(client.attempts)
        .extracting(AttemptEvent::workerUrl, AttemptEvent::outcome, AttemptEvent::next)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(dead, Outcome.IO_ERROR, Next.FAILOVER),
            org.assertj.core.groups.Tuple.tuple(live.url(), Outcome.SUCCESS, Next.COMPLETE));
    AttemptEvent failed = client.attempts.get(0);
    assertThat(failed.status()).isZero();
    assertThat(failed.failureType()).isEqualTo("ConnectException");
    assertThat(failed.nextWorkerUrl()).isEqualTo(live.url());
    assertThat(failed.delay()).isZero();
  }

  @ParameterizedTest
  @EnumSource(RetryMode.class)
  void exhaustedBudget_endsWithFail(RetryMode mode) {
    RetryTestWorker worker = worker().on("GET", PATH, stale());
    RetryTestClient client =
        client(worker.url()).retryPolicy(RetryPolicy.builder().maxAttempts(3).jitter(0).build());

    catchThrowable(() -> mode.run(client.transport(), calls.getConnectorStatus("a b")));

    assertThat(client.attempts)
        .extracting(AttemptEvent::next)
        .containsExactly(Next.RETRY, Next.RETRY, Next.FAIL);
    assertThat(client.attempts).allSatisfy(a -> assertThat(a.status()).isEqualTo(409));
  }

  @ParameterizedTest
  @EnumSource(RetryMode.class)
  void failureNeverRetried_isStillAnAttempt(RetryMode mode) {
    RetryTestWorker worker =
        worker().on("GET", PATH, error(404, "No status found for connector a b"));
    RetryTestClient client = client(worker.url());

    catchThrowable(() -> mode.run(client.transport(), calls.getConnectorStatus("a b")));

    assertThat(client.events).as("retry events").isEmpty();
    assertThat(client.attempts)
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.outcome()).isEqualTo(Outcome.CLIENT_ERROR);
              assertThat(a.status()).isEqualTo(404);
              assertThat(a.failureType()).isEqualTo("ConnectorNotFoundException");
              assertThat(a.next()).isEqualTo(Next.FAIL);
            });
  }

  @ParameterizedTest
  @EnumSource(RetryMode.class)
  void unreadableSuccess_keepsItsStatus(RetryMode mode) {
    RetryTestWorker worker = worker().on("GET", PATH, json(200, "{\"name\": 42"));
    RetryTestClient client = client(worker.url());

    catchThrowable(() -> mode.run(client.transport(), calls.getConnectorStatus("a b")));

    assertThat(client.attempts)
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.outcome()).isEqualTo(Outcome.UNREADABLE);
              assertThat(a.status()).isEqualTo(200);
              assertThat(a.failureType()).isEqualTo("MalformedResponseException");
              assertThat(a.next()).isEqualTo(Next.FAIL);
            });
  }

  @ParameterizedTest
  @EnumSource(RetryMode.class)
  void retryListener_keepsHearingItsEventsBesideTheClientListener(RetryMode mode) {
    RetryTestWorker worker = worker().on("GET", PATH, stale(), json(200, STATUS));
    RetryTestClient client = client(worker.url());

    mode.run(client.transport(), calls.getConnectorStatus("a b"));

    assertThat(client.events).extracting(RetryEvent::kind).containsExactly(RetryEvent.Kind.RETRY);
    assertThat(client.attempts).hasSize(2);
  }

  @ParameterizedTest
  @EnumSource(RetryMode.class)
  void listenerThatThrows_doesNotDisturbTheCallNorTheNextListener(RetryMode mode) {
    RetryTestWorker worker = worker().on("GET", PATH, stale(), json(200, STATUS));
    List<AttemptEvent> heard = new CopyOnWriteArrayList<>();
    ClientListener throwing =
        event -> {
          throw new IllegalStateException("listener bug");
        };
    RetryTestClient client = client(worker.url()).clientListener(throwing.andThen(heard::add));

    Object status = mode.run(client.transport(), calls.getConnectorStatus("a b"));

    assertThat(status).isNotNull();
    assertThat(worker.count("GET", PATH)).isEqualTo(2);
    assertThat(heard).hasSize(2);
  }

  @ParameterizedTest
  @EnumSource(RetryMode.class)
  void events_neverCarryCredentialsHeadersOrBodies(RetryMode mode) {
    RetryTestWorker worker =
        worker()
            .on(
                "PUT",
                "/connectors/src/config",
                stale(),
                json(200, "{\"name\":\"src\",\"config\":{},\"tasks\":[]}"));
    RetryTestClient client =
        client(worker.url()).basicAuth("user", "s3cret-pass").header("X-Api-Key", "key-77");

    mode.run(
        client.transport(),
        calls.putConnectorConfig(
            "src", Map.of("connector.class", "X", "database.password", "db-pass-42")));

    assertThat(client.attempts).hasSize(2);
    assertThat(client.attempts.toString())
        .doesNotContain("s3cret", "dXNlcjpzM2NyZXQtcGFzcw", "db-pass-42", "key-77", "Basic")
        .doesNotContain("stale configuration");
  }
}
