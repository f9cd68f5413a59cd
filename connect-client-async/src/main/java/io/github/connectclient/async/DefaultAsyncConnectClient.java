package io.github.connectclient.async;

import io.github.connectclient.internal.http.ApiCall;
import io.github.connectclient.internal.http.Arguments;
import io.github.connectclient.internal.http.Calls;
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
 * The {@link AsyncConnectClient} over the shared {@link Transport}: each method builds its call
 * with core's {@link Calls} (which checks the arguments and throws), then executes it without
 * blocking.
 */
final class DefaultAsyncConnectClient implements AsyncConnectClient {

  private final Transport transport;
  private final Calls calls;
  private final PendingCalls pending = new PendingCalls();

  DefaultAsyncConnectClient(Transport transport) {
    this.transport = transport;
    this.calls = Calls.of(transport);
  }

  /** Sends {@code call}; the call was built first, so argument errors are thrown before this. */
  private <T> CompletableFuture<T> send(ApiCall<T> call) {
    pending.ensureOpen();
    return pending.track(transport.executeAsync(call));
  }

  @Override
  public CompletableFuture<ServerInfo> getServerInfo() {
    return send(calls.getServerInfo());
  }

  @Override
  public CompletableFuture<HealthStatus> getHealth() {
    return send(calls.getHealth());
  }

  @Override
  public CompletableFuture<List<String>> listConnectors() {
    return send(calls.listConnectors());
  }

  @Override
  public CompletableFuture<Map<String, ConnectorExpanded>> listConnectorsExpanded() {
    return send(calls.listConnectorsExpanded());
  }

  @Override
  public CompletableFuture<ConnectorInfo> createConnector(NewConnector request) {
    return send(calls.createConnector(request));
  }

  @Override
  public CompletableFuture<ConnectorInfo> createConnector(String name, Map<String, String> config) {
    return send(calls.createConnector(name, config));
  }

  @Override
  public CompletableFuture<ConfigUpdate> putConnectorConfig(String name, Map<String, String> config) {
    return send(calls.putConnectorConfig(name, config));
  }

  @Override
  public CompletableFuture<ConnectorInfo> patchConnectorConfig(String name, Map<String, String> patch) {
    return send(calls.patchConnectorConfig(name, patch));
  }

  @Override
  public CompletableFuture<ConnectorInfo> getConnector(String name) {
    return send(calls.getConnector(name));
  }

  @Override
  public CompletableFuture<Map<String, String>> getConnectorConfig(String name) {
    return send(calls.getConnectorConfig(name));
  }

  @Override
  public CompletableFuture<ConnectorStatus> getConnectorStatus(String name) {
    return send(calls.getConnectorStatus(name));
  }

  @Override
  public CompletableFuture<List<TaskInfo>> getConnectorTasks(String name) {
    return send(calls.getConnectorTasks(name));
  }

  @Override
  public CompletableFuture<TaskState> getTaskStatus(String name, int taskId) {
    return send(calls.getTaskStatus(name, taskId));
  }

  @Override
  public CompletableFuture<Void> restartConnector(String name) {
    return send(calls.restartConnector(name));
  }

  @Override
  public CompletableFuture<Optional<ConnectorStatus>> restartConnector(String name, RestartOptions options) {
    return send(calls.restartConnector(name, options));
  }

  @Override
  public CompletableFuture<Void> restartTask(String name, int taskId) {
    return send(calls.restartTask(name, taskId));
  }

  @Override
  public CompletableFuture<Void> pauseConnector(String name) {
    return send(calls.pauseConnector(name));
  }

  @Override
  public CompletableFuture<Void> resumeConnector(String name) {
    return send(calls.resumeConnector(name));
  }

  @Override
  public CompletableFuture<Void> stopConnector(String name) {
    return send(calls.stopConnector(name));
  }

  @Override
  public CompletableFuture<Void> deleteConnector(String name) {
    return send(calls.deleteConnector(name));
  }

  @Override
  public CompletableFuture<List<String>> getConnectorTopics(String name) {
    return send(calls.getConnectorTopics(name));
  }

  @Override
  public CompletableFuture<Void> resetConnectorTopics(String name) {
    return send(calls.resetConnectorTopics(name));
  }

  @Override
  public CompletableFuture<ConnectorOffsets> getConnectorOffsets(String name) {
    return send(calls.getConnectorOffsets(name));
  }

  @Override
  public CompletableFuture<String> alterConnectorOffsets(String name, ConnectorOffsets offsets) {
    return send(calls.alterConnectorOffsets(name, offsets));
  }

  @Override
  public CompletableFuture<String> resetConnectorOffsets(String name) {
    return send(calls.resetConnectorOffsets(name));
  }

  @Override
  public CompletableFuture<List<PluginInfo>> listConnectorPlugins() {
    return send(calls.listConnectorPlugins());
  }

  @Override
  public CompletableFuture<List<PluginInfo>> listPlugins() {
    return send(calls.listPlugins());
  }

  @Override
  public CompletableFuture<List<ConfigKeyInfo>> getPluginConfig(String pluginClass) {
    return send(calls.getPluginConfig(pluginClass));
  }

  @Override
  public CompletableFuture<ConfigValidation> validateConnectorConfig(
      String pluginClass, Map<String, String> config) {
    return send(calls.validateConnectorConfig(pluginClass, config));
  }

  @Override
  public CompletableFuture<Map<String, LoggerLevel>> listLoggers() {
    return send(calls.listLoggers());
  }

  @Override
  public CompletableFuture<LoggerLevel> getLogger(String name) {
    return send(calls.getLogger(name));
  }

  @Override
  public CompletableFuture<List<String>> setLoggerLevel(String name, String level) {
    return send(calls.setLoggerLevel(name, level));
  }

  @Override
  public CompletableFuture<Void> setClusterLoggerLevel(String name, String level) {
    return send(calls.setClusterLoggerLevel(name, level));
  }

  @Override
  public CompletableFuture<ConnectorStatus> awaitConnectorState(String name, State state, Duration timeout) {
    ApiCall<ConnectorStatus> statusCall = calls.getConnectorStatus(name);
    Arguments.notNull(state, "state");
    Arguments.notNull(timeout, "timeout");
    pending.ensureOpen();
    return pending.track(new StatePoller(transport, statusCall, name, state, timeout).start());
  }

  @Override
  public void close() {
    pending.closeAll();
    transport.close();
  }

  @Override
  public String toString() {
    return "AsyncConnectClient" + transport.config().workers();
  }
}
