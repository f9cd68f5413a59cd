package io.github.connectclient.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.connectclient.ConnectClient;
import io.github.connectclient.testkit.ConnectCluster;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Issue 16, point 3: a rolling restart with the client given every worker's URL, no proxy. The
 * workers are restarted one by one (graceful stop, start on the same port, wait healthy), the group
 * leader among them (the second restart, or the only one in the short form), while {@link
 * RollingLoad}'s threads run idempotent operations: none fails, and every connector ends with the
 * config and state its thread last wrote. Sized like {@link LoadBalancerRollIT}.
 */
class RollingRestartIT {

  @Test
  void aRollingRestartIncludingTheLeader_failsNoOperation_andLosesNoWrite() throws Exception {
    try (ConnectCluster cluster =
        ConnectCluster.builder().workers(LoadBalancerRollIT.WORKERS).build()) {
      cluster.start();
      RollingLoad load = new RollingLoad();
      List<String> restarts = new ArrayList<>();
      try (ConnectClient client =
          ConnectClient.builder()
              .urls(cluster.workerUrls())
              .okHttpClient(load.countingWrites())
              .build()) {
        load.createConnectors(client, "roll");
        int leaderStep = LoadBalancerRollIT.RESTARTS == 1 ? 0 : 1;
        RollingLoad.Result result =
            load.runDuring(
                client,
                () -> {
                  List<Integer> left =
                      IntStream.range(0, cluster.workerCount())
                          .boxed()
                          .collect(Collectors.toList());
                  for (int step = 0; step < LoadBalancerRollIT.RESTARTS; step++) {
                    int leader = cluster.leaderIndex();
                    int target =
                        step == leaderStep
                            ? leader
                            : left.stream().filter(i -> i != leader).findFirst().orElse(leader);
                    left.remove(Integer.valueOf(target));
                    long began = System.nanoTime();
                    cluster.stopWorker(target);
                    cluster.startWorker(target);
                    restarts.add(
                        "worker-"
                            + target
                            + (target == leader ? " (leader)" : "")
                            + " in "
                            + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - began)
                            + " ms");
                  }
                });
        System.out.printf(
            "%nRollingRestartIT: %d workers, restarted %s; %d threads, %d connectors: %s%n%n",
            LoadBalancerRollIT.WORKERS, restarts, RollingLoad.THREADS, load.connectors(), result);
        assertThat(result.failures()).as("operations that failed").isEmpty();
        assertThat(restarts)
            .hasSize(LoadBalancerRollIT.RESTARTS)
            .anyMatch(r -> r.contains("leader"));
        load.assertFinalStateIsWhatWasLastWritten(client);
      }
    }
  }
}
