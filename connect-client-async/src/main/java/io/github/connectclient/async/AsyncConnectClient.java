package io.github.connectclient.async;

import io.github.connectclient.ClientBuilder;
import io.github.connectclient.RawRequest;
import io.github.connectclient.RawResponse;
import io.github.connectclient.apply.ApplyOptions;
import io.github.connectclient.apply.ApplyResult;
import io.github.connectclient.apply.BulkResult;
import io.github.connectclient.apply.ConnectorSelector;
import io.github.connectclient.apply.ConnectorSpec;
import io.github.connectclient.apply.Plan;
import io.github.connectclient.internal.config.BuilderAccess;
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
import io.github.connectclient.model.PluginReport;
import io.github.connectclient.model.RestartOptions;
import io.github.connectclient.model.ServerInfo;
import io.github.connectclient.model.State;
import io.github.connectclient.model.TaskInfo;
import io.github.connectclient.model.TaskState;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * A non-blocking client for the Kafka Connect REST API: the methods of {@link
 * io.github.connectclient.ConnectClient}, with the same names and parameters, each returning a
 * {@link CompletableFuture}. Both clients share one transport: the same requests, retries, failover
 * and typed errors; only the execution differs (no thread waits for an answer, a retry or a poll).
 *
 * <p>Thread-safe and meant to be shared; {@link #close()} releases its connections and threads.
 * Build one with {@link #builder()}. See {@code docs/async.md}.
 *
 * <ul>
 *   <li><b>Failures</b> of a call complete the future exceptionally with a subtype of {@link
 *       io.github.connectclient.errors.ConnectClientException} (wrapped in a {@link
 *       java.util.concurrent.CompletionException} by {@code join()} and dependent stages).
 *   <li><b>Wrong arguments</b> (null or blank names, a negative task id, ...) are programming
 *       errors: the method throws {@link NullPointerException} or {@link IllegalArgumentException}
 *       at once and sends nothing.
 *   <li><b>After {@link #close()}</b> every method throws {@link IllegalStateException}; calls
 *       still pending at close complete exceptionally with one.
 *   <li><b>Threads:</b> a future completes on the OkHttp dispatcher thread that read the answer, or
 *       on {@link Builder#completionExecutor(Executor)} when set. Do not block in a callback on the
 *       dispatcher thread.
 *   <li><b>Cancelling</b> a returned future cancels the HTTP call in flight and any scheduled retry
 *       or poll. Cancelling a dependent stage does not reach back to it.
 *   <li><b>Worker versions</b> are checked before sending, as {@link
 *       io.github.connectclient.ConnectClient} describes: a call (an endpoint, or an option or
 *       field of one) that needs a newer worker than the one it goes to fails with {@link
 *       io.github.connectclient.errors.UnsupportedEndpointException}, nothing sent; a version that
 *       cannot be read lets the call go.
 * </ul>
 */
public interface AsyncConnectClient extends AutoCloseable {

  /** A builder for a client; {@link Builder#url(String)} is required. */
  static Builder builder() {
    return new Builder();
  }

  /**
   * The worker's version, commit and Kafka cluster id. {@code GET /}. Since Kafka 0.10.0 ({@code
   * kafkaClusterId} since 1.1.0).
   */
  CompletableFuture<ServerInfo> getServerInfo();

  /**
   * The worker's health. {@code GET /health}. A starting (503) or unhealthy (500) worker is
   * reported in the result, not as a failure. Since Kafka 3.9.0; on an older worker the future
   * fails with {@link io.github.connectclient.errors.UnsupportedEndpointException}.
   */
  CompletableFuture<HealthStatus> getHealth();

  /** The names of all connectors, in no particular order. {@code GET /connectors}. Since 0.10.0. */
  CompletableFuture<List<String>> listConnectors();

  /**
   * Every connector with its info and status, keyed by name. {@code GET
   * /connectors?expand=status&expand=info}. A connector with no status yet is left out by the
   * server. Since Kafka 2.3.0.
   */
  CompletableFuture<Map<String, ConnectorExpanded>> listConnectorsExpanded();

  /**
   * Creates a connector. {@code POST /connectors}. Not idempotent: a name that exists fails with
   * {@link io.github.connectclient.errors.ConnectorAlreadyExistsException}; use {@link
   * #putConnectorConfig} to create or update. {@code initialState} is sent only when set; it needs
   * Kafka 3.7.0 (an older worker is refused). Since 0.10.0.
   *
   * <p>Never sent twice once it may have reached the server; an outcome left open is settled by
   * reading the connector, and fails with {@link
   * io.github.connectclient.errors.CreateOutcomeUnknownException} when that does not show it with
   * the requested config (docs/retries.md).
   */
  CompletableFuture<ConnectorInfo> createConnector(NewConnector request);

  /**
   * Creates a connector from a name and a config. Same as {@link #createConnector(NewConnector)}.
   */
  CompletableFuture<ConnectorInfo> createConnector(String name, Map<String, String> config);

  /**
   * Creates the connector or replaces its config. {@code PUT /connectors/{name}/config}. The result
   * says whether it was created (201) or updated (200). Since 0.10.0.
   */
  CompletableFuture<ConfigUpdate> putConnectorConfig(String name, Map<String, String> config);

  /**
   * Changes some keys of a connector's config; a {@code null} value removes the key. {@code PATCH
   * /connectors/{name}/config}. A {@code name} key in the patch is refused (thrown) before any
   * request. Since Kafka 3.8.0.
   */
  CompletableFuture<ConnectorInfo> patchConnectorConfig(String name, Map<String, String> patch);

  /** The connector's config, tasks and type. {@code GET /connectors/{name}}. Since 0.10.0. */
  CompletableFuture<ConnectorInfo> getConnector(String name);

  /** The connector's stored config. {@code GET /connectors/{name}/config}. Since 0.10.0. */
  CompletableFuture<Map<String, String>> getConnectorConfig(String name);

  /**
   * The state of the connector and each of its tasks. {@code GET /connectors/{name}/status}. Since
   * 0.10.0.
   */
  CompletableFuture<ConnectorStatus> getConnectorStatus(String name);

  /**
   * The connector's tasks and their configs. {@code GET /connectors/{name}/tasks}. Since 0.10.0.
   */
  CompletableFuture<List<TaskInfo>> getConnectorTasks(String name);

  /**
   * The state of one task. {@code GET /connectors/{name}/tasks/{taskId}/status}. Since 0.10.0.
   *
   * @param taskId the task number, 0 or more
   */
  CompletableFuture<TaskState> getTaskStatus(String name, int taskId);

  /**
   * Restarts the connector instance (not its tasks). {@code POST /connectors/{name}/restart}. Since
   * 0.10.0.
   */
  CompletableFuture<Void> restartConnector(String name);

  /**
   * Restarts the connector and, as {@code options} say, its tasks or only the failed ones. {@code
   * POST /connectors/{name}/restart?includeTasks=&onlyFailed=}. With either option set, since Kafka
   * 3.0.0 (an older worker, which would ignore them, is refused).
   *
   * @return the planned states (202), or empty when the worker answered 204
   */
  CompletableFuture<Optional<ConnectorStatus>> restartConnector(
      String name, RestartOptions options);

  /** Restarts one task. {@code POST /connectors/{name}/tasks/{taskId}/restart}. Since 0.10.0. */
  CompletableFuture<Void> restartTask(String name, int taskId);

  /**
   * Pauses the connector and its tasks. {@code PUT /connectors/{name}/pause}. Use {@link
   * #awaitConnectorState} to wait for {@code PAUSED}. Since 0.10.0.
   */
  CompletableFuture<Void> pauseConnector(String name);

  /**
   * Resumes a paused or stopped connector. {@code PUT /connectors/{name}/resume}. Use {@link
   * #awaitConnectorState} to wait for {@code RUNNING}. Since 0.10.0.
   */
  CompletableFuture<Void> resumeConnector(String name);

  /**
   * Stops the connector and removes its tasks, keeping its config. {@code PUT
   * /connectors/{name}/stop}. Since Kafka 3.5.0.
   */
  CompletableFuture<Void> stopConnector(String name);

  /**
   * Deletes the connector. {@code DELETE /connectors/{name}}. A retried delete that finds the
   * connector gone counts as success. Since 0.10.0.
   */
  CompletableFuture<Void> deleteConnector(String name);

  /**
   * The topics the connector has used since it was created or its topics were reset. {@code GET
   * /connectors/{name}/topics}. Since Kafka 2.5.0.
   */
  CompletableFuture<List<String>> getConnectorTopics(String name);

  /**
   * Forgets the connector's active topics. {@code PUT /connectors/{name}/topics/reset}. Since
   * 2.5.0.
   */
  CompletableFuture<Void> resetConnectorTopics(String name);

  /** The connector's offsets. {@code GET /connectors/{name}/offsets}. Since Kafka 3.5.0. */
  CompletableFuture<ConnectorOffsets> getConnectorOffsets(String name);

  /**
   * Alters the offsets of a STOPPED connector. {@code PATCH /connectors/{name}/offsets}. Since
   * Kafka 3.6.0.
   *
   * @return the server's message
   */
  CompletableFuture<String> alterConnectorOffsets(String name, ConnectorOffsets offsets);

  /**
   * Resets all offsets of a STOPPED connector. {@code DELETE /connectors/{name}/offsets}. Since
   * Kafka 3.6.0.
   *
   * @return the server's message
   */
  CompletableFuture<String> resetConnectorOffsets(String name);

  /** The installed connector plugins. {@code GET /connector-plugins}. Since 0.10.0. */
  CompletableFuture<List<PluginInfo>> listConnectorPlugins();

  /**
   * Every installed plugin, not only connectors. {@code GET
   * /connector-plugins?connectorsOnly=false}. Since Kafka 3.2.0.
   */
  CompletableFuture<List<PluginInfo>> listPlugins();

  /**
   * The config definition of a plugin. {@code GET /connector-plugins/{pluginClass}/config}. Since
   * Kafka 3.2.0.
   */
  CompletableFuture<List<ConfigKeyInfo>> getPluginConfig(String pluginClass);

  /**
   * The config definition of one version of a plugin (KIP-891). {@code GET
   * /connector-plugins/{pluginClass}/config?version=}. Since Kafka 4.1.0 (an older worker, which
   * would ignore the version, is refused).
   *
   * @param version a version as {@link PluginInfo#version()} lists it, or a Maven-style range
   */
  CompletableFuture<List<ConfigKeyInfo>> getPluginConfig(String pluginClass, String version);

  /**
   * Validates a connector config without creating anything. {@code PUT
   * /connector-plugins/{pluginClass}/config/validate}. An invalid config is a normal result. Since
   * 0.10.0.
   */
  CompletableFuture<ConfigValidation> validateConnectorConfig(
      String pluginClass, Map<String, String> config);

  /**
   * Validates a connector config against one version of its plugin (KIP-891). {@code PUT
   * /connector-plugins/{pluginClass}/config/validate}, the config sent with {@code
   * connector.plugin.version} set to {@code version} (what the server reads to pick the version).
   * Since Kafka 4.1.0 (an older worker, which would ignore the key, is refused). Throws {@link
   * IllegalArgumentException} at once when {@code config} names another version.
   */
  CompletableFuture<ConfigValidation> validateConnectorConfig(
      String pluginClass, String version, Map<String, String> config);

  /**
   * Which plugins every configured worker has, as {@link
   * io.github.connectclient.ConnectClient#checkPlugins()} says: each worker URL is asked directly
   * (no failover) for {@code GET /connector-plugins?connectorsOnly=false}, all at once; a worker
   * whose plugins cannot be read is in {@link PluginReport#unreachable()}, and the future completes
   * with the report all the same. Since Kafka 3.2.0.
   */
  CompletableFuture<PluginReport> checkPlugins();

  /**
   * Loggers with an explicitly set level, plus {@code root}. {@code GET /admin/loggers}. Since
   * 2.4.0.
   */
  CompletableFuture<Map<String, LoggerLevel>> listLoggers();

  /** One logger's level. {@code GET /admin/loggers/{name}}. Since Kafka 2.4.0. */
  CompletableFuture<LoggerLevel> getLogger(String name);

  /**
   * Sets a logger's level on the worker that receives the call. {@code PUT /admin/loggers/{name}}.
   * Since Kafka 2.4.0.
   *
   * @return the names of the loggers whose level changed
   */
  CompletableFuture<List<String>> setLoggerLevel(String name, String level);

  /**
   * Sets a logger's level on every worker of the cluster. {@code PUT
   * /admin/loggers/{name}?scope=cluster}. Since Kafka 3.7.0.
   */
  CompletableFuture<Void> setClusterLoggerLevel(String name, String level);

  /**
   * Sends a request the typed API does not cover yet, as {@link
   * io.github.connectclient.ConnectClient#request(RawRequest)} says: path segments each encoded as
   * one segment, the client's authentication, retries by method, failover, size limit and masking;
   * an error answer fails the future with the typed exception of its meaning. A bad segment or a
   * body that is not JSON throws {@link IllegalArgumentException} at once.
   */
  CompletableFuture<RawResponse> request(RawRequest request);

  /**
   * Polls the connector's status until the connector and all its tasks are in {@code state}, as
   * {@link io.github.connectclient.ConnectClient#awaitConnectorState} does, but without blocking a
   * thread: polls are scheduled on the client's scheduler. A connector with no status yet (404) is
   * polled again; any other failure completes the future with it. The deadline is checked after
   * each poll; the pause between polls starts at 100 ms and doubles up to 1 s. Cancelling the
   * future stops the polling.
   *
   * @return the status that matched; or a future failed with {@link
   *     io.github.connectclient.errors.ConnectorFailedException} when the connector or a task is
   *     {@code FAILED} while another state (but {@code STOPPED}) is awaited, or with {@link
   *     io.github.connectclient.errors.ConnectorStateTimeoutException}, holding the last status
   *     seen, when {@code timeout} passes first
   */
  CompletableFuture<ConnectorStatus> awaitConnectorState(
      String name, State state, Duration timeout);

  // Declarative and bulk (issue 13): awaits, plan and apply, bulk operations.

  /**
   * Like {@link #awaitConnectorState(String, State, Duration)}, but waits until at least {@code
   * minTasks} tasks exist and all of them (and the connector) are in {@code state}. Never blocks a
   * thread.
   *
   * @param minTasks 0 or more
   */
  CompletableFuture<ConnectorStatus> awaitConnectorState(
      String name, State state, int minTasks, Duration timeout);

  /**
   * Polls until the connector is gone ({@code GET /connectors/{name}/status} answers 404), as
   * {@link io.github.connectclient.ConnectClient#awaitConnectorDeleted} does, without blocking a
   * thread.
   *
   * @return a future that completes when the connector is gone, or fails with {@link
   *     io.github.connectclient.errors.ConnectorStateTimeoutException} when {@code timeout} passes
   *     first
   */
  CompletableFuture<Void> awaitConnectorDeleted(String name, Duration timeout);

  /**
   * {@link io.github.connectclient.ConnectClient#plan}, without blocking a thread: one expanded
   * listing, the diff, the validations (with the options' parallelism); sends no write.
   */
  CompletableFuture<Plan> plan(List<ConnectorSpec> specs, ApplyOptions options);

  /**
   * {@link io.github.connectclient.ConnectClient#apply(Plan)}, without blocking a thread: the
   * future completes when every item is done (and awaited, if the options say so); it never fails
   * for one item's failure.
   */
  CompletableFuture<ApplyResult> apply(Plan plan);

  /** {@link #plan} then {@link #apply(Plan)}. */
  CompletableFuture<ApplyResult> apply(List<ConnectorSpec> specs, ApplyOptions options);

  /** {@link io.github.connectclient.ConnectClient#findConnectors}: one expanded listing. */
  CompletableFuture<List<String>> findConnectors(ConnectorSelector selector);

  /**
   * {@link io.github.connectclient.ConnectClient#pauseConnectors}, without blocking a thread.
   * Cancelling the future starts no further pause.
   */
  CompletableFuture<BulkResult> pauseConnectors(ConnectorSelector selector);

  /** {@link io.github.connectclient.ConnectClient#resumeConnectors}, without blocking a thread. */
  CompletableFuture<BulkResult> resumeConnectors(ConnectorSelector selector);

  /** {@link io.github.connectclient.ConnectClient#stopConnectors}, without blocking a thread. */
  CompletableFuture<BulkResult> stopConnectors(ConnectorSelector selector);

  /** {@link io.github.connectclient.ConnectClient#deleteConnectors}, without blocking a thread. */
  CompletableFuture<BulkResult> deleteConnectors(ConnectorSelector selector);

  /** {@link io.github.connectclient.ConnectClient#restartConnectors}, without blocking a thread. */
  CompletableFuture<BulkResult> restartConnectors(
      ConnectorSelector selector, RestartOptions options);

  /**
   * Releases the connections and threads this client owns (its OkHttp dispatcher and pool, and its
   * scheduler); a user-supplied OkHttp client, scheduler or completion executor is left running.
   * Pending futures complete exceptionally with {@link IllegalStateException}; later calls throw
   * it. Idempotent.
   */
  @Override
  void close();

  /**
   * Builds an {@link AsyncConnectClient}: the options of the sync builder (shared through {@link
   * ClientBuilder}) plus {@link #completionExecutor(Executor)}. Not thread-safe; the built client
   * is.
   */
  final class Builder extends ClientBuilder<Builder> {

    private Executor completionExecutor;

    Builder() {}

    @Override
    protected Builder self() {
      return this;
    }

    /**
     * Where the returned futures complete, and so where their non-{@code Async} dependent stages
     * run. Default: the OkHttp dispatcher thread that read the answer, which must not be blocked
     * (while your callback runs it holds one of the {@link ClientBuilder#maxConcurrentRequests
     * concurrent request} slots). {@code close()} leaves this executor running.
     */
    public Builder completionExecutor(Executor executor) {
      this.completionExecutor = Objects.requireNonNull(executor, "completionExecutor == null");
      return this;
    }

    /** The client. */
    public AsyncConnectClient build() {
      return new DefaultAsyncConnectClient(
          Transport.create(BuilderAccess.config(this, completionExecutor)));
    }
  }
}
