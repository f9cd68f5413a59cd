package io.github.connectclient.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.connectclient.ConnectClient;
import io.github.connectclient.async.AsyncConnectClient;
import io.github.connectclient.model.ConnectorStatus;
import io.github.connectclient.model.State;
import io.github.connectclient.model.TaskState;
import io.github.connectclient.testkit.ConnectCluster;
import io.github.connectclient.testkit.ConnectClusterTest;
import io.github.connectclient.testsupport.Eventually;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The examples against one real cluster: the tour with {@code --url}, InteractiveDelete driven by
 * keys from a Reader, and each focused example the docs quote.
 */
@ConnectClusterTest(workers = 2)
class ExamplesIT {

  private static final Duration WAIT = Duration.ofSeconds(60);

  private static ConnectCluster cluster;
  private static ConnectClient client;

  @BeforeAll
  static void connect(ConnectCluster started) {
    cluster = started;
    client = ConnectClient.builder().urls(cluster.workerUrls()).build();
  }

  @AfterAll
  static void close() {
    client.close();
  }

  @BeforeEach
  void deleteEveryConnector() {
    client.listConnectors().forEach(client::deleteConnector);
  }

  @Test
  void tourWithUrl_walksEveryStep_andLeavesOtherConnectorsAndNoFilesBehind() throws IOException {
    createIdleSink("bystander");
    String output = capture(out -> Tour.main(urlArgs()), true);

    assertThat(Pattern.compile("^== \\d+\\. ", Pattern.MULTILINE).matcher(output).results())
        .hasSize(14);
    String suffix = output.replaceAll("(?s).*local-file-source-([0-9a-f]{6}).*", "$1");
    assertThat(suffix).hasSize(6);
    assertThat(output)
        .contains(
            "  (against your cluster the tour writes no input file, so the source stays idle)")
        .contains("  task 0  FAILED")
        .contains("  the tour cannot create a directory on your workers; restarting task 0 anyway")
        .contains("  deleted local-file-source-" + suffix, "  deleted local-file-sink-" + suffix)
        .containsPattern("connectors now: bystander\n")
        .contains("Tour finished: 14 steps");
    assertThat(client.listConnectors()).containsExactly("bystander");
    assertThat(Path.of("/tmp", "connect-tour-" + suffix)).doesNotExist();
  }

  @Test
  void tourThatFailsHalfway_deletesTheConnectorsItCreated() throws IOException {
    ConnectClient failingAtPause = failing(client, "pauseConnector");
    TourPlan plan = TourPlan.remote();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    assertThatThrownBy(() -> Tour.walk(failingAtPause, plan, out))
        .hasMessage("pauseConnector failed on purpose");

    assertThat(bytes.toString(StandardCharsets.UTF_8))
        .contains("== 11. Pause and resume")
        .contains("Cleaned up: deleted connector " + plan.source())
        .contains("Cleaned up: deleted connector " + plan.sink());
    assertThat(client.listConnectors()).isEmpty();
  }

  @Test
  void interactiveDelete_deletesTheRowChosenByArrowKeysOrByNumber_untilQ() throws IOException {
    createIdleSink("delete-me-1");
    createIdleSink("delete-me-2");
    createIdleSink("keep-me");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    InteractiveDelete program =
        new InteractiveDelete(
            client,
            cluster.workerUrl(0),
            new PrintStream(bytes, true, StandardCharsets.UTF_8),
            false);

    // Down + Enter deletes row 2; then "1" + Enter deletes row 1; "q" leaves.
    List<String> deleted = program.run(new StringReader("\u001b[B\n1\nq"));

    assertThat(deleted).containsExactly("delete-me-2", "delete-me-1");
    assertThat(client.listConnectors()).containsExactly("keep-me");
    String screens = bytes.toString(StandardCharsets.UTF_8);
    assertThat(screens)
        .contains("Delete connectors on " + cluster.workerUrl(0) + " (3 connectors)")
        .contains("> 2  delete-me-2", "Deleted delete-me-2", "Deleted delete-me-1")
        .contains("> 1  keep-me")
        .endsWith("Deleted: delete-me-2, delete-me-1\n")
        .doesNotContain("\u001b");
  }

  @Test
  void apply_plansAndAppliesTheDemoSpecs_maskingTheToken_thenHasNothingLeftToDo(
      @org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
    DemoSpecs.write(dir);
    String[] args =
        java.util.stream.Stream.concat(
                java.util.Arrays.stream(urlArgs()), java.util.stream.Stream.of(dir.toString()))
            .toArray(String[]::new);

    String output = capture(out -> Apply.main(args), true);

    assertThat(output)
        .contains("Plan: 3 to create, 0 to update, 0 to delete, 0 unchanged.")
        .contains("  + apply-archive  (create, STOPPED)")
        .contains("api.token        + [hidden]")
        .doesNotContain("demo-s3cret-token")
        .containsPattern("apply-file-source +CREATE +done in \\d+ ms")
        .endsWith("No changes: 3 connectors are as specified.\n");
    assertThat(client.getConnectorStatus("apply-archive").connector().state())
        .isEqualTo(State.STOPPED);
    Apply.deleteDemoConnectors(client);
    assertThat(client.listConnectors()).doesNotContainAnyElementsOf(DemoSpecs.NAMES);
  }

  @Test
  void createOrUpdate_createsFirst_thenUpdates() {
    assertThat(CreateOrUpdate.deploy(client, "orders-sink")).isEqualTo("created orders-sink");
    assertThat(CreateOrUpdate.deploy(client, "orders-sink")).isEqualTo("updated orders-sink");
  }

  @Test
  void typedErrors_createsThenUpdates_andListsTheErrorsOfAnInvalidConfig() {
    Map<String, String> config =
        Map.of("connector.class", "FileStreamSink", "tasks.max", "1", "topics", "orders");
    assertThat(TypedErrors.create(client, "typed", config)).containsExactly("created");
    assertThat(TypedErrors.create(client, "typed", config)).containsExactly("updated");

    assertThat(
            TypedErrors.create(
                client, "invalid", Map.of("connector.class", "FileStreamSink", "tasks.max", "1")))
        .isNotEmpty()
        .allSatisfy(error -> assertThat(error).isNotBlank());
    assertThat(client.listConnectors()).doesNotContain("invalid");
  }

  @Test
  void restartFailedTasks_inOneCall_plansARestartOfTheFailedTaskOnly() {
    createBrokenSink("broken-1");
    awaitTaskFailed("broken-1");

    Optional<ConnectorStatus> planned = RestartFailedTasks.restartFailed(client, "broken-1");

    assertThat(planned)
        .get()
        .satisfies(
            status -> {
              assertThat(status.connector().state()).isEqualTo(State.RUNNING);
              assertThat(status.tasks())
                  .extracting(TaskState::state)
                  .containsExactly(State.RESTARTING);
            });
  }

  @Test
  void restartFailedTasks_taskByTask_restartsTheFailedTask() {
    createBrokenSink("broken-2");
    awaitTaskFailed("broken-2");

    assertThat(RestartFailedTasks.restartFailedTaskByTask(client, "broken-2")).containsExactly(0);
  }

  @Test
  void asyncFanOut_returnsTheStateOfEveryConnector() {
    createIdleSink("fan-1");
    createIdleSink("fan-2");
    client.awaitConnectorState("fan-1", State.RUNNING, WAIT);
    client.awaitConnectorState("fan-2", State.RUNNING, WAIT);

    try (AsyncConnectClient async =
        AsyncConnectClient.builder().urls(cluster.workerUrls()).build()) {
      assertThat(AsyncFanOut.statesOfAll(async))
          .containsExactly(Map.entry("fan-1", State.RUNNING), Map.entry("fan-2", State.RUNNING));
    }
  }

  @Test
  void retryAndFailover_movesPastADeadWorker_andTellsTheListener() throws IOException {
    List<String> events = new CopyOnWriteArrayList<>();
    String dead = "http://127.0.0.1:" + freePort();

    try (ConnectClient failover =
        RetryAndFailover.build(List.of(dead, cluster.workerUrl(0)), events::add)) {
      assertThat(failover.getServerInfo().version()).isEqualTo("4.3.1");
    }
    assertThat(events)
        .anySatisfy(
            event ->
                assertThat(event)
                    .startsWith("FAILOVER getServerInfo after attempt 1 at " + dead)
                    .contains(" -> " + cluster.workerUrl(0)));
  }

  @Test
  void authConfig_clientsSendCredentials_thatAnOpenWorkerIgnores() {
    try (ConnectClient basic = AuthConfig.basicAuth(cluster.workerUrl(0), "admin", "s3cret");
        ConnectClient bearer = AuthConfig.bearerToken(cluster.workerUrl(1), () -> "token-1")) {
      assertThat(basic.getServerInfo().version()).isEqualTo("4.3.1");
      assertThat(bearer.getServerInfo().version()).isEqualTo("4.3.1");
    }
  }

  private static String[] urlArgs() {
    return cluster.workerUrls().stream()
        .flatMap(url -> List.of("--url", url).stream())
        .toArray(String[]::new);
  }

  private static void createIdleSink(String name) {
    client.putConnectorConfig(
        name, Map.of("connector.class", "FileStreamSink", "tasks.max", "1", "topics", name));
  }

  /** A sink whose task fails at start: its file is in a directory that does not exist. */
  private static void createBrokenSink(String name) {
    client.putConnectorConfig(
        name,
        Map.of(
            "connector.class",
            "FileStreamSink",
            "tasks.max",
            "1",
            "topics",
            name,
            "file",
            "/nonexistent-dir/out.txt"));
  }

  private static void awaitTaskFailed(String name) {
    Eventually.await(
        "task 0 of " + name + " FAILED",
        WAIT,
        () -> taskStates(name),
        states -> !states.isEmpty() && states.get(0) == State.FAILED);
  }

  /**
   * The states of the tasks of {@code name}: none while a connector just created has no status yet.
   */
  private static List<State> taskStates(String name) {
    try {
      return client.getConnectorStatus(name).tasks().stream().map(TaskState::state).toList();
    } catch (io.github.connectclient.errors.NotFoundException notYet) {
      return List.of();
    }
  }

  /** A client that behaves like {@code real} but throws on {@code method}. */
  private static ConnectClient failing(ConnectClient real, String method) {
    return (ConnectClient)
        Proxy.newProxyInstance(
            ConnectClient.class.getClassLoader(),
            new Class<?>[] {ConnectClient.class},
            (proxy, m, args) -> {
              if (m.getName().equals(method)) {
                throw new IllegalStateException(method + " failed on purpose");
              }
              try {
                return m.invoke(real, args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            });
  }

  /** What {@code body} prints to System.out, optionally echoed. */
  private static String capture(ThrowingConsumer body, boolean echo) throws IOException {
    PrintStream original = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    try {
      body.accept(System.out);
    } finally {
      System.setOut(original);
    }
    String output = bytes.toString(StandardCharsets.UTF_8);
    if (echo) {
      original.println(output);
    }
    return output;
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  @FunctionalInterface
  private interface ThrowingConsumer {
    void accept(PrintStream out) throws IOException;
  }
}
