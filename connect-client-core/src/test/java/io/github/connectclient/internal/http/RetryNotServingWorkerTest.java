package io.github.connectclient.internal.http;

import static io.github.connectclient.Answers.empty;
import static io.github.connectclient.Answers.error;
import static io.github.connectclient.Answers.json;
import static io.github.connectclient.internal.http.RetryAnswers.INFO;
import static io.github.connectclient.internal.http.RetryAnswers.NOT_FOUND;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.connectclient.errors.ConnectorNotFoundException;
import io.github.connectclient.errors.CreateOutcomeUnknownException;
import java.util.Map;
import mockwebserver3.MockResponse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A worker that is starting or stopping gracefully (a rolling restart) answers 404 from Jetty for a
 * moment, without Connect's error body: the request never reached Connect, so it is retried on
 * every endpoint, at once on the next worker. Its 500 (a request in flight as it stopped) is
 * retried like a gateway's 503: reads and idempotent writes, at once elsewhere; a create is
 * settled. Connect's own 404 is still final. Bodies as a real 4.3.1 worker answered them in {@code
 * RollingRestartIT}.
 */
class RetryNotServingWorkerTest extends RetryTestSetup {

  /** A stopping worker's answer to {@code GET /connectors}, captured. */
  private static final String JETTY_NOT_FOUND =
      "{\n\"message\":\"Not Found\",\n\"url\":\"http://127.0.0.1:43653/connectors\",\n"
          + "\"status\":\"404\"\n}";

  private static final String CONFIG_PATH = "/connectors/src/config";

  private static MockResponse jettyNotFound() {
    return json(404, JETTY_NOT_FOUND);
  }

  @ParameterizedTest
  @EnumSource(RetryMode.class)
  void readAnsweredByAStoppingWorkersJetty_failsOverAtOnceToTheNextWorker(RetryMode mode) {
    RetryTestWorker stopping = worker().on("GET", CONFIG_PATH, jettyNotFound());
    RetryTestWorker live = worker().on("GET", CONFIG_PATH, json(200, "{\"a\":\"b\"}"));
    RetryTestClient client = client(stopping.url(), live.url());

    Object config = mode.run(client.transport(), calls.getConnectorConfig("src"));

    assertThat(config).isEqualTo(Map.of("a", "b"));
    assertThat(stopping.count("GET", CONFIG_PATH)).isEqualTo(1);
    assertThat(live.count("GET", CONFIG_PATH)).isEqualTo(1);
    assertThat(client.waits()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(RetryMode.class)
  void createAnsweredWithAnEmpty404_wasNotApplied_andIsSentAgain(RetryMode mode) {
    RetryTestWorker starting = worker().on("POST", "/connectors", empty(404), json(201, INFO));
    RetryTestClient client = client(starting.url());

    mode.run(client.transport(), calls.createConnector("src", Map.of("connector.class", "X")));

    assertThat(starting.count("POST", "/connectors")).isEqualTo(2);
  }

  /**
   * The 500 a worker's Jetty answered in {@code LoadBalancerRollIT} while the worker stopped, in
   * the shape of the captured 404 (a request in flight when Connect's resources stopped).
   */
  private static final String JETTY_SERVER_ERROR =
      "{\n\"message\":\"Internal Server Error\",\n\"url\":\"http://127.0.0.1:43653/connectors/src/config\","
          + "\n\"status\":\"500\"\n}";

  @ParameterizedTest
  @EnumSource(RetryMode.class)
  void readAnsweredWithAStoppingWorkersJetty500_failsOverAtOnceToTheNextWorker(RetryMode mode) {
    RetryTestWorker stopping = worker().on("GET", CONFIG_PATH, json(500, JETTY_SERVER_ERROR));
    RetryTestWorker live = worker().on("GET", CONFIG_PATH, json(200, "{\"a\":\"b\"}"));
    RetryTestClient client = client(stopping.url(), live.url());

    Object config = mode.run(client.transport(), calls.getConnectorConfig("src"));

    assertThat(config).isEqualTo(Map.of("a", "b"));
    assertThat(live.count("GET", CONFIG_PATH)).isEqualTo(1);
    assertThat(client.waits()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(RetryMode.class)
  void createAnsweredWithAStoppingWorkersJetty500_mayHaveBeenApplied_andIsNotSentAgain(
      RetryMode mode) {
    RetryTestWorker stopping =
        worker().on("POST", "/connectors", json(500, JETTY_SERVER_ERROR), json(201, INFO));
    stopping.on("GET", "/connectors/src", error(404, NOT_FOUND));
    RetryTestClient client = client(stopping.url());

    catchThrowableOfType(
        CreateOutcomeUnknownException.class,
        () ->
            mode.run(
                client.transport(), calls.createConnector("src", Map.of("connector.class", "X"))));

    assertThat(stopping.count("POST", "/connectors")).isEqualTo(1);
  }

  @ParameterizedTest
  @EnumSource(RetryMode.class)
  void connectsOwnNotFound_isStillFinal(RetryMode mode) {
    RetryTestWorker worker = worker().on("GET", CONFIG_PATH, error(404, NOT_FOUND));
    RetryTestClient client = client(worker.url(), worker().url());

    ConnectorNotFoundException thrown =
        catchThrowableOfType(
            ConnectorNotFoundException.class,
            () -> mode.run(client.transport(), calls.getConnectorConfig("src")));

    assertThat(thrown).hasMessageContaining(NOT_FOUND);
    assertThat(worker.count("GET", CONFIG_PATH)).isEqualTo(1);
  }
}
