package io.github.connectclient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.connectclient.errors.ConnectClientException;
import io.github.connectclient.errors.UnsupportedEndpointException;
import io.github.connectclient.model.ConnectorOffset;
import io.github.connectclient.model.ConnectorOffsets;
import io.github.connectclient.model.InitialState;
import io.github.connectclient.model.NewConnector;
import io.github.connectclient.model.RestartOptions;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The capability gates (issue 12, point 5): a call that needs a newer worker than the one answering
 * is refused before sending, naming the feature, the Apache Kafka version it needs and the worker's
 * version; nothing is sent but the {@code GET /} that asked. Options and fields are gated like
 * endpoints; a call that does not use them goes out. Each gate is checked one version below and at
 * the version that brought the feature.
 */
class VersionGateTest {

  @RegisterExtension final ConnectServer connect = new ConnectServer();

  private static final Map<String, String> CONFIG = Map.of("connector.class", "FileStreamSource");
  private static final ConnectorOffsets OFFSETS =
      ConnectorOffsets.of(ConnectorOffset.sink("t", 0, 5L));

  /**
   * A gated call, the newest version that lacks what it needs, the version that brought it, and
   * what the refusal names.
   */
  record Gate(Operation operation, String tooOld, String since, String feature) {}

  static List<Gate> gates() {
    return List.of(
        new Gate(
            Operation.of("restartConnector", "src", RestartOptions.failedConnectorAndTasks()),
            "2.8.2",
            "3.0.0",
            "the restart options includeTasks and onlyFailed"),
        new Gate(
            Operation.of("createConnector", new NewConnector("src", CONFIG, InitialState.STOPPED)),
            "3.6.2",
            "3.7.0",
            "initial_state in a connector create"),
        new Gate(
            Operation.of("setClusterLoggerLevel", "org.example", "DEBUG"),
            "3.6.2",
            "3.7.0",
            "the cluster scope of a logger level (scope=cluster)"),
        // on a worker without the loggers endpoint at all, what it lacks the most is named
        new Gate(
            Operation.of("setClusterLoggerLevel", "org.example", "DEBUG"),
            "2.3.1",
            "3.7.0",
            "the cluster scope of a logger level (scope=cluster)"),
        new Gate(
            Operation.of("stopConnector", "src"),
            "3.4.1",
            "3.5.0",
            "PUT /connectors/{connector}/stop"),
        new Gate(
            Operation.of("getConnectorOffsets", "src"),
            "3.4.1",
            "3.5.0",
            "GET /connectors/{connector}/offsets"),
        new Gate(
            Operation.of("alterConnectorOffsets", "src", OFFSETS),
            "3.5.2",
            "3.6.0",
            "PATCH /connectors/{connector}/offsets"),
        new Gate(
            Operation.of("resetConnectorOffsets", "src"),
            "3.5.2",
            "3.6.0",
            "DELETE /connectors/{connector}/offsets"),
        new Gate(
            Operation.of("patchConnectorConfig", "src", Map.of("tasks.max", "2")),
            "3.7.1",
            "3.8.0",
            "PATCH /connectors/{connector}/config"),
        new Gate(Operation.of("getHealth"), "3.8.1", "3.9.0", "GET /health"),
        new Gate(
            Operation.of("listPlugins"),
            "3.1.2",
            "3.2.0",
            "the list of every plugin kind (connectorsOnly=false)"),
        new Gate(
            Operation.of("listConnectorsExpanded"),
            "2.2.2",
            "2.3.0",
            "the expanded connector list (expand=status, expand=info)"),
        new Gate(
            Operation.of("getPluginConfig", "FileStreamSource"),
            "3.1.2",
            "3.2.0",
            "GET /connector-plugins/{plugin}/config"),
        new Gate(
            Operation.of("getPluginConfig", "FileStreamSource", "4.3.1"),
            "4.0.0",
            "4.1.0",
            "a plugin version on its config definition (?version=, KIP-891)"),
        new Gate(
            Operation.of("validateConnectorConfig", "FileStreamSource", "4.3.1", CONFIG),
            "8.0.0-ccs",
            "4.1.0",
            "a plugin version in a validated config (connector.plugin.version, KIP-891)"));
  }

  static Stream<Arguments> gatesOnBothPaths() {
    return Execution.onBothPaths(
        gates().stream()
            .map(gate -> Arguments.of(Named.of(gate.operation().toString(), gate)))
            .toList());
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("gatesOnBothPaths")
  void aWorkerTooOldForTheCall_refusesItBeforeSending(Execution execution, Gate gate) {
    connect.workerVersion(gate.tooOld());

    Throwable thrown = catchThrowable(() -> execution.run(connect, gate.operation()));

    assertThat(thrown).isExactlyInstanceOf(UnsupportedEndpointException.class);
    UnsupportedEndpointException e = (UnsupportedEndpointException) thrown;
    assertThat(e.feature()).isEqualTo(gate.feature());
    assertThat(e.requiredVersion()).isEqualTo(gate.since());
    assertThat(e.workerVersion()).isEqualTo(gate.tooOld());
    assertThat(e.sent()).isFalse();
    assertThat(e.getMessage())
        .contains(gate.feature() + " needs Apache Kafka " + gate.since() + " or newer")
        .contains(" runs " + gate.tooOld());
    assertThat(connect.requestCount()).as("requests besides GET /").isZero();
    assertThat(connect.rootRequestCount()).isEqualTo(1);
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("gatesOnBothPaths")
  void aWorkerOfTheVersionThatBroughtTheFeature_getsTheCall(Execution execution, Gate gate)
      throws Exception {
    connect.workerVersion(gate.since());
    connect.enqueue(Answers.empty(204));

    try {
      execution.run(connect, gate.operation());
    } catch (ConnectClientException decodingAnEmptyBody) {
      // the answer does not matter here, only that the request went out
    }

    RecordedRequest request = connect.takeRequest();
    assertThat(request.getTarget()).isNotEqualTo("/");
    assertThat(connect.rootRequestCount()).isEqualTo(1);
  }

  @ParameterizedTest
  @EnumSource(Execution.class)
  void aConfluentPlatformWorker_isGatedByTheApacheReleaseItShips_andNamedWithBoth(
      Execution execution) {
    connect.workerVersion("7.6.0-ccs"); // Confluent Platform 7.6 = Apache Kafka 3.6, not 7.6

    Throwable thrown =
        catchThrowable(
            () ->
                execution.run(
                    connect,
                    Operation.of(
                        "createConnector", new NewConnector("src", CONFIG, InitialState.PAUSED))));

    assertThat(thrown)
        .isExactlyInstanceOf(UnsupportedEndpointException.class)
        .hasMessage(
            "POST /connectors was not sent: initial_state in a connector create needs Apache"
                + " Kafka 3.7.0 or newer, and the worker at "
                + connect.server().url("/")
                + " runs 7.6.0-ccs, Apache Kafka 3.6");
    UnsupportedEndpointException e = (UnsupportedEndpointException) thrown;
    assertThat(e.workerVersion()).isEqualTo("7.6.0-ccs");
    assertThat(e.workerApacheVersion()).isEqualTo("3.6");
    assertThat(connect.requestCount()).isZero();
  }

  @ParameterizedTest
  @EnumSource(Execution.class)
  void aConfluentPlatformWorkerNewEnough_getsTheCall(Execution execution) throws Exception {
    connect.workerVersion("7.7.1-ce"); // Apache Kafka 3.7
    connect.enqueue(Answers.empty(204));

    execution.run(connect, Operation.of("setClusterLoggerLevel", "org.example", "DEBUG"));

    assertThat(connect.takeRequest().getTarget())
        .isEqualTo("/admin/loggers/org.example?scope=cluster");
  }

  static Stream<Arguments> withoutTheGatedOption() {
    List<Arguments> calls =
        List.of(
            // both options false is the plain restart every worker knows
            Arguments.of(
                "2.8.2",
                Operation.of("restartConnector", "src", new RestartOptions(false, false)),
                "/connectors/src/restart?includeTasks=false&onlyFailed=false"),
            Arguments.of(
                "3.6.2",
                Operation.of("createConnector", new NewConnector("src", CONFIG, null)),
                "/connectors"),
            Arguments.of(
                "3.6.2",
                Operation.of("setLoggerLevel", "org.example", "DEBUG"),
                "/admin/loggers/org.example"));
    return Execution.onBothPaths(calls);
  }

  @ParameterizedTest(name = "{0} {2} on {1}")
  @MethodSource("withoutTheGatedOption")
  void theSameCallWithoutTheGatedOptionOrField_isSentToTheOlderWorker(
      Execution execution, String version, Operation operation, String target) throws Exception {
    connect.workerVersion(version);
    connect.enqueue(Answers.empty(204));

    try {
      execution.run(connect, operation);
    } catch (ConnectClientException decodingAnEmptyBody) {
      // only the request matters
    }

    assertThat(connect.takeRequest().getTarget()).isEqualTo(target);
  }
}
