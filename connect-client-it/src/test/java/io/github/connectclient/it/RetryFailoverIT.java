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
import io.github.connectclient.testsupport.TempFiles;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Issue 4 on a real cluster: the client rides through a killed leader and through rebalances caused
 * by config changes and a joining worker, and fails fast when its only worker is gone. Each test
 * starts its own cluster (it kills or adds workers) and prints what it measured. The leader-kill
 * case (a) is {@link LeaderKillIT}, a class of its own so that the two failsafe forks share the
 * cluster-heavy tests evenly.
 */
class RetryFailoverIT {

  private static final Duration READY = Duration.ofSeconds(60);

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
      try (ConnectClient client =
          ConnectClient.builder().urls(cluster.workerUrls()).retryListener(counter).build()) {
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
        running.add(
            threads.submit(
                () -> {
                  for (int k = 0; k < 60; k++) {
                    String name = targets.get(k % targets.size());
                    boolean withTasks = k % 2 == 0;
                    run(
                        operations,
                        failures,
                        "restart " + name,
                        () -> {
                          if (withTasks) {
                            client.restartConnector(name, RestartOptions.connectorAndTasks());
                          } else {
                            client.restartTask(name, 0);
                          }
                        });
                  }
                }));
        running.add(
            threads.submit(
                () -> {
                  for (int k = 1; k <= 30; k++) {
                    String name = targets.get(k % targets.size());
                    int batchSize = k;
                    run(
                        operations,
                        failures,
                        "put " + name,
                        () -> {
                          client.putConnectorConfig(name, config(name, batchSize));
                          lastBatchSize.put(name, batchSize);
                        });
                  }
                }));
        running.add(
            threads.submit(
                () -> {
                  for (int k = 0; k < 12; k++) {
                    String churn = SharedClusterIT.uniqueName("churn-" + k);
                    run(
                        operations,
                        failures,
                        "create " + churn,
                        () -> client.createConnector(churn, config(churn, 1)));
                    run(
                        operations,
                        failures,
                        "delete " + churn,
                        () -> client.deleteConnector(churn));
                  }
                }));
        Thread.sleep(2_000);
        int joined = cluster.addWorker();
        for (Future<?> future : running) {
          future.get(5, TimeUnit.MINUTES);
        }
        threads.shutdown();

        System.out.printf(
            "%n[issue 4 (b)] worker-%d joined during the race%n"
                + "  operations run: %d, failed: %d%n"
                + "  retries: %d (409 stale configuration: %d), failovers: %d, exhausted: %d%n"
                + "  retry reasons: %s%n%n",
            joined,
            operations.get(),
            failures.size(),
            counter.retries.get(),
            counter.staleConfiguration.get(),
            counter.failovers.get(),
            counter.exhausted.get(),
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
      try (ConnectClient client =
          ConnectClient.builder().url(cluster.workerUrl(0)).retryListener(counter).build()) {
        client.getServerInfo();
        cluster.killWorker(0);

        long began = System.nanoTime();
        ConnectTransportException read =
            catchThrowableOfType(ConnectTransportException.class, client::listConnectors);
        long readMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - began);
        began = System.nanoTime();
        String name = SharedClusterIT.uniqueName("gone");
        ConnectTransportException write =
            catchThrowableOfType(
                ConnectTransportException.class,
                () -> client.putConnectorConfig(name, config(name, 1)));
        long writeMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - began);

        System.out.printf(
            "%n[issue 4 (c)] single-URL client, its worker killed:%n"
                + "  read failed after %d ms: %s%n  write failed after %d ms: %s%n%n",
            readMillis, read.getMessage(), writeMillis, write.getMessage());

        assertThat(read).hasMessageContaining(cluster.workerUrl(0));
        assertThat(readMillis).isLessThan(5_000);
        assertThat(writeMillis).isLessThan(5_000);
      }
    }
  }

  private static final Map<String, Path> FILES = new ConcurrentHashMap<>();

  static Map<String, String> config(String name, int batchSize) {
    Path file = FILES.computeIfAbsent(name, TempFiles::tempFile);
    Map<String, String> config =
        new HashMap<>(SharedClusterIT.fileSource(file, "retry-it-" + name));
    config.put("batch.size", Integer.toString(batchSize == 0 ? 2000 : batchSize));
    return config;
  }

  static void run(AtomicInteger operations, List<String> failures, String what, Runnable call) {
    try {
      call.run();
    } catch (RuntimeException failure) {
      failures.add(what + ": " + failure);
    } finally {
      operations.incrementAndGet();
    }
  }

  /** Counts what the client's {@link RetryListener} is told. */
  static final class RetryCounter implements RetryListener {
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
