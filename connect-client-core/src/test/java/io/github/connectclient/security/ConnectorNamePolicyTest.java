package io.github.connectclient.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.connectclient.ConnectClient;
import io.github.connectclient.RetryPolicy;
import io.github.connectclient.errors.UnsafeConnectorNameException;
import io.github.connectclient.internal.endpoint.ConnectorNamePolicy;
import io.github.connectclient.model.ConnectorOffset;
import io.github.connectclient.model.ConnectorOffsets;
import io.github.connectclient.model.NewConnector;
import io.github.connectclient.model.RestartOptions;
import io.github.connectclient.model.State;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.InetAddress;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The connector name policy (docs/decisions/0006-connector-name-policy.md): names the workers
 * cannot round-trip are refused before any request, with a message that says which characters and
 * why; {@code allowUnsafeConnectorNames()} sends them. The same corpus runs against the real
 * cluster in connect-client-it's {@code ConnectorNameSafetyIT}.
 */
class ConnectorNamePolicyTest {

  private MockWebServer server;
  private ConnectClient client;

  @BeforeEach
  void start() throws IOException {
    server = new MockWebServer();
    server.start(InetAddress.getLoopbackAddress(), 0);
    client =
        ConnectClient.builder()
            .url(server.url("/").toString())
            .retryPolicy(RetryPolicy.none())
            .build();
  }

  @AfterEach
  void stop() {
    client.close();
    server.close();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "src",
        "a b",
        "a?b",
        "a#b",
        "a+b",
        "a=b&c",
        "a:b@c",
        "a'b",
        "a\"b",
        "a<b>",
        "a|b",
        "a^b",
        "a`b",
        "a~b",
        "a[b]",
        "->",
        "a..b",
        "...",
        ".hidden",
        "trailing.",
        "ünï",
        "日本語",
        "emoji 🚀",
        "👍",
        "\u00A0nbsp-leading",
        "zero\u200Bwidth"
      })
  void safeNames_passUnchanged(String name) {
    assertThat(ConnectorNamePolicy.REFUSE_UNSAFE.check(name, "name")).isSameAs(name);
  }

  @Test
  void lengthLimit_is2000Utf8Bytes_soTheLongestPathStaysUnderTheWorkersUrlLimit() {
    assertThat(ConnectorNamePolicy.REFUSE_UNSAFE.check("x".repeat(2000), "name")).hasSize(2000);
    assertThat(ConnectorNamePolicy.REFUSE_UNSAFE.check("🚀".repeat(500), "name")).hasSize(1000);
    assertThatThrownBy(() -> ConnectorNamePolicy.REFUSE_UNSAFE.check("x".repeat(2001), "name"))
        .isInstanceOf(UnsafeConnectorNameException.class)
        .hasMessageContaining("2001 bytes long in UTF-8")
        .hasMessageContaining("(2001 characters)");
    assertThatThrownBy(() -> ConnectorNamePolicy.REFUSE_UNSAFE.check("🚀".repeat(501), "name"))
        .isInstanceOf(UnsafeConnectorNameException.class)
        .hasMessageContaining("2004 bytes");
  }

  @Test
  void refusal_namesEachProblemCharacter_itsIndex_andWhy_andTheOptOut() {
    UnsafeConnectorNameException e =
        (UnsafeConnectorNameException) catchThrowable(() -> client.deleteConnector("a;b/c"));

    assertThat(e.connectorName()).isEqualTo("a;b/c");
    assertThat(e.problems()).hasSize(2);
    assertThat(e.getMessage())
        .startsWith("name 'a;b/c' is not a safe Kafka Connect connector name: ")
        .contains(
            "'/' at index 3: a follower forwarding a write to the leader splits the path there")
        .contains("';' at index 1: ", "'a;b' acts on connector 'a'")
        .contains("allowUnsafeConnectorNames()");
    assertThat(e).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void refusal_showsInvisibleCharactersEscaped_andCutsLongNames() {
    assertThatThrownBy(() -> client.getConnector("bell\u0007"))
        .hasMessageStartingWith("name 'bell\\u0007'")
        .hasMessageContaining("control character \\u0007 at index 4");
    assertThatThrownBy(() -> client.getConnector("%".repeat(300)))
        .hasMessageContaining("... (300 characters)")
        .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(1200));
  }

  @Test
  void eachHazard_isRefusedWithItsReason() {
    Map<String, String> reasons =
        Map.ofEntries(
            Map.entry("a/b", "refuses its encoding %2F"),
            Map.entry("a\\b", "Suspicious Path Character"),
            Map.entry("a%20b", "acts on connector 'a b'"),
            Map.entry("a;b", "matrix parameter"),
            Map.entry("{x}", "URI template"),
            Map.entry(" a", "POST /connectors trims it but PUT"),
            Map.entry("a ", "POST /connectors trims it but PUT"),
            Map.entry("a\tb", "workers refuse control characters"),
            Map.entry(".", "dot-segment"),
            Map.entry("..", "dot-segment"),
            Map.entry("a\uDC00b", "unpaired UTF-16 surrogate \\uDC00 at index 1"));
    reasons.forEach(
        (name, reason) ->
            assertThatThrownBy(() -> client.getConnectorStatus(name))
                .as(name)
                .isInstanceOf(UnsafeConnectorNameException.class)
                .hasMessageContaining(reason));
  }

  @Test
  void blankOrNullNames_areOrdinaryArgumentErrors() {
    assertThatThrownBy(() -> client.getConnector(" "))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("name must not be blank");
    assertThatThrownBy(() -> client.getConnector(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("name == null");
  }

  @Test
  void everyMethodNamingAConnector_refusesBeforeAnyRequest() {
    List<Consumer<String>> calls = everyCallNamingAConnector(client);
    for (String name : List.of("a/b", "a;b", "{x}", " a", "..")) {
      for (Consumer<String> call : calls) {
        assertThatThrownBy(() -> call.accept(name))
            .isInstanceOf(UnsafeConnectorNameException.class);
      }
    }
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void everyMethodNamingAConnector_isCoveredAbove() {
    Set<String> loggerOrPlugin = Set.of("getLogger", "setLoggerLevel", "setClusterLoggerLevel");
    long namingAConnector =
        Arrays.stream(ConnectClient.class.getMethods())
            .filter(m -> !loggerOrPlugin.contains(m.getName()))
            .filter(
                m ->
                    m.getParameterCount() > 0
                        && (m.getParameters()[0].getName().equals("name")
                            || m.getParameterTypes()[0] == NewConnector.class))
            .count();
    assertThat(everyCallNamingAConnector(client))
        .as(
            "methods of ConnectClient that name a connector: "
                + Arrays.stream(ConnectClient.class.getMethods())
                    .map(Method::getName)
                    .sorted()
                    .collect(Collectors.toList()))
        .hasSize((int) namingAConnector);
  }

  @Test
  void allowUnsafeConnectorNames_sendsTheName_asOnePercentEncodedSegment() throws Exception {
    try (ConnectClient unsafe =
        ConnectClient.builder()
            .url(server.url("/").toString())
            .retryPolicy(RetryPolicy.none())
            .allowUnsafeConnectorNames()
            .build()) {
      server.enqueue(new MockResponse.Builder().code(204).build());
      server.enqueue(new MockResponse.Builder().code(204).build());

      unsafe.deleteConnector("a;b/c");
      unsafe.deleteConnector(" sp ");

      assertThat(take().getTarget()).isEqualTo("/connectors/a%3Bb%2Fc");
      assertThat(take().getTarget()).isEqualTo("/connectors/%20sp%20");
    }
  }

  @Test
  void allowUnsafeConnectorNames_stillRefusesWhatNoUrlCanCarry() {
    try (ConnectClient unsafe =
        ConnectClient.builder()
            .url(server.url("/").toString())
            .allowUnsafeConnectorNames()
            .build()) {
      assertThatThrownBy(() -> unsafe.deleteConnector(".."))
          .isInstanceOf(UnsafeConnectorNameException.class)
          .hasMessageContaining("dot-segment");
      assertThatThrownBy(() -> unsafe.deleteConnector("a\uD800"))
          .isInstanceOf(UnsafeConnectorNameException.class)
          .hasMessageContaining("unpaired UTF-16 surrogate");
      assertThat(server.getRequestCount()).isZero();
    }
  }

  private RecordedRequest take() throws InterruptedException {
    RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
    assertThat(request).isNotNull();
    return request;
  }

  static List<Consumer<String>> everyCallNamingAConnector(ConnectClient client) {
    Map<String, String> config = Map.of("connector.class", "FileStreamSource");
    ConnectorOffsets offsets = ConnectorOffsets.of(ConnectorOffset.sink("t", 0, 1L));
    return List.of(
        n -> client.createConnector(n, config),
        n -> client.createConnector(NewConnector.builder().name(n).config(config).build()),
        n -> client.putConnectorConfig(n, config),
        n -> client.patchConnectorConfig(n, Map.of("tasks.max", "2")),
        n -> client.getConnector(n),
        n -> client.getConnectorConfig(n),
        n -> client.getConnectorStatus(n),
        n -> client.getConnectorTasks(n),
        n -> client.getTaskStatus(n, 0),
        n -> client.restartConnector(n),
        n -> client.restartConnector(n, RestartOptions.connectorAndTasks()),
        n -> client.restartTask(n, 0),
        n -> client.pauseConnector(n),
        n -> client.resumeConnector(n),
        n -> client.stopConnector(n),
        n -> client.deleteConnector(n),
        n -> client.getConnectorTopics(n),
        n -> client.resetConnectorTopics(n),
        n -> client.getConnectorOffsets(n),
        n -> client.alterConnectorOffsets(n, offsets),
        n -> client.resetConnectorOffsets(n),
        n -> client.awaitConnectorState(n, State.RUNNING, Duration.ofSeconds(1)),
        n -> client.awaitConnectorState(n, State.RUNNING, 2, Duration.ofSeconds(1)),
        n -> client.awaitConnectorDeleted(n, Duration.ofSeconds(1)));
  }
}
