package io.github.connectclient;

import io.github.connectclient.internal.await.Await;
import io.github.connectclient.internal.await.BlockingAwait;
import io.github.connectclient.internal.endpoint.Endpoints;
import io.github.connectclient.internal.http.Transport;
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
import io.github.connectclient.model.State;
import io.github.connectclient.model.TaskInfo;
import io.github.connectclient.model.TaskState;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The {@link ConnectClient} over the shared {@link Transport}, executing on the calling thread. */
final class DefaultConnectClient extends DeclarativeMethods {

  private final Transport transport;

  DefaultConnectClient(Transport transport) {
    super(transport);
    this.transport = transport;
  }

  @Override
  public ServerInfo getServerInfo() {
    return transport.execute(Endpoints.SERVER_INFO.call());
  }

  @Override
  public HealthStatus getHealth() {
    return transport.execute(Endpoints.HEALTH.call());
  }

  @Override
  public List<String> listConnectors() {
    return transport.execute(Endpoints.LIST_CONNECTORS.call());
  }

  @Override
  public Map<String, ConnectorExpanded> listConnectorsExpanded() {
    return transport.execute(Endpoints.LIST_CONNECTORS_EXPANDED.call());
  }

  @Override
  public ConnectorInfo createConnector(NewConnector request) {
    return transport.execute(Endpoints.CREATE_CONNECTOR.call().body(request));
  }

  @Override
  public ConnectorInfo createConnector(String name, Map<String, String> config) {
    return transport.execute(Endpoints.createConnector(name, config));
  }

  @Override
  public ConfigUpdate putConnectorConfig(String name, Map<String, String> config) {
    return transport.execute(Endpoints.PUT_CONNECTOR_CONFIG.call(name).body(config));
  }

  @Override
  public ConnectorInfo patchConnectorConfig(String name, Map<String, String> patch) {
    return transport.execute(Endpoints.PATCH_CONNECTOR_CONFIG.call(name).body(patch));
  }

  @Override
  public ConnectorInfo getConnector(String name) {
    return transport.execute(Endpoints.GET_CONNECTOR.call(name));
  }

  @Override
  public Map<String, String> getConnectorConfig(String name) {
    return transport.execute(Endpoints.GET_CONNECTOR_CONFIG.call(name));
  }

  @Override
  public ConnectorStatus getConnectorStatus(String name) {
    return transport.execute(Endpoints.GET_CONNECTOR_STATUS.call(name));
  }

  @Override
  public List<TaskInfo> getConnectorTasks(String name) {
    return transport.execute(Endpoints.GET_CONNECTOR_TASKS.call(name));
  }

  @Override
  public TaskState getTaskStatus(String name, int taskId) {
    return transport.execute(Endpoints.GET_TASK_STATUS.call(name, taskId));
  }

  @Override
  public void restartConnector(String name) {
    transport.execute(Endpoints.RESTART_CONNECTOR.call(name));
  }

  @Override
  public Optional<ConnectorStatus> restartConnector(String name, RestartOptions options) {
    return transport.execute(Endpoints.restartConnector(name, options));
  }

  @Override
  public void restartTask(String name, int taskId) {
    transport.execute(Endpoints.RESTART_TASK.call(name, taskId));
  }

  @Override
  public void pauseConnector(String name) {
    transport.execute(Endpoints.PAUSE_CONNECTOR.call(name));
  }

  @Override
  public void resumeConnector(String name) {
    transport.execute(Endpoints.RESUME_CONNECTOR.call(name));
  }

  @Override
  public void stopConnector(String name) {
    transport.execute(Endpoints.STOP_CONNECTOR.call(name));
  }

  @Override
  public void deleteConnector(String name) {
    transport.execute(Endpoints.DELETE_CONNECTOR.call(name));
  }

  @Override
  public List<String> getConnectorTopics(String name) {
    return transport.execute(Endpoints.GET_CONNECTOR_TOPICS.call(name));
  }

  @Override
  public void resetConnectorTopics(String name) {
    transport.execute(Endpoints.RESET_CONNECTOR_TOPICS.call(name));
  }

  @Override
  public ConnectorOffsets getConnectorOffsets(String name) {
    return transport.execute(Endpoints.GET_CONNECTOR_OFFSETS.call(name));
  }

  @Override
  public String alterConnectorOffsets(String name, ConnectorOffsets offsets) {
    return transport.execute(Endpoints.ALTER_CONNECTOR_OFFSETS.call(name).body(offsets));
  }

  @Override
  public String resetConnectorOffsets(String name) {
    return transport.execute(Endpoints.RESET_CONNECTOR_OFFSETS.call(name));
  }

  @Override
  public List<PluginInfo> listConnectorPlugins() {
    return transport.execute(Endpoints.LIST_CONNECTOR_PLUGINS.call());
  }

  @Override
  public List<PluginInfo> listPlugins() {
    return transport.execute(Endpoints.LIST_PLUGINS.call());
  }

  @Override
  public List<ConfigKeyInfo> getPluginConfig(String pluginClass) {
    return transport.execute(Endpoints.GET_PLUGIN_CONFIG.call(pluginClass));
  }

  @Override
  public ConfigValidation validateConnectorConfig(String pluginClass, Map<String, String> config) {
    return transport.execute(Endpoints.VALIDATE_CONNECTOR_CONFIG.call(pluginClass).body(config));
  }

  @Override
  public Map<String, LoggerLevel> listLoggers() {
    return transport.execute(Endpoints.LIST_LOGGERS.call());
  }

  @Override
  public LoggerLevel getLogger(String name) {
    return transport.execute(Endpoints.GET_LOGGER.call(name));
  }

  @Override
  public List<String> setLoggerLevel(String name, String level) {
    return transport.execute(Endpoints.SET_LOGGER_LEVEL.call(name).body(level));
  }

  @Override
  public void setClusterLoggerLevel(String name, String level) {
    transport.execute(Endpoints.SET_CLUSTER_LOGGER_LEVEL.call(name).body(level));
  }

  @Override
  public ConnectorStatus awaitConnectorState(String name, State state, Duration timeout) {
    return BlockingAwait.run(transport, Await.state(name, state, timeout));
  }

  @Override
  public void close() {
    transport.close();
  }

  @Override
  public String toString() {
    return "ConnectClient" + transport.config().workers().urls();
  }
}
