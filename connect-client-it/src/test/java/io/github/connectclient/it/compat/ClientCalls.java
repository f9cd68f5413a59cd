package io.github.connectclient.it.compat;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.connectclient.ConnectClient;
import io.github.connectclient.model.ConnectorOffset;
import io.github.connectclient.model.ConnectorOffsets;
import io.github.connectclient.model.InitialState;
import io.github.connectclient.model.NewConnector;
import io.github.connectclient.model.PluginInfo;
import io.github.connectclient.model.RestartOptions;
import io.github.connectclient.model.State;
import io.github.connectclient.testkit.ConnectCluster;
import io.github.connectclient.testsupport.Eventually;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every {@link ConnectClient} method once, in an order that makes each call meaningful (a connector
 * exists before it is paused, is stopped before its offsets change), on the testkit's counting
 * connector: the same script for every Kafka release of the matrix.
 */
final class ClientCalls {

  static final String PLUGIN = "io.github.connectclient.testconnector.CountingSourceConnector";
  static final String LOGGER = "org.apache.kafka.connect.runtime.rest";
  private static final Duration TIMEOUT = Duration.ofSeconds(60);

  /** One call: the method as docs/endpoints.md names it, and what it does. */
  record Step(String method, Call call) {}

  /** A call that may throw. */
  interface Call {
    void run() throws Exception;
  }

  private ClientCalls() {}

  /**
   * The steps against {@code client} (all workers), with {@code perWorker} clients to see which
   * workers a cluster-wide log level reached.
   */
  static List<Step> all(
      ConnectClient client, List<ConnectClient> perWorker, ConnectCluster cluster, String version) {
    String name = "compat-source";
    String topic = "compat-counted";
    Map<String, String> config = counting(topic);
    List<Step> steps = new ArrayList<>();
    steps.add(
        step(
            "getServerInfo()",
            () -> assertThat(client.getServerInfo().version()).isEqualTo(version)));
    steps.add(step("getHealth()", () -> assertThat(client.getHealth().isHealthy()).isTrue()));
    steps.add(
        step(
            "listConnectorPlugins()",
            () ->
                assertThat(client.listConnectorPlugins())
                    .extracting(PluginInfo::className)
                    .contains(PLUGIN)));
    steps.add(step("listPlugins()", () -> assertThat(client.listPlugins()).isNotEmpty()));
    steps.add(
        step(
            "getPluginConfig(pluginClass)",
            () -> assertThat(client.getPluginConfig(PLUGIN)).isNotEmpty()));
    steps.add(
        step(
            "validateConnectorConfig(pluginClass, config)",
            () -> {
              Map<String, String> named = new HashMap<>(config);
              named.put("name", name);
              assertThat(client.validateConnectorConfig(PLUGIN, named).errorCount()).isZero();
            }));
    steps.add(step("createConnector(String, Map)", () -> client.createConnector(name, config)));
    steps.add(
        step(
            "createConnector(NewConnector)",
            () -> {
              NewConnector stopped =
                  NewConnector.builder()
                      .name(name + "-stopped")
                      .config(counting(topic + "-stopped"))
                      .initialState(InitialState.STOPPED)
                      .build();
              client.createConnector(stopped);
              client.awaitConnectorState(stopped.name(), State.STOPPED, TIMEOUT);
            }));
    steps.add(
        step(
            "getConnector(name)",
            () -> assertThat(client.getConnector(name).name()).isEqualTo(name)));
    steps.add(
        step(
            "getConnectorConfig(name)",
            () -> assertThat(client.getConnectorConfig(name)).containsEntry("topic", topic)));
    steps.add(step("listConnectors()", () -> assertThat(client.listConnectors()).contains(name)));
    steps.add(
        step(
            "awaitConnectorState(name, state, timeout)",
            () -> client.awaitConnectorState(name, State.RUNNING, TIMEOUT)));
    steps.add(step("getConnectorStatus(name)", () -> client.getConnectorStatus(name)));
    steps.add(
        step(
            "listConnectorsExpanded()",
            () -> assertThat(client.listConnectorsExpanded()).containsKey(name)));
    steps.add(
        step(
            "getConnectorTasks(name)",
            () ->
                Eventually.await(
                    "tasks of " + name,
                    TIMEOUT,
                    () -> client.getConnectorTasks(name),
                    t -> !t.isEmpty())));
    steps.add(
        step(
            "getTaskStatus(name, taskId)",
            () ->
                Eventually.await(
                    "task 0 of " + name,
                    TIMEOUT,
                    () -> client.getTaskStatus(name, 0).state(),
                    s -> s == State.RUNNING)));
    steps.add(
        step(
            "(records reach the topic)",
            () ->
                assertThat(cluster.consume(topic, 3, Duration.ofSeconds(30)))
                    .containsExactly("record-0", "record-1", "record-2")));
    steps.add(
        step(
            "pauseConnector(name)",
            () -> {
              client.pauseConnector(name);
              client.awaitConnectorState(name, State.PAUSED, TIMEOUT);
            }));
    steps.add(
        step(
            "resumeConnector(name)",
            () -> {
              client.resumeConnector(name);
              client.awaitConnectorState(name, State.RUNNING, TIMEOUT);
            }));
    steps.add(step("restartConnector(name)", () -> client.restartConnector(name)));
    steps.add(
        step(
            "restartConnector(name, options)",
            () -> client.restartConnector(name, RestartOptions.connectorAndTasks())));
    steps.add(step("restartTask(name, taskId)", () -> client.restartTask(name, 0)));
    steps.add(
        step(
            "putConnectorConfig(name, config)",
            () -> assertThat(client.putConnectorConfig(name, config).created()).isFalse()));
    steps.add(
        step(
            "patchConnectorConfig(name, patch)",
            () ->
                assertThat(client.patchConnectorConfig(name, Map.of("count", "3")).config())
                    .containsEntry("count", "3")));
    steps.add(step("getConnectorTopics(name)", () -> client.getConnectorTopics(name)));
    steps.add(step("resetConnectorTopics(name)", () -> client.resetConnectorTopics(name)));
    steps.add(
        step(
            "stopConnector(name)",
            () -> {
              client.stopConnector(name);
              client.awaitConnectorState(name, State.STOPPED, TIMEOUT);
            }));
    steps.add(
        step(
            "getConnectorOffsets(name)",
            () -> assertThat(client.getConnectorOffsets(name).offsets()).isNotEmpty()));
    steps.add(
        step(
            "alterConnectorOffsets(name, offsets)",
            () ->
                client.alterConnectorOffsets(
                    name,
                    ConnectorOffsets.of(
                        ConnectorOffset.source(
                            Map.of("source", "counting"), Map.of("position", 0L))))));
    steps.add(step("resetConnectorOffsets(name)", () -> client.resetConnectorOffsets(name)));
    steps.add(step("deleteConnector(name)", () -> client.deleteConnector(name)));
    steps.add(step("listLoggers()", () -> assertThat(client.listLoggers()).containsKey("root")));
    steps.add(
        step("getLogger(name)", () -> assertThat(client.getLogger("root").level()).isNotBlank()));
    steps.add(step("setLoggerLevel(name, level)", () -> client.setLoggerLevel(LOGGER, "DEBUG")));
    steps.add(
        step(
            "setClusterLoggerLevel(name, level)",
            () -> {
              client.setClusterLoggerLevel(LOGGER, "WARN");
              ClusterScope.awaitEveryWorker(perWorker, LOGGER, "WARN");
            }));
    return steps;
  }

  /** The counting connector writing three records to {@code topic} as plain strings. */
  static Map<String, String> counting(String topic) {
    return Map.of(
        "connector.class", PLUGIN,
        "tasks.max", "1",
        "topic", topic,
        "count", "3",
        "value.converter", "org.apache.kafka.connect.storage.StringConverter");
  }

  private static Step step(String method, Call call) {
    return new Step(method, call);
  }
}
