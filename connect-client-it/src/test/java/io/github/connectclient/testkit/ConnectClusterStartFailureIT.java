package io.github.connectclient.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ConnectClusterStartFailureIT {

  @Test
  void start_whenAWorkerRejectsItsConfig_throwsWithTheTailOfItsLog_andStopsTheBroker() {
    ConnectCluster cluster =
        ConnectCluster.builder()
            .workers(1)
            .workerProperty("plugin.discovery", "no_such_mode")
            .build();

    assertThatThrownBy(cluster::start)
        .isInstanceOf(ConnectClusterException.class)
        .hasMessageContaining("worker-0 exited with")
        .hasMessageContaining(
            "--- last 40 lines of " + cluster.logDirectory().resolve("worker-0.log"))
        .hasMessageContaining("Invalid plugin.discovery value");
    assertThat(cluster.isRunning(0)).isFalse();
    assertThat(ProcessHandle.current().children().filter(ProcessHandle::isAlive)).isEmpty();
  }
}
