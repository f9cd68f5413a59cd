package io.github.connectclient;

import static io.github.connectclient.RequestAssertions.assertSent;

import io.github.connectclient.model.RestartOptions;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Names go into the path as ONE RFC 3986 segment (API reference §3.3): space is {@code %20}, never
 * {@code +}; {@code /}, {@code ;}, {@code %}, braces and non-ASCII are percent-encoded from UTF-8.
 */
class PathEncodingTest {

  @RegisterExtension final ConnectServer connect = new ConnectServer();

  static Stream<Arguments> namesAndSegments() {
    return Stream.of(
        Arguments.of("a b", "a%20b"),
        Arguments.of("a/b", "a%2Fb"),
        Arguments.of("a;b", "a%3Bb"),
        Arguments.of("{x}", "%7Bx%7D"),
        Arguments.of("ünï", "%C3%BCn%C3%AF"),
        Arguments.of("a+b", "a%2Bb"),
        Arguments.of("a?b", "a%3Fb"),
        Arguments.of("a#b", "a%23b"),
        Arguments.of("a%b", "a%25b"),
        Arguments.of("a%20b", "a%2520b"),
        Arguments.of("a\\b", "a%5Cb"),
        Arguments.of(" sp ", "%20sp%20"),
        Arguments.of("a..b", "a..b"),
        Arguments.of("jdbc-src_1.v2~", "jdbc-src_1.v2~"));
  }

  @ParameterizedTest(name = "\"{0}\" -> {1}")
  @MethodSource("namesAndSegments")
  void getConnectorStatus_encodesTheNameAsOneSegment(String name, String segment) throws Exception {
    connect.enqueue(Answers.captured("connector-status"));

    connect.client().getConnectorStatus(name);

    assertSent(connect.takeRequest(), "GET", "/connectors/" + segment + "/status");
  }

  @ParameterizedTest(name = "\"{0}\" -> {1}")
  @MethodSource("namesAndSegments")
  void putConnectorConfig_encodesTheNameAsOneSegment(String name, String segment) throws Exception {
    connect.enqueue(Answers.captured("connector-info"));

    connect.client().putConnectorConfig(name, Map.of("connector.class", "io.example.Src"));

    assertSent(connect.takeRequest(), "PUT", "/connectors/" + segment + "/config");
  }

  @ParameterizedTest(name = "\"{0}\" -> {1}")
  @MethodSource("namesAndSegments")
  void deleteConnector_encodesTheNameAsOneSegment(String name, String segment) throws Exception {
    connect.enqueue(Answers.empty(204));

    connect.client().deleteConnector(name);

    assertSent(connect.takeRequest(), "DELETE", "/connectors/" + segment);
  }

  @Test
  void restartTask_encodesTheConnectorAndKeepsTheTaskNumber() throws Exception {
    connect.enqueue(Answers.empty(204));

    connect.client().restartTask("a b/c", 2);

    assertSent(connect.takeRequest(), "POST", "/connectors/a%20b%2Fc/tasks/2/restart");
  }

  @Test
  void restartConnector_withOptions_encodesTheNameBeforeTheQuery() throws Exception {
    connect.enqueue(Answers.empty(204));

    connect.client().restartConnector("a?b", RestartOptions.connectorAndTasks());

    assertSent(
        connect.takeRequest(),
        "POST",
        "/connectors/a%3Fb/restart?includeTasks=true&onlyFailed=false");
  }

  @Test
  void validateConnectorConfig_encodesThePluginName() throws Exception {
    connect.enqueue(Answers.captured("validate-errors"));

    connect
        .client()
        .validateConnectorConfig("My Plugin/1", Map.of("connector.class", "My Plugin/1"));

    assertSent(connect.takeRequest(), "PUT", "/connector-plugins/My%20Plugin%2F1/config/validate");
  }

  @Test
  void setClusterLoggerLevel_encodesTheLoggerName() throws Exception {
    connect.enqueue(Answers.empty(204));

    connect.client().setClusterLoggerLevel("a b", "INFO");

    assertSent(connect.takeRequest(), "PUT", "/admin/loggers/a%20b?scope=cluster");
  }

  @Test
  void aWorkerUrlWithAPathPrefix_keepsThePrefixBeforeTheEncodedPath() throws Exception {
    ConnectClient client =
        connect.client(options -> options.url(connect.server().url("/gw/connect").toString()));
    connect.enqueue(Answers.captured("connector-info"));

    client.getConnector("a b");

    assertSent(connect.takeRequest(), "GET", "/gw/connect/connectors/a%20b");
  }
}
