package io.github.connectclient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.connectclient.errors.MalformedResponseException;
import io.github.connectclient.model.ConnectorStatus;
import io.github.connectclient.model.RestartOptions;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import okio.Buffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A success status whose body is not what the API promises throws {@link
 * MalformedResponseException} naming the request, the status and where in the body it went wrong;
 * never a NullPointerException or a raw decoding error. Sync and async alike. The bodies are
 * synthetic on purpose (no real worker sends them), but for a captured one sent to the wrong
 * endpoint.
 */
class MalformedResponseTest {

  @RegisterExtension final ConnectServer connect = new ConnectServer();

  /** A malformed body for an operation, and what the exception must say. */
  record Malformed(
      String description,
      Operation operation,
      MockResponse answer,
      String path,
      String jsonPath,
      String detail) {
    @Override
    public String toString() {
      return description;
    }
  }

  static List<Malformed> malformedBodies() {
    Operation status = Operation.of("getConnectorStatus", "src1");
    return List.of(
        new Malformed(
            "an HTML page on a 200",
            status,
            new MockResponse.Builder()
                .code(200)
                .setHeader("Content-Type", "text/html")
                .body("<html><body><h2>HTTP ERROR 404 Not Found</h2></body></html>")
                .build(),
            "/connectors/src1/status",
            "$",
            "Malformed JSON"),
        new Malformed(
            "truncated JSON",
            status,
            Answers.json(200, "{\"name\":\"src1\",\"connector\":{\"state\":\"RUNN"),
            "/connectors/src1/status",
            "$.connector.state",
            "at path $.connector.state"),
        new Malformed(
            "the JSON literal null",
            status,
            Answers.json(200, "null"),
            "/connectors/src1/status",
            "$",
            "null"),
        new Malformed(
            "an empty body on a 200",
            status,
            Answers.json(200, ""),
            "/connectors/src1/status",
            "$",
            "empty"),
        new Malformed(
            "a task state of the wrong type",
            status,
            Answers.json(
                200,
                "{\"name\":\"src1\",\"connector\":{\"state\":\"RUNNING\",\"worker_id\":\"w1:8083\"},"
                    + "\"tasks\":[{\"id\":0,\"state\":[\"RUNNING\"],\"worker_id\":\"w1:8083\"}],\"type\":\"source\"}"),
            "/connectors/src1/status",
            "$.tasks[0].state",
            "$.tasks[0].state"),
        new Malformed(
            "an object where the names array belongs",
            Operation.of("listConnectors"),
            Answers.json(200, "{\"src1\":{}}"),
            "/connectors",
            "$",
            "BEGIN_ARRAY"),
        new Malformed(
            "an array where the expanded map belongs (a worker before 2.3)",
            Operation.of("listConnectorsExpanded"),
            Answers.captured("connectors"),
            "/connectors?expand=status&expand=info",
            "$",
            "BEGIN_OBJECT"),
        new Malformed(
            "a string where the config map belongs",
            Operation.of("getConnectorConfig", "src1"),
            Answers.json(200, "\"src1\""),
            "/connectors/src1/config",
            "$",
            "BEGIN_OBJECT"),
        new Malformed(
            "a number where a config value belongs",
            Operation.of("getConnector", "src1"),
            Answers.json(
                200,
                "{\"name\":\"src1\",\"config\":{\"tasks.max\":[1]},\"tasks\":[],\"type\":\"source\"}"),
            "/connectors/src1",
            "$.config.tasks.max",
            "tasks.max"),
        new Malformed(
            "an array where the topics map belongs",
            Operation.of("getConnectorTopics", "src1"),
            Answers.json(200, "[\"t1\"]"),
            "/connectors/src1/topics",
            "$",
            "BEGIN_OBJECT"),
        new Malformed(
            "a message of the wrong type",
            Operation.of("resetConnectorOffsets", "src1"),
            Answers.json(200, "{\"message\":{\"text\":\"done\"}}"),
            "/connectors/src1/offsets",
            "$.message",
            "$.message"),
        new Malformed(
            "a body cut off between values",
            Operation.of("listConnectors"),
            Answers.json(200, "[\"src1\","),
            "/connectors",
            null,
            "Unexpected end of JSON input"),
        new Malformed(
            "data after the JSON value",
            Operation.of("getLogger", "root"),
            Answers.json(200, "{\"level\":\"INFO\"} {\"level\":\"DEBUG\"}"),
            "/admin/loggers/root",
            null,
            "after the JSON value"),
        new Malformed(
            "a created connector that is null",
            Operation.of("putConnectorConfig", "src1", Map.of("tasks.max", "1")),
            Answers.json(201, "null"),
            "/connectors/src1/config",
            "$",
            "null"),
        new Malformed(
            "a 202 restart whose status is not an object",
            Operation.of("restartConnector", "src1", RestartOptions.connectorAndTasks()),
            Answers.json(202, "[]"),
            "/connectors/src1/restart?includeTasks=true&onlyFailed=false",
            "$",
            "BEGIN_OBJECT"));
  }

  static Stream<Arguments> malformedBodiesOnBothPaths() {
    return malformedBodies().stream()
        .flatMap(
            m -> Arrays.stream(Execution.values()).map(execution -> Arguments.of(execution, m)));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("malformedBodiesOnBothPaths")
  void malformedSuccessBody_throwsMalformedResponseWithTheJsonPath(
      Execution execution, Malformed m) {
    connect.enqueue(m.answer());

    Throwable thrown = catchThrowable(() -> execution.run(connect, m.operation()));

    assertThat(thrown).isExactlyInstanceOf(MalformedResponseException.class);
    MalformedResponseException e = (MalformedResponseException) thrown;
    assertThat(e.path()).isEqualTo(m.path());
    assertThat(e.statusCode()).isEqualTo(m.answer().getCode());
    if (m.jsonPath() != null) {
      assertThat(e.jsonPath()).isEqualTo(m.jsonPath());
    }
    assertThat(e.getMessage())
        .startsWith(
            e.method()
                + " "
                + m.path()
                + " -> "
                + m.answer().getCode()
                + ": malformed response body")
        .contains(m.detail());
  }

  @ParameterizedTest
  @EnumSource(Execution.class)
  void bodyAboveMaxResponseBytes_withContentLength_failsCleanly(Execution execution) {
    connect.configure(options -> options.maxResponseBytes(1024));
    connect.enqueue(200, bigStatus(4096));

    Throwable thrown =
        catchThrowable(() -> execution.run(connect, Operation.of("getConnectorStatus", "src1")));

    assertThat(thrown)
        .isExactlyInstanceOf(MalformedResponseException.class)
        .hasMessageContaining("GET /connectors/src1/status -> 200")
        .hasMessageContaining("1024");
  }

  @ParameterizedTest
  @EnumSource(Execution.class)
  void bodyAboveMaxResponseBytes_chunked_failsCleanly(Execution execution) {
    connect.configure(options -> options.maxResponseBytes(1024));
    connect.enqueue(
        new MockResponse.Builder()
            .code(200)
            .setHeader("Content-Type", "application/json")
            .chunkedBody(new Buffer().writeUtf8(bigStatus(64 * 1024)), 512)
            .build());

    Throwable thrown =
        catchThrowable(() -> execution.run(connect, Operation.of("getConnectorStatus", "src1")));

    assertThat(thrown)
        .isExactlyInstanceOf(MalformedResponseException.class)
        .hasMessageContaining("GET /connectors/src1/status -> 200")
        .hasMessageContaining("exceeds the limit of 1024 bytes");
  }

  @ParameterizedTest
  @EnumSource(Execution.class)
  void bodyJustBelowMaxResponseBytes_isRead(Execution execution) {
    connect.configure(options -> options.maxResponseBytes(4096));
    String body = bigStatus(4000);
    connect.enqueue(
        new MockResponse.Builder()
            .code(200)
            .setHeader("Content-Type", "application/json")
            .chunkedBody(new Buffer().writeUtf8(body), 512)
            .build());

    Object status = execution.run(connect, Operation.of("getConnectorStatus", "src1"));

    assertThat(((ConnectorStatus) status).connector().trace()).hasSizeGreaterThan(3000);
  }

  @Test
  void maxResponseBytes_below1024_isRefusedByTheBuilder() {
    assertThatThrownBy(() -> ConnectClient.builder().maxResponseBytes(1023))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 1024");
  }

  /** A realistic status whose FAILED task's trace makes it about {@code size} bytes. */
  private static String bigStatus(int size) {
    String head =
        "{\"name\":\"src1\",\"connector\":{\"state\":\"FAILED\",\"worker_id\":\"w1:8083\",\"trace\":\"";
    String tail = "\"},\"tasks\":[],\"type\":\"source\"}";
    return head + "x".repeat(Math.max(0, size - head.length() - tail.length())) + tail;
  }
}
