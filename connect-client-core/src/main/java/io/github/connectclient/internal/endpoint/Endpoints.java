package io.github.connectclient.internal.endpoint;

import static io.github.connectclient.internal.endpoint.Endpoint.delete;
import static io.github.connectclient.internal.endpoint.Endpoint.get;
import static io.github.connectclient.internal.endpoint.Endpoint.patch;
import static io.github.connectclient.internal.endpoint.Endpoint.post;
import static io.github.connectclient.internal.endpoint.Endpoint.put;
import static io.github.connectclient.internal.endpoint.Readers.json;
import static io.github.connectclient.internal.endpoint.Readers.listOf;
import static io.github.connectclient.internal.endpoint.Readers.mapOf;
import static io.github.connectclient.internal.endpoint.Readers.none;
import static io.github.connectclient.internal.endpoint.RetryClass.IDEMPOTENT;
import static io.github.connectclient.internal.endpoint.RetryClass.SAFE;
import static io.github.connectclient.internal.endpoint.Subject.CONNECTOR;
import static io.github.connectclient.internal.endpoint.Subject.LOGGER;
import static io.github.connectclient.internal.endpoint.Subject.PLUGIN;
import static io.github.connectclient.internal.endpoint.Subject.TASK;

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
 * Every REST operation of Kafka Connect, described once (API reference §4 and §9). Both clients
 * call {@code transport.execute(Endpoints.X.call(arguments))}, or a call {@link EndpointCalls}
 * builds from arguments that set options; adding an endpoint is one entry here and one method in
 * each client interface and implementation (docs/architecture.md).
 */
public final class Endpoints {

  private Endpoints() {}

  public static final Endpoint<ServerInfo> SERVER_INFO =
      get("getServerInfo", "/").reads(json(ServerInfo.class));

  public static final Endpoint<HealthStatus> HEALTH =
      get("getHealth", "/health")
          .since("3.9.0")
          .alsoAccepting(500, 503)
          .reads(json(HealthStatus.class));

  public static final Endpoint<List<String>> LIST_CONNECTORS =
      get("listConnectors", "/connectors").reads(listOf(String.class));

  public static final Endpoint<Map<String, ConnectorExpanded>> LIST_CONNECTORS_EXPANDED =
      get("listConnectorsExpanded", "/connectors")
          .query("expand", "status")
          .query("expand", "info")
          .requires(Features.EXPAND)
          .reads(mapOf(ConnectorExpanded.class));

  public static final Endpoint<ConnectorInfo> CREATE_CONNECTOR =
      post("createConnector", "/connectors")
          .body(Body.NEW_CONNECTOR)
          .recovery(Recovery.READ_BACK_CREATED_CONNECTOR)
          .reads(json(ConnectorInfo.class));

  public static final Endpoint<ConfigUpdate> PUT_CONNECTOR_CONFIG =
      put("putConnectorConfig", "/connectors/{connector}/config")
          .about(CONNECTOR)
          .body(Body.CONFIG)
          .reads(Readers.configUpdate());

  public static final Endpoint<ConnectorInfo> PATCH_CONNECTOR_CONFIG =
      patch("patchConnectorConfig", "/connectors/{connector}/config")
          .about(CONNECTOR)
          .since("3.8.0")
          .body(Body.PATCH)
          .reads(json(ConnectorInfo.class));

  public static final Endpoint<ConnectorInfo> GET_CONNECTOR =
      get("getConnector", "/connectors/{connector}")
          .about(CONNECTOR)
          .reads(json(ConnectorInfo.class));

  public static final Endpoint<Map<String, String>> GET_CONNECTOR_CONFIG =
      get("getConnectorConfig", "/connectors/{connector}/config")
          .about(CONNECTOR)
          .reads(Readers.config());

  public static final Endpoint<ConnectorStatus> GET_CONNECTOR_STATUS =
      get("getConnectorStatus", "/connectors/{connector}/status")
          .about(CONNECTOR)
          .reads(json(ConnectorStatus.class));

  public static final Endpoint<List<TaskInfo>> GET_CONNECTOR_TASKS =
      get("getConnectorTasks", "/connectors/{connector}/tasks")
          .about(CONNECTOR)
          .reads(listOf(TaskInfo.class));

  public static final Endpoint<TaskState> GET_TASK_STATUS =
      get("getTaskStatus", "/connectors/{connector}/tasks/{task}/status")
          .about(TASK)
          .reads(json(TaskState.class));

  public static final Endpoint<Void> RESTART_CONNECTOR =
      post("restartConnector", "/connectors/{connector}/restart")
          .about(CONNECTOR)
          .retry(IDEMPOTENT)
          .reads(none());

  public static final Endpoint<Optional<ConnectorStatus>> RESTART_CONNECTOR_WITH_OPTIONS =
      post("restartConnector", "/connectors/{connector}/restart")
          .about(CONNECTOR)
          .retry(IDEMPOTENT)
          .reads(Readers.restartStatus());

  public static final Endpoint<Void> RESTART_TASK =
      post("restartTask", "/connectors/{connector}/tasks/{task}/restart")
          .about(TASK)
          .retry(IDEMPOTENT)
          .reads(none());

  public static final Endpoint<Void> PAUSE_CONNECTOR =
      put("pauseConnector", "/connectors/{connector}/pause").about(CONNECTOR).reads(none());

  public static final Endpoint<Void> RESUME_CONNECTOR =
      put("resumeConnector", "/connectors/{connector}/resume").about(CONNECTOR).reads(none());

  public static final Endpoint<Void> STOP_CONNECTOR =
      put("stopConnector", "/connectors/{connector}/stop")
          .about(CONNECTOR)
          .since("3.5.0")
          .reads(none());

  public static final Endpoint<Void> DELETE_CONNECTOR =
      delete("deleteConnector", "/connectors/{connector}")
          .about(CONNECTOR)
          .recovery(Recovery.NOT_FOUND_AFTER_APPLIED_IS_DONE)
          .reads(none());

  public static final Endpoint<List<String>> GET_CONNECTOR_TOPICS =
      get("getConnectorTopics", "/connectors/{connector}/topics")
          .since("2.5.0")
          .reads(Readers.topics());

  public static final Endpoint<Void> RESET_CONNECTOR_TOPICS =
      put("resetConnectorTopics", "/connectors/{connector}/topics/reset")
          .since("2.5.0")
          .reads(none());

  public static final Endpoint<ConnectorOffsets> GET_CONNECTOR_OFFSETS =
      get("getConnectorOffsets", "/connectors/{connector}/offsets")
          .about(CONNECTOR)
          .since("3.5.0")
          .reads(json(ConnectorOffsets.class));

  public static final Endpoint<String> ALTER_CONNECTOR_OFFSETS =
      patch("alterConnectorOffsets", "/connectors/{connector}/offsets")
          .about(CONNECTOR)
          .since("3.6.0")
          .body(Body.OFFSETS)
          .reads(Readers.message());

  public static final Endpoint<String> RESET_CONNECTOR_OFFSETS =
      delete("resetConnectorOffsets", "/connectors/{connector}/offsets")
          .about(CONNECTOR)
          .since("3.6.0")
          .reads(Readers.message());

  public static final Endpoint<List<PluginInfo>> LIST_CONNECTOR_PLUGINS =
      get("listConnectorPlugins", "/connector-plugins").reads(listOf(PluginInfo.class));

  public static final Endpoint<List<PluginInfo>> LIST_PLUGINS =
      get("listPlugins", "/connector-plugins")
          .query("connectorsOnly", "false")
          .requires(Features.ALL_PLUGIN_KINDS)
          .reads(listOf(PluginInfo.class));

  public static final Endpoint<List<ConfigKeyInfo>> GET_PLUGIN_CONFIG =
      get("getPluginConfig", "/connector-plugins/{plugin}/config")
          .about(PLUGIN)
          .since("3.2.0")
          .reads(listOf(ConfigKeyInfo.class));

  public static final Endpoint<ConfigValidation> VALIDATE_CONNECTOR_CONFIG =
      put("validateConnectorConfig", "/connector-plugins/{plugin}/config/validate")
          .about(PLUGIN)
          .retry(SAFE)
          .timeout(TimeoutKind.VALIDATE)
          .body(Body.CONFIG)
          .reads(json(ConfigValidation.class));

  public static final Endpoint<Map<String, LoggerLevel>> LIST_LOGGERS =
      get("listLoggers", "/admin/loggers").since("2.4.0").reads(mapOf(LoggerLevel.class));

  public static final Endpoint<LoggerLevel> GET_LOGGER =
      get("getLogger", "/admin/loggers/{logger}")
          .about(LOGGER)
          .since("2.4.0")
          .reads(json(LoggerLevel.class));

  public static final Endpoint<List<String>> SET_LOGGER_LEVEL =
      put("setLoggerLevel", "/admin/loggers/{logger}")
          .about(LOGGER)
          .since("2.4.0")
          .body(Body.LOGGER_LEVEL)
          .reads(listOf(String.class));

  public static final Endpoint<Void> SET_CLUSTER_LOGGER_LEVEL =
      put("setClusterLoggerLevel", "/admin/loggers/{logger}")
          .about(LOGGER)
          .since("2.4.0")
          .query("scope", "cluster")
          .requires(Features.CLUSTER_LOGGER_SCOPE)
          .body(Body.LOGGER_LEVEL)
          .reads(none());

  /** Every endpoint, for tests and docs. */
  public static final List<Endpoint<?>> ALL =
      List.of(
          SERVER_INFO,
          HEALTH,
          LIST_CONNECTORS,
          LIST_CONNECTORS_EXPANDED,
          CREATE_CONNECTOR,
          PUT_CONNECTOR_CONFIG,
          PATCH_CONNECTOR_CONFIG,
          GET_CONNECTOR,
          GET_CONNECTOR_CONFIG,
          GET_CONNECTOR_STATUS,
          GET_CONNECTOR_TASKS,
          GET_TASK_STATUS,
          RESTART_CONNECTOR,
          RESTART_CONNECTOR_WITH_OPTIONS,
          RESTART_TASK,
          PAUSE_CONNECTOR,
          RESUME_CONNECTOR,
          STOP_CONNECTOR,
          DELETE_CONNECTOR,
          GET_CONNECTOR_TOPICS,
          RESET_CONNECTOR_TOPICS,
          GET_CONNECTOR_OFFSETS,
          ALTER_CONNECTOR_OFFSETS,
          RESET_CONNECTOR_OFFSETS,
          LIST_CONNECTOR_PLUGINS,
          LIST_PLUGINS,
          GET_PLUGIN_CONFIG,
          VALIDATE_CONNECTOR_CONFIG,
          LIST_LOGGERS,
          GET_LOGGER,
          SET_LOGGER_LEVEL,
          SET_CLUSTER_LOGGER_LEVEL);
}
