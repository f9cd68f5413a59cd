package io.github.connectclient.async;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.connectclient.errors.UnsupportedEndpointException;
import io.github.connectclient.model.InitialState;
import io.github.connectclient.model.NewConnector;
import io.github.connectclient.model.RestartOptions;
import io.github.connectclient.testsupport.WorkerDispatcher;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The capability gates through the {@link AsyncConnectClient}: the future fails with the same
 * {@link UnsupportedEndpointException} as the sync client's call, before anything but the {@code
 * GET /} that asked for the version is sent; the version is asked once.
 */
class AsyncVersionGateTest {

  @StartStop final MockWebServer server = new MockWebServer();

  private final WorkerDispatcher worker = new WorkerDispatcher();
  private AsyncConnectClient client;

  @BeforeEach
  void buildClient() {
    server.setDispatcher(worker);
    client = NoRetryClients.of(server);
  }

  @AfterEach
  void closeClient() {
    client.close();
  }

  @Test
  void aConfluentPlatformWorkerTooOld_failsTheFutureBeforeSending_namingBothVersions()
      throws Exception {
    worker.workerVersion("7.6.0-ccs");

    Throwable thrown =
        AsyncErrors.unwrap(
            client.createConnector(
                new NewConnector(
                    "src", Map.of("connector.class", "FileStreamSource"), InitialState.STOPPED)));

    assertThat(thrown)
        .isExactlyInstanceOf(UnsupportedEndpointException.class)
        .hasMessageContaining("initial_state in a connector create needs Apache Kafka 3.7.0")
        .hasMessageEndingWith("runs 7.6.0-ccs, Apache Kafka 3.6");
    assertThat(((UnsupportedEndpointException) thrown).sent()).isFalse();
    assertThat(server.getRequestCount()).as("only GET /").isEqualTo(1);
    assertThat(worker.rootRequestCount()).isEqualTo(1);
  }

  @Test
  void everyGateOfTheClient_usesTheOneVersionAskedOnce() throws Exception {
    worker.workerVersion("2.8.2");

    Throwable restart =
        AsyncErrors.unwrap(
            client.restartConnector("src", RestartOptions.failedConnectorAndTasks()));
    Throwable stop = AsyncErrors.unwrap(client.stopConnector("src"));
    Throwable cluster = AsyncErrors.unwrap(client.setClusterLoggerLevel("org.example", "INFO"));

    assertThat(restart)
        .isInstanceOf(UnsupportedEndpointException.class)
        .hasMessageContaining("the restart options includeTasks and onlyFailed");
    assertThat(stop)
        .isInstanceOf(UnsupportedEndpointException.class)
        .hasMessageContaining("PUT /connectors/{connector}/stop needs Apache Kafka 3.5.0");
    assertThat(cluster)
        .isInstanceOf(UnsupportedEndpointException.class)
        .hasMessageContaining("scope=cluster");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void aWorkerNewEnough_getsTheCall() throws Exception {
    worker.workerVersion("3.7.0");
    server.enqueue(new MockResponse.Builder().code(204).build());

    client.setClusterLoggerLevel("org.example", "INFO").get(5, TimeUnit.SECONDS);

    assertThat(server.getRequestCount()).isEqualTo(2);
  }
}
