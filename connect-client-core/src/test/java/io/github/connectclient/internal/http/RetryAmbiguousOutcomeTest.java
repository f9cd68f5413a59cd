package io.github.connectclient.internal.http;

import static io.github.connectclient.Answers.error;
import static io.github.connectclient.Answers.json;
import static io.github.connectclient.internal.http.RetryAnswers.ALREADY_EXISTS;
import static io.github.connectclient.internal.http.RetryAnswers.FORWARD_IO_ERROR;
import static io.github.connectclient.internal.http.RetryAnswers.FORWARD_IO_ERROR_AFTER_SENDING;
import static io.github.connectclient.internal.http.RetryAnswers.NOT_FOUND;
import static io.github.connectclient.internal.http.RetryAnswers.REQUEST_TIMED_OUT;
import static io.github.connectclient.internal.http.RetryAnswers.dropped;
import static io.github.connectclient.internal.http.RetryAnswers.stale;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.connectclient.errors.ConnectTransportException;
import io.github.connectclient.errors.ConnectorAlreadyExistsException;
import io.github.connectclient.errors.ConnectorNotFoundException;
import io.github.connectclient.errors.CreateOutcomeUnknownException;
import io.github.connectclient.errors.CreateOutcomeUnknownException.Existence;
import io.github.connectclient.errors.ForbiddenException;
import io.github.connectclient.errors.RequestTimeoutException;
import io.github.connectclient.model.ConnectorInfo;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Issue 4 point 3: a create whose outcome is open is settled by reading the connector, never by
 * sending it again; a retried delete that finds the connector gone after an attempt that may have
 * applied has succeeded.
 */
class RetryAmbiguousOutcomeTest extends RetryTestSetup {

  private static final Map<String, String> CONFIG =
      Map.of("connector.class", "X", "tasks.max", "2");

  /** What the server stores: the requested config plus the {@code name} key it adds. */
  private static final String CREATED =
      "{\"name\":\"src\",\"config\":{\"connector.class\":\"X\","
          + "\"tasks.max\":\"2\",\"name\":\"src\"},\"tasks\":[{\"connector\":\"src\",\"task\":0}],"
          + "\"type\":\"source\"}";

  private static final String OTHER =
      "{\"name\":\"src\",\"config\":{\"connector.class\":\"X\","
          + "\"tasks.max\":\"8\",\"name\":\"src\"},\"tasks\":[],\"type\":\"source\"}";

  // ---- create ---------------------------------------------------------------------------------

  @ParameterizedTest
  @EnumSource(RetryMode.class)
  void createConnector_thatTimedOutButWasApplied_returnsTheConnectorFoundWithTheRequestedConfig(
      RetryMode mode) {
    RetryTestWorker worker =
        worker()
            .on("POST", "/connectors", error(500, REQUEST_TIMED_OUT))
            .on("GET", "/connectors/src", json(200, CREATED));
    RetryTestClient client = client(worker.url());

    ConnectorInfo created = mode.run(client.transport(), calls.createConnector("src", CONFIG));

    assertThat(created.name()).isEqualTo("src");
    assertThat(created.config()).containsEntry("tasks.max", "2");
    assertThat(worker.count("POST", "/connectors")).isEqualTo(1);
    assertThat(worker.count("GET", "/connectors/src")).isEqualTo(1);
  }

  @ParameterizedTest
  @EnumSource(RetryMode.class)
  void createConnector_whoseConnectionDiedAfterSendingButWasApplied_returnsTheConnector(
      RetryMode mode) {
    RetryTestWorker worker =
        worker()
            .on("POST", "/connectors", dropped())
            .on("GET", "/connectors/src", json(200, CREATED));
    RetryTestClient client = client(worker.url());

    ConnectorInfo created = mode.run(client.transport(), calls.createConnector("src", CONFIG));

    assertThat(created.tasks()).hasSize(1);
    assertThat(worker.count("POST", "/connectors")).isEqualTo(1);
  }

  @ParameterizedTest
  @EnumSource(RetryMode.class)
  void createConnector_thatTimedOut_whenTheConnectorHasAnotherConfig_throwsOutcomeUnknown(
      RetryMode mode) {
    RetryTestWorker worker =
        worker()
            .on("POST", "/connectors", error(500, REQUEST_TIMED_OUT))
            .on("GET", "/connectors/src", json(200, OTHER));
    RetryTestClient client = client(worker.url());

    CreateOutcomeUnknownException thrown =
        catchThrowableOfType(
            CreateOutcomeUnknownException.class,
            () -> mode.run(client.transport(), calls.createConnector("src", CONFIG)));

    assertThat(thrown.existence()).isEqualTo(Existence.EXISTS_WITH_OTHER_CONFIG);
    assertThat(thrown.connectorName()).isEqualTo("src");
    assertThat(thrown.createFailure()).isInstanceOf(RequestTimeoutException.class);
    assertThat(thrown)
        .hasMessageContaining("exists with a config other than the requested one")
        .hasMessageContaining("Request timed out");
    assertThat(thrown.getMessage()).doesNotContain("tasks.max"); // never echoes config values
  }

  @ParameterizedTest
  @EnumSource(RetryMode.class)
  void createConnector_thatTimedOut_whenTheConnectorIsAbsent_throwsOutcomeUnknownAbsent(
      RetryMode mode) {
    RetryTestWorker worker =
        worker()
            .on("POST", "/connectors", error(500, REQUEST_TIMED_OUT))
            .on("GET", "/connectors/src", error(404, NOT_FOUND));
    RetryTestClient client = client(worker.url());

    CreateOutcomeUnknownException thrown =
        catchThrowableOfType(
            CreateOutcomeUnknownException.class,
            () -> mode.run(client.transport(), calls.createConnector("src", CONFIG)));

    assertThat(thrown.existence()).isEqualTo(Existence.ABSENT);
    assertThat(thrown.checkFailure()).isNull();
    assertThat(thrown).hasMessageContaining("does not exist now");
  }

  @ParameterizedTest
  @EnumSource(RetryMode.class)
  void createConnector_thatTimedOut_whenTheCheckFailsToo_throwsOutcomeUnknownWithBothFailures(
      RetryMode mode) {
    RetryTestWorker worker =
        worker()
            .on("POST", "/connectors", error(500, REQUEST_TIMED_OUT))
            .on("GET", "/connectors/src", error(403, "Forbidden"));
    RetryTestClient client = client(worker.url());

    CreateOutcomeUnknownException thrown =
        catchThrowableOfType(
            CreateOutcomeUnknownException.class,
            () -> mode.run(client.transport(), calls.createConnector("src", CONFIG)));

    assertThat(thrown.existence()).isEqualTo(Existence.UNKNOWN);
    assertThat(thrown.checkFailure()).isInstanceOf(ForbiddenException.class);
    assertThat(thrown.getSuppressed()).containsExactly(thrown.checkFailure());
    assertThat(thrown.createFailure()).isInstanceOf(RequestTimeoutException.class);
  }

  @ParameterizedTest
  @EnumSource(RetryMode.class)
  void createConnector_retriedAfterAForwardingFailure_thatAnswersAlreadyExists_isSettledByTheCheck(
      RetryMode mode) {
    RetryTestWorker worker =
        worker()
            .on(
                "POST",
                "/connectors",
                error(500, FORWARD_IO_ERROR_AFTER_SENDING),
                error(409, ALREADY_EXISTS))
            .on("GET", "/connectors/src", json(200, CREATED));
    RetryTestClient client = client(worker.url());

    ConnectorInfo created = mode.run(client.transport(), calls.createConnector("src", CONFIG));

    assertThat(created.name()).isEqualTo("src");
    assertThat(worker.count("POST", "/connectors")).isEqualTo(2);
    assertThat(worker.count("GET", "/connectors/src")).isEqualTo(1);
  }

  @ParameterizedTest
  @EnumSource(RetryMode.class)
  void
      createConnector_retriedAfterAForwardThatNeverConnected_thatAnswersAlreadyExists_throwsAlreadyExists(
          RetryMode mode) {
    RetryTestWorker worker =
        worker()
            .on("POST", "/connectors", error(500, FORWARD_IO_ERROR), error(409, ALREADY_EXISTS))
            .on("GET", "/connectors/src", json(200, CREATED));
    RetryTestClient client = client(worker.url());

    catchThrowableOfType(
        ConnectorAlreadyExistsException.class,
        () -> mode.run(client.transport(), calls.createConnector("src", CONFIG)));

    // "Connection refused" to the leader: nothing was forwarded, so someone else created it
    assertThat(worker.count("GET", "/connectors/src")).isZero();
  }

  @ParameterizedTest
  @EnumSource(RetryMode.class)
  void createConnector_retriedAfterARebalanceConflict_thatAnswersAlreadyExists_throwsAlreadyExists(
      RetryMode mode) {
    RetryTestWorker worker =
        worker()
            .on("POST", "/connectors", stale(), error(409, ALREADY_EXISTS))
            .on("GET", "/connectors/src", json(200, CREATED));
    RetryTestClient client = client(worker.url());

    catchThrowableOfType(
        ConnectorAlreadyExistsException.class,
        () -> mode.run(client.transport(), calls.createConnector("src", CONFIG)));

    // the conflict was refused before anything was applied: someone else created it
    assertThat(worker.count("GET", "/connectors/src")).isZero();
  }

  @ParameterizedTest
  @EnumSource(RetryMode.class)
  void createConnector_thatAlreadyExistsAtTheFirstAttempt_throwsAlreadyExistsWithoutAnyCheck(
      RetryMode mode) {
    RetryTestWorker worker =
        worker()
            .on("POST", "/connectors", error(409, ALREADY_EXISTS))
            .on("GET", "/connectors/src", json(200, CREATED));
    RetryTestClient client = client(worker.url());

    ConnectorAlreadyExistsException thrown =
        catchThrowableOfType(
            ConnectorAlreadyExistsException.class,
            () -> mode.run(client.transport(), calls.createConnector("src", CONFIG)));

    assertThat(thrown).hasMessageContaining(ALREADY_EXISTS);
    assertThat(worker.count("GET", "/connectors/src")).isZero();
  }

  @ParameterizedTest
  @EnumSource(RetryMode.class)
  void createConnector_withUnreachableCluster_reportsTheTransportFailureOnly(RetryMode mode) {
    RetryTestClient client = client(deadUrl());

    catchThrowableOfType(
        ConnectTransportException.class,
        () -> mode.run(client.transport(), calls.createConnector("src", CONFIG)));

    // never sent: no ambiguity, no check
    assertThat(client.events).allMatch(event -> event.operation().equals("createConnector"));
  }

  // ---- delete ---------------------------------------------------------------------------------

  @ParameterizedTest
  @EnumSource(RetryMode.class)
  void deleteConnector_retriedAfterATimeout_thatFindsTheConnectorGone_succeeds(RetryMode mode) {
    RetryTestWorker worker =
        worker()
            .on("DELETE", "/connectors/src", error(500, REQUEST_TIMED_OUT), error(404, NOT_FOUND));
    RetryTestClient client = client(worker.url());

    mode.run(client.transport(), calls.deleteConnector("src"));

    assertThat(worker.count("DELETE", "/connectors/src")).isEqualTo(2);
  }

  @ParameterizedTest
  @EnumSource(RetryMode.class)
  void deleteConnector_retriedAfterTheConnectionDiedAfterSending_thatFindsItGone_succeeds(
      RetryMode mode) {
    RetryTestWorker worker =
        worker().on("DELETE", "/connectors/src", dropped(), error(404, NOT_FOUND));
    RetryTestClient client = client(worker.url());

    mode.run(client.transport(), calls.deleteConnector("src"));

    assertThat(worker.count("DELETE", "/connectors/src")).isEqualTo(2);
  }

  @ParameterizedTest
  @EnumSource(RetryMode.class)
  void deleteConnector_retriedOnlyAfterRebalanceConflicts_thatFindsItGone_throwsNotFound(
      RetryMode mode) {
    RetryTestWorker worker =
        worker().on("DELETE", "/connectors/src", stale(), error(404, NOT_FOUND));
    RetryTestClient client = client(worker.url());

    ConnectorNotFoundException thrown =
        catchThrowableOfType(
            ConnectorNotFoundException.class,
            () -> mode.run(client.transport(), calls.deleteConnector("src")));

    assertThat(thrown.attempts()).isEqualTo(2);
  }

  @ParameterizedTest
  @EnumSource(RetryMode.class)
  void deleteConnector_ofAnUnknownConnector_throwsNotFoundAtOnce(RetryMode mode) {
    RetryTestWorker worker = worker().on("DELETE", "/connectors/src", error(404, NOT_FOUND));
    RetryTestClient client = client(worker.url());

    catchThrowableOfType(
        ConnectorNotFoundException.class,
        () -> mode.run(client.transport(), calls.deleteConnector("src")));

    assertThat(worker.count("DELETE", "/connectors/src")).isEqualTo(1);
  }
}
