package io.github.connectclient.it;

import static io.github.connectclient.testsupport.TempFiles.tempFile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.connectclient.ConnectClient;
import io.github.connectclient.RetryPolicy;
import io.github.connectclient.apply.Action;
import io.github.connectclient.apply.ApplyItem;
import io.github.connectclient.apply.ApplyOptions;
import io.github.connectclient.apply.ApplyResult;
import io.github.connectclient.apply.BulkItem;
import io.github.connectclient.apply.BulkResult;
import io.github.connectclient.apply.ConnectorChange;
import io.github.connectclient.apply.ConnectorSelector;
import io.github.connectclient.apply.ConnectorSpec;
import io.github.connectclient.apply.ConnectorSpecs;
import io.github.connectclient.apply.Plan;
import io.github.connectclient.apply.TargetState;
import io.github.connectclient.apply.ValueChange;
import io.github.connectclient.async.AsyncConnectClient;
import io.github.connectclient.errors.ConnectorFailedException;
import io.github.connectclient.errors.ConnectorNotFoundException;
import io.github.connectclient.errors.InvalidConfigException;
import io.github.connectclient.model.ConnectorStatus;
import io.github.connectclient.model.RestartOptions;
import io.github.connectclient.model.State;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Plan, apply, the bulk operations and the failing-fast await against the real cluster. Writes are
 * counted at the HTTP layer, by an OkHttp interceptor under the client.
 */
class DeclarativeIT extends SharedClusterIT {

  private static final Duration WAIT = Duration.ofSeconds(60);

  @Test
  void reapplyingTheSameSpecs_sendsZeroWrites_andTheTasksKeepRunningWhereTheyRan()
      throws Exception {
    String prefix = uniqueName("same");
    List<ConnectorSpec> specs = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      String name = prefix + "-" + i;
      specs.add(ConnectorSpec.of(name, fileSource(tempFile(name), name + "-topic")));
    }
    specs.set(2, specs.get(2).withState(TargetState.PAUSED));
    follower.apply(specs, ApplyOptions.defaults().await(WAIT)).throwIfFailed();
    Map<String, List<String>> workersBefore = taskWorkers(specs);

    RequestCounter counter = new RequestCounter();
    ApplyResult sync;
    ApplyResult async;
    try (ConnectClient client = counted(counter);
        AsyncConnectClient asyncClient =
            AsyncConnectClient.builder()
                .urls(cluster.workerUrls())
                .okHttpClient(counter.client())
                .build()) {
      sync = client.apply(specs, ApplyOptions.defaults().await(WAIT));
      async = asyncClient.apply(specs, ApplyOptions.defaults()).get(60, TimeUnit.SECONDS);
    }
    Thread.sleep(2_000); // a restart, had there been one, would show by now

    System.out.printf(
        "DECLARATIVE reapply: %d requests, %d writes (%s)%n",
        counter.total(), counter.writes(), counter.byMethod());
    assertThat(counter.writes()).as("writes of the two re-applies").isZero();
    assertThat(sync.items()).extracting(ApplyItem::action).containsOnly(Action.NONE);
    assertThat(async.items()).extracting(ApplyItem::action).containsOnly(Action.NONE);
    assertThat(taskWorkers(specs)).isEqualTo(workersBefore);
    for (ConnectorSpec spec : specs) {
      ConnectorStatus status = leader.getConnectorStatus(spec.name());
      assertThat(status.connector().state()).isEqualTo(spec.state().toState());
      assertThat(status.tasks()).allMatch(task -> task.state() == spec.state().toState());
    }
    follower.deleteConnectors(ConnectorSelector.matching(prefix + "-.*")).throwIfFailed();
  }

  @Test
  void aNumberInTheSpecFile_againstTheStoredString_isNone(@TempDir Path dir) throws IOException {
    String name = uniqueName("number");
    Map<String, String> stored = new HashMap<>(fileSource(tempFile(name), name + "-topic"));
    stored.put("tasks.max", "2");
    follower.createConnector(name, stored);
    Path file =
        Files.writeString(
            dir.resolve("spec.json"),
            "{\"name\":\""
                + name
                + "\",\"config\":{"
                + stored.entrySet().stream()
                    .map(
                        e ->
                            "\""
                                + e.getKey()
                                + "\":"
                                + (e.getKey().equals("tasks.max")
                                    ? "2"
                                    : "\"" + e.getValue() + "\""))
                    .collect(Collectors.joining(","))
                + "}}");

    Plan plan = follower.plan(ConnectorSpecs.read(file), ApplyOptions.defaults());

    assertThat(leader.getConnectorConfig(name)).containsEntry("tasks.max", "2");
    assertThat(plan.changes())
        .singleElement()
        .satisfies(
            change -> {
              assertThat(change.action()).isEqualTo(Action.NONE);
              assertThat(change.configChanges()).isEmpty();
            });
    follower.deleteConnector(name);
  }

  @Test
  void aDriftMadeBehindTheClientsBack_showsAsExactlyThatKey() {
    String name = uniqueName("drift");
    Map<String, String> config = fileSource(tempFile(name), name + "-topic");
    ConnectorSpec spec = ConnectorSpec.of(name, config);
    follower.apply(List.of(spec), ApplyOptions.defaults()).throwIfFailed();
    Map<String, String> changed = new HashMap<>(config);
    changed.put("topic", name + "-other");
    try (ConnectClient raw = client(cluster.workerUrl(0))) {
      raw.putConnectorConfig(name, changed);
    }

    Plan plan = follower.plan(List.of(spec), ApplyOptions.defaults());

    ConnectorChange change = plan.changes().get(0);
    assertThat(change.action()).isEqualTo(Action.UPDATE);
    assertThat(change.configChanges())
        .containsExactly(
            Map.entry(
                "topic",
                new ValueChange(
                    Optional.of(name + "-other"), Optional.of(name + "-topic"), false)));
    System.out.println("DECLARATIVE drift plan:\n" + plan);
    follower.apply(plan).throwIfFailed();
    assertThat(leader.getConnectorConfig(name)).containsEntry("topic", name + "-topic");
    follower.deleteConnector(name);
  }

  @Test
  void secretsAreMaskedButCounted_referencesCompareAsWritten_andStatesMoveAsPlanned() {
    String name = uniqueName("secret");
    Map<String, String> config = new HashMap<>(fileSource(tempFile(name), name + "-topic"));
    config.put("db.password", "old-s3cret");
    config.put("db.user", "${file:/nonexistent/secrets.properties:user}");
    follower
        .apply(List.of(ConnectorSpec.of(name, config)), ApplyOptions.defaults().await(WAIT))
        .throwIfFailed();
    Map<String, String> changed = new HashMap<>(config);
    changed.put("db.password", "new-s3cret");

    Plan plan =
        follower.plan(
            List.of(ConnectorSpec.of(name, changed).withState(TargetState.PAUSED)),
            ApplyOptions.defaults().await(WAIT));

    ConnectorChange change = plan.changes().get(0);
    assertThat(change.action()).isEqualTo(Action.UPDATE);
    assertThat(change.configChanges()).containsOnlyKeys("db.password");
    assertThat(change.configChanges().get("db.password").sensitive()).isTrue();
    assertThat(change.currentState()).contains(State.RUNNING);
    assertThat(change.stateChanges()).isTrue();
    assertThat(plan.toString() + change)
        .contains("(update, RUNNING -> PAUSED)", "db.password  [hidden] -> [hidden]")
        .doesNotContain("s3cret");
    follower.apply(plan).throwIfFailed();
    assertThat(leader.getConnectorStatus(name).connector().state()).isEqualTo(State.PAUSED);
    assertThat(leader.getConnectorConfig(name)).containsEntry("db.password", "new-s3cret");

    ConnectorSelector it = ConnectorSelector.named(name);
    follower.resumeConnectors(it).throwIfFailed();
    follower.awaitConnectorState(name, State.RUNNING, 1, WAIT);
    follower.stopConnectors(it.and(ConnectorSelector.inState(State.RUNNING))).throwIfFailed();
    follower.awaitConnectorState(name, State.STOPPED, WAIT);
    assertThat(
            leader.findConnectors(
                ConnectorSelector.inState(State.STOPPED)
                    .and(ConnectorSelector.matching("secret-.*"))))
        .contains(name);
    follower.deleteConnectors(it).throwIfFailed();
    follower.awaitConnectorDeleted(name, WAIT);
  }

  @Test
  void prune_deletesOnlyTheSelectedNames() {
    String prefix = uniqueName("prune");
    Map<String, String> config = fileSource(tempFile(prefix), prefix + "-topic");
    List<ConnectorSpec> all = new ArrayList<>();
    for (String suffix : List.of("a-keep", "a-old", "b-other")) {
      all.add(ConnectorSpec.of(prefix + "-" + suffix, config).withState(TargetState.STOPPED));
    }
    follower.apply(all, ApplyOptions.defaults().await(WAIT)).throwIfFailed();

    ApplyResult result =
        follower.apply(
            List.of(all.get(0)),
            ApplyOptions.defaults()
                .prune(true)
                .pruneSelector(ConnectorSelector.matching(prefix + "-a-.*"))
                .await(WAIT));

    assertThat(result.items())
        .extracting(ApplyItem::name, ApplyItem::action)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(prefix + "-a-keep", Action.NONE),
            org.assertj.core.groups.Tuple.tuple(prefix + "-a-old", Action.DELETE));
    assertThat(leader.findConnectors(ConnectorSelector.matching(prefix + "-.*")))
        .containsExactly(prefix + "-a-keep", prefix + "-b-other");
    follower.deleteConnectors(ConnectorSelector.matching(prefix + "-.*")).throwIfFailed();
  }

  @Test
  void oneInvalidSpecAmongTen_leavesTheOtherNineApplied() {
    String prefix = uniqueName("ten");
    Map<String, String> config = fileSource(tempFile(prefix), prefix + "-topic");
    List<ConnectorSpec> specs = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      Map<String, String> own = new HashMap<>(config);
      if (i == 4) {
        own.put("tasks.max", "0");
      }
      specs.add(ConnectorSpec.of(prefix + "-" + i, own).withState(TargetState.STOPPED));
    }

    ApplyResult result = follower.apply(specs, ApplyOptions.defaults().await(WAIT));

    assertThat(result.succeeded()).hasSize(9);
    assertThat(result.failed())
        .singleElement()
        .satisfies(
            item -> {
              assertThat(item.name()).isEqualTo(prefix + "-4");
              assertThat(item.error().orElseThrow())
                  .isInstanceOfSatisfying(
                      InvalidConfigException.class,
                      e ->
                          assertThat(e.errors())
                              .anySatisfy(l -> assertThat(l).contains("tasks.max")));
            });
    assertThat(leader.findConnectors(ConnectorSelector.matching(prefix + "-.*")))
        .hasSize(9)
        .doesNotContain(prefix + "-4");
    follower.deleteConnectors(ConnectorSelector.matching(prefix + "-.*")).throwIfFailed();
  }

  @Test
  void aBulkRestartOfFifty_whereOneIsDeletedMidway_reports49DoneAnd1NotFound() {
    String prefix = uniqueName("bulk");
    Map<String, String> config = fileSource(tempFile(prefix), prefix + "-topic");
    List<ConnectorSpec> specs = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      specs.add(
          ConnectorSpec.of(String.format("%s-%02d", prefix, i), config)
              .withState(TargetState.STOPPED));
    }
    long created = System.nanoTime();
    follower.apply(specs, ApplyOptions.defaults().validate(false).await(WAIT)).throwIfFailed();
    long applied = System.nanoTime();
    String victim = prefix + "-49";
    AtomicBoolean deleted = new AtomicBoolean();
    RequestCounter counter =
        new RequestCounter(
            request -> {
              if (request.url().encodedPath().endsWith("/restart")
                  && deleted.compareAndSet(false, true)) {
                leader.deleteConnector(victim);
              }
            });

    BulkResult result;
    long start = System.nanoTime();
    try (ConnectClient client = counted(counter)) {
      result =
          client.restartConnectors(
              ConnectorSelector.matching(prefix + "-.*"), RestartOptions.connectorAndTasks());
    }
    long restarted = System.nanoTime();

    System.out.printf(
        "DECLARATIVE bulk: apply of 50 STOPPED %.1f s, restart of 50 %.1f s, %d requests%n",
        (applied - created) / 1e9, (restarted - start) / 1e9, counter.total());
    assertThat(result.items()).hasSize(50);
    assertThat(result.succeeded()).hasSize(49);
    assertThat(result.failed())
        .singleElement()
        .satisfies(
            item -> {
              assertThat(item.name()).isEqualTo(victim);
              assertThat(item.error()).containsInstanceOf(ConnectorNotFoundException.class);
            });
    assertThat(result.items()).extracting(BulkItem::name).doesNotHaveDuplicates();
    follower.deleteConnectors(ConnectorSelector.matching(prefix + "-.*")).throwIfFailed();
  }

  @Test
  void aTaskSetToFailed_endsTheAwaitForRunningWithinTwoSeconds() throws Exception {
    String name = uniqueName("fails");
    Path missing = tempFile(name).resolveSibling(name + "-missing").resolve("out.txt");
    follower.createConnector(name, fileSink(name + "-topic", missing));
    AtomicBoolean watching = new AtomicBoolean(true);
    long[] firstFailedSeen = {0};
    Thread watcher =
        new Thread(
            () -> {
              while (watching.get() && firstFailedSeen[0] == 0) {
                try {
                  if (leader.getConnectorStatus(name).tasks().stream()
                      .anyMatch(t -> t.state() == State.FAILED)) {
                    firstFailedSeen[0] = System.nanoTime();
                  }
                } catch (RuntimeException noStatusYet) {
                  // polled again
                }
                sleep(20);
              }
            });
    watcher.start();

    long start = System.nanoTime();
    Throwable thrown =
        catchThrowable(() -> follower.awaitConnectorState(name, State.RUNNING, WAIT));
    long end = System.nanoTime();
    watching.set(false);
    watcher.join();
    long again = System.nanoTime();
    Throwable second =
        catchThrowable(() -> follower.awaitConnectorState(name, State.RUNNING, WAIT));
    long secondEnd = System.nanoTime();

    System.out.printf(
        "DECLARATIVE failed task: await returned %.2f s after the FAILED state showed (%.1f s"
            + " after the create); an await on the failed connector took %.2f s%n",
        (end - firstFailedSeen[0]) / 1e9, (end - start) / 1e9, (secondEnd - again) / 1e9);
    assertThat(thrown)
        .isInstanceOfSatisfying(
            ConnectorFailedException.class,
            e -> {
              assertThat(e.lastStatus().tasks().get(0).state()).isEqualTo(State.FAILED);
              assertThat(e.trace()).contains("FileStreamSinkTask");
            });
    assertThat(firstFailedSeen[0]).isPositive();
    assertThat(Duration.ofNanos(end - firstFailedSeen[0])).isLessThan(Duration.ofSeconds(2));
    assertThat(second).isInstanceOf(ConnectorFailedException.class);
    assertThat(Duration.ofNanos(secondEnd - again)).isLessThan(Duration.ofSeconds(2));
    follower.deleteConnector(name);
    follower.awaitConnectorDeleted(name, WAIT);
  }

  /** Per task of each spec's connector, the worker it runs on. */
  private static Map<String, List<String>> taskWorkers(List<ConnectorSpec> specs) {
    Map<String, List<String>> workers = new HashMap<>();
    for (ConnectorSpec spec : specs) {
      ConnectorStatus status = leader.getConnectorStatus(spec.name());
      List<String> ids = new ArrayList<>();
      ids.add(status.connector().workerId());
      status.tasks().forEach(task -> ids.add(task.id() + "@" + task.workerId()));
      workers.put(spec.name(), ids);
    }
    return workers;
  }

  private static ConnectClient counted(RequestCounter counter) {
    return ConnectClient.builder()
        .urls(cluster.workerUrls())
        .retryPolicy(RetryPolicy.defaults())
        .okHttpClient(counter.client())
        .build();
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
