package io.github.connectclient.internal.http;

import static io.github.connectclient.internal.http.RetryClass.IDEMPOTENT;
import static io.github.connectclient.internal.http.RetryClass.NON_IDEMPOTENT;
import static io.github.connectclient.internal.http.RetryClass.SAFE;
import static io.github.connectclient.internal.http.Subject.CONNECTOR;
import static io.github.connectclient.internal.http.Subject.LOGGER;
import static io.github.connectclient.internal.http.Subject.NONE;
import static io.github.connectclient.internal.http.Subject.PLUGIN;
import static io.github.connectclient.internal.http.Subject.TASK;

import com.squareup.moshi.Types;
import io.github.connectclient.model.ConfigKeyInfo;
import io.github.connectclient.model.ConfigUpdate;
import io.github.connectclient.model.ConfigValidation;
import io.github.connectclient.model.ConnectorExpanded;
import io.github.connectclient.model.ConnectorInfo;
import io.github.connectclient.model.ConnectorOffsets;
import io.github.connectclient.model.ConnectorStatus;
import io.github.connectclient.model.HealthStatus;
import io.github.connectclient.model.LoggerLevel;
import io.github.connectclient.model.PluginInfo;
import io.github.connectclient.model.ServerInfo;
import io.github.connectclient.model.TaskInfo;
import io.github.connectclient.model.TaskState;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every REST operation of Kafka Connect, described once (API reference §4 and §9). The sync and
 * async clients both call these; adding an endpoint is one entry here and one method per client.
 */
public final class Endpoints {

  private Endpoints() {}

  public static final Endpoint<ServerInfo> SERVER_INFO =
      Endpoint.of("getServerInfo", "GET", "/", SAFE, NONE, "0.10.0", Readers.json(ServerInfo.class));

  public static final Endpoint<HealthStatus> HEALTH =
      Endpoint.of("getHealth", "GET", "/health", SAFE, NONE, "3.9.0", Readers.json(HealthStatus.class))
          .acceptingStatuses(500, 503);

  public static final Endpoint<List<String>> LIST_CONNECTORS =
      Endpoint.of("listConnectors", "GET", "/connectors", SAFE, NONE, "0.10.0",
          Readers.json(Types.newParameterizedType(List.class, String.class)));

  public static final Endpoint<Map<String, ConnectorExpanded>> LIST_CONNECTORS_EXPANDED =
      Endpoint.of("listConnectorsExpanded", "GET", "/connectors", SAFE, NONE, "2.3.0",
          Readers.json(Types.newParameterizedType(Map.class, String.class, ConnectorExpanded.class)));

  public static final Endpoint<ConnectorInfo> CREATE_CONNECTOR =
      Endpoint.of("createConnector", "POST", "/connectors", NON_IDEMPOTENT, NONE, "0.10.0",
          Readers.json(ConnectorInfo.class));

  public static final Endpoint<ConfigUpdate> PUT_CONNECTOR_CONFIG =
      Endpoint.of("putConnectorConfig", "PUT", "/connectors/{connector}/config", IDEMPOTENT,
          CONNECTOR, "0.10.0", Readers.configUpdate());

  public static final Endpoint<ConnectorInfo> PATCH_CONNECTOR_CONFIG =
      Endpoint.of("patchConnectorConfig", "PATCH", "/connectors/{connector}/config", IDEMPOTENT,
          CONNECTOR, "3.8.0", Readers.json(ConnectorInfo.class));

  public static final Endpoint<ConnectorInfo> GET_CONNECTOR =
      Endpoint.of("getConnector", "GET", "/connectors/{connector}", SAFE, CONNECTOR, "0.10.0",
          Readers.json(ConnectorInfo.class));

  public static final Endpoint<Map<String, String>> GET_CONNECTOR_CONFIG =
      Endpoint.of("getConnectorConfig", "GET", "/connectors/{connector}/config", SAFE, CONNECTOR,
          "0.10.0", Readers.config());

  public static final Endpoint<ConnectorStatus> GET_CONNECTOR_STATUS =
      Endpoint.of("getConnectorStatus", "GET", "/connectors/{connector}/status", SAFE, CONNECTOR,
          "0.10.0", Readers.json(ConnectorStatus.class));

  public static final Endpoint<List<TaskInfo>> GET_CONNECTOR_TASKS =
      Endpoint.of("getConnectorTasks", "GET", "/connectors/{connector}/tasks", SAFE, CONNECTOR,
          "0.10.0", Readers.json(Types.newParameterizedType(List.class, TaskInfo.class)));

  public static final Endpoint<TaskState> GET_TASK_STATUS =
      Endpoint.of("getTaskStatus", "GET", "/connectors/{connector}/tasks/{task}/status", SAFE, TASK,
          "0.10.0", Readers.json(TaskState.class));

  public static final Endpoint<Void> RESTART_CONNECTOR =
      Endpoint.of("restartConnector", "POST", "/connectors/{connector}/restart", IDEMPOTENT,
          CONNECTOR, "0.10.0", Readers.none());

  public static final Endpoint<Optional<ConnectorStatus>> RESTART_CONNECTOR_WITH_OPTIONS =
      Endpoint.of("restartConnector", "POST", "/connectors/{connector}/restart", IDEMPOTENT,
          CONNECTOR, "3.0.0", Readers.restartStatus());

  public static final Endpoint<Void> RESTART_TASK =
      Endpoint.of("restartTask", "POST", "/connectors/{connector}/tasks/{task}/restart", IDEMPOTENT,
          TASK, "0.10.0", Readers.none());

  public static final Endpoint<Void> PAUSE_CONNECTOR =
      Endpoint.of("pauseConnector", "PUT", "/connectors/{connector}/pause", IDEMPOTENT, CONNECTOR,
          "0.10.0", Readers.none());

  public static final Endpoint<Void> RESUME_CONNECTOR =
      Endpoint.of("resumeConnector", "PUT", "/connectors/{connector}/resume", IDEMPOTENT, CONNECTOR,
          "0.10.0", Readers.none());

  public static final Endpoint<Void> STOP_CONNECTOR =
      Endpoint.of("stopConnector", "PUT", "/connectors/{connector}/stop", IDEMPOTENT, CONNECTOR,
          "3.5.0", Readers.none());

  public static final Endpoint<Void> DELETE_CONNECTOR =
      Endpoint.of("deleteConnector", "DELETE", "/connectors/{connector}", IDEMPOTENT, CONNECTOR,
          "0.10.0", Readers.none());

  public static final Endpoint<List<String>> GET_CONNECTOR_TOPICS =
      Endpoint.of("getConnectorTopics", "GET", "/connectors/{connector}/topics", SAFE, NONE,
          "2.5.0", Readers.topics());

  public static final Endpoint<Void> RESET_CONNECTOR_TOPICS =
      Endpoint.of("resetConnectorTopics", "PUT", "/connectors/{connector}/topics/reset", IDEMPOTENT,
          NONE, "2.5.0", Readers.none());

  public static final Endpoint<ConnectorOffsets> GET_CONNECTOR_OFFSETS =
      Endpoint.of("getConnectorOffsets", "GET", "/connectors/{connector}/offsets", SAFE, CONNECTOR,
          "3.5.0", Readers.json(ConnectorOffsets.class));

  public static final Endpoint<String> ALTER_CONNECTOR_OFFSETS =
      Endpoint.of("alterConnectorOffsets", "PATCH", "/connectors/{connector}/offsets", IDEMPOTENT,
          CONNECTOR, "3.6.0", Readers.message());

  public static final Endpoint<String> RESET_CONNECTOR_OFFSETS =
      Endpoint.of("resetConnectorOffsets", "DELETE", "/connectors/{connector}/offsets", IDEMPOTENT,
          CONNECTOR, "3.6.0", Readers.message());

  public static final Endpoint<List<PluginInfo>> LIST_CONNECTOR_PLUGINS =
      Endpoint.of("listConnectorPlugins", "GET", "/connector-plugins", SAFE, NONE, "0.10.0",
          Readers.json(Types.newParameterizedType(List.class, PluginInfo.class)));

  public static final Endpoint<List<PluginInfo>> LIST_PLUGINS =
      Endpoint.of("listPlugins", "GET", "/connector-plugins", SAFE, NONE, "3.2.0",
          Readers.json(Types.newParameterizedType(List.class, PluginInfo.class)));

  public static final Endpoint<List<ConfigKeyInfo>> GET_PLUGIN_CONFIG =
      Endpoint.of("getPluginConfig", "GET", "/connector-plugins/{plugin}/config", SAFE, PLUGIN,
          "3.2.0", Readers.json(Types.newParameterizedType(List.class, ConfigKeyInfo.class)));

  public static final Endpoint<ConfigValidation> VALIDATE_CONNECTOR_CONFIG =
      Endpoint.of("validateConnectorConfig", "PUT", "/connector-plugins/{plugin}/config/validate",
          SAFE, PLUGIN, "0.10.0", Readers.json(ConfigValidation.class));

  public static final Endpoint<Map<String, LoggerLevel>> LIST_LOGGERS =
      Endpoint.of("listLoggers", "GET", "/admin/loggers", SAFE, NONE, "2.4.0",
          Readers.json(Types.newParameterizedType(Map.class, String.class, LoggerLevel.class)));

  public static final Endpoint<LoggerLevel> GET_LOGGER =
      Endpoint.of("getLogger", "GET", "/admin/loggers/{logger}", SAFE, LOGGER, "2.4.0",
          Readers.json(LoggerLevel.class));

  public static final Endpoint<List<String>> SET_LOGGER_LEVEL =
      Endpoint.of("setLoggerLevel", "PUT", "/admin/loggers/{logger}", IDEMPOTENT, LOGGER, "2.4.0",
          Readers.json(Types.newParameterizedType(List.class, String.class)));

  public static final Endpoint<Void> SET_CLUSTER_LOGGER_LEVEL =
      Endpoint.of("setClusterLoggerLevel", "PUT", "/admin/loggers/{logger}", IDEMPOTENT, LOGGER,
          "3.7.0", Readers.none());

  /** Every endpoint, for tests and docs. */
  public static final List<Endpoint<?>> ALL = List.of(
      SERVER_INFO, HEALTH, LIST_CONNECTORS, LIST_CONNECTORS_EXPANDED, CREATE_CONNECTOR,
      PUT_CONNECTOR_CONFIG, PATCH_CONNECTOR_CONFIG, GET_CONNECTOR, GET_CONNECTOR_CONFIG,
      GET_CONNECTOR_STATUS, GET_CONNECTOR_TASKS, GET_TASK_STATUS, RESTART_CONNECTOR,
      RESTART_CONNECTOR_WITH_OPTIONS, RESTART_TASK, PAUSE_CONNECTOR, RESUME_CONNECTOR,
      STOP_CONNECTOR, DELETE_CONNECTOR, GET_CONNECTOR_TOPICS, RESET_CONNECTOR_TOPICS,
      GET_CONNECTOR_OFFSETS, ALTER_CONNECTOR_OFFSETS, RESET_CONNECTOR_OFFSETS,
      LIST_CONNECTOR_PLUGINS, LIST_PLUGINS, GET_PLUGIN_CONFIG, VALIDATE_CONNECTOR_CONFIG,
      LIST_LOGGERS, GET_LOGGER, SET_LOGGER_LEVEL, SET_CLUSTER_LOGGER_LEVEL);
}
