package io.github.connectclient.async;

import static io.github.connectclient.async.Bodies.CONFIG;
import static io.github.connectclient.async.Bodies.CONFIG_JSON;
import static io.github.connectclient.async.Bodies.capturedInfo;
import static io.github.connectclient.async.Bodies.capturedStatus;
import static io.github.connectclient.async.Bodies.capturedStrings;
import static io.github.connectclient.async.EndpointCase.call;
import static io.github.connectclient.async.EndpointCase.types;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.connectclient.apply.Action;
import io.github.connectclient.apply.ApplyOptions;
import io.github.connectclient.apply.ApplyResult;
import io.github.connectclient.apply.BulkResult;
import io.github.connectclient.apply.ConnectorChange;
import io.github.connectclient.apply.ConnectorSelector;
import io.github.connectclient.apply.Plan;
import io.github.connectclient.model.ConfigKeyInfo;
import io.github.connectclient.model.ConfigUpdate;
import io.github.connectclient.model.ConfigValidation;
import io.github.connectclient.model.ConnectorExpanded;
import io.github.connectclient.model.ConnectorOffset;
import io.github.connectclient.model.ConnectorOffsets;
import io.github.connectclient.model.HealthStatus;
import io.github.connectclient.model.LoggerLevel;
import io.github.connectclient.model.NewConnector;
import io.github.connectclient.model.PluginInfo;
import io.github.connectclient.model.PluginType;
import io.github.connectclient.model.RestartOptions;
import io.github.connectclient.model.ServerInfo;
import io.github.connectclient.model.State;
import io.github.connectclient.model.TaskId;
import io.github.connectclient.model.TaskInfo;
import io.github.connectclient.model.TaskState;
import io.github.connectclient.testsupport.Fixtures;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.assertj.core.api.InstanceOfAssertFactories;

/**
 * The endpoint table: one row per client method. Answers are the ones captured from the real
 * cluster ({@link Fixtures}); connector {@code fixture-source} is a FileStreamSource.
 */
final class EndpointCases {

  private EndpointCases() {}

  private static final String SOURCE = "fixture-source";
  private static final String LOGGER = "org.apache.kafka.connect.file";

  static Stream<EndpointCase> all() {
    String kafkaVersion = Fixtures.text("server-info", "version");
    return Stream.of(
        call("getServerInfo")
            .sends("GET", "/")
            .answers("server-info")
            .returns(
                new ServerInfo(
                    kafkaVersion,
                    Fixtures.text("server-info", "commit"),
                    Fixtures.text("server-info", "kafka_cluster_id"))),
        call("getHealth")
            .sends("GET", "/health")
            .answers("health")
            .returns(new HealthStatus("healthy", Fixtures.text("health", "message"))),
        call("listConnectors")
            .sends("GET", "/connectors")
            .answers("connectors")
            .returns(List.of(SOURCE)),
        call("listConnectorsExpanded")
            .sends("GET", "/connectors?expand=status&expand=info")
            .answers("connectors-expanded")
            .returns(
                Map.of(
                    SOURCE,
                    new ConnectorExpanded(
                        capturedInfo("connectors-expanded", SOURCE, "info"),
                        capturedStatus("connectors-expanded", SOURCE, "status")))),
        call("createConnector", types(NewConnector.class), new NewConnector(SOURCE, CONFIG, null))
            .sends("POST", "/connectors")
            .withBody("{\"name\":\"fixture-source\",\"config\":" + CONFIG_JSON + "}")
            .answers("connector-created")
            .returns(capturedInfo("connector-created")),
        call("createConnector", types(String.class, Map.class), SOURCE, CONFIG)
            .sends("POST", "/connectors")
            .withBody("{\"name\":\"fixture-source\",\"config\":" + CONFIG_JSON + "}")
            .answers("connector-created")
            .returns(capturedInfo("connector-created")),
        call("putConnectorConfig", types(String.class, Map.class), SOURCE, CONFIG)
            .sends("PUT", "/connectors/fixture-source/config")
            .withBody(CONFIG_JSON)
            .answers("config-updated")
            .returns(new ConfigUpdate(capturedInfo("config-updated"), false)),
        // the capture has no PATCH; it answers the merged connector, as GET /connectors/{name} does
        call(
                "patchConnectorConfig",
                types(String.class, Map.class),
                SOURCE,
                Map.of("tasks.max", "1"))
            .sends("PATCH", "/connectors/fixture-source/config")
            .withBody("{\"tasks.max\":\"1\"}")
            .answers("connector-info")
            .returns(capturedInfo("connector-info")),
        // a name that needs encoding; the answer is still the captured one of fixture-source
        call("getConnector", types(String.class), "a b")
            .sends("GET", "/connectors/a%20b")
            .answers("connector-info")
            .returns(capturedInfo("connector-info")),
        call("getConnectorConfig", types(String.class), SOURCE)
            .sends("GET", "/connectors/fixture-source/config")
            .answers("connector-config")
            .returns(capturedStrings("connector-config")),
        call("getConnectorStatus", types(String.class), SOURCE)
            .sends("GET", "/connectors/fixture-source/status")
            .answers("connector-status")
            .returns(capturedStatus("connector-status")),
        call("getConnectorTasks", types(String.class), SOURCE)
            .sends("GET", "/connectors/fixture-source/tasks")
            .answers("connector-tasks")
            .returns(
                List.of(
                    new TaskInfo(
                        new TaskId(SOURCE, 0), capturedStrings("connector-tasks", 0, "config")))),
        call("getTaskStatus", types(String.class, int.class), SOURCE, 0)
            .sends("GET", "/connectors/fixture-source/tasks/0/status")
            .answers("task-status")
            .returns(
                new TaskState(
                    0,
                    State.RUNNING,
                    Fixtures.text("task-status", "worker_id"),
                    null,
                    kafkaVersion)),
        call("restartConnector", types(String.class), SOURCE)
            .sends("POST", "/connectors/fixture-source/restart")
            .answers(204)
            .returns(null),
        call(
                "restartConnector",
                types(String.class, RestartOptions.class),
                SOURCE,
                RestartOptions.connectorAndTasks())
            .sends("POST", "/connectors/fixture-source/restart?includeTasks=true&onlyFailed=false")
            .answers("restart-planned")
            .returns(Optional.of(capturedStatus("restart-planned"))),
        call("restartTask", types(String.class, int.class), SOURCE, 1)
            .sends("POST", "/connectors/fixture-source/tasks/1/restart")
            .answers(204)
            .returns(null),
        call("pauseConnector", types(String.class), SOURCE)
            .sends("PUT", "/connectors/fixture-source/pause")
            .answers(202)
            .returns(null),
        call("resumeConnector", types(String.class), SOURCE)
            .sends("PUT", "/connectors/fixture-source/resume")
            .answers(202)
            .returns(null),
        call("stopConnector", types(String.class), SOURCE)
            .sends("PUT", "/connectors/fixture-source/stop")
            .answers(204)
            .returns(null),
        call("deleteConnector", types(String.class), SOURCE)
            .sends("DELETE", "/connectors/fixture-source")
            .answers(204)
            .returns(null),
        call("getConnectorTopics", types(String.class), SOURCE)
            .sends("GET", "/connectors/fixture-source/topics")
            .answers("connector-topics")
            .returns(List.of("fixture-topic")),
        call("resetConnectorTopics", types(String.class), SOURCE)
            .sends("PUT", "/connectors/fixture-source/topics/reset")
            .answers(202)
            .returns(null),
        call("getConnectorOffsets", types(String.class), "fixture-sink")
            .sends("GET", "/connectors/fixture-sink/offsets")
            .answers("offsets-sink")
            .returns(
                ConnectorOffsets.of(
                    ConnectorOffset.sink(
                        "fixture-topic",
                        0,
                        ((Number)
                                Fixtures.at("offsets-sink", "offsets", 0, "offset", "kafka_offset"))
                            .longValue()))),
        call(
                "alterConnectorOffsets",
                types(String.class, ConnectorOffsets.class),
                "fixture-sink",
                ConnectorOffsets.of(ConnectorOffset.sink("fixture-topic", 0, 1L)))
            .sends("PATCH", "/connectors/fixture-sink/offsets")
            .withBody(
                "{\"offsets\":[{\"partition\":{\"kafka_topic\":\"fixture-topic\",\"kafka_partition\":0},"
                    + "\"offset\":{\"kafka_offset\":1}}]}")
            .answers("offsets-altered")
            .returns(Fixtures.text("offsets-altered", "message")),
        call("resetConnectorOffsets", types(String.class), SOURCE)
            .sends("DELETE", "/connectors/fixture-source/offsets")
            .answers("offsets-reset")
            .returns(Fixtures.text("offsets-reset", "message")),
        call("listConnectorPlugins")
            .sends("GET", "/connector-plugins")
            .answers("connector-plugins")
            .satisfies(
                plugins ->
                    assertThat(plugins)
                        .asInstanceOf(InstanceOfAssertFactories.LIST)
                        .contains(
                            new PluginInfo(
                                "org.apache.kafka.connect.file.FileStreamSourceConnector",
                                PluginType.SOURCE,
                                kafkaVersion))),
        call("listPlugins")
            .sends("GET", "/connector-plugins?connectorsOnly=false")
            .answers("plugins-all")
            .satisfies(
                plugins ->
                    assertThat(plugins)
                        .asInstanceOf(InstanceOfAssertFactories.LIST)
                        .contains(
                            new PluginInfo(
                                "org.apache.kafka.connect.transforms.Cast$Value",
                                PluginType.TRANSFORMATION,
                                kafkaVersion))
                        .hasSize(((List<?>) Fixtures.at("plugins-all")).size())),
        call("getPluginConfig", types(String.class), "FileStreamSource")
            .sends("GET", "/connector-plugins/FileStreamSource/config")
            .answers("plugin-config")
            .satisfies(
                keys ->
                    assertThat(keys)
                        .asInstanceOf(InstanceOfAssertFactories.LIST)
                        .extracting(key -> ((ConfigKeyInfo) key).name())
                        .startsWith("file", "topic", "batch.size")),
        call("validateConnectorConfig", types(String.class, Map.class), "FileStreamSource", CONFIG)
            .sends("PUT", "/connector-plugins/FileStreamSource/config/validate")
            .withBody(CONFIG_JSON)
            .answers("validate-errors")
            .satisfies(
                validation ->
                    assertThat(((ConfigValidation) validation).errorsByKey())
                        .containsOnlyKeys("tasks.max")),
        call("listLoggers")
            .sends("GET", "/admin/loggers")
            .answers("loggers")
            .satisfies(
                loggers ->
                    assertThat(loggers)
                        .asInstanceOf(InstanceOfAssertFactories.MAP)
                        .containsEntry("root", new LoggerLevel("INFO", null))),
        call("getLogger", types(String.class), "root")
            .sends("GET", "/admin/loggers/root")
            .answers("logger")
            .returns(new LoggerLevel("INFO", null)),
        call("setLoggerLevel", types(String.class, String.class), LOGGER, "DEBUG")
            .sends("PUT", "/admin/loggers/" + LOGGER)
            .withBody("{\"level\":\"DEBUG\"}")
            .answers("logger-set")
            .satisfies(
                changed ->
                    assertThat(changed)
                        .asInstanceOf(InstanceOfAssertFactories.LIST)
                        .contains(LOGGER)),
        call("setClusterLoggerLevel", types(String.class, String.class), LOGGER, "DEBUG")
            .sends("PUT", "/admin/loggers/" + LOGGER + "?scope=cluster")
            .withBody("{\"level\":\"DEBUG\"}")
            .answers(204)
            .returns(null),
        call(
                "awaitConnectorState",
                types(String.class, State.class, Duration.class),
                SOURCE,
                State.RUNNING,
                Duration.ofSeconds(5))
            .sends("GET", "/connectors/fixture-source/status")
            .answers("connector-status")
            .returns(capturedStatus("connector-status")),
        call(
                "awaitConnectorState",
                types(String.class, State.class, int.class, Duration.class),
                SOURCE,
                State.RUNNING,
                1,
                Duration.ofSeconds(5))
            .sends("GET", "/connectors/fixture-source/status")
            .answers("connector-status")
            .returns(capturedStatus("connector-status")),
        call(
                "awaitConnectorDeleted",
                types(String.class, Duration.class),
                SOURCE,
                Duration.ofSeconds(5))
            .sends("GET", "/connectors/fixture-source/status")
            .answers("error-no-status")
            .returns(null),
        // The declarative methods, each in a case that needs one request (the rest: apply tests).
        call("findConnectors", types(ConnectorSelector.class), ConnectorSelector.all())
            .sends("GET", LISTING)
            .answers("connectors-expanded")
            .returns(List.of(SOURCE)),
        call("plan", types(List.class, ApplyOptions.class), List.of(), ApplyOptions.defaults())
            .sends("GET", LISTING)
            .answers("connectors-expanded")
            .satisfies(plan -> assertThat(((Plan) plan).changes()).isEmpty()),
        call("apply", types(List.class, ApplyOptions.class), List.of(), ApplyOptions.defaults())
            .sends("GET", LISTING)
            .answers("connectors-expanded")
            .returns(new ApplyResult(List.of())),
        call("apply", types(Plan.class), pruneFixtureSource())
            .sends("DELETE", "/connectors/fixture-source")
            .answers(204)
            .timed()
            .satisfies(
                result ->
                    assertThat(((ApplyResult) result).items())
                        .singleElement()
                        .satisfies(item -> assertThat(item.succeeded()).isTrue())),
        bulk("pauseConnectors"),
        bulk("resumeConnectors"),
        bulk("stopConnectors"),
        bulk("deleteConnectors"),
        call(
                "restartConnectors",
                types(ConnectorSelector.class, RestartOptions.class),
                ConnectorSelector.all(),
                RestartOptions.connectorAndTasks())
            .sends("GET", LISTING)
            .answers(200, "{}")
            .returns(new BulkResult("restartConnectors", List.of())));
  }

  private static final String LISTING = "/connectors?expand=status&expand=info";

  /** A bulk operation over an empty cluster: the listing, and no item. */
  private static EndpointCase bulk(String method) {
    return call(method, types(ConnectorSelector.class), ConnectorSelector.all())
        .sends("GET", LISTING)
        .answers(200, "{}")
        .returns(new BulkResult(method, List.of()));
  }

  /** A plan that deletes {@code fixture-source}, as prune would. */
  private static Plan pruneFixtureSource() {
    return new Plan(
        List.of(
            new ConnectorChange(
                SOURCE, Action.DELETE, Map.of(), Optional.empty(), Optional.empty(), Map.of())),
        List.of(),
        ApplyOptions.defaults());
  }
}
