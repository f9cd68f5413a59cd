package io.github.connectclient.it.security;

import static io.github.connectclient.testsupport.TempFiles.tempFile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.connectclient.ConnectClient;
import io.github.connectclient.errors.ConnectorNotFoundException;
import io.github.connectclient.errors.UnsafeConnectorNameException;
import io.github.connectclient.model.ConnectorInfo;
import io.github.connectclient.model.ConnectorOffset;
import io.github.connectclient.model.ConnectorOffsets;
import io.github.connectclient.model.ConnectorStatus;
import io.github.connectclient.model.NewConnector;
import io.github.connectclient.model.RestartOptions;
import io.github.connectclient.model.State;
import io.github.connectclient.testkit.ConnectCluster;
import io.github.connectclient.testkit.ConnectClusterTest;
import io.github.connectclient.testsupport.Eventually;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Never act on the wrong connector (issue 6, point 6), against the real 2-worker cluster with every
 * call sent to the FOLLOWER, so each write is forwarded by the server, the path the defects of API
 * reference §3.2 live on. Decoy connectors whose names a mangled name would hit are created first;
 * afterwards the cluster holds exactly what it held before plus the decoys, unchanged.
 */
@ConnectClusterTest(workers = 2, shared = true)
class ConnectorNameSafetyIT {

  private static final Duration STATE_TIMEOUT = Duration.ofSeconds(60);

  /**
   * Names a mishandled name of the corpus would act on: "a;b" -> "a", "a+b" -> "a b", "a?b" -> "a".
   */
  private static final List<String> DECOYS = List.of("a", "a b", "ab", "x", "hz");

  private static ConnectCluster cluster;
  private static ConnectClient follower;
  private static ConnectClient leader;
  private static final AtomicInteger requests = new AtomicInteger();
  private static Set<String> before;
  private static final Map<String, Map<String, String>> decoyConfigs = new LinkedHashMap<>();

  @BeforeAll
  static void createDecoys(ConnectCluster shared) {
    cluster = shared;
    int leaderIndex = shared.leaderIndex();
    OkHttpClient counting =
        new OkHttpClient.Builder()
            .addInterceptor(
                chain -> {
                  requests.incrementAndGet();
                  return chain.proceed(chain.request());
                })
            .build();
    follower =
        ConnectClient.builder()
            .url(shared.workerUrl(1 - leaderIndex))
            .okHttpClient(counting)
            .build();
    leader =
        ConnectClient.builder()
            .url(shared.workerUrl(leaderIndex))
            .allowUnsafeConnectorNames()
            .build();
    before = new HashSet<>(follower.listConnectors());
    for (String decoy : DECOYS) {
      follower.createConnector(decoy, config(decoy));
      decoyConfigs.put(decoy, Map.copyOf(follower.getConnectorConfig(decoy)));
    }
  }

  @AfterAll
  static void deleteDecoys() {
    for (String decoy : DECOYS) {
      try {
        follower.deleteConnector(decoy);
      } catch (ConnectorNotFoundException gone) {
        // a test already failed on it
      }
    }
    follower.close();
    leader.close();
  }

  @Test
  void
      everyAcceptedName_isCreatedReadPausedResumedAndDeletedThroughTheFollower_andNothingElseChanges()
          throws Exception {
    List<String> outcomes = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Future<String>> results = new ArrayList<>();
    long start = System.nanoTime();
    for (String name : NameCorpus.ACCEPTED) {
      results.add(pool.submit(() -> lifecycle(name)));
    }
    for (int i = 0; i < results.size(); i++) {
      String shown = shown(NameCorpus.ACCEPTED.get(i));
      try {
        outcomes.add(
            results.get(i).get(5, TimeUnit.MINUTES).isEmpty()
                ? null
                : shown + ": " + results.get(i).get());
      } catch (java.util.concurrent.ExecutionException e) {
        outcomes.add(shown + ": " + e.getCause());
      }
    }
    pool.shutdownNow();
    System.out.printf(
        "name corpus: %d accepted names, full lifecycle through the follower in %d ms%n",
        NameCorpus.ACCEPTED.size(), TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));

    assertThat(outcomes).as("names whose lifecycle failed").containsOnlyNulls();
    assertDecoysUntouched();
  }

  @Test
  void everyRefusedName_failsFastWithTheTypedErrorSayingWhy_andNoRequestIsSent() {
    int refusals = 0;
    for (String[] refused : NameCorpus.REFUSED) {
      String name = refused[0];
      for (Consumer<String> call : everyCallNamingAConnector()) {
        int sent = requests.get();
        Throwable thrown = catchThrowable(() -> call.accept(name));
        assertThat(thrown)
            .as(shown(name))
            .isInstanceOf(UnsafeConnectorNameException.class)
            .hasMessageContaining(refused[1]);
        assertThat(((UnsafeConnectorNameException) thrown).connectorName()).isEqualTo(name);
        assertThat(requests.get()).as("requests sent for " + shown(name)).isEqualTo(sent);
        refusals++;
      }
    }
    System.out.printf(
        "name corpus: %d refused names, %d calls refused before any request%n",
        NameCorpus.REFUSED.size(), refusals);
    assertDecoysUntouched();
  }

  @Test
  void theDefectIsReal_aFollowerForwardingADeleteOfASemicolonName_deletesAnotherConnector() {
    // With the opt-out, "hz;x" reaches the follower, which forwards DELETE /connectors/hz;x: the
    // leader reads ";x" as a matrix parameter and deletes "hz". If Kafka fixes this, this test
    // fails and the policy can let ';' through (docs/decisions/0006-connector-name-policy.md).
    String unsafe = "hz;x";
    leader.createConnector(unsafe, config("hz-x"));
    try (ConnectClient unsafeFollower =
        ConnectClient.builder()
            .url(cluster.workerUrl(1 - cluster.leaderIndex()))
            .allowUnsafeConnectorNames()
            .build()) {
      Throwable thrown = catchThrowable(() -> unsafeFollower.deleteConnector(unsafe));

      List<String> after =
          Eventually.await(
              "connector hz deleted",
              Duration.ofSeconds(30),
              leader::listConnectors,
              names -> !names.contains("hz"));
      assertThat(after).as("the connector named in the call").contains(unsafe);
      assertThat(after).as("the connector the server deleted instead").doesNotContain("hz");
      System.out.println(
          "name corpus: DELETE 'hz;x' via the follower deleted 'hz' (" + thrown + ")");
    } finally {
      leader.deleteConnector(unsafe); // the leader does not forward: the path reaches it intact
      leader.createConnector("hz", decoyConfigs.get("hz"));
    }
  }

  // ------------------------------------------------------------------------------------------

  /** The lifecycle of {@code name} through the follower; empty when all went as expected. */
  private static String lifecycle(String name) {
    ConnectorInfo created = follower.createConnector(name, config("accepted"));
    List<String> problems = new ArrayList<>();
    check(
        problems,
        created.name().equals(name),
        "created under another name: " + shown(created.name()));
    check(
        problems, name.equals(follower.getConnector(name).name()), "read back under another name");
    check(
        problems,
        name.equals(follower.getConnectorConfig(name).get("name")),
        "config holds another name");
    check(problems, follower.listConnectors().contains(name), "not listed");
    ConnectorStatus running = follower.awaitConnectorState(name, State.RUNNING, STATE_TIMEOUT);
    check(problems, name.equals(running.name()), "status of another connector");
    follower.pauseConnector(name);
    follower.awaitConnectorState(name, State.PAUSED, STATE_TIMEOUT);
    follower.resumeConnector(name);
    follower.awaitConnectorState(name, State.RUNNING, STATE_TIMEOUT);
    follower.deleteConnector(name);
    check(problems, !leader.listConnectors().contains(name), "still there after delete");
    return String.join("; ", problems);
  }

  private static void check(List<String> problems, boolean ok, String problem) {
    if (!ok) {
      problems.add(problem);
    }
  }

  private static void assertDecoysUntouched() {
    Set<String> expected = new HashSet<>(before);
    expected.addAll(DECOYS);
    assertThat(new HashSet<>(leader.listConnectors()))
        .as("the connectors on the cluster")
        .isEqualTo(expected);
    for (String decoy : DECOYS) {
      assertThat(leader.getConnectorConfig(decoy))
          .as("config of decoy " + decoy)
          .isEqualTo(decoyConfigs.get(decoy));
    }
  }

  /** Every client method that names a connector, called with a name. */
  private static List<Consumer<String>> everyCallNamingAConnector() {
    Map<String, String> config = Map.of("connector.class", "FileStreamSource");
    ConnectorOffsets offsets = ConnectorOffsets.of(ConnectorOffset.sink("t", 0, 1L));
    return List.of(
        n -> follower.createConnector(n, config),
        n -> follower.createConnector(NewConnector.builder().name(n).config(config).build()),
        n -> follower.putConnectorConfig(n, config),
        n -> follower.patchConnectorConfig(n, Map.of("tasks.max", "2")),
        n -> follower.getConnector(n),
        n -> follower.getConnectorConfig(n),
        n -> follower.getConnectorStatus(n),
        n -> follower.getConnectorTasks(n),
        n -> follower.getTaskStatus(n, 0),
        n -> follower.restartConnector(n),
        n -> follower.restartConnector(n, RestartOptions.connectorAndTasks()),
        n -> follower.restartTask(n, 0),
        n -> follower.pauseConnector(n),
        n -> follower.resumeConnector(n),
        n -> follower.stopConnector(n),
        n -> follower.deleteConnector(n),
        n -> follower.getConnectorTopics(n),
        n -> follower.resetConnectorTopics(n),
        n -> follower.getConnectorOffsets(n),
        n -> follower.alterConnectorOffsets(n, offsets),
        n -> follower.resetConnectorOffsets(n),
        n -> follower.awaitConnectorState(n, State.RUNNING, Duration.ofSeconds(1)),
        n -> follower.awaitConnectorState(n, State.RUNNING, 2, Duration.ofSeconds(1)),
        n -> follower.awaitConnectorDeleted(n, Duration.ofSeconds(1)));
  }

  private static Map<String, String> config(String prefix) {
    return Map.of(
        "connector.class",
        "org.apache.kafka.connect.file.FileStreamSourceConnector",
        "tasks.max",
        "1",
        "file",
        tempFile("names-").toString(),
        "topic",
        "name-safety-" + prefix);
  }

  private static String shown(String name) {
    return name.length() > 40 ? name.substring(0, 20) + "...(" + name.length() + " chars)" : name;
  }
}
