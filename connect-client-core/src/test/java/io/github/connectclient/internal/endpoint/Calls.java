package io.github.connectclient.internal.endpoint;

import io.github.connectclient.RawRequest;
import io.github.connectclient.RawResponse;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@link ApiCall} of every {@code ConnectClient} method (same name, same parameters), built
 * exactly as the clients build it, so that tests can send it through the transport's blocking or
 * asynchronous executor.
 */
public final class Calls {

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
    return Endpoints.LIST_CONNECTORS_EXPANDED.call();
  }

  public ApiCall<ConnectorInfo> createConnector(NewConnector request) {
    return Endpoints.CREATE_CONNECTOR.call().body(request);
  }

  public ApiCall<ConnectorInfo> createConnector(String name, Map<String, String> config) {
    return EndpointCalls.createConnector(name, config);
  }

  public ApiCall<ConfigUpdate> putConnectorConfig(String name, Map<String, String> config) {
    return Endpoints.PUT_CONNECTOR_CONFIG.call(name).body(config);
  }

  public ApiCall<ConnectorInfo> patchConnectorConfig(String name, Map<String, String> patch) {
    return Endpoints.PATCH_CONNECTOR_CONFIG.call(name).body(patch);
  }

  public ApiCall<ConnectorInfo> getConnector(String name) {
    return Endpoints.GET_CONNECTOR.call(name);
  }

  public ApiCall<Map<String, String>> getConnectorConfig(String name) {
    return Endpoints.GET_CONNECTOR_CONFIG.call(name);
  }

  public ApiCall<ConnectorStatus> getConnectorStatus(String name) {
    return Endpoints.GET_CONNECTOR_STATUS.call(name);
  }

  public ApiCall<List<TaskInfo>> getConnectorTasks(String name) {
    return Endpoints.GET_CONNECTOR_TASKS.call(name);
  }

  public ApiCall<TaskState> getTaskStatus(String name, int taskId) {
    return Endpoints.GET_TASK_STATUS.call(name, taskId);
  }

  public ApiCall<Void> restartConnector(String name) {
    return Endpoints.RESTART_CONNECTOR.call(name);
  }

  public ApiCall<Optional<ConnectorStatus>> restartConnector(String name, RestartOptions options) {
    return EndpointCalls.restartConnector(name, options);
  }

  public ApiCall<Void> restartTask(String name, int taskId) {
    return Endpoints.RESTART_TASK.call(name, taskId);
  }

  public ApiCall<Void> pauseConnector(String name) {
    return Endpoints.PAUSE_CONNECTOR.call(name);
  }

  public ApiCall<Void> resumeConnector(String name) {
    return Endpoints.RESUME_CONNECTOR.call(name);
  }

  public ApiCall<Void> stopConnector(String name) {
    return Endpoints.STOP_CONNECTOR.call(name);
  }

  public ApiCall<Void> deleteConnector(String name) {
    return Endpoints.DELETE_CONNECTOR.call(name);
  }

  public ApiCall<List<String>> getConnectorTopics(String name) {
    return Endpoints.GET_CONNECTOR_TOPICS.call(name);
  }

  public ApiCall<Void> resetConnectorTopics(String name) {
    return Endpoints.RESET_CONNECTOR_TOPICS.call(name);
  }

  public ApiCall<ConnectorOffsets> getConnectorOffsets(String name) {
    return Endpoints.GET_CONNECTOR_OFFSETS.call(name);
  }

  public ApiCall<String> alterConnectorOffsets(String name, ConnectorOffsets offsets) {
    return Endpoints.ALTER_CONNECTOR_OFFSETS.call(name).body(offsets);
  }

  public ApiCall<String> resetConnectorOffsets(String name) {
    return Endpoints.RESET_CONNECTOR_OFFSETS.call(name);
  }

  public ApiCall<List<PluginInfo>> listConnectorPlugins() {
    return Endpoints.LIST_CONNECTOR_PLUGINS.call();
  }

  public ApiCall<List<PluginInfo>> listPlugins() {
    return Endpoints.LIST_PLUGINS.call();
  }

  public ApiCall<List<ConfigKeyInfo>> getPluginConfig(String pluginClass) {
    return Endpoints.GET_PLUGIN_CONFIG.call(pluginClass);
  }

  public ApiCall<List<ConfigKeyInfo>> getPluginConfig(String pluginClass, String version) {
    return EndpointCalls.getPluginConfig(pluginClass, version);
  }

  public ApiCall<ConfigValidation> validateConnectorConfig(
      String pluginClass, Map<String, String> config) {
    return Endpoints.VALIDATE_CONNECTOR_CONFIG.call(pluginClass).body(config);
  }

  public ApiCall<ConfigValidation> validateConnectorConfig(
      String pluginClass, String version, Map<String, String> config) {
    return EndpointCalls.validateConnectorConfig(pluginClass, version, config);
  }

  public ApiCall<Map<String, LoggerLevel>> listLoggers() {
    return Endpoints.LIST_LOGGERS.call();
  }

  public ApiCall<LoggerLevel> getLogger(String name) {
    return Endpoints.GET_LOGGER.call(name);
  }

  public ApiCall<List<String>> setLoggerLevel(String name, String level) {
    return Endpoints.SET_LOGGER_LEVEL.call(name).body(level);
  }

  public ApiCall<Void> setClusterLoggerLevel(String name, String level) {
    return Endpoints.SET_CLUSTER_LOGGER_LEVEL.call(name).body(level);
  }

  /** {@code request(RawRequest)}: the raw call, its answer read as the clients read it. */
  public ApiCall<RawResponse> request(RawRequest request) {
    return EndpointCalls.raw(
        request.method(),
        request.segments(),
        request.query().stream().map(q -> Map.entry(q.name(), q.value())).toList(),
        request.body(),
        answer -> new RawResponse(request, answer.status(), answer.headers(), answer.text()));
  }
}
