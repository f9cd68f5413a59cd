package io.github.connectclient.internal.http;

import static io.github.connectclient.internal.http.RetryAnswers.dropped;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.connectclient.Answers;
import io.github.connectclient.errors.ConnectTransportException;
import io.github.connectclient.errors.UnsupportedEndpointException;
import io.github.connectclient.testsupport.WorkerDispatcher;
import mockwebserver3.MockResponse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The capability gate with several workers: each worker's version is asked once and kept per URL,
 * the gate of every attempt uses the version of the worker that attempt goes to (after a failover,
 * the other worker's), a worker that failed to answer is asked again, and a version that cannot be
 * read never blocks the call.
 */
class VersionProbeWorkersTest extends RetryTestSetup {

  private static final String LOGGER_PATH = "/admin/loggers/org.example";

  private static MockResponse version(String version) {
    return WorkerDispatcher.serverInfo(version);
  }

  @ParameterizedTest
  @EnumSource(RetryMode.class)
  void theVersion_isAskedOncePerWorker_andKeptForLaterCalls(RetryMode mode) {
    RetryTestWorker worker =
        worker()
            .on("GET", "/", version("4.3.1"))
            .on("PUT", LOGGER_PATH, Answers.empty(204))
            .on("PUT", "/connectors/src/stop", Answers.empty(204));
    Transport transport = client(worker.url()).transport();

    mode.run(transport, calls.setClusterLoggerLevel("org.example", "DEBUG"));
    mode.run(transport, calls.setClusterLoggerLevel("org.example", "INFO"));
    mode.run(transport, calls.stopConnector("src"));

    assertThat(worker.count("GET", "/")).isEqualTo(1);
    assertThat(worker.count("PUT", LOGGER_PATH)).isEqualTo(2);
  }

  @ParameterizedTest
  @EnumSource(RetryMode.class)
  void afterAFailover_theGateUsesTheVersionOfTheWorkerTheAttemptGoesTo(RetryMode mode) {
    RetryTestWorker newer =
        worker().on("GET", "/", version("4.3.1")).on("PUT", LOGGER_PATH, Answers.empty(204));
    RetryTestWorker older = worker().on("GET", "/", version("3.6.2"));
    Transport transport = client(newer.url(), older.url()).transport();
    mode.run(transport, calls.setClusterLoggerLevel("org.example", "DEBUG"));
    newer.close(); // the worker goes away: connections are refused

    UnsupportedEndpointException refused =
        catchThrowableOfType(
            UnsupportedEndpointException.class,
            () -> mode.run(transport, calls.setClusterLoggerLevel("org.example", "INFO")));

    assertThat(refused.response().workerUrl()).isEqualTo(older.url());
    assertThat(refused.workerVersion()).isEqualTo("3.6.2");
    assertThat(refused.requiredVersion()).isEqualTo("3.7.0");
    assertThat(refused.feature()).contains("scope=cluster");
    assertThat(refused.attempts())
        .as("the refused connection, then the gate at the other")
        .isEqualTo(2);
    assertThat(older.count("GET", "/")).isEqualTo(1);
    assertThat(older.count("PUT", LOGGER_PATH)).as("nothing sent to the older worker").isZero();
  }

  @ParameterizedTest
  @EnumSource(RetryMode.class)
  void aWorkerThatFailedToAnswer_isAskedForItsVersionAgain(RetryMode mode) {
    // a rolling downgrade: the worker drops the connection, comes back on 3.6
    RetryTestWorker worker =
        worker()
            .on("GET", "/", version("4.3.1"), version("3.6.2"))
            .on("PUT", LOGGER_PATH, dropped());
    Transport transport = client(worker.url()).transport();

    UnsupportedEndpointException refused =
        catchThrowableOfType(
            UnsupportedEndpointException.class,
            () -> mode.run(transport, calls.setClusterLoggerLevel("org.example", "INFO")));

    assertThat(refused.workerVersion()).isEqualTo("3.6.2");
    assertThat(worker.count("GET", "/")).isEqualTo(2);
    assertThat(worker.count("PUT", LOGGER_PATH)).isEqualTo(1);
  }

  @ParameterizedTest
  @EnumSource(RetryMode.class)
  void aVersionThatCannotBeRead_doesNotBlockTheCall_andIsAskedAgainNextTime(RetryMode mode) {
    RetryTestWorker worker =
        worker()
            .on("GET", "/", Answers.error(403, "no"), Answers.json(200, "<html>"), version("4.3.1"))
            .on("PUT", LOGGER_PATH, Answers.empty(204));
    Transport transport = client(worker.url()).transport();

    mode.run(transport, calls.setClusterLoggerLevel("org.example", "DEBUG"));
    mode.run(transport, calls.setClusterLoggerLevel("org.example", "DEBUG"));
    mode.run(transport, calls.setClusterLoggerLevel("org.example", "DEBUG"));
    mode.run(transport, calls.setClusterLoggerLevel("org.example", "DEBUG"));

    assertThat(worker.count("PUT", LOGGER_PATH)).isEqualTo(4);
    assertThat(worker.count("GET", "/")).as("asked until read, then kept").isEqualTo(3);
  }

  @ParameterizedTest
  @EnumSource(RetryMode.class)
  void aWorkerThatIsDown_isNotBlockedByTheQuestion_theCallFailsAsATransportFailure(RetryMode mode) {
    String dead = deadUrl();
    Transport transport = client(dead).transport();

    ConnectTransportException thrown =
        catchThrowableOfType(
            ConnectTransportException.class, () -> mode.run(transport, calls.stopConnector("src")));

    assertThat(thrown.failures()).isNotEmpty();
    assertThat(thrown.getMessage()).contains("PUT /connectors/src/stop");
  }

  @ParameterizedTest
  @EnumSource(RetryMode.class)
  void aCallEveryWorkerServes_isSentWithoutAskingTheVersion(RetryMode mode) {
    RetryTestWorker worker = worker().on("GET", RetryAnswers.STATUS_PATH, RetryAnswers.ok());
    Transport transport = client(worker.url()).transport();

    mode.run(transport, calls.getConnectorStatus("src"));

    assertThat(worker.count("GET", "/")).isZero();
  }
}
