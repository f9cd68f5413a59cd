package io.github.connectclient.async;

import io.github.connectclient.internal.await.AsyncAwait;
import io.github.connectclient.internal.await.Await;
import io.github.connectclient.internal.endpoint.ApiCall;
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
import java.util.concurrent.CompletableFuture;

/**
 * The {@link AsyncConnectClient} over the shared {@link Transport}: each method names its call of
 * core's {@link Endpoints}; the transport checks the arguments (throwing at once), then executes
 * the call without blocking.
 */
final class DefaultAsyncConnectClient extends AsyncDeclarativeMethods {

  private final Transport transport;
  private final PendingCalls pending;

  DefaultAsyncConnectClient(Transport transport) {
    this(transport, new PendingCalls());
  }

  private DefaultAsyncConnectClient(Transport transport, PendingCalls pending) {
    super(transport, pending);
    this.transport = transport;
    this.pending = pending;
  }

  /** Sends {@code call}; argument errors and a closed client are thrown at once. */
  private <T> CompletableFuture<T> send(ApiCall<T> call) {
    return pending.track(transport.executeAsync(call));
  }

  @Override
  public CompletableFuture<ServerInfo> getServerInfo() {
    return send(Endpoints.SERVER_INFO.call());
  }

  @Override
  public CompletableFuture<HealthStatus> getHealth() {
    return send(Endpoints.HEALTH.call());
  }

  @Override
  public CompletableFuture<List<String>> listConnectors() {
    return send(Endpoints.LIST_CONNECTORS.call());
  }

  @Override
  public CompletableFuture<Map<String, ConnectorExpanded>> listConnectorsExpanded() {
    return send(Endpoints.LIST_CONNECTORS_EXPANDED.call());
  }

  @Override
  public CompletableFuture<ConnectorInfo> createConnector(NewConnector request) {
    return send(Endpoints.CREATE_CONNECTOR.call().body(request));
  }

  @Override
  public CompletableFuture<ConnectorInfo> createConnector(String name, Map<String, String> config) {
    return send(Endpoints.createConnector(name, config));
  }

  @Override
  public CompletableFuture<ConfigUpdate> putConnectorConfig(
      String name, Map<String, String> config) {
    return send(Endpoints.PUT_CONNECTOR_CONFIG.call(name).body(config));
  }

  @Override
  public CompletableFuture<ConnectorInfo> patchConnectorConfig(
      String name, Map<String, String> patch) {
    return send(Endpoints.PATCH_CONNECTOR_CONFIG.call(name).body(patch));
  }

  @Override
  public CompletableFuture<ConnectorInfo> getConnector(String name) {
    return send(Endpoints.GET_CONNECTOR.call(name));
  }

  @Override
  public CompletableFuture<Map<String, String>> getConnectorConfig(String name) {
    return send(Endpoints.GET_CONNECTOR_CONFIG.call(name));
  }

  @Override
  public CompletableFuture<ConnectorStatus> getConnectorStatus(String name) {
    return send(Endpoints.GET_CONNECTOR_STATUS.call(name));
  }

  @Override
  public CompletableFuture<List<TaskInfo>> getConnectorTasks(String name) {
    return send(Endpoints.GET_CONNECTOR_TASKS.call(name));
  }

  @Override
  public CompletableFuture<TaskState> getTaskStatus(String name, int taskId) {
    return send(Endpoints.GET_TASK_STATUS.call(name, taskId));
  }

  @Override
  public CompletableFuture<Void> restartConnector(String name) {
    return send(Endpoints.RESTART_CONNECTOR.call(name));
  }

  @Override
  public CompletableFuture<Optional<ConnectorStatus>> restartConnector(
      String name, RestartOptions options) {
    return send(Endpoints.restartConnector(name, options));
  }

  @Override
  public CompletableFuture<Void> restartTask(String name, int taskId) {
    return send(Endpoints.RESTART_TASK.call(name, taskId));
  }

  @Override
  public CompletableFuture<Void> pauseConnector(String name) {
    return send(Endpoints.PAUSE_CONNECTOR.call(name));
  }

  @Override
  public CompletableFuture<Void> resumeConnector(String name) {
    return send(Endpoints.RESUME_CONNECTOR.call(name));
  }

  @Override
  public CompletableFuture<Void> stopConnector(String name) {
    return send(Endpoints.STOP_CONNECTOR.call(name));
  }

  @Override
  public CompletableFuture<Void> deleteConnector(String name) {
    return send(Endpoints.DELETE_CONNECTOR.call(name));
  }

  @Override
  public CompletableFuture<List<String>> getConnectorTopics(String name) {
    return send(Endpoints.GET_CONNECTOR_TOPICS.call(name));
  }

  @Override
  public CompletableFuture<Void> resetConnectorTopics(String name) {
    return send(Endpoints.RESET_CONNECTOR_TOPICS.call(name));
  }

  @Override
  public CompletableFuture<ConnectorOffsets> getConnectorOffsets(String name) {
    return send(Endpoints.GET_CONNECTOR_OFFSETS.call(name));
  }

  @Override
  public CompletableFuture<String> alterConnectorOffsets(String name, ConnectorOffsets offsets) {
    return send(Endpoints.ALTER_CONNECTOR_OFFSETS.call(name).body(offsets));
  }

  @Override
  public CompletableFuture<String> resetConnectorOffsets(String name) {
    return send(Endpoints.RESET_CONNECTOR_OFFSETS.call(name));
  }

  @Override
  public CompletableFuture<List<PluginInfo>> listConnectorPlugins() {
    return send(Endpoints.LIST_CONNECTOR_PLUGINS.call());
  }

  @Override
  public CompletableFuture<List<PluginInfo>> listPlugins() {
    return send(Endpoints.LIST_PLUGINS.call());
  }

  @Override
  public CompletableFuture<List<ConfigKeyInfo>> getPluginConfig(String pluginClass) {
    return send(Endpoints.GET_PLUGIN_CONFIG.call(pluginClass));
  }

  @Override
  public CompletableFuture<ConfigValidation> validateConnectorConfig(
      String pluginClass, Map<String, String> config) {
    return send(Endpoints.VALIDATE_CONNECTOR_CONFIG.call(pluginClass).body(config));
  }

  @Override
  public CompletableFuture<Map<String, LoggerLevel>> listLoggers() {
    return send(Endpoints.LIST_LOGGERS.call());
  }

  @Override
  public CompletableFuture<LoggerLevel> getLogger(String name) {
    return send(Endpoints.GET_LOGGER.call(name));
  }

  @Override
  public CompletableFuture<List<String>> setLoggerLevel(String name, String level) {
    return send(Endpoints.SET_LOGGER_LEVEL.call(name).body(level));
  }

  @Override
  public CompletableFuture<Void> setClusterLoggerLevel(String name, String level) {
    return send(Endpoints.SET_CLUSTER_LOGGER_LEVEL.call(name).body(level));
  }

  @Override
  public CompletableFuture<ConnectorStatus> awaitConnectorState(
      String name, State state, Duration timeout) {
    return tracked(AsyncAwait.start(transport, Await.state(name, state, timeout)));
  }

  @Override
  public void close() {
    pending.closeAll();
    transport.close();
  }

  @Override
  public String toString() {
    return "AsyncConnectClient" + transport.config().workers().urls();
  }
}
