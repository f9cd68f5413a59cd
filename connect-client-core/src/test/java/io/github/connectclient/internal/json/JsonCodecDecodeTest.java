package io.github.connectclient.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

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
import io.github.connectclient.testsupport.Fixtures;
import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import okio.Buffer;
import org.junit.jupiter.api.Test;

/**
 * Decoding the bodies real workers send into the models: the ones captured from the real cluster
 * ({@link Fixtures}), and the few shapes the capture cannot give ({@link ServerBodies}).
 */
class JsonCodecDecodeTest {

  private final JsonCodec codec = JsonCodec.create();

  @Test
  void decode_serverInfo_readsSnakeCaseClusterId() {
    ServerInfo info = codec.decode(Fixtures.body("server-info"), ServerInfo.class);

    assertThat(info)
        .isEqualTo(
            new ServerInfo(
                Fixtures.text("server-info", "version"),
                Fixtures.text("server-info", "commit"),
                Fixtures.text("server-info", "kafka_cluster_id")));
    assertThat(info.kafkaClusterId()).isNotBlank();
  }

  @Test
  void decode_serverInfoBeforeKafka11_leavesClusterIdNull() {
    ServerInfo info = codec.decode(ServerBodies.SERVER_INFO_PRE_1_1, ServerInfo.class);

    assertThat(info.version()).isEqualTo("1.0.2");
    assertThat(info.kafkaClusterId()).isNull();
  }

  @Test
  void decode_healthyWorker_isHealthy() {
    HealthStatus health = codec.decode(Fixtures.body("health"), HealthStatus.class);

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
    List<String> names = codec.decode(Fixtures.body("connectors"), JsonTypes.STRING_LIST);

    assertThat(names).containsExactly("fixture-source");
  }

  @Test
  void decode_expandedConnectors_readsStatusAndInfoPerName() {
    Map<String, ConnectorExpanded> expanded =
        codec.decode(
            Fixtures.body("connectors-expanded"),
            JsonTypes.mapOf(String.class, ConnectorExpanded.class));

    ConnectorExpanded source = expanded.get("fixture-source");
    assertThat(source.status().connector().state()).isEqualTo(State.RUNNING);
    assertThat(source.status().tasks()).extracting(TaskState::id).containsExactly(0);
    assertThat(source.info().config()).containsEntry("connector.class", "FileStreamSource");
    assertThat(source.info().tasks()).containsExactly(new TaskId("fixture-source", 0));
  }

  @Test
  void decode_expandedConnectors_withOneDeletedMidListing_givesItNullInfoAndStatus() {
    Map<String, ConnectorExpanded> expanded =
        codec.decode(
            ServerBodies.EXPANDED_WITH_VANISHED,
            JsonTypes.mapOf(String.class, ConnectorExpanded.class));

    assertThat(expanded.get("gone")).isEqualTo(new ConnectorExpanded(null, null));
  }

  @Test
  void decode_createdConnector_hasConfigInTheServersOrderTypeAndNoTasksYet() {
    ConnectorInfo info = codec.decode(Fixtures.body("connector-created"), ConnectorInfo.class);

    assertThat(info.name()).isEqualTo("fixture-source");
    assertThat(info.config())
        .containsExactly(
            entry("connector.class", "FileStreamSource"),
            entry("tasks.max", "1"),
            entry("file", Fixtures.text("connector-created", "config", "file")),
            entry("topic", "fixture-topic"),
            entry("name", "fixture-source"));
    assertThat(info.tasks()).isEmpty();
    assertThat(info.type()).isEqualTo(ConnectorType.SOURCE);
    assertThat(info.rawType()).isEqualTo("source");
  }

  @Test
  void decode_statusWithFailedTask_keepsTraceWorkerAndVersion() {
    String fixture = "connector-status-failed-task";
    ConnectorStatus status = codec.decode(Fixtures.body(fixture), ConnectorStatus.class);

    assertThat(status.connector())
        .isEqualTo(
            new ConnectorState(
                State.RUNNING,
                Fixtures.text(fixture, "connector", "worker_id"),
                null,
                Fixtures.text(fixture, "connector", "version")));
    TaskState task = status.tasks().get(0);
    assertThat(task.state()).isEqualTo(State.FAILED);
    assertThat(task.rawState()).isEqualTo("FAILED");
    assertThat(task.workerId()).isEqualTo(Fixtures.text(fixture, "tasks", 0, "worker_id"));
    assertThat(task.trace())
        .isEqualTo(Fixtures.text(fixture, "tasks", 0, "trace"))
        .startsWith(
            "org.apache.kafka.connect.errors.ConnectException: Couldn't find or create file")
        .contains("\n\tat ");
    assertThat(status.type()).isEqualTo(ConnectorType.SINK);
  }

  @Test
  void decode_statusFromKafka4_readsThePluginVersionOfConnectorAndTasks() {
    ConnectorStatus status = codec.decode(Fixtures.body("connector-status"), ConnectorStatus.class);

    String kafkaVersion = Fixtures.text("server-info", "version");
    assertThat(status.connector().state()).isEqualTo(State.RUNNING);
    assertThat(status.connector().version()).isEqualTo(kafkaVersion);
    assertThat(status.tasks()).extracting(TaskState::version).containsExactly(kafkaVersion);
    assertThat(status.type()).isEqualTo(ConnectorType.SOURCE);
  }

  @Test
  void decode_restartAccepted_showsRestartingStates() {
    ConnectorStatus status = codec.decode(Fixtures.body("restart-planned"), ConnectorStatus.class);

    assertThat(status.connector().state()).isEqualTo(State.RESTARTING);
    assertThat(status.tasks()).extracting(TaskState::state).containsExactly(State.RESTARTING);
  }

  @Test
  void decode_taskStatus_readsOneTask() {
    TaskState task = codec.decode(Fixtures.body("task-status"), TaskState.class);

    assertThat(task)
        .isEqualTo(
            new TaskState(
                0,
                State.RUNNING,
                Fixtures.text("task-status", "worker_id"),
                null,
                Fixtures.text("task-status", "version")));
  }

  @Test
  void decode_tasks_readsIdAndConfig() {
    List<TaskInfo> tasks =
        codec.decode(Fixtures.body("connector-tasks"), JsonTypes.listOf(TaskInfo.class));

    assertThat(tasks).hasSize(1);
    assertThat(tasks.get(0).id()).isEqualTo(new TaskId("fixture-source", 0));
    assertThat(tasks.get(0).config())
        .containsEntry("topic", "fixture-topic")
        .containsEntry("task.class", "org.apache.kafka.connect.file.FileStreamSourceTask");
  }

  @Test
  void decode_topics_givesNestedMapOfLists() {
    Map<String, Map<String, List<String>>> topics =
        codec.decode(
            Fixtures.body("connector-topics"),
            JsonTypes.mapOf(String.class, JsonTypes.mapOf(String.class, JsonTypes.STRING_LIST)));

    assertThat(topics.get("fixture-source").get("topics")).containsExactly("fixture-topic");
  }

  @Test
  void decode_sourceOffsets_keepsConnectorDefinedMaps() {
    ConnectorOffsets offsets =
        codec.decode(Fixtures.body("offsets-source"), ConnectorOffsets.class);

    assertThat(offsets.offsets()).hasSize(1);
    assertThat(offsets.offsets().get(0).partition())
        .containsExactly(entry("filename", Fixtures.text("connector-config", "file")));
    assertThat(offsets.offsets().get(0).offset().get("position"))
        .isInstanceOf(Long.class)
        .isEqualTo(
            ((Number) Fixtures.at("offsets-source", "offsets", 0, "offset", "position"))
                .longValue());
  }

  @Test
  void decode_sinkOffsets_readsIntegersAsLongs() {
    ConnectorOffsets offsets = codec.decode(Fixtures.body("offsets-sink"), ConnectorOffsets.class);

    Map<String, Object> partition = offsets.offsets().get(0).partition();
    assertThat(partition.get("kafka_partition")).isInstanceOf(Long.class).isEqualTo(0L);
    assertThat(partition.get("kafka_topic")).isEqualTo("fixture-topic");
    assertThat(offsets.offsets().get(0).offset().get("kafka_offset"))
        .isInstanceOf(Long.class)
        .isEqualTo(
            ((Number) Fixtures.at("offsets-sink", "offsets", 0, "offset", "kafka_offset"))
                .longValue());
  }

  @Test
  void decode_everyPluginOfARealWorker_hasAKnownTypeAndAVersion() {
    List<PluginInfo> plugins =
        codec.decode(Fixtures.body("plugins-all"), JsonTypes.listOf(PluginInfo.class));

    assertThat(plugins)
        .extracting(PluginInfo::type)
        .containsOnly(
            PluginType.SOURCE,
            PluginType.SINK,
            PluginType.CONVERTER,
            PluginType.HEADER_CONVERTER,
            PluginType.TRANSFORMATION,
            PluginType.PREDICATE);
    assertThat(plugins).extracting(PluginInfo::version).doesNotContainNull();
    assertThat(plugins)
        .filteredOn(
            plugin -> plugin.className().equals("org.apache.kafka.connect.transforms.Cast$Value"))
        .singleElement()
        .satisfies(plugin -> assertThat(plugin.rawType()).isEqualTo("transformation"));
  }

  @Test
  void decode_pluginsWithoutVersionOrOfAnUnknownType_keepNullAndRawType() {
    List<PluginInfo> plugins =
        codec.decode(
            ServerBodies.PLUGINS_WITHOUT_VERSION_OR_KNOWN_TYPE, JsonTypes.listOf(PluginInfo.class));

    assertThat(plugins)
        .extracting(PluginInfo::type)
        .containsExactly(PluginType.HEADER_CONVERTER, PluginType.UNKNOWN);
    assertThat(plugins.get(0).version()).isNull();
    assertThat(plugins.get(0).rawType()).isEqualTo("header_converter");
    assertThat(plugins.get(1).rawType()).isEqualTo("unknown");
  }

  @Test
  void decode_pluginConfig_readsOrderInGroupAndSnakeCaseNames() {
    List<ConfigKeyInfo> keys =
        codec.decode(Fixtures.body("plugin-config"), JsonTypes.listOf(ConfigKeyInfo.class));

    assertThat(keys)
        .contains(
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
    assertThat(keys)
        .filteredOn(key -> key.group() != null && key.group().equals("Common"))
        .extracting(ConfigKeyInfo::name, ConfigKeyInfo::order)
        .startsWith(
            tuple("name", 1),
            tuple("connector.class", 2),
            tuple("connector.plugin.version", 3),
            tuple("tasks.max", 4));
  }

  @Test
  void decode_pluginConfigOfA3xWorker_readsOrder() {
    List<ConfigKeyInfo> keys =
        codec.decode(ServerBodies.PLUGIN_CONFIG_3_X, JsonTypes.listOf(ConfigKeyInfo.class));

    assertThat(keys)
        .singleElement()
        .satisfies(
            key -> {
              assertThat(key.name()).isEqualTo("tasks.max");
              assertThat(key.order()).isEqualTo(3);
            });
  }

  @Test
  void decode_validationWithErrors_exposesErrorsByKey() {
    ConfigValidation validation =
        codec.decode(Fixtures.body("validate-errors"), ConfigValidation.class);

    assertThat(validation.name()).isEqualTo("FileStreamSource");
    assertThat(validation.errorCount()).isEqualTo(1);
    assertThat(validation.groups()).startsWith("Common", "Transforms");
    assertThat(validation.hasErrors()).isTrue();
    assertThat(validation.errorsByKey())
        .containsExactly(
            entry(
                "tasks.max",
                List.of("Invalid value 0 for configuration tasks.max: Value must be at least 1")));
    assertThat(validation.configs()).allSatisfy(info -> assertThat(info.definition()).isNotNull());
    assertThat(validation.configs())
        .filteredOn(info -> info.name().equals("tasks.max"))
        .singleElement()
        .satisfies(
            info -> {
              assertThat(info.definition().order()).isEqualTo(4);
              assertThat(info.value().value()).isEqualTo("0");
            });
    assertThat(validation.configs())
        .filteredOn(info -> info.name().equals("transaction.boundary.interval.ms"))
        .singleElement()
        .satisfies(info -> assertThat(info.value().value()).isNull());
  }

  @Test
  void decode_validationOfAKeyInNoConfigDef_hasANullDefinition() {
    ConfigValidation validation =
        codec.decode(ServerBodies.VALIDATION_WITH_NULL_DEFINITION, ConfigValidation.class);

    assertThat(validation.errorsByKey())
        .containsExactly(
            entry(
                "name",
                List.of("Missing required configuration \"name\" which has no default value.")));
    assertThat(validation.configs().get(0).value().value()).isNull();
    assertThat(validation.configs().get(1).definition()).isNull();
    assertThat(validation.configs().get(1).name()).isEqualTo("custom.key");
  }

  @Test
  void decode_loggers_readsEveryLoggerWithANullLastModified() {
    Map<String, LoggerLevel> loggers =
        codec.decode(Fixtures.body("loggers"), JsonTypes.mapOf(String.class, LoggerLevel.class));

    assertThat(loggers).hasSize(((Map<?, ?>) Fixtures.at("loggers")).size());
    assertThat(loggers.get("root")).isEqualTo(new LoggerLevel("INFO", null));
    assertThat(loggers.get("root").lastModifiedAt()).isEmpty();
  }

  @Test
  void decode_loggersAfterALevelWasSet_readsNumericLastModified() {
    Map<String, LoggerLevel> loggers =
        codec.decode(
            ServerBodies.LOGGERS_MODIFIED, JsonTypes.mapOf(String.class, LoggerLevel.class));

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
    List<String> changed = codec.decode(Fixtures.body("logger-set"), JsonTypes.STRING_LIST);

    assertThat(changed)
        .contains("org.apache.kafka.connect.file")
        .hasSize(((List<?>) Fixtures.at("logger-set")).size());
  }

  @Test
  void decode_fromSourceWithTrailingWhitespace_readsTheValue() throws IOException {
    Buffer source = new Buffer().writeUtf8(Fixtures.body("task-status") + "  \r\n\t ");

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
    Object value = codec.decode(Fixtures.body("connectors-expanded"), Object.class);

    Map<String, ConnectorExpanded> expanded =
        codec.convert(value, JsonTypes.mapOf(String.class, ConnectorExpanded.class));

    assertThat(expanded.get("fixture-source").info().type()).isEqualTo(ConnectorType.SOURCE);
  }
}
