package io.github.connectclient.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GroupAssignmentTest {

  /** Real DistributedHerder lines from Kafka 4.3.1 worker logs. */
  private static final String LOG =
      "[2026-11-24 19:29:16,837] INFO [Worker clientId=connect-127.0.0.1:40579,"
          + " groupId=connect-cluster] Joined group at generation 2 with protocol version 2 and got"
          + " assignment: Assignment{error=0,"
          + " leader='connect-127.0.0.1:40579-cf75ae83-fd79-4264-91c6-f2161710c517',"
          + " leaderUrl='http://127.0.0.1:40579/', offset=-1, connectorIds=[], taskIds=[],"
          + " revokedConnectorIds=[], revokedTaskIds=[], delay=0} with rebalance delay: 0"
          + " (org.apache.kafka.connect.runtime.distributed.DistributedHerder)\n"
          + "[2026-11-24 19:30:01,002] INFO [Worker clientId=connect-127.0.0.1:34821,"
          + " groupId=connect-cluster] Joined group at generation 3 with protocol version 2 and got"
          + " assignment: Assignment{error=0, leader='connect-127.0.0.1:34821-0d0e',"
          + " leaderUrl='http://127.0.0.1:34821/', offset=4, connectorIds=[src], taskIds=[],"
          + " revokedConnectorIds=[], revokedTaskIds=[], delay=0} with rebalance delay: 0"
          + " (org.apache.kafka.connect.runtime.distributed.DistributedHerder)\n";

  @Test
  void latest_returnsTheLastAssignmentInTheLog() {
    assertThat(GroupAssignment.latest(LOG))
        .contains(new GroupAssignment(3, 0, "http://127.0.0.1:34821/"));
  }

  @Test
  void latest_beforeTheWorkerJoined_isEmpty() {
    assertThat(GroupAssignment.latest("[...] INFO Kafka Connect worker initializing ..."))
        .isEmpty();
  }

  @Test
  void isLeader_comparesHostAndPortOnly() {
    GroupAssignment assignment = new GroupAssignment(3, 0, "http://127.0.0.1:34821/");

    assertThat(assignment.isLeader("http://127.0.0.1:34821")).isTrue();
    assertThat(assignment.isLeader("http://127.0.0.1:40579")).isFalse();
  }
}
