package io.github.connectclient;

import io.github.connectclient.errors.ConnectClientException;
import io.github.connectclient.errors.ConnectorStateTimeoutException;
import io.github.connectclient.errors.NotFoundException;
import io.github.connectclient.internal.http.Arguments;
import io.github.connectclient.internal.http.Calls;
import io.github.connectclient.internal.http.StateMatcher;
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
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The {@link ConnectClient} over the shared {@link Transport}, executing on the calling thread. */
final class DefaultConnectClient implements ConnectClient {

  private final Transport transport;
  private final Calls calls;

  DefaultConnectClient(Transport transport) {
    this.transport = transport;
    this.calls = Calls.of(transport);
  }

  @Override
  public ServerInfo getServerInfo() {
    return transport.execute(calls.getServerInfo());
  }

  @Override
  public HealthStatus getHealth() {
    return transport.execute(calls.getHealth());
  }

  @Override
  public List<String> listConnectors() {
    return transport.execute(calls.listConnectors());
  }

  @Override
  public Map<String, ConnectorExpanded> listConnectorsExpanded() {
    return transport.execute(calls.listConnectorsExpanded());
  }

  @Override
  public ConnectorInfo createConnector(NewConnector request) {
    return transport.execute(calls.createConnector(request));
  }

  @Override
  public ConnectorInfo createConnector(String name, Map<String, String> config) {
    return transport.execute(calls.createConnector(name, config));
  }

  @Override
  public ConfigUpdate putConnectorConfig(String name, Map<String, String> config) {
    return transport.execute(calls.putConnectorConfig(name, config));
  }

  @Override
  public ConnectorInfo patchConnectorConfig(String name, Map<String, String> patch) {
    return transport.execute(calls.patchConnectorConfig(name, patch));
  }

  @Override
  public ConnectorInfo getConnector(String name) {
    return transport.execute(calls.getConnector(name));
  }

  @Override
  public Map<String, String> getConnectorConfig(String name) {
    return transport.execute(calls.getConnectorConfig(name));
  }

  @Override
  public ConnectorStatus getConnectorStatus(String name) {
    return transport.execute(calls.getConnectorStatus(name));
  }

  @Override
  public List<TaskInfo> getConnectorTasks(String name) {
    return transport.execute(calls.getConnectorTasks(name));
  }

  @Override
  public TaskState getTaskStatus(String name, int taskId) {
    return transport.execute(calls.getTaskStatus(name, taskId));
  }

  @Override
  public void restartConnector(String name) {
    transport.execute(calls.restartConnector(name));
  }

  @Override
  public Optional<ConnectorStatus> restartConnector(String name, RestartOptions options) {
    return transport.execute(calls.restartConnector(name, options));
  }

  @Override
  public void restartTask(String name, int taskId) {
    transport.execute(calls.restartTask(name, taskId));
  }

  @Override
  public void pauseConnector(String name) {
    transport.execute(calls.pauseConnector(name));
  }

  @Override
  public void resumeConnector(String name) {
    transport.execute(calls.resumeConnector(name));
  }

  @Override
  public void stopConnector(String name) {
    transport.execute(calls.stopConnector(name));
  }

  @Override
  public void deleteConnector(String name) {
    transport.execute(calls.deleteConnector(name));
  }

  @Override
  public List<String> getConnectorTopics(String name) {
    return transport.execute(calls.getConnectorTopics(name));
  }

  @Override
  public void resetConnectorTopics(String name) {
    transport.execute(calls.resetConnectorTopics(name));
  }

  @Override
  public ConnectorOffsets getConnectorOffsets(String name) {
    return transport.execute(calls.getConnectorOffsets(name));
  }

  @Override
  public String alterConnectorOffsets(String name, ConnectorOffsets offsets) {
    return transport.execute(calls.alterConnectorOffsets(name, offsets));
  }

  @Override
  public String resetConnectorOffsets(String name) {
    return transport.execute(calls.resetConnectorOffsets(name));
  }

  @Override
  public List<PluginInfo> listConnectorPlugins() {
    return transport.execute(calls.listConnectorPlugins());
  }

  @Override
  public List<PluginInfo> listPlugins() {
    return transport.execute(calls.listPlugins());
  }

  @Override
  public List<ConfigKeyInfo> getPluginConfig(String pluginClass) {
    return transport.execute(calls.getPluginConfig(pluginClass));
  }

  @Override
  public ConfigValidation validateConnectorConfig(String pluginClass, Map<String, String> config) {
    return transport.execute(calls.validateConnectorConfig(pluginClass, config));
  }

  @Override
  public Map<String, LoggerLevel> listLoggers() {
    return transport.execute(calls.listLoggers());
  }

  @Override
  public LoggerLevel getLogger(String name) {
    return transport.execute(calls.getLogger(name));
  }

  @Override
  public List<String> setLoggerLevel(String name, String level) {
    return transport.execute(calls.setLoggerLevel(name, level));
  }

  @Override
  public void setClusterLoggerLevel(String name, String level) {
    transport.execute(calls.setClusterLoggerLevel(name, level));
  }

  @Override
  public ConnectorStatus awaitConnectorState(String name, State state, Duration timeout) {
    calls.connectorName(name);
    Arguments.notNull(state, "state");
    Arguments.notNull(timeout, "timeout");
    Clock clock = transport.config().clock();
    Instant deadline = clock.instant().plus(timeout);
    ConnectorStatus last = null;
    ConnectClientException lastError = null;
    while (true) {
      try {
        last = getConnectorStatus(name);
        lastError = null;
        if (StateMatcher.matches(last, state)) {
          return last;
        }
      } catch (NotFoundException noStatusYet) {
        lastError = noStatusYet;
      }
      Duration left = Duration.between(clock.instant(), deadline);
      if (left.isNegative() || left.isZero()) {
        throw new ConnectorStateTimeoutException(name, state, timeout, last, lastError);
      }
      pause(left.compareTo(StateMatcher.POLL_INTERVAL) < 0 ? left : StateMatcher.POLL_INTERVAL);
    }
  }

  private void pause(Duration delay) {
    try {
      transport.config().sleeper().sleep(delay);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ConnectClientException("interrupted while waiting for a connector state", e);
    }
  }

  @Override
  public void close() {
    transport.close();
  }

  @Override
  public String toString() {
    return "ConnectClient" + transport.config().workers();
  }
}
