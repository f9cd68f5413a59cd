package io.github.connectclient.internal.http;

import com.squareup.moshi.Types;
import io.github.connectclient.internal.json.JsonCodec;
import io.github.connectclient.model.ConfigKeyInfo;
import io.github.connectclient.model.ConfigUpdate;
import io.github.connectclient.model.ConfigValidation;
import io.github.connectclient.model.ConnectorExpanded;
import io.github.connectclient.model.ConnectorInfo;
import io.github.connectclient.model.ConnectorOffsets;
import io.github.connectclient.model.ConnectorStatus;
import io.github.connectclient.model.HealthStatus;
import io.github.connectclient.model.LoggerLevel;
import io.github.connectclient.model.NewConnector;
import io.github.connectclient.model.PluginInfo;
import io.github.connectclient.model.RestartOptions;
import io.github.connectclient.model.ServerInfo;
import io.github.connectclient.model.TaskInfo;
import io.github.connectclient.model.TaskState;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the {@link ApiCall} of every client method: checks the arguments, fills the path,
 * query and body. The sync and async clients differ only in how they execute the result.
 */
public final class Calls {

  private static final Type STRING_MAP = Types.newParameterizedType(Map.class, String.class, String.class);

  private final JsonCodec codec;
  private final ConnectorNamePolicy names;

  /** Calls that encode bodies with {@code codec} and refuse unsafe connector names. */
  public Calls(JsonCodec codec) {
    this(codec, ConnectorNamePolicy.REFUSE_UNSAFE);
  }

  /** Calls that encode bodies with {@code codec} and check connector names with {@code names}. */
  public Calls(JsonCodec codec, ConnectorNamePolicy names) {
    this.codec = codec;
    this.names = Arguments.notNull(names, "names");
  }

  /** The calls of {@code transport}: its codec and its connector name policy. */
  public static Calls of(Transport transport) {
    return new Calls(transport.codec(), transport.config().connectorNamePolicy());
  }

  /** {@code name} checked as a connector name under this instance's policy. */
  public String connectorName(String name) {
    return Arguments.connectorName(name, "name", names);
  }

  public ApiCall<ServerInfo> getServerInfo() {
    return Endpoints.SERVER_INFO.call();
  }

  public ApiCall<HealthStatus> getHealth() {
    return Endpoints.HEALTH.call();
  }

  public ApiCall<List<String>> listConnectors() {
    return Endpoints.LIST_CONNECTORS.call();
  }

  public ApiCall<Map<String, ConnectorExpanded>> listConnectorsExpanded() {
    return Endpoints.LIST_CONNECTORS_EXPANDED.call().query("expand", "status").query("expand", "info");
  }

  public ApiCall<ConnectorInfo> createConnector(NewConnector request) {
    Arguments.notNull(request, "request");
    connectorName(request.name());
    Arguments.config(request.config());
    return Endpoints.CREATE_CONNECTOR.call().body(codec.encode(request, NewConnector.class))
        .secrets(request.config());
  }

  public ApiCall<ConnectorInfo> createConnector(String name, Map<String, String> config) {
    connectorName(name);
    Arguments.config(config);
    return createConnector(new NewConnector(name, config, null));
  }

  public ApiCall<ConfigUpdate> putConnectorConfig(String name, Map<String, String> config) {
    return Endpoints.PUT_CONNECTOR_CONFIG.call(connectorName(name))
        .body(codec.encode(Arguments.config(config), STRING_MAP))
        .secrets(config);
  }

  public ApiCall<ConnectorInfo> patchConnectorConfig(String name, Map<String, String> patch) {
    return Endpoints.PATCH_CONNECTOR_CONFIG.call(connectorName(name))
        .body(codec.encode(Arguments.patch(patch), STRING_MAP))
        .secrets(patch);
  }

  public ApiCall<ConnectorInfo> getConnector(String name) {
    return Endpoints.GET_CONNECTOR.call(connectorName(name));
  }

  public ApiCall<Map<String, String>> getConnectorConfig(String name) {
    return Endpoints.GET_CONNECTOR_CONFIG.call(connectorName(name));
  }

  public ApiCall<ConnectorStatus> getConnectorStatus(String name) {
    return Endpoints.GET_CONNECTOR_STATUS.call(connectorName(name));
  }

  public ApiCall<List<TaskInfo>> getConnectorTasks(String name) {
    return Endpoints.GET_CONNECTOR_TASKS.call(connectorName(name));
  }

  public ApiCall<TaskState> getTaskStatus(String name, int taskId) {
    return Endpoints.GET_TASK_STATUS.call(connectorName(name), Arguments.taskId(taskId));
  }

  public ApiCall<Void> restartConnector(String name) {
    return Endpoints.RESTART_CONNECTOR.call(connectorName(name));
  }

  public ApiCall<Optional<ConnectorStatus>> restartConnector(String name, RestartOptions options) {
    Arguments.notNull(options, "options");
    return Endpoints.RESTART_CONNECTOR_WITH_OPTIONS.call(connectorName(name))
        .query("includeTasks", Boolean.toString(options.includeTasks()))
        .query("onlyFailed", Boolean.toString(options.onlyFailed()));
  }

  public ApiCall<Void> restartTask(String name, int taskId) {
    return Endpoints.RESTART_TASK.call(connectorName(name), Arguments.taskId(taskId));
  }

  public ApiCall<Void> pauseConnector(String name) {
    return Endpoints.PAUSE_CONNECTOR.call(connectorName(name));
  }

  public ApiCall<Void> resumeConnector(String name) {
    return Endpoints.RESUME_CONNECTOR.call(connectorName(name));
  }

  public ApiCall<Void> stopConnector(String name) {
    return Endpoints.STOP_CONNECTOR.call(connectorName(name));
  }

  public ApiCall<Void> deleteConnector(String name) {
    return Endpoints.DELETE_CONNECTOR.call(connectorName(name));
  }

  public ApiCall<List<String>> getConnectorTopics(String name) {
    return Endpoints.GET_CONNECTOR_TOPICS.call(connectorName(name));
  }

  public ApiCall<Void> resetConnectorTopics(String name) {
    return Endpoints.RESET_CONNECTOR_TOPICS.call(connectorName(name));
  }

  public ApiCall<ConnectorOffsets> getConnectorOffsets(String name) {
    return Endpoints.GET_CONNECTOR_OFFSETS.call(connectorName(name));
  }

  public ApiCall<String> alterConnectorOffsets(String name, ConnectorOffsets offsets) {
    Arguments.notNull(offsets, "offsets");
    if (offsets.offsets().isEmpty()) {
      throw new IllegalArgumentException("offsets must list at least one partition");
    }
    return Endpoints.ALTER_CONNECTOR_OFFSETS.call(connectorName(name))
        .body(codec.encode(offsets, ConnectorOffsets.class));
  }

  public ApiCall<String> resetConnectorOffsets(String name) {
    return Endpoints.RESET_CONNECTOR_OFFSETS.call(connectorName(name));
  }

  public ApiCall<List<PluginInfo>> listConnectorPlugins() {
    return Endpoints.LIST_CONNECTOR_PLUGINS.call();
  }

  public ApiCall<List<PluginInfo>> listPlugins() {
    return Endpoints.LIST_PLUGINS.call().query("connectorsOnly", "false");
  }

  public ApiCall<List<ConfigKeyInfo>> getPluginConfig(String pluginClass) {
    return Endpoints.GET_PLUGIN_CONFIG.call(Arguments.pluginClass(pluginClass));
  }

  public ApiCall<ConfigValidation> validateConnectorConfig(String pluginClass, Map<String, String> config) {
    return Endpoints.VALIDATE_CONNECTOR_CONFIG.call(Arguments.pluginClass(pluginClass))
        .body(codec.encode(Arguments.config(config), STRING_MAP))
        .secrets(config);
  }

  public ApiCall<Map<String, LoggerLevel>> listLoggers() {
    return Endpoints.LIST_LOGGERS.call();
  }

  public ApiCall<LoggerLevel> getLogger(String name) {
    return Endpoints.GET_LOGGER.call(Arguments.loggerName(name));
  }

  public ApiCall<List<String>> setLoggerLevel(String name, String level) {
    return Endpoints.SET_LOGGER_LEVEL.call(Arguments.loggerName(name)).body(levelBody(level));
  }

  public ApiCall<Void> setClusterLoggerLevel(String name, String level) {
    return Endpoints.SET_CLUSTER_LOGGER_LEVEL.call(Arguments.loggerName(name))
        .query("scope", "cluster")
        .body(levelBody(level));
  }

  private byte[] levelBody(String level) {
    return codec.encode(Map.of("level", Arguments.level(level)), STRING_MAP);
  }
}
