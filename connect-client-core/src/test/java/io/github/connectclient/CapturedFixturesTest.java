package io.github.connectclient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.connectclient.errors.BadRequestException;
import io.github.connectclient.errors.ConnectServerException;
import io.github.connectclient.errors.ConnectorAlreadyExistsException;
import io.github.connectclient.errors.ConnectorNotFoundException;
import io.github.connectclient.errors.InvalidConfigException;
import io.github.connectclient.errors.NotFoundException;
import io.github.connectclient.errors.ServerErrorException;
import io.github.connectclient.model.ConfigKeyInfo;
import io.github.connectclient.model.ConfigUpdate;
import io.github.connectclient.model.ConfigValidation;
import io.github.connectclient.model.ConnectorExpanded;
import io.github.connectclient.model.ConnectorInfo;
import io.github.connectclient.model.ConnectorOffset;
import io.github.connectclient.model.ConnectorOffsets;
import io.github.connectclient.model.ConnectorStatus;
import io.github.connectclient.model.HealthStatus;
import io.github.connectclient.model.LoggerLevel;
import io.github.connectclient.model.PluginInfo;
import io.github.connectclient.model.RestartOptions;
import io.github.connectclient.model.ServerInfo;
import io.github.connectclient.model.TaskInfo;
import io.github.connectclient.model.TaskState;
import io.github.connectclient.testsupport.Fixtures;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every response captured from the real cluster ({@code fixtures/}, see its README) goes through
 * the client as the worker sent it (sync and async): a success body decodes to the model of its
 * endpoint with no enum left {@code UNKNOWN}, an error body becomes the exception of its meaning.
 */
class CapturedFixturesTest {

  @RegisterExtension final ConnectServer connect = new ConnectServer();

  private static final String SOURCE = "fixture-source";
  private static final Map<String, String> CONFIG =
      Map.of("connector.class", "FileStreamSource", "tasks.max", "1", "topic", "fixture-topic");

  /** A success fixture, the operation that asked for it and the type it must decode to. */
  record Decoded(String fixture, Operation operation, Class<?> type, Class<?> elementType) {}

  /** An error fixture, an operation it answers, and the exception it must become. */
  record Thrown(
      String fixture,
      Operation operation,
      Class<? extends ConnectServerException> type,
      String contentType) {}

  private static Decoded decoded(String fixture, Operation operation, Class<?> type) {
    return new Decoded(fixture, operation, type, null);
  }

  /** A list, map (its values) or optional whose elements must be of {@code elementType}. */
  private static Decoded decoded(
      String fixture, Operation operation, Class<?> type, Class<?> elementType) {
    return new Decoded(fixture, operation, type, elementType);
  }

  private static Thrown thrown(
      String fixture, Operation operation, Class<? extends ConnectServerException> type) {
    return new Thrown(fixture, operation, type, "application/json");
  }

  static List<Decoded> successes() {
    ConnectorOffsets rewind =
        ConnectorOffsets.of(
            ConnectorOffset.source(
                Map.of("filename", Fixtures.text("connector-config", "file")),
                Map.of("position", 6)));
    return List.of(
        decoded("server-info", Operation.of("getServerInfo"), ServerInfo.class),
        decoded("health", Operation.of("getHealth"), HealthStatus.class),
        decoded("connectors", Operation.of("listConnectors"), List.class, String.class),
        decoded(
            "connectors-expanded",
            Operation.of("listConnectorsExpanded"),
            Map.class,
            ConnectorExpanded.class),
        decoded(
            "connectors-expanded-production",
            Operation.of("listConnectorsExpanded"),
            Map.class,
            ConnectorExpanded.class),
        decoded(
            "connector-created",
            Operation.of("createConnector", SOURCE, CONFIG),
            ConnectorInfo.class),
        decoded(
            "connector-created-sink",
            Operation.of("createConnector", "fixture-sink", CONFIG),
            ConnectorInfo.class),
        decoded(
            "connector-created-failing",
            Operation.of("createConnector", "fixture-failing", CONFIG),
            ConnectorInfo.class),
        decoded(
            "config-updated",
            Operation.of("putConnectorConfig", SOURCE, CONFIG),
            ConfigUpdate.class),
        decoded("connector-info", Operation.of("getConnector", SOURCE), ConnectorInfo.class),
        decoded(
            "connector-config",
            Operation.of("getConnectorConfig", SOURCE),
            Map.class,
            String.class),
        decoded(
            "connector-status", Operation.of("getConnectorStatus", SOURCE), ConnectorStatus.class),
        decoded(
            "connector-status-failed-task",
            Operation.of("getConnectorStatus", "fixture-failing"),
            ConnectorStatus.class),
        decoded(
            "connector-tasks",
            Operation.of("getConnectorTasks", SOURCE),
            List.class,
            TaskInfo.class),
        decoded("task-status", Operation.of("getTaskStatus", SOURCE, 0), TaskState.class),
        decoded(
            "connector-topics",
            Operation.of("getConnectorTopics", SOURCE),
            List.class,
            String.class),
        decoded(
            "restart-planned",
            Operation.of("restartConnector", SOURCE, RestartOptions.connectorAndTasks()),
            Optional.class,
            ConnectorStatus.class),
        decoded(
            "offsets-source", Operation.of("getConnectorOffsets", SOURCE), ConnectorOffsets.class),
        decoded(
            "offsets-sink",
            Operation.of("getConnectorOffsets", "fixture-sink"),
            ConnectorOffsets.class),
        decoded(
            "offsets-altered", Operation.of("alterConnectorOffsets", SOURCE, rewind), String.class),
        decoded("offsets-reset", Operation.of("resetConnectorOffsets", SOURCE), String.class),
        decoded(
            "connector-plugins",
            Operation.of("listConnectorPlugins"),
            List.class,
            PluginInfo.class),
        decoded("plugins-all", Operation.of("listPlugins"), List.class, PluginInfo.class),
        decoded(
            "plugin-config",
            Operation.of("getPluginConfig", "FileStreamSource"),
            List.class,
            ConfigKeyInfo.class),
        decoded(
            "validate-errors",
            Operation.of("validateConnectorConfig", "FileStreamSource", CONFIG),
            ConfigValidation.class),
        decoded("loggers", Operation.of("listLoggers"), Map.class, LoggerLevel.class),
        decoded("logger", Operation.of("getLogger", "root"), LoggerLevel.class),
        decoded(
            "logger-set",
            Operation.of("setLoggerLevel", "org.apache.kafka.connect.file", "DEBUG"),
            List.class,
            String.class));
  }

  static List<Thrown> errors() {
    ConnectorOffsets rewind =
        ConnectorOffsets.of(
            ConnectorOffset.source(Map.of("filename", "in.txt"), Map.of("position", 6)));
    return List.of(
        thrown(
            "error-already-exists",
            Operation.of("createConnector", SOURCE, CONFIG),
            ConnectorAlreadyExistsException.class),
        thrown(
            "error-connector-not-found",
            Operation.of("getConnector", "nope"),
            ConnectorNotFoundException.class),
        thrown(
            "error-no-status",
            Operation.of("getConnectorStatus", "nope"),
            ConnectorNotFoundException.class),
        thrown(
            "error-invalid-config",
            Operation.of("createConnector", "bad", CONFIG),
            InvalidConfigException.class),
        thrown(
            "error-invalid-log-level",
            Operation.of("setLoggerLevel", "root", "LOUD"),
            NotFoundException.class),
        thrown(
            "error-offsets-not-stopped",
            Operation.of("alterConnectorOffsets", SOURCE, rewind),
            BadRequestException.class),
        thrown(
            "error-malformed-request",
            Operation.of("createConnector", SOURCE, CONFIG),
            ServerErrorException.class),
        // The JAX-RS router's own errors carry no Content-Type.
        new Thrown(
            "error-unknown-route",
            Operation.of("getConnectorStatus", SOURCE),
            NotFoundException.class,
            null),
        // A 405 on an endpoint newer than 0.10.0 is explained with the worker's version (GET /,
        // asked before sending); the captured 4.3.1 is new enough, so the route is there but
        // refused: not found.
        new Thrown(
            "error-method-not-allowed",
            Operation.of("resetConnectorOffsets", SOURCE),
            NotFoundException.class,
            null),
        new Thrown(
            "error-jetty-ambiguous-path",
            Operation.of("getConnector", "a/b"),
            BadRequestException.class,
            "text/html;charset=iso-8859-1"));
  }

  static Stream<Arguments> successesOnBothPaths() {
    return successes().stream()
        .flatMap(
            row ->
                Arrays.stream(Execution.values())
                    .map(
                        execution ->
                            Arguments.of(
                                execution,
                                Named.of(row.fixture() + " <- " + row.operation(), row))));
  }

  static Stream<Arguments> errorsOnBothPaths() {
    return errors().stream()
        .flatMap(
            row ->
                Arrays.stream(Execution.values())
                    .map(
                        execution ->
                            Arguments.of(
                                execution,
                                Named.of(row.fixture() + " <- " + row.operation(), row))));
  }

  @Test
  void everyCapturedFixture_hasARowInThisTest() {
    List<String> rows = new ArrayList<>();
    successes().forEach(row -> rows.add(row.fixture()));
    errors().forEach(row -> rows.add(row.fixture()));

    assertThat(rows).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(Fixtures.names());
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("successesOnBothPaths")
  void capturedSuccessBody_decodesToTheModelOfItsEndpoint(Execution execution, Decoded row) {
    assertThat(Fixtures.status(row.fixture())).isBetween(200, 299);
    boolean root = row.operation().name().equals("getServerInfo");
    if (root) {
      connect.answerRoot(Answers.captured(row.fixture()));
    } else {
      connect.enqueue(Answers.captured(row.fixture()));
    }

    Object result = execution.run(connect, row.operation());

    assertThat(result).isInstanceOf(row.type());
    if (row.elementType() != null) {
      assertThat(elements(result))
          .isNotEmpty()
          .allSatisfy(element -> assertThat(element).isInstanceOf(row.elementType()));
    }
    assertNoUnknownEnum(result, "$");
    assertThat(connect.requestCount()).as("requests besides GET /").isEqualTo(root ? 0 : 1);
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("errorsOnBothPaths")
  void capturedErrorBody_isThrownAsTheTypeOfItsMeaning(Execution execution, Thrown row) {
    int status = Fixtures.status(row.fixture());
    MockResponse.Builder answer =
        new MockResponse.Builder().code(status).body(Fixtures.body(row.fixture()));
    if (row.contentType() != null) {
      answer.setHeader("Content-Type", row.contentType());
    }
    connect.enqueue(answer.build());

    Throwable thrown = catchThrowable(() -> execution.run(connect, row.operation()));

    assertThat(thrown).isExactlyInstanceOf(row.type());
    ConnectServerException e = (ConnectServerException) thrown;
    assertThat(e.statusCode()).isEqualTo(status);
    if (row.contentType() == null || row.contentType().startsWith("application/json")) {
      assertThat(e.errorCode()).isEqualTo(status);
      assertThat(e.serverMessage()).isEqualTo(Fixtures.text(row.fixture(), "message"));
    } else {
      assertThat(e.errorCode()).isNull();
      assertThat(e.serverMessage()).isEqualTo("Error 400 Ambiguous URI path separator");
    }
    assertThat(connect.requestCount()).as("requests besides GET /").isEqualTo(1);
  }

  private static List<?> elements(Object result) {
    if (result instanceof List<?> list) {
      return list;
    }
    if (result instanceof Map<?, ?> map) {
      return List.copyOf(map.values());
    }
    if (result instanceof Optional<?> optional) {
      return optional.stream().toList();
    }
    throw new AssertionError("not a container: " + result);
  }

  /**
   * No enum anywhere in the decoded value fell back to {@code UNKNOWN}: the client knows every real
   * value.
   */
  private static void assertNoUnknownEnum(Object value, String path) {
    if (value instanceof Enum<?> constant) {
      assertThat(constant.name()).as("enum at %s", path).isNotEqualTo("UNKNOWN");
    } else if (value instanceof Record record) {
      for (RecordComponent component : record.getClass().getRecordComponents()) {
        try {
          assertNoUnknownEnum(
              component.getAccessor().invoke(record), path + "." + component.getName());
        } catch (ReflectiveOperationException e) {
          throw new AssertionError(e);
        }
      }
    } else if (value instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        assertNoUnknownEnum(list.get(i), path + "[" + i + "]");
      }
    } else if (value instanceof Map<?, ?> map) {
      map.forEach((key, entry) -> assertNoUnknownEnum(entry, path + "." + key));
    } else if (value instanceof Optional<?> optional) {
      optional.ifPresent(content -> assertNoUnknownEnum(content, path));
    }
  }
}
