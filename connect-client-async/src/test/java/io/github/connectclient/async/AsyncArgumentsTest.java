package io.github.connectclient.async;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.connectclient.model.ConnectorOffsets;
import io.github.connectclient.model.State;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A wrong argument is a programming error: the method throws at once, as the sync client does,
 * instead of returning a failed future, and nothing is sent.
 */
class AsyncArgumentsTest {

  @StartStop final MockWebServer server = new MockWebServer();

  private AsyncConnectClient client;

  @BeforeEach
  void buildClient() {
    client = AsyncConnectClient.builder().url(server.url("/").toString()).build();
  }

  @AfterEach
  void closeClient() {
    client.close();
  }

  static Stream<Arguments> wrongCalls() {
    Map<String, String> nullValue = new HashMap<>();
    nullValue.put("topic", null);
    return Stream.of(
        wrong(
            "getConnectorStatus(null)",
            c -> c.getConnectorStatus(null),
            NullPointerException.class),
        wrong("getConnector(blank)", c -> c.getConnector(" "), IllegalArgumentException.class),
        wrong("deleteConnector(..)", c -> c.deleteConnector(".."), IllegalArgumentException.class),
        wrong("getTaskStatus(-1)", c -> c.getTaskStatus("a", -1), IllegalArgumentException.class),
        wrong(
            "createConnector(null config)",
            c -> c.createConnector("a", null),
            NullPointerException.class),
        wrong(
            "putConnectorConfig(null value)",
            c -> c.putConnectorConfig("a", nullValue),
            NullPointerException.class),
        wrong(
            "patchConnectorConfig(name key)",
            c -> c.patchConnectorConfig("a", Map.of("name", "b")),
            IllegalArgumentException.class),
        wrong(
            "restartConnector(null options)",
            c -> c.restartConnector("a", null),
            NullPointerException.class),
        wrong(
            "alterConnectorOffsets(empty)",
            c -> c.alterConnectorOffsets("a", new ConnectorOffsets(List.of())),
            IllegalArgumentException.class),
        wrong("getPluginConfig(blank)", c -> c.getPluginConfig(""), IllegalArgumentException.class),
        wrong(
            "setLoggerLevel(null level)",
            c -> c.setLoggerLevel("root", null),
            NullPointerException.class),
        wrong(
            "awaitConnectorState(null name)",
            c -> c.awaitConnectorState(null, State.RUNNING, Duration.ZERO),
            NullPointerException.class),
        wrong(
            "awaitConnectorState(null state)",
            c -> c.awaitConnectorState("a", null, Duration.ZERO),
            NullPointerException.class),
        wrong(
            "awaitConnectorState(null timeout)",
            c -> c.awaitConnectorState("a", State.RUNNING, null),
            NullPointerException.class));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("wrongCalls")
  void aWrongArgument_isThrownByTheMethod_andNothingIsSent(
      String call, Consumer<AsyncConnectClient> invocation, Class<? extends Throwable> expected) {
    assertThatThrownBy(() -> invocation.accept(client)).isInstanceOf(expected);
    assertThat(server.getRequestCount()).isZero();
  }

  private static Arguments wrong(
      String call, Consumer<AsyncConnectClient> invocation, Class<? extends Throwable> expected) {
    return Arguments.of(call, invocation, expected);
  }
}
