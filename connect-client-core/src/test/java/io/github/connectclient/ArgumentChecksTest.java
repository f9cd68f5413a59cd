package io.github.connectclient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.connectclient.model.ConnectorOffset;
import io.github.connectclient.model.ConnectorOffsets;
import io.github.connectclient.model.NewConnector;
import io.github.connectclient.model.RestartOptions;
import io.github.connectclient.model.State;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Bad arguments are refused before any request, with a message naming the parameter. */
class ArgumentChecksTest {

  @RegisterExtension final ConnectServer connect = new ConnectServer();

  private static final Map<String, String> CONFIG = Map.of("connector.class", "io.example.Src");
  private static final ConnectorOffsets OFFSETS =
      ConnectorOffsets.of(ConnectorOffset.sink("t", 0, 5L));

  static Stream<Named<BiConsumer<ConnectClient, String>>> methodsTakingAConnectorName() {
    return Stream.of(
        Named.of("getConnector", (c, name) -> c.getConnector(name)),
        Named.of("getConnectorConfig", (c, name) -> c.getConnectorConfig(name)),
        Named.of("getConnectorStatus", (c, name) -> c.getConnectorStatus(name)),
        Named.of("getConnectorTasks", (c, name) -> c.getConnectorTasks(name)),
        Named.of("getTaskStatus", (c, name) -> c.getTaskStatus(name, 0)),
        Named.of("createConnector", (c, name) -> c.createConnector(name, CONFIG)),
        Named.of("putConnectorConfig", (c, name) -> c.putConnectorConfig(name, CONFIG)),
        Named.of(
            "patchConnectorConfig",
            (c, name) -> c.patchConnectorConfig(name, Map.of("tasks.max", "2"))),
        Named.of("restartConnector", (c, name) -> c.restartConnector(name)),
        Named.of(
            "restartConnector with options",
            (c, name) -> c.restartConnector(name, RestartOptions.connectorAndTasks())),
        Named.of("restartTask", (c, name) -> c.restartTask(name, 0)),
        Named.of("pauseConnector", (c, name) -> c.pauseConnector(name)),
        Named.of("resumeConnector", (c, name) -> c.resumeConnector(name)),
        Named.of("stopConnector", (c, name) -> c.stopConnector(name)),
        Named.of("deleteConnector", (c, name) -> c.deleteConnector(name)),
        Named.of("getConnectorTopics", (c, name) -> c.getConnectorTopics(name)),
        Named.of("resetConnectorTopics", (c, name) -> c.resetConnectorTopics(name)),
        Named.of("getConnectorOffsets", (c, name) -> c.getConnectorOffsets(name)),
        Named.of("alterConnectorOffsets", (c, name) -> c.alterConnectorOffsets(name, OFFSETS)),
        Named.of("resetConnectorOffsets", (c, name) -> c.resetConnectorOffsets(name)),
        Named.of(
            "awaitConnectorState",
            (c, name) -> c.awaitConnectorState(name, State.RUNNING, Duration.ofSeconds(1))));
  }

  static Stream<Arguments> methodsAndUnusableNames() {
    return methodsTakingAConnectorName()
        .flatMap(
            method ->
                Stream.of(
                    Arguments.of(method, null, NullPointerException.class),
                    Arguments.of(method, "", IllegalArgumentException.class),
                    Arguments.of(method, "   ", IllegalArgumentException.class),
                    Arguments.of(method, ".", IllegalArgumentException.class),
                    Arguments.of(method, "..", IllegalArgumentException.class)));
  }

  @ParameterizedTest(name = "{0}(\"{1}\") throws {2}")
  @MethodSource("methodsAndUnusableNames")
  void connectorName_thatIsNullBlankOrADotSegment_isRefusedBeforeAnyRequest(
      BiConsumer<ConnectClient, String> method,
      String name,
      Class<? extends RuntimeException> type) {
    ConnectClient client = connect.client();

    assertThatThrownBy(() -> method.accept(client, name))
        .isInstanceOf(type)
        .hasMessageContaining("name");
    assertThat(connect.requestCount()).isZero();
  }

  private static Arguments refused(
      String description,
      Consumer<ConnectClient> call,
      Class<? extends RuntimeException> type,
      String messagePart) {
    return Arguments.of(Named.of(description, call), type, messagePart);
  }

  static Stream<Arguments> otherBadArguments() {
    Map<String, String> nullValue = new HashMap<>();
    nullValue.put("connector.class", "io.example.Src");
    nullValue.put("database.password", null);
    Map<String, String> nullKey = new HashMap<>();
    nullKey.put(null, "x");
    return Stream.of(
        refused(
            "createConnector with a null request",
            c -> c.createConnector(null),
            NullPointerException.class,
            "request"),
        refused(
            "createConnector with a null config",
            c -> c.createConnector("x", null),
            NullPointerException.class,
            "config"),
        refused(
            "createConnector with a null config value",
            c -> c.createConnector("x", nullValue),
            NullPointerException.class,
            "database.password"),
        refused(
            "createConnector of a NewConnector with a null config value",
            c ->
                c.createConnector(
                    NewConnector.builder().name("x").config("tasks.max", null).build()),
            NullPointerException.class,
            "tasks.max"),
        refused(
            "putConnectorConfig with a null config",
            c -> c.putConnectorConfig("x", null),
            NullPointerException.class,
            "config"),
        refused(
            "putConnectorConfig with a null config value",
            c -> c.putConnectorConfig("x", nullValue),
            NullPointerException.class,
            "database.password"),
        refused(
            "putConnectorConfig with a null key",
            c -> c.putConnectorConfig("x", nullKey),
            NullPointerException.class,
            "null key"),
        refused(
            "patchConnectorConfig with a null patch",
            c -> c.patchConnectorConfig("x", null),
            NullPointerException.class,
            "patch"),
        refused(
            "patchConnectorConfig with an empty patch",
            c -> c.patchConnectorConfig("x", Map.of()),
            IllegalArgumentException.class,
            "patch must not be empty"),
        refused(
            "patchConnectorConfig with a name key",
            c -> c.patchConnectorConfig("x", Map.of("name", "y")),
            IllegalArgumentException.class,
            "'name'"),
        refused(
            "patchConnectorConfig with a null key",
            c -> c.patchConnectorConfig("x", nullKey),
            NullPointerException.class,
            "null key"),
        refused(
            "getTaskStatus of task -1",
            c -> c.getTaskStatus("x", -1),
            IllegalArgumentException.class,
            "taskId must be >= 0 but was -1"),
        refused(
            "restartTask of task -1",
            c -> c.restartTask("x", -1),
            IllegalArgumentException.class,
            "taskId must be >= 0 but was -1"),
        refused(
            "restartConnector with null options",
            c -> c.restartConnector("x", null),
            NullPointerException.class,
            "options"),
        refused(
            "alterConnectorOffsets with null offsets",
            c -> c.alterConnectorOffsets("x", null),
            NullPointerException.class,
            "offsets"),
        refused(
            "alterConnectorOffsets with no offsets",
            c -> c.alterConnectorOffsets("x", ConnectorOffsets.of()),
            IllegalArgumentException.class,
            "offsets"),
        refused(
            "getPluginConfig with a null plugin",
            c -> c.getPluginConfig(null),
            NullPointerException.class,
            "pluginClass"),
        refused(
            "getPluginConfig with a blank plugin",
            c -> c.getPluginConfig(" "),
            IllegalArgumentException.class,
            "pluginClass"),
        refused(
            "validateConnectorConfig with a null plugin",
            c -> c.validateConnectorConfig(null, CONFIG),
            NullPointerException.class,
            "pluginClass"),
        refused(
            "validateConnectorConfig with a null config",
            c -> c.validateConnectorConfig("Src", null),
            NullPointerException.class,
            "config"),
        refused(
            "validateConnectorConfig with a null config value",
            c -> c.validateConnectorConfig("Src", nullValue),
            NullPointerException.class,
            "database.password"),
        refused(
            "getLogger with a null name",
            c -> c.getLogger(null),
            NullPointerException.class,
            "name"),
        refused(
            "getLogger with a blank name",
            c -> c.getLogger(""),
            IllegalArgumentException.class,
            "name"),
        refused(
            "setLoggerLevel with a null name",
            c -> c.setLoggerLevel(null, "INFO"),
            NullPointerException.class,
            "name"),
        refused(
            "setLoggerLevel with a null level",
            c -> c.setLoggerLevel("root", null),
            NullPointerException.class,
            "level"),
        refused(
            "setLoggerLevel with a blank level",
            c -> c.setLoggerLevel("root", " "),
            IllegalArgumentException.class,
            "level"),
        refused(
            "setClusterLoggerLevel with a blank name",
            c -> c.setClusterLoggerLevel(" ", "INFO"),
            IllegalArgumentException.class,
            "name"),
        refused(
            "setClusterLoggerLevel with a null level",
            c -> c.setClusterLoggerLevel("root", null),
            NullPointerException.class,
            "level"),
        refused(
            "awaitConnectorState with a null state",
            c -> c.awaitConnectorState("x", null, Duration.ofSeconds(1)),
            NullPointerException.class,
            "state"),
        refused(
            "awaitConnectorState with a null timeout",
            c -> c.awaitConnectorState("x", State.RUNNING, null),
            NullPointerException.class,
            "timeout"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("otherBadArguments")
  void badArgument_isRefusedBeforeAnyRequest_namingTheParameter(
      Consumer<ConnectClient> call, Class<? extends RuntimeException> type, String messagePart) {
    ConnectClient client = connect.client();

    assertThatThrownBy(() -> call.accept(client))
        .isInstanceOf(type)
        .hasMessageContaining(messagePart);
    assertThat(connect.requestCount()).isZero();
  }
}
