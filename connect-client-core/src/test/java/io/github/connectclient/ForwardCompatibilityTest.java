package io.github.connectclient;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.connectclient.model.ConfigValidation;
import io.github.connectclient.model.ConnectorExpanded;
import io.github.connectclient.model.ConnectorInfo;
import io.github.connectclient.model.ConnectorStatus;
import io.github.connectclient.model.ConnectorType;
import io.github.connectclient.model.PluginInfo;
import io.github.connectclient.model.PluginType;
import io.github.connectclient.model.State;
import io.github.connectclient.model.TaskState;
import io.github.connectclient.testsupport.Fixtures;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A newer (or older) worker does not break the client: unknown fields are ignored, unknown enum
 * values become {@code UNKNOWN} with the raw text kept, absent collections are empty. The bodies
 * are synthetic on purpose: the captured 4.3.1 ones ({@link Fixtures}) hold no unknown field or
 * value.
 */
class ForwardCompatibilityTest {

  @RegisterExtension final ConnectServer connect = new ConnectServer();

  @Test
  void getConnectorStatus_withUnknownFieldsAndAnUnknownState_keepsTheRawState() {
    connect.enqueue(
        200,
        """
        {"name":"src1","connector":{"state":"DEGRADED","worker_id":"w1:8083","version":"9.0.0","since":"x"},
         "tasks":[{"id":0,"state":"DRAINING","worker_id":"w1:8083","lag":{"ms":5}}],
         "type":"source","generation":7,"labels":["a"]}""");

    ConnectorStatus status = connect.client().getConnectorStatus("src1");

    assertThat(status.connector().state()).isEqualTo(State.UNKNOWN);
    assertThat(status.connector().rawState()).isEqualTo("DEGRADED");
    assertThat(status.connector().version()).isEqualTo("9.0.0");
    TaskState task = status.tasks().get(0);
    assertThat(task.state()).isEqualTo(State.UNKNOWN);
    assertThat(task.rawState()).isEqualTo("DRAINING");
    assertThat(task.workerId()).isEqualTo("w1:8083");
  }

  @Test
  void getConnectorStatus_withoutTasksOrType_hasNoTasksAndAnUnknownType() {
    connect.enqueue(
        200,
        "{\"name\":\"src1\",\"connector\":{\"state\":\"UNASSIGNED\",\"worker_id\":\"w1:8083\"}}");

    ConnectorStatus status = connect.client().getConnectorStatus("src1");

    assertThat(status.tasks()).isEmpty();
    assertThat(status.type()).isEqualTo(ConnectorType.UNKNOWN);
    assertThat(status.connector().state()).isEqualTo(State.UNASSIGNED);
  }

  @Test
  void getConnector_fromAWorkerBefore1_0_withoutType_andWithAnUnknownType() {
    connect.enqueue(200, "{\"name\":\"src1\",\"config\":{\"name\":\"src1\"},\"tasks\":[]}");
    connect.enqueue(
        200,
        "{\"name\":\"src2\",\"config\":{},\"tasks\":[],\"type\":\"duplex\",\"owner\":\"team-a\"}");

    ConnectorInfo old = connect.client().getConnector("src1");
    ConnectorInfo newer = connect.client().getConnector("src2");

    assertThat(old.type()).isEqualTo(ConnectorType.UNKNOWN);
    assertThat(newer.type()).isEqualTo(ConnectorType.UNKNOWN);
    assertThat(newer.rawType()).isEqualTo("duplex");
  }

  @Test
  void getConnector_withoutConfigOrTasks_hasEmptyOnes() {
    connect.enqueue(200, "{\"name\":\"src1\",\"type\":\"sink\"}");

    ConnectorInfo info = connect.client().getConnector("src1");

    assertThat(info.config()).isEmpty();
    assertThat(info.tasks()).isEmpty();
    assertThat(info.type()).isEqualTo(ConnectorType.SINK);
  }

  @Test
  void listConnectorsExpanded_withOnlyUnknownExpansions_hasEntriesWithNeitherInfoNorStatus() {
    connect.enqueue(200, "{\"src1\":{},\"src2\":{\"metrics\":{\"rate\":1.5}}}");

    Map<String, ConnectorExpanded> connectors = connect.client().listConnectorsExpanded();

    assertThat(connectors).containsOnlyKeys("src1", "src2");
    assertThat(connectors.get("src2").info()).isNull();
    assertThat(connectors.get("src2").status()).isNull();
  }

  @Test
  void listPlugins_withAnUnknownTypeAndExtraFields_keepsTheRawType() {
    connect.enqueue(
        200,
        """
        [{"class":"io.example.Router","type":"router","version":"1.0","license":"ASL2"},
         {"class":"org.apache.kafka.connect.file.FileStreamSourceConnector","type":"source"}]""");

    List<PluginInfo> plugins = connect.client().listPlugins();

    assertThat(plugins.get(0).type()).isEqualTo(PluginType.UNKNOWN);
    assertThat(plugins.get(0).rawType()).isEqualTo("router");
    assertThat(plugins.get(1).type()).isEqualTo(PluginType.SOURCE);
    assertThat(plugins.get(1).version()).isNull();
  }

  @Test
  void listConnectorPlugins_fromAWorkerBefore3_2_readsTypeUnknown() {
    connect.enqueue(
        200, "[{\"class\":\"io.example.Old\",\"type\":\"unknown\",\"version\":\"2.8.0\"}]");

    assertThat(connect.client().listConnectorPlugins())
        .singleElement()
        .satisfies(plugin -> assertThat(plugin.type()).isEqualTo(PluginType.UNKNOWN));
  }

  @Test
  void validateConnectorConfig_withoutGroupsOrConfigs_hasEmptyOnes() {
    connect.enqueue(200, "{\"name\":\"FileStreamSource\",\"error_count\":0,\"hint\":\"new\"}");

    ConfigValidation validation =
        connect.client().validateConnectorConfig("FileStreamSource", Map.of());

    assertThat(validation.groups()).isEmpty();
    assertThat(validation.configs()).isEmpty();
    assertThat(validation.hasErrors()).isFalse();
  }

  @Test
  void getPluginConfig_withUnknownFieldsInAKey_ignoresThem() {
    connect.enqueue(
        200,
        """
        [{"name":"topic","type":"STRING","required":true,"default_value":null,"importance":"HIGH",\
        "documentation":"The topic to publish data to","group":null,"width":"NONE","display_name":"topic",\
        "dependents":[],"order":-1,"since":"4.2","alias":["t"]}]""");

    assertThat(connect.client().getPluginConfig("FileStreamSource"))
        .singleElement()
        .satisfies(key -> assertThat(key.name()).isEqualTo("topic"));
  }

  @Test
  void getHealth_withAnUnknownStatus_returnsItAsNotHealthy() {
    connect.enqueue(
        200, "{\"status\":\"degraded\",\"message\":\"Worker is degraded.\",\"checks\":[]}");

    assertThat(connect.client().getHealth().isHealthy()).isFalse();
  }

  @Test
  void getServerInfo_withExtraFields_ignoresThem() {
    connect.answerRoot(
        Answers.json(
            200,
            "{\"version\":\"4.3.1\",\"commit\":\"abc\",\"kafka_cluster_id\":\"k\",\"features\":{}}"));

    assertThat(connect.client().getServerInfo().version()).isEqualTo("4.3.1");
  }

  @Test
  void getConnectorOffsets_withAnOffsetOfUnknownShape_keepsItAsPlainValues() {
    connect.enqueue(
        200,
        """
        {"offsets":[{"partition":{"shard":"s-1","region":["eu"]},"offset":{"seq":"42","ts":1.5,"done":true}}]}""");

    assertThat(connect.client().getConnectorOffsets("src1").offsets())
        .singleElement()
        .satisfies(
            offset -> {
              assertThat(offset.partition())
                  .containsEntry("shard", "s-1")
                  .containsEntry("region", List.of("eu"));
              assertThat(offset.offset())
                  .containsEntry("seq", "42")
                  .containsEntry("ts", 1.5)
                  .containsEntry("done", true);
            });
  }
}
