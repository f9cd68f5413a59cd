package io.github.connectclient.it.security;

import static io.github.connectclient.testsupport.TempFiles.tempFile;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.connectclient.ConnectClient;
import io.github.connectclient.RawRequest;
import io.github.connectclient.model.ConfigUpdate;
import io.github.connectclient.model.ConnectorInfo;
import io.github.connectclient.model.RestartOptions;
import io.github.connectclient.model.State;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/** Every read and write of the API once, through one client: what "the right setup works" means. */
final class EveryCall {

  private static final Duration STATE_TIMEOUT = Duration.ofSeconds(60);
  private static final String FILE_SOURCE =
      "org.apache.kafka.connect.file.FileStreamSourceConnector";

  private EveryCall() {}

  /**
   * Calls every client method against the worker {@code client} talks to, with connector {@code
   * name}.
   */
  static void exercise(ConnectClient client, String name) {
    Map<String, String> config = fileSource(name);

    assertThat(client.getServerInfo().version()).isEqualTo("4.3.1");
    assertThat(client.getHealth().isHealthy()).isTrue();
    assertThat(client.listConnectorPlugins()).isNotEmpty();
    assertThat(client.listPlugins()).hasSizeGreaterThan(client.listConnectorPlugins().size());
    assertThat(client.getPluginConfig("FileStreamSource")).isNotEmpty();
    Map<String, String> named = new java.util.HashMap<>(config);
    named.put("name", name);
    assertThat(client.validateConnectorConfig("FileStreamSource", named).errorCount()).isZero();
    assertThat(client.getPluginConfig("FileStreamSource", "4.3.1")).isNotEmpty();
    assertThat(client.validateConnectorConfig("FileStreamSource", "4.3.1", named).errorCount())
        .isZero();
    assertThat(client.checkPlugins().consistent()).isTrue();

    assertThat(client.createConnector(name, config).name()).isEqualTo(name);
    assertThat(client.getConnector(name).name()).isEqualTo(name);
    assertThat(client.getConnectorConfig(name)).containsEntry("name", name);
    assertThat(client.listConnectors()).contains(name);
    assertThat(client.request(RawRequest.get("connectors", name)).as(ConnectorInfo.class).name())
        .isEqualTo(name);
    client.awaitConnectorState(name, State.RUNNING, STATE_TIMEOUT);
    assertThat(client.listConnectorsExpanded()).containsKey(name);
    assertThat(client.getConnectorTasks(name)).hasSize(1);
    assertThat(client.getTaskStatus(name, 0).state()).isEqualTo(State.RUNNING);

    client.pauseConnector(name);
    client.awaitConnectorState(name, State.PAUSED, STATE_TIMEOUT);
    client.resumeConnector(name);
    client.awaitConnectorState(name, State.RUNNING, STATE_TIMEOUT);
    client.restartConnector(name);
    client.restartConnector(name, RestartOptions.connectorAndTasks());
    client.awaitConnectorState(name, State.RUNNING, STATE_TIMEOUT);
    client.restartTask(name, 0);

    ConfigUpdate update = client.putConnectorConfig(name, config);
    assertThat(update.created()).isFalse();
    assertThat(client.patchConnectorConfig(name, Map.of("tasks.max", "1")).config())
        .containsEntry("tasks.max", "1");
    client.getConnectorTopics(name);
    client.resetConnectorTopics(name);

    client.stopConnector(name);
    client.awaitConnectorState(name, State.STOPPED, STATE_TIMEOUT);
    client.getConnectorOffsets(name);
    assertThat(client.resetConnectorOffsets(name)).isNotBlank();
    client.deleteConnector(name);
    assertThat(client.listConnectors()).doesNotContain(name);

    assertThat(client.listLoggers()).containsKey("root");
    assertThat(client.getLogger("root").level()).isNotBlank();
    assertThat(client.setLoggerLevel("org.apache.kafka.connect.runtime.rest", "DEBUG"))
        .isNotEmpty();
    client.setClusterLoggerLevel("org.apache.kafka.connect.runtime.rest", "INFO");
  }

  static Map<String, String> fileSource(String name) {
    Path file = tempFile("security-");
    return Map.of(
        "connector.class",
        FILE_SOURCE,
        "tasks.max",
        "1",
        "file",
        file.toString(),
        "topic",
        name + "-topic");
  }
}
