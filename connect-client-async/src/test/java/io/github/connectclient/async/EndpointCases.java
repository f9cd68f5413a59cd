package io.github.connectclient.async;

import static io.github.connectclient.async.Bodies.CONFIG;
import static io.github.connectclient.async.Bodies.CONFIG_JSON;
import static io.github.connectclient.async.Bodies.INFO;
import static io.github.connectclient.async.Bodies.INFO_JSON;
import static io.github.connectclient.async.Bodies.status;
import static io.github.connectclient.async.Bodies.statusJson;
import static io.github.connectclient.async.EndpointCase.call;
import static io.github.connectclient.async.EndpointCase.types;
import static org.assertj.core.api.Assertions.assertThat;

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
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** The endpoint table: one row per client method. */
final class EndpointCases {

  private EndpointCases() {}

  private static final String PLUGIN = "org.apache.kafka.connect.file.FileStreamSourceConnector";
  private static final String PLUGINS_JSON =
      "[{\"class\":\"" + PLUGIN + "\",\"type\":\"source\",\"version\":\"4.1.0\"}]";
  private static final String LOGGER = "org.apache.kafka.connect";

  static Stream<EndpointCase> all() {
    return Stream.of(
        call("getServerInfo")
            .sends("GET", "/")
            .answers(200, "{\"version\":\"4.1.0\",\"commit\":\"abc\",\"kafka_cluster_id\":\"K1\"}")
            .returns(new ServerInfo("4.1.0", "abc", "K1")),
        call("getHealth")
            .sends("GET", "/health")
            .answers(200, "{\"status\":\"healthy\",\"message\":\"Worker has completed startup\"}")
            .returns(new HealthStatus("healthy", "Worker has completed startup")),
        call("listConnectors")
            .sends("GET", "/connectors")
            .answers(200, "[\"a\",\"b\"]")
            .returns(List.of("a", "b")),
        call("listConnectorsExpanded")
            .sends("GET", "/connectors?expand=status&expand=info")
            .answers(200, "{\"a\":{\"info\":" + INFO_JSON + ",\"status\":" + statusJson("a", State.RUNNING) + "}}")
            .returns(Map.of("a", new ConnectorExpanded(INFO, status("a", State.RUNNING)))),
        call("createConnector", types(NewConnector.class), new NewConnector("a", CONFIG, null))
            .sends("POST", "/connectors")
            .withBody("{\"name\":\"a\",\"config\":" + CONFIG_JSON + "}")
            .answers(201, INFO_JSON)
            .returns(INFO),
        call("createConnector", types(String.class, Map.class), "a", CONFIG)
            .sends("POST", "/connectors")
            .withBody("{\"name\":\"a\",\"config\":" + CONFIG_JSON + "}")
            .answers(201, INFO_JSON)
            .returns(INFO),
        call("putConnectorConfig", types(String.class, Map.class), "a", CONFIG)
            .sends("PUT", "/connectors/a/config")
            .withBody(CONFIG_JSON)
            .answers(201, INFO_JSON)
            .returns(new ConfigUpdate(INFO, true)),
        call("patchConnectorConfig", types(String.class, Map.class), "a", Map.of("tasks.max", "1"))
            .sends("PATCH", "/connectors/a/config")
            .withBody("{\"tasks.max\":\"1\"}")
            .answers(200, INFO_JSON)
            .returns(INFO),
        call("getConnector", types(String.class), "a b")
            .sends("GET", "/connectors/a%20b")
            .answers(200, INFO_JSON)
            .returns(INFO),
        call("getConnectorConfig", types(String.class), "a")
            .sends("GET", "/connectors/a/config")
            .answers(200, CONFIG_JSON)
            .returns(CONFIG),
        call("getConnectorStatus", types(String.class), "a")
            .sends("GET", "/connectors/a/status")
            .answers(200, statusJson("a", State.RUNNING))
            .returns(status("a", State.RUNNING)),
        call("getConnectorTasks", types(String.class), "a")
            .sends("GET", "/connectors/a/tasks")
            .answers(200, "[{\"id\":{\"connector\":\"a\",\"task\":0},\"config\":{\"task.class\":\"T\"}}]")
            .returns(List.of(new TaskInfo(new TaskId("a", 0), Map.of("task.class", "T")))),
        call("getTaskStatus", types(String.class, int.class), "a", 0)
            .sends("GET", "/connectors/a/tasks/0/status")
            .answers(200, "{\"id\":0,\"state\":\"FAILED\",\"worker_id\":\"w1:8083\",\"trace\":\"boom\"}")
            .returns(new TaskState(0, State.FAILED, "w1:8083", "boom", null)),
        call("restartConnector", types(String.class), "a")
            .sends("POST", "/connectors/a/restart")
            .answers(204)
            .returns(null),
        call("restartConnector", types(String.class, RestartOptions.class), "a",
            RestartOptions.connectorAndTasks())
            .sends("POST", "/connectors/a/restart?includeTasks=true&onlyFailed=false")
            .answers(202, statusJson("a", State.RESTARTING))
            .returns(Optional.of(status("a", State.RESTARTING))),
        call("restartTask", types(String.class, int.class), "a", 1)
            .sends("POST", "/connectors/a/tasks/1/restart")
            .answers(204)
            .returns(null),
        call("pauseConnector", types(String.class), "a")
            .sends("PUT", "/connectors/a/pause")
            .answers(202)
            .returns(null),
        call("resumeConnector", types(String.class), "a")
            .sends("PUT", "/connectors/a/resume")
            .answers(202)
            .returns(null),
        call("stopConnector", types(String.class), "a")
            .sends("PUT", "/connectors/a/stop")
            .answers(204)
            .returns(null),
        call("deleteConnector", types(String.class), "a")
            .sends("DELETE", "/connectors/a")
            .answers(204)
            .returns(null),
        call("getConnectorTopics", types(String.class), "a")
            .sends("GET", "/connectors/a/topics")
            .answers(200, "{\"a\":{\"topics\":[\"t1\",\"t2\"]}}")
            .returns(List.of("t1", "t2")),
        call("resetConnectorTopics", types(String.class), "a")
            .sends("PUT", "/connectors/a/topics/reset")
            .answers(200)
            .returns(null),
        call("getConnectorOffsets", types(String.class), "a")
            .sends("GET", "/connectors/a/offsets")
            .answers(200, "{\"offsets\":[{\"partition\":{\"kafka_topic\":\"t\",\"kafka_partition\":0},"
                + "\"offset\":{\"kafka_offset\":5}}]}")
            .returns(ConnectorOffsets.of(ConnectorOffset.sink("t", 0, 5L))),
        call("alterConnectorOffsets", types(String.class, ConnectorOffsets.class), "a",
            ConnectorOffsets.of(ConnectorOffset.sink("t", 0, 5L)))
            .sends("PATCH", "/connectors/a/offsets")
            .withBody("{\"offsets\":[{\"partition\":{\"kafka_topic\":\"t\",\"kafka_partition\":0},"
                + "\"offset\":{\"kafka_offset\":5}}]}")
            .answers(200, "{\"message\":\"The offsets for this connector have been altered successfully\"}")
            .returns("The offsets for this connector have been altered successfully"),
        call("resetConnectorOffsets", types(String.class), "a")
            .sends("DELETE", "/connectors/a/offsets")
            .answers(200, "{\"message\":\"The offsets for this connector have been reset successfully\"}")
            .returns("The offsets for this connector have been reset successfully"),
        call("listConnectorPlugins")
            .sends("GET", "/connector-plugins")
            .answers(200, PLUGINS_JSON)
            .returns(List.of(new PluginInfo(PLUGIN, PluginType.SOURCE, "4.1.0"))),
        call("listPlugins")
            .sends("GET", "/connector-plugins?connectorsOnly=false")
            .answers(200, PLUGINS_JSON)
            .returns(List.of(new PluginInfo(PLUGIN, PluginType.SOURCE, "4.1.0"))),
        call("getPluginConfig", types(String.class), "FileStreamSource")
            .sends("GET", "/connector-plugins/FileStreamSource/config")
            .answers(200, "[{\"name\":\"file\",\"type\":\"STRING\",\"required\":false,\"default_value\":null,"
                + "\"importance\":\"HIGH\",\"documentation\":\"Source filename.\",\"group\":null,"
                + "\"width\":\"NONE\",\"display_name\":\"file\",\"dependents\":[],\"order\":-1}]")
            .satisfies(keys -> assertThat(keys).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                .extracting(key -> ((ConfigKeyInfo) key).name())
                .containsExactly("file")),
        call("validateConnectorConfig", types(String.class, Map.class), "FileStreamSource", CONFIG)
            .sends("PUT", "/connector-plugins/FileStreamSource/config/validate")
            .withBody(CONFIG_JSON)
            .answers(200, "{\"name\":\"" + PLUGIN + "\",\"error_count\":0,\"groups\":[\"Common\"],\"configs\":[]}")
            .returns(new ConfigValidation(PLUGIN, 0, List.of("Common"), List.of())),
        call("listLoggers")
            .sends("GET", "/admin/loggers")
            .answers(200, "{\"root\":{\"level\":\"INFO\",\"last_modified\":null}}")
            .returns(Map.of("root", new LoggerLevel("INFO", null))),
        call("getLogger", types(String.class), LOGGER)
            .sends("GET", "/admin/loggers/" + LOGGER)
            .answers(200, "{\"level\":\"DEBUG\",\"last_modified\":1700000000000}")
            .returns(new LoggerLevel("DEBUG", 1700000000000L)),
        call("setLoggerLevel", types(String.class, String.class), LOGGER, "DEBUG")
            .sends("PUT", "/admin/loggers/" + LOGGER)
            .withBody("{\"level\":\"DEBUG\"}")
            .answers(200, "[\"" + LOGGER + "\"]")
            .returns(List.of(LOGGER)),
        call("setClusterLoggerLevel", types(String.class, String.class), LOGGER, "DEBUG")
            .sends("PUT", "/admin/loggers/" + LOGGER + "?scope=cluster")
            .withBody("{\"level\":\"DEBUG\"}")
            .answers(204)
            .returns(null),
        call("awaitConnectorState", types(String.class, State.class, Duration.class), "a", State.RUNNING,
            Duration.ofSeconds(5))
            .sends("GET", "/connectors/a/status")
            .answers(200, statusJson("a", State.RUNNING))
            .returns(status("a", State.RUNNING)));
  }
}
