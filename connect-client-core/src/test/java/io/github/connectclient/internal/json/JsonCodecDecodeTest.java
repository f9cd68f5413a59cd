package io.github.connectclient.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.github.connectclient.model.ConfigKeyInfo;
import io.github.connectclient.model.ConfigValidation;
import io.github.connectclient.model.ConnectorExpanded;
import io.github.connectclient.model.ConnectorInfo;
import io.github.connectclient.model.ConnectorOffsets;
import io.github.connectclient.model.ConnectorState;
import io.github.connectclient.model.ConnectorStatus;
import io.github.connectclient.model.ConnectorType;
import io.github.connectclient.model.HealthStatus;
import io.github.connectclient.model.LoggerLevel;
import io.github.connectclient.model.PluginInfo;
import io.github.connectclient.model.PluginType;
import io.github.connectclient.model.ServerInfo;
import io.github.connectclient.model.State;
import io.github.connectclient.model.TaskId;
import io.github.connectclient.model.TaskInfo;
import io.github.connectclient.model.TaskState;
import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import okio.Buffer;
import org.junit.jupiter.api.Test;

/** Decoding the bodies real workers send into the models. */
class JsonCodecDecodeTest {

  private final JsonCodec codec = JsonCodec.create();

  @Test
  void decode_serverInfo_readsSnakeCaseClusterId() {
    ServerInfo info = codec.decode(ServerBodies.SERVER_INFO, ServerInfo.class);

    assertThat(info)
        .isEqualTo(new ServerInfo("3.9.0", "84caaa6e9da06435", "DZ5R4SFeTa-oLSGqoCAnYw"));
  }

  @Test
  void decode_serverInfoBeforeKafka11_leavesClusterIdNull() {
    ServerInfo info = codec.decode(ServerBodies.SERVER_INFO_PRE_1_1, ServerInfo.class);

    assertThat(info.version()).isEqualTo("1.0.2");
    assertThat(info.kafkaClusterId()).isNull();
  }

  @Test
  void decode_healthyWorker_isHealthy() {
    HealthStatus health = codec.decode(ServerBodies.HEALTHY, HealthStatus.class);

    assertThat(health.isHealthy()).isTrue();
    assertThat(health.message()).startsWith("Worker has completed startup");
  }

  @Test
  void decode_startingWorker_isNotHealthy() {
    HealthStatus health = codec.decode(ServerBodies.STARTING, HealthStatus.class);

    assertThat(health.status()).isEqualTo("starting");
    assertThat(health.isHealthy()).isFalse();
  }

  @Test
  void decode_connectorNames_givesStringList() {
    List<String> names = codec.decode(ServerBodies.CONNECTOR_NAMES, JsonTypes.STRING_LIST);

    assertThat(names).containsExactly("src1", "my-sink");
  }

  @Test
  void decode_expandedConnectors_readsStatusAndInfoPerName() {
    Map<String, ConnectorExpanded> expanded =
        codec.decode(
            ServerBodies.EXPANDED, JsonTypes.mapOf(String.class, ConnectorExpanded.class));

    ConnectorExpanded src1 = expanded.get("src1");
    assertThat(src1.status().connector().state()).isEqualTo(State.RUNNING);
    assertThat(src1.status().tasks()).extracting(TaskState::id).containsExactly(0);
    assertThat(src1.info().config()).containsEntry("connector.class", "io.example.Src");
    assertThat(src1.info().tasks()).containsExactly(new TaskId("src1", 0));
    assertThat(expanded.get("gone")).isEqualTo(new ConnectorExpanded(null, null));
  }

  @Test
  void decode_createdConnector_hasConfigTypeAndNoTasksYet() {
    ConnectorInfo info = codec.decode(ServerBodies.CREATED, ConnectorInfo.class);

    assertThat(info.name()).isEqualTo("jdbc-src");
    assertThat(info.config())
        .containsExactly(
            entry("connector.class", "io.example.JdbcSource"),
            entry("tasks.max", "2"),
            entry("topic.prefix", "db-"),
            entry("name", "jdbc-src"));
    assertThat(info.tasks()).isEmpty();
    assertThat(info.type()).isEqualTo(ConnectorType.SOURCE);
    assertThat(info.rawType()).isEqualTo("source");
  }

  @Test
  void decode_statusWithFailedTask_keepsTraceAndWorker() {
    ConnectorStatus status =
        codec.decode(ServerBodies.STATUS_WITH_FAILED_TASK, ConnectorStatus.class);

    assertThat(status.connector())
        .isEqualTo(new ConnectorState(State.RUNNING, "10.0.0.1:8083", null, null));
    TaskState task = status.tasks().get(0);
    assertThat(task.state()).isEqualTo(State.FAILED);
    assertThat(task.rawState()).isEqualTo("FAILED");
    assertThat(task.workerId()).isEqualTo("10.0.0.2:8083");
    assertThat(task.trace())
        .startsWith("org.apache.kafka.connect.errors.ConnectException: boom\n\tat ");
    assertThat(status.type()).isEqualTo(ConnectorType.SOURCE);
  }

  @Test
  void decode_stoppedStatusFromKafka41_readsVersionAndEmptyTasks() {
    ConnectorStatus status = codec.decode(ServerBodies.STATUS_4_1, ConnectorStatus.class);

    assertThat(status.connector().state()).isEqualTo(State.STOPPED);
    assertThat(status.connector().version()).isEqualTo("4.1.0");
    assertThat(status.tasks()).isEmpty();
    assertThat(status.type()).isEqualTo(ConnectorType.SINK);
  }

  @Test
  void decode_restartAccepted_showsRestartingStates() {
    ConnectorStatus status = codec.decode(ServerBodies.RESTARTING, ConnectorStatus.class);

    assertThat(status.connector().state()).isEqualTo(State.RESTARTING);
    assertThat(status.tasks()).extracting(TaskState::state).containsExactly(State.RESTARTING);
  }

  @Test
  void decode_taskStatus_readsOneTask() {
    TaskState task = codec.decode(ServerBodies.TASK_STATUS, TaskState.class);

    assertThat(task).isEqualTo(new TaskState(0, State.RUNNING, "10.0.0.1:8083", null, null));
  }

  @Test
  void decode_tasks_readsIdAndConfig() {
    List<TaskInfo> tasks = codec.decode(ServerBodies.TASKS, JsonTypes.listOf(TaskInfo.class));

    assertThat(tasks).hasSize(1);
    assertThat(tasks.get(0).id()).isEqualTo(new TaskId("src1", 0));
    assertThat(tasks.get(0).config()).containsEntry("topic", "t1");
  }

  @Test
  void decode_topics_givesNestedMapOfLists() {
    Map<String, Map<String, List<String>>> topics =
        codec.decode(
            ServerBodies.TOPICS,
            JsonTypes.mapOf(
                String.class, JsonTypes.mapOf(String.class, JsonTypes.STRING_LIST)));

    assertThat(topics.get("src1").get("topics")).containsExactly("t1", "t2");
  }

  @Test
  void decode_sourceOffsets_keepsConnectorDefinedMaps() {
    ConnectorOffsets offsets = codec.decode(ServerBodies.SOURCE_OFFSETS, ConnectorOffsets.class);

    assertThat(offsets.offsets()).hasSize(1);
    assertThat(offsets.offsets().get(0).partition()).containsEntry("filename", "/data/in.txt");
    assertThat(offsets.offsets().get(0).offset()).containsEntry("position", 6L);
  }

  @Test
  void decode_sinkOffsets_readsIntegersAsLongs() {
    ConnectorOffsets offsets = codec.decode(ServerBodies.SINK_OFFSETS, ConnectorOffsets.class);

    Map<String, Object> partition = offsets.offsets().get(0).partition();
    assertThat(partition.get("kafka_partition")).isInstanceOf(Long.class).isEqualTo(0L);
    assertThat(offsets.offsets().get(0).offset().get("kafka_offset")).isEqualTo(42L);
  }

  @Test
  void decode_pluginsWithAndWithoutVersion_mapsAllTypes() {
    List<PluginInfo> plugins =
        codec.decode(ServerBodies.PLUGINS, JsonTypes.listOf(PluginInfo.class));

    assertThat(plugins)
        .extracting(PluginInfo::type)
        .containsExactly(
            PluginType.SINK,
            PluginType.TRANSFORMATION,
            PluginType.HEADER_CONVERTER,
            PluginType.UNKNOWN);
    assertThat(plugins.get(1).className())
        .isEqualTo("org.apache.kafka.connect.transforms.Cast$Value");
    assertThat(plugins.get(0).version()).isEqualTo("3.9.0");
    assertThat(plugins.get(2).version()).isNull();
    assertThat(plugins.get(2).rawType()).isEqualTo("header_converter");
  }

  @Test
  void decode_pluginConfig_readsOrderAndSnakeCaseNames() {
    List<ConfigKeyInfo> keys =
        codec.decode(ServerBodies.PLUGIN_CONFIG, JsonTypes.listOf(ConfigKeyInfo.class));

    assertThat(keys)
        .containsExactly(
            new ConfigKeyInfo(
                "topic",
                "STRING",
                true,
                null,
                "HIGH",
                "The topic to publish data to",
                null,
                "NONE",
                "topic",
                List.of(),
                -1));
  }

  @Test
  void decode_validationWithErrors_exposesErrorsByKey() {
    ConfigValidation validation =
        codec.decode(ServerBodies.VALIDATION_WITH_ERRORS, ConfigValidation.class);

    assertThat(validation.name()).isEqualTo("FileStreamSource");
    assertThat(validation.errorCount()).isEqualTo(2);
    assertThat(validation.groups()).containsExactly("Common", "Transforms");
    assertThat(validation.hasErrors()).isTrue();
    assertThat(validation.errorsByKey())
        .containsExactly(
            entry(
                "tasks.max",
                List.of("Invalid value 0 for configuration tasks.max: Value must be at least 1")),
            entry(
                "name",
                List.of("Missing required configuration \"name\" which has no default value.")));
    assertThat(validation.configs().get(0).definition().order()).isEqualTo(3);
    assertThat(validation.configs().get(1).value().value()).isNull();
    assertThat(validation.configs().get(3).definition()).isNull();
  }

  @Test
  void decode_loggers_readsNullAndNumericLastModified() {
    Map<String, LoggerLevel> loggers =
        codec.decode(ServerBodies.LOGGERS, JsonTypes.mapOf(String.class, LoggerLevel.class));

    assertThat(loggers.get("root")).isEqualTo(new LoggerLevel("INFO", null));
    assertThat(loggers.get("root").lastModifiedAt()).isEmpty();
    LoggerLevel connect = loggers.get("org.apache.kafka.connect");
    assertThat(connect.level()).isEqualTo("DEBUG");
    assertThat(connect.lastModifiedAt()).contains(Instant.ofEpochMilli(1_700_000_000_000L));
  }

  @Test
  void decode_loggersBeforeKafka37_hasNoLastModified() {
    Map<String, LoggerLevel> loggers =
        codec.decode(
            ServerBodies.LOGGERS_PRE_3_7, JsonTypes.mapOf(String.class, LoggerLevel.class));

    assertThat(loggers.get("root").lastModified()).isNull();
  }

  @Test
  void decode_changedLoggers_givesNames() {
    List<String> changed = codec.decode(ServerBodies.CHANGED_LOGGERS, JsonTypes.STRING_LIST);

    assertThat(changed).hasSize(2);
  }

  @Test
  void decode_fromSourceWithTrailingWhitespace_readsTheValue() throws IOException {
    Buffer source = new Buffer().writeUtf8(ServerBodies.TASK_STATUS + "  \r\n\t ");

    TaskState task = codec.decode(source, TaskState.class);

    assertThat(task.id()).isZero();
  }

  @Test
  void decode_asObject_givesPlainJsonValues() {
    Object value = codec.decode("{\"a\":[1,2.5,\"x\",true,null]}", Object.class);

    assertThat(value).isEqualTo(Map.of("a", Arrays.asList(1L, 2.5, "x", true, null)));
  }

  @Test
  void convert_untypedValue_givesModel() {
    Object value = codec.decode(ServerBodies.EXPANDED, Object.class);

    Map<String, ConnectorExpanded> expanded =
        codec.convert(value, JsonTypes.mapOf(String.class, ConnectorExpanded.class));

    assertThat(expanded.get("src1").info().type()).isEqualTo(ConnectorType.SOURCE);
  }
}
