package io.github.connectclient.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.connectclient.ConnectClient;
import io.github.connectclient.testkit.ConnectCluster;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Issue 16, point 2: a load balancer in front of a rolling restart. The client has ONE URL, a
 * round-robin {@link TestProxy} over the workers (TCP, like a Kubernetes Service: each new
 * connection to the next worker, a worker that refuses skipped, a worker drained before it is
 * stopped and admitted again once healthy, as a readiness probe does). The workers are restarted
 * one by one (graceful stop, start on the same port, wait healthy) while {@link RollingLoad}'s
 * threads run idempotent operations: none fails, and every connector ends with the config and state
 * its thread last wrote. {@code reliability.roll.workers} (2) workers, the first {@code
 * reliability.roll.restarts} (1) restarted; the {@code reliability} profile rolls all 3 of 3.
 */
class LoadBalancerRollIT {

  static final int WORKERS = Integer.getInteger("reliability.roll.workers", 2);
  static final int RESTARTS = Integer.getInteger("reliability.roll.restarts", 1);

  /**
   * Whether the balancer drains a worker before its stop and admits it once healthy (a readiness
   * probe); {@code -Dreliability.roll.drain=false} sends connections to a stopping or starting
   * worker too, as a balancer without health checks does.
   */
  static final boolean DRAIN =
      Boolean.parseBoolean(System.getProperty("reliability.roll.drain", "true"));

  @Test
  void aRollingRestartBehindOneLoadBalancedUrl_failsNoOperation_andLosesNoWrite() throws Exception {
    try (ConnectCluster cluster = ConnectCluster.builder().workers(WORKERS).build()) {
      cluster.start();
      RollingLoad load = new RollingLoad();
      List<String> restarts = new ArrayList<>();
      try (TestProxy balancer = new TestProxy(cluster.workerUrls());
          ConnectClient client =
              ConnectClient.builder()
                  .url(balancer.url())
                  .okHttpClient(load.countingWrites())
                  .build()) {
        load.createConnectors(client, "lb");
        RollingLoad.Result result =
            load.runDuring(
                client,
                () -> {
                  for (int i = 0; i < RESTARTS; i++) {
                    String url = cluster.workerUrl(i);
                    long began = System.nanoTime();
                    if (DRAIN) {
                      balancer.drain(url);
                    }
                    cluster.stopWorker(i);
                    cluster.startWorker(i);
                    balancer.admit(url);
                    restarts.add(
                        "worker-"
                            + i
                            + " in "
                            + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - began)
                            + " ms");
                  }
                });
        System.out.printf(
            "%nLoadBalancerRollIT: %d workers (drained: %s), restarted %s; %d threads, %d connectors: %s;"
                + " %d connections through the balancer%n%n",
            WORKERS,
            DRAIN,
            restarts,
            RollingLoad.THREADS,
            load.connectors(),
            result,
            balancer.acceptedConnections());
        assertThat(result.failures()).as("operations that failed").isEmpty();
        assertThat(result.writeRequests()).isGreaterThanOrEqualTo(result.writeCalls());
        assertThat(restarts).hasSize(RESTARTS);
        load.assertFinalStateIsWhatWasLastWritten(client);
      }
    }
  }
}
