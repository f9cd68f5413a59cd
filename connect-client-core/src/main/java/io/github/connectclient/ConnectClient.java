package io.github.connectclient;

import io.github.connectclient.apply.ApplyOptions;
import io.github.connectclient.apply.ApplyResult;
import io.github.connectclient.apply.BulkResult;
import io.github.connectclient.apply.ConnectorSelector;
import io.github.connectclient.apply.ConnectorSpec;
import io.github.connectclient.apply.Plan;
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
import java.util.Optional;

/**
 * A synchronous client for the Kafka Connect REST API: one method per endpoint.
 *
 * <p>Thread-safe and meant to be shared; {@link #close()} releases its connections and threads.
 * Build one with {@link #builder()}. Every method throws a subtype of {@link
 * io.github.connectclient.errors.ConnectClientException} when the call fails (see {@code
 * docs/errors.md}); arguments are checked before any request is sent. Rebalance conflicts, a
 * momentarily unreachable leader and, for idempotent calls, transient 5xx answers are retried as
 * the {@link RetryPolicy} allows.
 *
 * <p><b>Worker versions.</b> A call that needs a newer worker than Connect's first release (an
 * endpoint, or an option or field, introduced later: each method says since when) is checked before
 * it is sent against the Kafka version of the worker it goes to, which the client asks once per
 * worker URL ({@code GET /}; again after that worker failed to answer, and a failover asks the
 * other worker). When the worker is older the method throws {@link
 * io.github.connectclient.errors.UnsupportedEndpointException} naming what needs the newer worker,
 * the Apache Kafka version it needs and the worker's version (a Confluent Platform version with its
 * Apache Kafka line, e.g. {@code 7.6.0-ccs, Apache Kafka 3.6}), and nothing is sent: an older
 * worker never silently ignores an option. When the version cannot be read (the worker is down,
 * {@code GET /} is refused or answers something else), the call is sent and the worker answers it.
 *
 * <p>Being an interface, it is easy to fake in your own tests.
 */
public interface ConnectClient extends AutoCloseable {

  /** {@return a builder for a client; {@link Builder#url(String)} is required} */
  static Builder builder() {
    return new Builder();
  }

  /**
   * {@return the worker's version, commit and Kafka cluster id} {@code GET /}. Since Kafka 0.10.0
   * ({@code kafkaClusterId} since 1.1.0).
   */
  ServerInfo getServerInfo();

  /**
   * {@return the worker's health} {@code GET /health}. A starting (503) or unhealthy (500) worker
   * is reported in the result, not thrown. Since Kafka 3.9.0; older workers throw {@link
   * io.github.connectclient.errors.UnsupportedEndpointException}.
   */
  HealthStatus getHealth();

  /**
   * {@return the names of all connectors, in no particular order} {@code GET /connectors}. Since
   * 0.10.0.
   */
  List<String> listConnectors();

  /**
   * {@return every connector with its info and status, keyed by name} {@code GET
   * /connectors?expand=status&expand=info}. A connector with no status yet (just created or just
   * deleted) is left out by the server. Since Kafka 2.3.0 (an older worker is refused).
   */
  Map<String, ConnectorExpanded> listConnectorsExpanded();

  /**
   * Creates a connector. {@code POST /connectors}. Not idempotent: a name that exists throws {@link
   * io.github.connectclient.errors.ConnectorAlreadyExistsException} at once; use {@link
   * #putConnectorConfig} to create or update. {@code initialState} is sent only when set; it needs
   * Kafka 3.7.0, and a create with it is refused with {@link
   * io.github.connectclient.errors.UnsupportedEndpointException} by an older worker (which would
   * answer 500). Since 0.10.0.
   *
   * <p>Never sent twice once it may have reached the server. When it fails in a way where the
   * server may have created the connector (no answer after sending, {@code Request timed out}), the
   * client reads {@code GET /connectors/{name}}: the connector with the requested config is
   * returned as created; otherwise {@link
   * io.github.connectclient.errors.CreateOutcomeUnknownException} says what was found
   * (docs/retries.md).
   *
   * @param request the connector's name, configuration and optional initial state
   * @return the connector as created; its task list is normally empty at this point
   */
  ConnectorInfo createConnector(NewConnector request);

  /**
   * Creates a connector from a name and a config. Same as {@link #createConnector(NewConnector)}.
   *
   * @param name the connector's name
   * @param config the connector's configuration; {@code connector.class} names its plugin
   * @return the connector as created
   */
  ConnectorInfo createConnector(String name, Map<String, String> config);

  /**
   * Creates the connector or replaces its config. {@code PUT /connectors/{name}/config}. The result
   * says whether it was created (201) or updated (200). Every call restarts the connector on the
   * worker, even with an identical config. Since 0.10.0.
   *
   * @param name the connector's name
   * @param config the connector's configuration; {@code connector.class} names its plugin
   * @return the stored connector and whether it was created
   */
  ConfigUpdate putConnectorConfig(String name, Map<String, String> config);

  /**
   * Changes some keys of a connector's config; a {@code null} value removes the key. {@code PATCH
   * /connectors/{name}/config}. A {@code name} key in the patch is refused before any request (the
   * server would store it unchecked). Since Kafka 3.8.0 (an older worker is refused).
   *
   * @param name the connector's name
   * @param patch the keys to change, a {@code null} value for a key to remove
   * @return the connector with its merged config
   */
  ConnectorInfo patchConnectorConfig(String name, Map<String, String> patch);

  /**
   * {@return the connector's config, tasks and type} {@code GET /connectors/{name}}. Since 0.10.0.
   *
   * @param name the connector's name
   */
  ConnectorInfo getConnector(String name);

  /**
   * {@return the connector's stored config (placeholders such as {@code ${file:...}} are not
   * resolved)} {@code GET /connectors/{name}/config}. Since 0.10.0.
   *
   * @param name the connector's name
   */
  Map<String, String> getConnectorConfig(String name);

  /**
   * {@return the state of the connector and each of its tasks} {@code GET
   * /connectors/{name}/status}. Since 0.10.0.
   *
   * @param name the connector's name
   */
  ConnectorStatus getConnectorStatus(String name);

  /**
   * {@return the connector's tasks and their configs} {@code GET /connectors/{name}/tasks}. Since
   * 0.10.0.
   *
   * @param name the connector's name
   */
  List<TaskInfo> getConnectorTasks(String name);

  /**
   * {@return the state of one task} {@code GET /connectors/{name}/tasks/{taskId}/status}. Since
   * 0.10.0.
   *
   * @param name the connector's name
   * @param taskId the task number, 0 or more
   */
  TaskState getTaskStatus(String name, int taskId);

  /**
   * Restarts the connector instance (not its tasks). {@code POST /connectors/{name}/restart}. Since
   * 0.10.0.
   *
   * @param name the connector's name
   */
  void restartConnector(String name);

  /**
   * Restarts the connector and, as {@code options} say, its tasks or only the failed ones. {@code
   * POST /connectors/{name}/restart?includeTasks=&onlyFailed=}. Asynchronous on the server. The
   * options need Kafka 3.0.0: with either set, an older worker (which would ignore them) is refused
   * with {@link io.github.connectclient.errors.UnsupportedEndpointException}.
   *
   * @param name the connector's name
   * @param options which instances to restart: the tasks too, only the failed ones
   * @return the planned states (202, instances to restart show {@code RESTARTING}), or empty when
   *     the worker answered 204 (nothing asked beyond the connector)
   */
  Optional<ConnectorStatus> restartConnector(String name, RestartOptions options);

  /**
   * Restarts one task. {@code POST /connectors/{name}/tasks/{taskId}/restart}. Since 0.10.0.
   *
   * @param name the connector's name
   * @param taskId the task number, 0 or more
   */
  void restartTask(String name, int taskId);

  /**
   * Pauses the connector and its tasks. {@code PUT /connectors/{name}/pause}. Asynchronous: use
   * {@link #awaitConnectorState} to wait for {@code PAUSED}. Since 0.10.0.
   *
   * @param name the connector's name
   */
  void pauseConnector(String name);

  /**
   * Resumes a paused or stopped connector. {@code PUT /connectors/{name}/resume}. Asynchronous: use
   * {@link #awaitConnectorState} to wait for {@code RUNNING}. Since 0.10.0.
   *
   * @param name the connector's name
   */
  void resumeConnector(String name);

  /**
   * Stops the connector and removes its tasks, keeping its config; offsets can then be altered or
   * reset. {@code PUT /connectors/{name}/stop}. Since Kafka 3.5.0.
   *
   * @param name the connector's name
   */
  void stopConnector(String name);

  /**
   * Deletes the connector. {@code DELETE /connectors/{name}}. A retried delete that finds the
   * connector gone after an earlier attempt that may have applied counts as success. Since 0.10.0.
   *
   * @param name the connector's name
   */
  void deleteConnector(String name);

  /**
   * {@return the topics the connector has used since it was created or its topics were reset}
   * {@code GET /connectors/{name}/topics}. An unknown connector has none (the server answers 200).
   * Since Kafka 2.5.0.
   *
   * @param name the connector's name
   */
  List<String> getConnectorTopics(String name);

  /**
   * Forgets the connector's active topics. {@code PUT /connectors/{name}/topics/reset}. Since
   * 2.5.0.
   *
   * @param name the connector's name
   */
  void resetConnectorTopics(String name);

  /**
   * {@return the connector's offsets} {@code GET /connectors/{name}/offsets}. Since Kafka 3.5.0.
   *
   * @param name the connector's name
   */
  ConnectorOffsets getConnectorOffsets(String name);

  /**
   * Alters the offsets of a STOPPED connector; a null offset removes that partition's offset.
   * {@code PATCH /connectors/{name}/offsets}. Since Kafka 3.6.0 (an older worker is refused).
   *
   * @param name the connector's name
   * @param offsets the offsets to write, one entry per partition
   * @return the server's message
   */
  String alterConnectorOffsets(String name, ConnectorOffsets offsets);

  /**
   * Resets all offsets of a STOPPED connector. {@code DELETE /connectors/{name}/offsets}. Since
   * Kafka 3.6.0 (an older worker is refused).
   *
   * @param name the connector's name
   * @return the server's message
   */
  String resetConnectorOffsets(String name);

  /** {@return the installed connector plugins} {@code GET /connector-plugins}. Since 0.10.0. */
  List<PluginInfo> listConnectorPlugins();

  /**
   * {@return every installed plugin: connectors, converters, header converters, transformations and
   * predicates} {@code GET /connector-plugins?connectorsOnly=false}. Since Kafka 3.2.0 (older
   * workers list connectors only).
   */
  List<PluginInfo> listPlugins();

  /**
   * {@return the config definition of a plugin} {@code GET
   * /connector-plugins/{pluginClass}/config}. Since Kafka 3.2.0.
   *
   * @param pluginClass fully qualified class name or alias, e.g. {@code FileStreamSource}
   */
  List<ConfigKeyInfo> getPluginConfig(String pluginClass);

  /**
   * The config definition of one version of a plugin, where several are installed (KIP-891). {@code
   * GET /connector-plugins/{pluginClass}/config?version=}. Since Kafka 4.1.0: an older worker,
   * which would ignore the version, is refused with {@link
   * io.github.connectclient.errors.UnsupportedEndpointException}.
   *
   * @param pluginClass fully qualified class name or alias, e.g. {@code FileStreamSource}
   * @param version a version as {@link PluginInfo#version()} lists it, or a Maven-style range such
   *     as {@code [1.0,2.0)}
   * @throws io.github.connectclient.errors.BadRequestException when no installed version matches
   *     (the server's message lists the versions it has) or the range is malformed
   * @return the get plugin config
   */
  List<ConfigKeyInfo> getPluginConfig(String pluginClass, String version);

  /**
   * Validates a connector config without creating anything. {@code PUT
   * /connector-plugins/{pluginClass}/config/validate}. An invalid config is a normal result: check
   * {@link ConfigValidation#errorCount()}. Since 0.10.0.
   *
   * @param pluginClass fully qualified class name or alias, e.g. {@code FileStreamSource}
   * @param config the configuration to validate
   * @return the validation result, one entry per key
   */
  ConfigValidation validateConnectorConfig(String pluginClass, Map<String, String> config);

  /**
   * Validates a connector config against one version of its plugin, where several are installed
   * (KIP-891). {@code PUT /connector-plugins/{pluginClass}/config/validate}, the config sent with
   * {@code connector.plugin.version} set to {@code version}: that key is what the server reads to
   * pick the version (it reads no {@code ?version=} on this endpoint). A version that is not
   * installed is a validation error of that key. Since Kafka 4.1.0: an older worker, which would
   * ignore the key, is refused with {@link
   * io.github.connectclient.errors.UnsupportedEndpointException}.
   *
   * @param version a version as {@link PluginInfo#version()} lists it, or a Maven-style range
   * @throws IllegalArgumentException when {@code config} sets {@code connector.plugin.version} to
   *     another version
   * @param config the config
   * @param pluginClass the plugin class
   * @return the validate connector config
   */
  ConfigValidation validateConnectorConfig(
      String pluginClass, String version, Map<String, String> config);

  /**
   * Which plugins every configured worker has: a connector must be installed on all of them, as a
   * task may run on any. Asks each worker URL the client was built with for all its plugins,
   * directly (no failover: each answer must be that worker's), {@code GET
   * /connector-plugins?connectorsOnly=false}, and reports per plugin class and version the workers
   * that have it and those that lack it ({@link PluginReport#missing()}). A worker whose plugins
   * cannot be read (down, refusing, answering an error, older than Kafka 3.2.0) is in {@link
   * PluginReport#unreachable()} with why, never left out; that does not make this method throw. The
   * workers are asked one after the other, each request with the client's authentication, version
   * check and retry policy (on that worker). Since Kafka 3.2.0.
   *
   * @throws IllegalStateException when the client is closed
   * @return the check plugins
   */
  PluginReport checkPlugins();

  /**
   * {@return the loggers with an explicitly set level, plus {@code root}} {@code GET
   * /admin/loggers}. Since Kafka 2.4.0.
   */
  Map<String, LoggerLevel> listLoggers();

  /**
   * {@return one logger's level} {@code GET /admin/loggers/{name}}. Since Kafka 2.4.0.
   *
   * @param name the logger's name, e.g. {@code org.apache.kafka.connect.runtime}
   */
  LoggerLevel getLogger(String name);

  /**
   * Sets a logger's level on the worker that receives the call. {@code PUT /admin/loggers/{name}}.
   * An invalid level is answered 404 by the server and thrown as {@link
   * io.github.connectclient.errors.NotFoundException}. Since Kafka 2.4.0.
   *
   * @param name the logger's name, e.g. {@code org.apache.kafka.connect.runtime}
   * @param level one of OFF, FATAL, ERROR, WARN, INFO, DEBUG, TRACE, ALL (case-insensitive)
   * @return the names of the loggers whose level changed
   */
  List<String> setLoggerLevel(String name, String level);

  /**
   * Sets a logger's level on every worker of the cluster. {@code PUT
   * /admin/loggers/{name}?scope=cluster}. Applied asynchronously by each worker. Since Kafka 3.7.0
   * (older workers apply it to the receiving worker only).
   *
   * @param name the logger's name, e.g. {@code org.apache.kafka.connect.runtime}
   * @param level one of OFF, FATAL, ERROR, WARN, INFO, DEBUG, TRACE, ALL (case-insensitive)
   */
  void setClusterLoggerLevel(String name, String level);

  /**
   * Sends a request the typed API does not cover yet: an endpoint a newer worker adds, a vendor's
   * extension. The path is given as segments, each sent encoded as one segment ({@link
   * RawRequest}). The request gets what every typed call gets: the client's authentication and
   * headers, retries by method ({@code GET} safe; {@code PUT}, {@code PATCH}, {@code DELETE}
   * idempotent; {@code POST} never repeated once it may have applied), failover, redirects, the
   * response size limit, and secrets of its body masked in messages. It is never refused for the
   * worker's version: the client does not know what it needs.
   *
   * <pre>{@code
   * ConnectorStatus status =
   *     client.request(RawRequest.get("connectors", name, "status")).as(ConnectorStatus.class);
   * }</pre>
   *
   * @return the answer (2xx), with {@link RawResponse#as(Class)} to decode it
   * @throws io.github.connectclient.errors.ConnectServerException (its subtypes) for an error
   *     answer, as for a typed call: {@link io.github.connectclient.errors.NotFoundException} for a
   *     404 (also a route the worker does not have), {@link
   *     io.github.connectclient.errors.BadRequestException} for a 400...
   * @throws io.github.connectclient.errors.MalformedResponseException when the body is larger than
   *     the size limit
   * @throws IllegalArgumentException for a segment that is empty, {@code .} or {@code ..}, or a
   *     body that is not JSON, before anything is sent
   * @param request the request
   */
  RawResponse request(RawRequest request);

  /**
   * Polls the connector's status until the connector and all its tasks are in {@code state}. For
   * {@code RUNNING} and {@code PAUSED} at least one task must exist (a connector just created has
   * none yet); for {@code STOPPED} the task list is empty. A connector with no status yet is polled
   * again. The pause between polls starts at 100 ms and doubles up to 1 s.
   *
   * <p>Fails fast when waiting cannot succeed: when the connector or a task is {@code FAILED} while
   * another state than {@code FAILED} or {@code STOPPED} is awaited (stopping removes failed
   * tasks).
   *
   * @param name the connector's name
   * @param state the state the connector and its tasks must reach
   * @param timeout how long to poll before giving up
   * @return the status that matched
   * @throws io.github.connectclient.errors.ConnectorFailedException when the connector or a task
   *     failed; it holds the status and the failure's trace
   * @throws io.github.connectclient.errors.ConnectorStateTimeoutException when {@code timeout}
   *     passes first; it holds the last status seen
   */
  ConnectorStatus awaitConnectorState(String name, State state, Duration timeout);

  // Declarative and bulk (issue 13): awaits, plan and apply, bulk operations.

  /**
   * Like {@link #awaitConnectorState(String, State, Duration)}, but waits until at least {@code
   * minTasks} tasks exist and all of them (and the connector) are in {@code state}: for example the
   * {@code tasks.max} of a connector that always starts that many.
   *
   * @param name the connector's name
   * @param state the state the connector and its tasks must reach
   * @param minTasks 0 or more
   * @param timeout how long to poll before giving up
   * @return the status that matched
   */
  ConnectorStatus awaitConnectorState(String name, State state, int minTasks, Duration timeout);

  /**
   * Polls until the connector is gone: {@code GET /connectors/{name}/status} answers 404, so its
   * config is deleted and its tasks are stopped. Returns at once for a connector that does not
   * exist. Polls back off as for {@link #awaitConnectorState(String, State, Duration)}.
   *
   * @param name the connector's name
   * @param timeout how long to poll before giving up
   * @throws io.github.connectclient.errors.ConnectorStateTimeoutException when {@code timeout}
   *     passes first (its expected state is {@code DESTROYED})
   */
  void awaitConnectorDeleted(String name, Duration timeout);

  /**
   * What it takes to make the cluster look like {@code specs}: reads the cluster with one expanded
   * listing ({@code GET /connectors?expand=status&expand=info}, never one call per connector),
   * diffs each spec against it (the server-added {@code name} key is no drift; values compare as
   * stored strings; {@code ${...}} references as written), validates each config to write with its
   * plugin ({@code PUT /connector-plugins/{class}/config/validate}) unless {@link
   * ApplyOptions#validate} is off, and adds a DELETE for each connector not in the specs that
   * {@link ApplyOptions#prune} and its selector allow. A spec's connector that the listing left out
   * (no status yet, just created) is looked up ({@code GET /connectors}, then {@code GET
   * /connectors/{name}}) rather than planned as a create. Sends no write. See {@code
   * docs/apply.md}.
   *
   * @param specs the connectors as they should be
   * @param options prune, validation, parallelism and await
   * @return the plan: one change per spec (and per connector to prune)
   * @throws IllegalArgumentException before any request when two specs share a name (or one is
   *     unsafe: {@link io.github.connectclient.errors.UnsafeConnectorNameException})
   */
  Plan plan(List<ConnectorSpec> specs, ApplyOptions options);

  /**
   * Carries out {@code plan} exactly: a NONE item sends no write at all, CREATE posts the connector
   * (with {@code initial_state} on a 3.7+ worker, else create then pause or stop), UPDATE puts the
   * config and/or pauses, resumes or stops it, DELETE deletes it. Items run with the plan's
   * parallelism; a failed item is recorded and the others go on; an item refused by validation
   * sends nothing and fails with {@link io.github.connectclient.errors.InvalidConfigException}.
   * With {@link ApplyOptions#await} each changed connector is awaited (as {@link
   * #awaitConnectorState}) and each deleted one until gone.
   *
   * @param plan the plan to carry out, as {@link #plan} made it
   * @return one item per change, in plan order; {@link ApplyResult#throwIfFailed()} to fail on any
   */
  ApplyResult apply(Plan plan);

  /**
   * {@link #plan} then {@link #apply(Plan)}.
   *
   * @param specs the connectors as they should be
   * @param options prune, validation, parallelism and await
   * @return one item per connector, with what was done and how it went
   */
  ApplyResult apply(List<ConnectorSpec> specs, ApplyOptions options);

  /**
   * The names of the connectors {@code selector} picks, sorted, from one expanded listing. A
   * connector with no status yet (just created) is not in the listing.
   *
   * @param selector which connectors
   * @return the selected connectors' names, sorted
   */
  List<String> findConnectors(ConnectorSelector selector);

  /**
   * Pauses each selected connector ({@code PUT /connectors/{name}/pause}), four at a time; one item
   * per connector, a failure never stops the others. A name given to {@link
   * ConnectorSelector#named} that does not exist is an item failed with {@link
   * io.github.connectclient.errors.ConnectorNotFoundException}.
   *
   * @param selector which connectors
   * @return one item per selected connector
   */
  BulkResult pauseConnectors(ConnectorSelector selector);

  /**
   * Resumes each selected connector, as {@link #pauseConnectors} pauses them.
   *
   * @param selector which connectors
   * @return one item per selected connector
   */
  BulkResult resumeConnectors(ConnectorSelector selector);

  /**
   * Stops each selected connector (Kafka 3.5.0+), as {@link #pauseConnectors} pauses them.
   *
   * @param selector which connectors
   * @return one item per selected connector
   */
  BulkResult stopConnectors(ConnectorSelector selector);

  /**
   * Deletes each selected connector, as {@link #pauseConnectors} pauses them.
   *
   * @param selector which connectors
   * @return one item per selected connector
   */
  BulkResult deleteConnectors(ConnectorSelector selector);

  /**
   * Restarts each selected connector as {@code options} say ({@code POST
   * /connectors/{name}/restart}), as {@link #pauseConnectors} pauses them.
   *
   * @param selector which connectors
   * @param options which instances to restart: the tasks too, only the failed ones
   * @return one item per selected connector
   */
  BulkResult restartConnectors(ConnectorSelector selector, RestartOptions options);

  /** Releases the connections and threads this client owns. Calls after close fail fast. */
  @Override
  void close();

  /** Builds a {@link ConnectClient}. Not thread-safe; the built client is. */
  final class Builder extends ClientBuilder<Builder> {

    Builder() {}

    @Override
    protected Builder self() {
      return this;
    }

    /** {@return the client} */
    public ConnectClient build() {
      return new DefaultConnectClient(Transport.create(config(null)));
    }
  }
}
