package io.github.connectclient.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.connectclient.ConnectClient;
import io.github.connectclient.RetryEvent;
import io.github.connectclient.RetryListener;
import io.github.connectclient.errors.ConnectTransportException;
import io.github.connectclient.model.RestartOptions;
import io.github.connectclient.model.State;
import io.github.connectclient.testkit.ConnectCluster;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 4 on a real cluster: the client rides through a killed leader and through rebalances
 * caused by config changes and a joining worker, and fails fast when its only worker is gone.
 * Each test starts its own cluster (it kills or adds workers) and prints what it measured.
 */
class RetryFailoverIT {

  private static final Duration READY = Duration.ofSeconds(60);

  /**
   * (a) {@code kill -9} of the leader while a client that knows both workers runs 200 mixed
   * idempotent operations (config PUTs, pause/resume, status reads): none fails. Run twice: with
   * the leader as the client's preferred worker (the client must fail over), and with the follower
   * preferred (the survivor answers {@code 500 IO Error trying to forward REST request} while the
   * group elects a new leader).
   */
  @ParameterizedTest(name = "{0} preferred")
  @ValueSource(strings = {"leader", "follower"})
  void killingTheLeader_during200IdempotentOperations_failsNoneOfThem(String preferred)
      throws Exception {
    try (ConnectCluster cluster = ConnectCluster.builder().workers(2).build()) {
      cluster.start();
      int leader = cluster.leaderIndex();
      RetryCounter counter = new RetryCounter();
      List<String> urls = new ArrayList<>(List.of(cluster.workerUrl(leader), cluster.workerUrl(1 - leader)));
      if (preferred.equals("follower")) {
        Collections.reverse(urls);
      }
      try (ConnectClient client = ConnectClient.builder()
          .urls(urls)
          .retryListener(counter)
          .build()) {
        List<String> names = new ArrayList<>();
        Map<String, Map<String, String>> lastConfig = new HashMap<>();
        for (int c = 0; c < 4; c++) {
          String name = SharedClusterIT.uniqueName("failover-" + c);
          Map<String, String> config = config(name, 0);
          client.putConnectorConfig(name, config);
          names.add(name);
          lastConfig.put(name, config);
        }
        for (String name : names) {
          client.awaitConnectorState(name, State.RUNNING, READY);
        }

        int operations = 200;
        int killAfter = 40;
        CountDownLatch killPoint = new CountDownLatch(1);
        CountDownLatch killed = new CountDownLatch(1);
        // kills while the operations go on, so that one is likely in flight
        Thread killer = new Thread(() -> {
          try {
            killPoint.await();
          } catch (InterruptedException e) {
            return;
          }
          cluster.killWorker(leader);
          killed.countDown();
        }, "leader-killer");
        killer.start();

        List<String> failures = new ArrayList<>();
        long longestNanos = 0;
        String longestOperation = null;
        long startNanos = System.nanoTime();
        for (int i = 0; i < operations; i++) {
          String name = names.get(i % names.size());
          String operation;
          long began = System.nanoTime();
          try {
            switch (i % 5) {
              case 0 -> {
                Map<String, String> config = config(name, i);
                operation = "putConnectorConfig " + name + " batch.size=" + i;
                client.putConnectorConfig(name, config);
                lastConfig.put(name, config);
              }
              case 1, 3 -> {
                operation = "getConnectorStatus " + name;
                client.getConnectorStatus(name);
              }
              case 2 -> {
                operation = "pauseConnector " + name;
                client.pauseConnector(name);
              }
              default -> {
                operation = "resumeConnector " + name;
                client.resumeConnector(name);
              }
            }
          } catch (RuntimeException failure) {
            failures.add("#" + i + " " + failure);
            operation = "failed #" + i;
          }
          long took = System.nanoTime() - began;
          if (took > longestNanos) {
            longestNanos = took;
            longestOperation = "#" + i + " " + operation;
          }
          if (i + 1 == killAfter) {
            killPoint.countDown();
          }
        }
        long totalNanos = System.nanoTime() - startNanos;
        assertThat(killed.await(10, TimeUnit.SECONDS)).as("the leader was killed").isTrue();

        System.out.printf("%n[issue 4 (a), %s preferred] leader worker-%d killed after %d operations%n"
                + "  operations run: %d, failed: %d%n"
                + "  retries: %d, failovers: %d, exhausted: %d%n"
                + "  retry reasons: %s%n"
                + "  longest single operation: %d ms (%s)%n"
                + "  all operations: %d ms%n%n",
            preferred, leader, killAfter, operations, failures.size(), counter.retries.get(),
            counter.failovers.get(), counter.exhausted.get(), counter.reasons,
            TimeUnit.NANOSECONDS.toMillis(longestNanos), longestOperation,
            TimeUnit.NANOSECONDS.toMillis(totalNanos));

        assertThat(failures).as("operations that failed").isEmpty();
        assertThat(counter.exhausted.get()).as("exhausted retry budgets").isZero();
        for (String name : names) {
          assertThat(client.getConnectorConfig(name)).containsAllEntriesOf(lastConfig.get(name));
        }
      }
    }
  }

  /**
   * (b) Restarts racing config changes, connector churn and a joining worker: the 409 "stale
   * configuration" case. Everything succeeds in the end and the final state is what was asked.
   */
  @Test
  void restartsRacingConfigChangesAndAJoiningWorker_allSucceed_andTheFinalStateIsAsAsked()
      throws Exception {
    try (ConnectCluster cluster = ConnectCluster.builder().workers(2).build()) {
      cluster.start();
      RetryCounter counter = new RetryCounter();
      try (ConnectClient client = ConnectClient.builder()
          .urls(cluster.workerUrls())
          .retryListener(counter)
          .build()) {
        List<String> targets = new ArrayList<>();
        for (int c = 0; c < 3; c++) {
          String name = SharedClusterIT.uniqueName("race-" + c);
          client.putConnectorConfig(name, config(name, 0));
          targets.add(name);
        }
        for (String name : targets) {
          client.awaitConnectorState(name, State.RUNNING, READY);
        }

        Map<String, Integer> lastBatchSize = new ConcurrentHashMap<>();
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger operations = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(3);
        List<Future<?>> running = new ArrayList<>();
        running.add(threads.submit(() -> {
          for (int k = 0; k < 60; k++) {
            String name = targets.get(k % targets.size());
            boolean withTasks = k % 2 == 0;
            run(operations, failures, "restart " + name, () -> {
              if (withTasks) {
                client.restartConnector(name, RestartOptions.connectorAndTasks());
              } else {
                client.restartTask(name, 0);
              }
            });
          }
        }));
        running.add(threads.submit(() -> {
          for (int k = 1; k <= 30; k++) {
            String name = targets.get(k % targets.size());
            int batchSize = k;
            run(operations, failures, "put " + name, () -> {
              client.putConnectorConfig(name, config(name, batchSize));
              lastBatchSize.put(name, batchSize);
            });
          }
        }));
        running.add(threads.submit(() -> {
          for (int k = 0; k < 12; k++) {
            String churn = SharedClusterIT.uniqueName("churn-" + k);
            run(operations, failures, "create " + churn,
                () -> client.createConnector(churn, config(churn, 1)));
            run(operations, failures, "delete " + churn, () -> client.deleteConnector(churn));
          }
        }));
        Thread.sleep(2_000);
        int joined = cluster.addWorker();
        for (Future<?> future : running) {
          future.get(5, TimeUnit.MINUTES);
        }
        threads.shutdown();

        System.out.printf("%n[issue 4 (b)] worker-%d joined during the race%n"
                + "  operations run: %d, failed: %d%n"
                + "  retries: %d (409 stale configuration: %d), failovers: %d, exhausted: %d%n"
                + "  retry reasons: %s%n%n",
            joined, operations.get(), failures.size(), counter.retries.get(),
            counter.staleConfiguration.get(), counter.failovers.get(), counter.exhausted.get(),
            counter.reasons);

        assertThat(failures).as("operations that failed").isEmpty();
        assertThat(client.listConnectors()).containsExactlyInAnyOrderElementsOf(targets);
        for (String name : targets) {
          String expected = Integer.toString(lastBatchSize.getOrDefault(name, 0));
          assertThat(client.getConnectorConfig(name)).containsEntry("batch.size", expected);
          client.awaitConnectorState(name, State.RUNNING, READY);
        }
      }
    }
  }

  /** (c) The only worker a client knows is killed: a clear transport error, quickly, not a hang. */
  @Test
  void killingTheOnlyWorkerAClientKnows_failsItsNextCallsQuicklyWithATransportError() {
    try (ConnectCluster cluster = ConnectCluster.builder().workers(1).build()) {
      cluster.start();
      RetryCounter counter = new RetryCounter();
      try (ConnectClient client = ConnectClient.builder()
          .url(cluster.workerUrl(0))
          .retryListener(counter)
          .build()) {
        client.getServerInfo();
        cluster.killWorker(0);

        long began = System.nanoTime();
        ConnectTransportException read = catchThrowableOfType(ConnectTransportException.class,
            client::listConnectors);
        long readMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - began);
        began = System.nanoTime();
        String name = SharedClusterIT.uniqueName("gone");
        ConnectTransportException write = catchThrowableOfType(ConnectTransportException.class,
            () -> client.putConnectorConfig(name, config(name, 1)));
        long writeMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - began);

        System.out.printf("%n[issue 4 (c)] single-URL client, its worker killed:%n"
            + "  read failed after %d ms: %s%n  write failed after %d ms: %s%n%n",
            readMillis, read.getMessage(), writeMillis, write.getMessage());

        assertThat(read).hasMessageContaining(cluster.workerUrl(0));
        assertThat(readMillis).isLessThan(5_000);
        assertThat(writeMillis).isLessThan(5_000);
      }
    }
  }

  private static final Map<String, Path> FILES = new ConcurrentHashMap<>();

  private static Map<String, String> config(String name, int batchSize) {
    Path file = FILES.computeIfAbsent(name, SharedClusterIT::tempFile);
    Map<String, String> config = new HashMap<>(SharedClusterIT.fileSource(file, "retry-it-" + name));
    config.put("batch.size", Integer.toString(batchSize == 0 ? 2000 : batchSize));
    return config;
  }

  private static void run(AtomicInteger operations, List<String> failures, String what, Runnable call) {
    try {
      call.run();
    } catch (RuntimeException failure) {
      failures.add(what + ": " + failure);
    } finally {
      operations.incrementAndGet();
    }
  }

  /** Counts what the client's {@link RetryListener} is told. */
  private static final class RetryCounter implements RetryListener {
    final AtomicInteger retries = new AtomicInteger();
    final AtomicInteger failovers = new AtomicInteger();
    final AtomicInteger exhausted = new AtomicInteger();
    final AtomicInteger staleConfiguration = new AtomicInteger();
    final Map<String, Integer> reasons = new ConcurrentHashMap<>();

    @Override
    public void onEvent(RetryEvent event) {
      switch (event.kind()) {
        case RETRY -> retries.incrementAndGet();
        case FAILOVER -> failovers.incrementAndGet();
        case EXHAUSTED -> exhausted.incrementAndGet();
      }
      if (event.reason().contains("stale configuration")) {
        staleConfiguration.incrementAndGet();
      }
      reasons.merge(shortReason(event.reason()), 1, Integer::sum);
    }

    private static String shortReason(String reason) {
      int colon = reason.indexOf(':', reason.indexOf(':') + 1);
      String head = colon > 0 ? reason.substring(0, colon) : reason;
      return head.length() > 70 ? head.substring(0, 70) : head;
    }
  }
}
