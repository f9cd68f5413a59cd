package io.github.connectclient.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.connectclient.ConnectClient;
import io.github.connectclient.model.State;
import io.github.connectclient.testkit.ConnectCluster;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 4 (a) on a real cluster: {@code kill -9} of the leader while a client that knows both
 * workers runs 200 mixed idempotent operations; none fails. Each run starts its own cluster.
 */
class LeaderKillIT {

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
      RetryFailoverIT.RetryCounter counter = new RetryFailoverIT.RetryCounter();
      List<String> urls =
          new ArrayList<>(List.of(cluster.workerUrl(leader), cluster.workerUrl(1 - leader)));
      if (preferred.equals("follower")) {
        Collections.reverse(urls);
      }
      try (ConnectClient client =
          ConnectClient.builder().urls(urls).retryListener(counter).build()) {
        List<String> names = new ArrayList<>();
        Map<String, Map<String, String>> lastConfig = new HashMap<>();
        for (int c = 0; c < 4; c++) {
          String name = SharedClusterIT.uniqueName("failover-" + c);
          Map<String, String> config = RetryFailoverIT.config(name, 0);
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
        Thread killer =
            new Thread(
                () -> {
                  try {
                    killPoint.await();
                  } catch (InterruptedException e) {
                    return;
                  }
                  cluster.killWorker(leader);
                  killed.countDown();
                },
                "leader-killer");
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
                Map<String, String> config = RetryFailoverIT.config(name, i);
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

        System.out.printf(
            "%n[issue 4 (a), %s preferred] leader worker-%d killed after %d operations%n"
                + "  operations run: %d, failed: %d%n"
                + "  retries: %d, failovers: %d, exhausted: %d%n"
                + "  retry reasons: %s%n"
                + "  longest single operation: %d ms (%s)%n"
                + "  all operations: %d ms%n%n",
            preferred,
            leader,
            killAfter,
            operations,
            failures.size(),
            counter.retries.get(),
            counter.failovers.get(),
            counter.exhausted.get(),
            counter.reasons,
            TimeUnit.NANOSECONDS.toMillis(longestNanos),
            longestOperation,
            TimeUnit.NANOSECONDS.toMillis(totalNanos));

        assertThat(failures).as("operations that failed").isEmpty();
        assertThat(counter.exhausted.get()).as("exhausted retry budgets").isZero();
        for (String name : names) {
          assertThat(client.getConnectorConfig(name)).containsAllEntriesOf(lastConfig.get(name));
        }
      }
    }
  }
}
