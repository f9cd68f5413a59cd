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

  /** {@return a builder for a client; {@link Builder#url(String)} is required} */
  static Builder builder() {
    return new Builder();
  }

  /**
   * {@return the worker's version, commit and Kafka cluster id} {@code GET /}. Since Kafka 0.10.0
   * ({@code kafkaClusterId} since 1.1.0).
   */
  CompletableFuture<ServerInfo> getServerInfo();

  /**
   * {@return the worker's health} {@code GET /health}. A starting (503) or unhealthy (500) worker
   * is reported in the result, not as a failure. Since Kafka 3.9.0; older workers fail with {@link
   * io.github.connectclient.errors.UnsupportedEndpointException}.
   */
  CompletableFuture<HealthStatus> getHealth();

  /**
   * {@return the names of all connectors, in no particular order} {@code GET /connectors}. Since
   * 0.10.0.
   */
  CompletableFuture<List<String>> listConnectors();

  /**
   * {@return every connector with its info and status, keyed by name} {@code GET
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
   *
   * @param request the connector's name, configuration and optional initial state
   * @return a future of the connector as created
   */
  CompletableFuture<ConnectorInfo> createConnector(NewConnector request);

  /**
   * Creates a connector from a name and a config. Same as {@link #createConnector(NewConnector)}.
   *
   * @param name the connector's name
   * @param config the connector's configuration; {@code connector.class} names its plugin
   * @return a future of the connector as created
   */
  CompletableFuture<ConnectorInfo> createConnector(String name, Map<String, String> config);

  /**
   * Creates the connector or replaces its config. {@code PUT /connectors/{name}/config}. The result
   * says whether it was created (201) or updated (200). Since 0.10.0.
   *
   * @param name the connector's name
   * @param config the connector's configuration; {@code connector.class} names its plugin
   * @return a future of the stored connector and whether it was created
   */
  CompletableFuture<ConfigUpdate> putConnectorConfig(String name, Map<String, String> config);

  /**
   * Changes some keys of a connector's config; a {@code null} value removes the key. {@code PATCH
   * /connectors/{name}/config}. A {@code name} key in the patch is refused (thrown) before any
   * request. Since Kafka 3.8.0.
   *
   * @param name the connector's name
   * @param patch the keys to change, a {@code null} value for a key to remove
   * @return a future of the connector with its merged config
   */
  CompletableFuture<ConnectorInfo> patchConnectorConfig(String name, Map<String, String> patch);

  /**
   * {@return the connector's config, tasks and type} {@code GET /connectors/{name}}. Since 0.10.0.
   *
   * @param name the connector's name
   */
  CompletableFuture<ConnectorInfo> getConnector(String name);

  /**
   * {@return the connector's stored config} {@code GET /connectors/{name}/config}. Since 0.10.0.
   *
   * @param name the connector's name
   */
  CompletableFuture<Map<String, String>> getConnectorConfig(String name);

  /**
   * {@return the state of the connector and each of its tasks} {@code GET
   * /connectors/{name}/status}. Since 0.10.0.
   *
   * @param name the connector's name
   */
  CompletableFuture<ConnectorStatus> getConnectorStatus(String name);

  /**
   * {@return the connector's tasks and their configs} {@code GET /connectors/{name}/tasks}. Since
   * 0.10.0.
   *
   * @param name the connector's name
   */
  CompletableFuture<List<TaskInfo>> getConnectorTasks(String name);

  /**
   * {@return the state of one task} {@code GET /connectors/{name}/tasks/{taskId}/status}. Since
   * 0.10.0.
   *
   * @param name the connector's name
   * @param taskId the task number, 0 or more
   */
  CompletableFuture<TaskState> getTaskStatus(String name, int taskId);

  /**
   * Restarts the connector instance (not its tasks). {@code POST /connectors/{name}/restart}. Since
   * 0.10.0.
   *
   * @param name the connector's name
   * @return a future that completes when the connector is restarted
   */
  CompletableFuture<Void> restartConnector(String name);

  /**
   * Restarts the connector and, as {@code options} say, its tasks or only the failed ones. {@code
   * POST /connectors/{name}/restart?includeTasks=&onlyFailed=}. With either option set, since Kafka
   * 3.0.0 (an older worker, which would ignore them, is refused).
   *
   * @param name the connector's name
   * @param options which instances to restart: the tasks too, only the failed ones
   * @return the planned states (202), or empty when the worker answered 204
   */
  CompletableFuture<Optional<ConnectorStatus>> restartConnector(
      String name, RestartOptions options);

  /**
   * Restarts one task. {@code POST /connectors/{name}/tasks/{taskId}/restart}. Since 0.10.0.
   *
   * @param name the connector's name
   * @param taskId the task number, 0 or more
   * @return a future that completes when the task is restarted
   */
  CompletableFuture<Void> restartTask(String name, int taskId);

  /**
   * Pauses the connector and its tasks. {@code PUT /connectors/{name}/pause}. Use {@link
   * #awaitConnectorState} to wait for {@code PAUSED}. Since 0.10.0.
   *
   * @param name the connector's name
   * @return a future that completes when the worker accepted the pause
   */
  CompletableFuture<Void> pauseConnector(String name);

  /**
   * Resumes a paused or stopped connector. {@code PUT /connectors/{name}/resume}. Use {@link
   * #awaitConnectorState} to wait for {@code RUNNING}. Since 0.10.0.
   *
   * @param name the connector's name
   * @return a future that completes when the worker accepted the resume
   */
  CompletableFuture<Void> resumeConnector(String name);

  /**
   * Stops the connector and removes its tasks, keeping its config. {@code PUT
   * /connectors/{name}/stop}. Since Kafka 3.5.0.
   *
   * @param name the connector's name
   * @return a future that completes when the worker accepted the stop
   */
  CompletableFuture<Void> stopConnector(String name);

  /**
   * Deletes the connector. {@code DELETE /connectors/{name}}. A retried delete that finds the
   * connector gone counts as success. Since 0.10.0.
   *
   * @param name the connector's name
   * @return a future that completes when the connector is deleted
   */
  CompletableFuture<Void> deleteConnector(String name);

  /**
   * {@return the topics the connector has used since it was created or its topics were reset}
   * {@code GET /connectors/{name}/topics}. Since Kafka 2.5.0.
   *
   * @param name the connector's name
   */
  CompletableFuture<List<String>> getConnectorTopics(String name);

  /**
   * Forgets the connector's active topics. {@code PUT /connectors/{name}/topics/reset}. Since
   * 2.5.0.
   *
   * @param name the connector's name
   * @return a future that completes when the topics are forgotten
   */
  CompletableFuture<Void> resetConnectorTopics(String name);

  /**
   * {@return the connector's offsets} {@code GET /connectors/{name}/offsets}. Since Kafka 3.5.0.
   *
   * @param name the connector's name
   */
  CompletableFuture<ConnectorOffsets> getConnectorOffsets(String name);

  /**
   * Alters the offsets of a STOPPED connector. {@code PATCH /connectors/{name}/offsets}. Since
   * Kafka 3.6.0.
   *
   * @param name the connector's name
   * @param offsets the offsets to write, one entry per partition
   * @return the server's message
   */
  CompletableFuture<String> alterConnectorOffsets(String name, ConnectorOffsets offsets);

  /**
   * Resets all offsets of a STOPPED connector. {@code DELETE /connectors/{name}/offsets}. Since
   * Kafka 3.6.0.
   *
   * @param name the connector's name
   * @return the server's message
   */
  CompletableFuture<String> resetConnectorOffsets(String name);

  /** {@return the installed connector plugins} {@code GET /connector-plugins}. Since 0.10.0. */
  CompletableFuture<List<PluginInfo>> listConnectorPlugins();

  /**
   * {@return every installed plugin, not only connectors} {@code GET
   * /connector-plugins?connectorsOnly=false}. Since Kafka 3.2.0.
   */
  CompletableFuture<List<PluginInfo>> listPlugins();

  /**
   * {@return the config definition of a plugin} {@code GET
   * /connector-plugins/{pluginClass}/config}. Since Kafka 3.2.0.
   *
   * @param pluginClass fully qualified class name or alias of the plugin, e.g. {@code
   *     FileStreamSource}
   */
  CompletableFuture<List<ConfigKeyInfo>> getPluginConfig(String pluginClass);

  /**
   * The config definition of one version of a plugin (KIP-891). {@code GET
   * /connector-plugins/{pluginClass}/config?version=}. Since Kafka 4.1.0 (an older worker, which
   * would ignore the version, is refused).
   *
   * @param version a version as {@link PluginInfo#version()} lists it, or a Maven-style range
   * @param pluginClass the plugin class
   * @return the get plugin config
   */
  CompletableFuture<List<ConfigKeyInfo>> getPluginConfig(String pluginClass, String version);

  /**
   * Validates a connector config without creating anything. {@code PUT
   * /connector-plugins/{pluginClass}/config/validate}. An invalid config is a normal result. Since
   * 0.10.0.
   *
   * @param pluginClass fully qualified class name or alias of the plugin, e.g. {@code
   *     FileStreamSource}
   * @param config the configuration to validate
   * @return a future of the validation result, one entry per key
   */
  CompletableFuture<ConfigValidation> validateConnectorConfig(
      String pluginClass, Map<String, String> config);

  /**
   * Validates a connector config against one version of its plugin (KIP-891). {@code PUT
   * /connector-plugins/{pluginClass}/config/validate}, the config sent with {@code
   * connector.plugin.version} set to {@code version} (what the server reads to pick the version).
   * Since Kafka 4.1.0 (an older worker, which would ignore the key, is refused). Throws {@link
   * IllegalArgumentException} at once when {@code config} names another version.
   *
   * @param config the config
   * @param pluginClass the plugin class
   * @param version the version
   * @return the validate connector config
   */
  CompletableFuture<ConfigValidation> validateConnectorConfig(
      String pluginClass, String version, Map<String, String> config);

  /**
   * Which plugins every configured worker has, as {@link
   * io.github.connectclient.ConnectClient#checkPlugins()} says: each worker URL is asked directly
   * (no failover) for {@code GET /connector-plugins?connectorsOnly=false}, all at once; a worker
   * whose plugins cannot be read is in {@link PluginReport#unreachable()}, and the future completes
   * with the report all the same. Since Kafka 3.2.0.
   *
   * @return the check plugins
   */
  CompletableFuture<PluginReport> checkPlugins();

  /**
   * {@return the loggers with an explicitly set level, plus {@code root}} {@code GET
   * /admin/loggers}. Since 2.4.0.
   */
  CompletableFuture<Map<String, LoggerLevel>> listLoggers();

  /**
   * {@return one logger's level} {@code GET /admin/loggers/{name}}. Since Kafka 2.4.0.
   *
   * @param name the logger's name, e.g. {@code org.apache.kafka.connect.runtime}
   */
  CompletableFuture<LoggerLevel> getLogger(String name);

  /**
   * Sets a logger's level on the worker that receives the call. {@code PUT /admin/loggers/{name}}.
   * Since Kafka 2.4.0.
   *
   * @param name the logger's name, e.g. {@code org.apache.kafka.connect.runtime}
   * @param level one of OFF, FATAL, ERROR, WARN, INFO, DEBUG, TRACE, ALL (case-insensitive)
   * @return the names of the loggers whose level changed
   */
  CompletableFuture<List<String>> setLoggerLevel(String name, String level);

  /**
   * Sets a logger's level on every worker of the cluster. {@code PUT
   * /admin/loggers/{name}?scope=cluster}. Since Kafka 3.7.0.
   *
   * @param name the logger's name, e.g. {@code org.apache.kafka.connect.runtime}
   * @param level one of OFF, FATAL, ERROR, WARN, INFO, DEBUG, TRACE, ALL (case-insensitive)
   * @return a future that completes when the worker accepted the change
   */
  CompletableFuture<Void> setClusterLoggerLevel(String name, String level);

  /**
   * Sends a request the typed API does not cover yet, as {@link
   * io.github.connectclient.ConnectClient#request(RawRequest)} says: path segments each encoded as
   * one segment, the client's authentication, retries by method, failover, size limit and masking;
   * an error answer fails the future with the typed exception of its meaning. A bad segment or a
   * body that is not JSON throws {@link IllegalArgumentException} at once.
   *
   * @param request the request
   * @return the request
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
   * @param name the connector's name
   * @param state the state the connector and its tasks must reach
   * @param timeout how long to poll before giving up
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
   * @param name the connector's name
   * @param state the state the connector and its tasks must reach
   * @param minTasks 0 or more
   * @param timeout how long to poll before giving up
   * @return a future of the status that matched
   */
  CompletableFuture<ConnectorStatus> awaitConnectorState(
      String name, State state, int minTasks, Duration timeout);

  /**
   * Polls until the connector is gone ({@code GET /connectors/{name}/status} answers 404), as
   * {@link io.github.connectclient.ConnectClient#awaitConnectorDeleted} does, without blocking a
   * thread.
   *
   * @param name the connector's name
   * @param timeout how long to poll before giving up
   * @return a future that completes when the connector is gone, or fails with {@link
   *     io.github.connectclient.errors.ConnectorStateTimeoutException} when {@code timeout} passes
   *     first
   */
  CompletableFuture<Void> awaitConnectorDeleted(String name, Duration timeout);

  /**
   * {@link io.github.connectclient.ConnectClient#plan}, without blocking a thread: one expanded
   * listing, the diff, the validations (with the options' parallelism); sends no write.
   *
   * @param specs the connectors as they should be
   * @param options prune, validation, parallelism and await
   * @return a future of the plan: one change per spec (and per connector to prune)
   */
  CompletableFuture<Plan> plan(List<ConnectorSpec> specs, ApplyOptions options);

  /**
   * {@link io.github.connectclient.ConnectClient#apply(Plan)}, without blocking a thread: the
   * future completes when every item is done (and awaited, if the options say so); it never fails
   * for one item's failure.
   *
   * @param plan the plan to carry out, as {@link #plan} made it
   * @return a future of one item per connector, with what was done and how it went
   */
  CompletableFuture<ApplyResult> apply(Plan plan);

  /**
   * {@link #plan} then {@link #apply(Plan)}.
   *
   * @param specs the connectors as they should be
   * @param options prune, validation, parallelism and await
   * @return a future of one item per connector, with what was done and how it went
   */
  CompletableFuture<ApplyResult> apply(List<ConnectorSpec> specs, ApplyOptions options);

  /**
   * {@link io.github.connectclient.ConnectClient#findConnectors}: one expanded listing.
   *
   * @param selector which connectors
   * @return a future of the selected connectors' names, sorted
   */
  CompletableFuture<List<String>> findConnectors(ConnectorSelector selector);

  /**
   * {@link io.github.connectclient.ConnectClient#pauseConnectors}, without blocking a thread.
   * Cancelling the future starts no further pause.
   *
   * @param selector which connectors
   * @return a future of one item per selected connector
   */
  CompletableFuture<BulkResult> pauseConnectors(ConnectorSelector selector);

  /**
   * {@link io.github.connectclient.ConnectClient#resumeConnectors}, without blocking a thread.
   *
   * @param selector which connectors
   * @return a future of one item per selected connector
   */
  CompletableFuture<BulkResult> resumeConnectors(ConnectorSelector selector);

  /**
   * {@link io.github.connectclient.ConnectClient#stopConnectors}, without blocking a thread.
   *
   * @param selector which connectors
   * @return a future of one item per selected connector
   */
  CompletableFuture<BulkResult> stopConnectors(ConnectorSelector selector);

  /**
   * {@link io.github.connectclient.ConnectClient#deleteConnectors}, without blocking a thread.
   *
   * @param selector which connectors
   * @return a future of one item per selected connector
   */
  CompletableFuture<BulkResult> deleteConnectors(ConnectorSelector selector);

  /**
   * {@link io.github.connectclient.ConnectClient#restartConnectors}, without blocking a thread.
   *
   * @param selector which connectors
   * @param options which instances to restart: the tasks too, only the failed ones
   * @return a future of one item per selected connector
   */
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
     *
     * @param executor runs the completion of each returned future
     * @return this builder
     */
    public Builder completionExecutor(Executor executor) {
      this.completionExecutor = Objects.requireNonNull(executor, "completionExecutor == null");
      return this;
    }

    /** {@return the client} */
    public AsyncConnectClient build() {
      return new DefaultAsyncConnectClient(
          Transport.create(BuilderAccess.config(this, completionExecutor)));
    }
  }
}
