package io.github.connectclient.it;

import static io.github.connectclient.testsupport.TempFiles.tempFile;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.connectclient.ConnectClient;
import io.github.connectclient.async.AsyncConnectClient;
import io.github.connectclient.model.ConnectorStatus;
import io.github.connectclient.model.InitialState;
import io.github.connectclient.model.NewConnector;
import io.github.connectclient.model.State;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The fan-out of an operator tool: create many connectors, read all their statuses, delete them,
 * once with the async client (everything in flight at once) and once with the sync client (one call
 * at a time), timing each phase. {@code -Dfanout.connectors=N} changes N (default 200). Connectors
 * are created STOPPED: the point is the REST traffic, not 200 running tasks.
 *
 * <p>The sync baseline takes about two minutes on a 2-core machine (each sequential delete waits
 * for its rebalance), so every build runs the async fan-out and the comparison (tag {@code
 * comparison}, left out of the build by the pom) runs on demand: {@code mvn -B verify -pl
 * connect-client-it -am -Dit.test=FanOutIT -Dit.excludedGroups=none -Dtest=none
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class FanOutIT extends SharedClusterIT {

  private static final int CONNECTORS = Integer.getInteger("fanout.connectors", 200);

  @Test
  void asyncFanOut_createsReadsAndDeletesEveryConnector() {
    Timings async = asyncFanOut(fileSource(tempFile("fanout"), "fanout-topic"));

    System.out.printf("FANOUT connectors=%d async{%s}%n", CONNECTORS, async);
    assertThat(leader.listConnectors()).noneMatch(n -> n.startsWith("fan-"));
  }

  @Test
  @Tag("comparison")
  void asyncFanOut_beatsTheSyncLoop_andBothLeaveNothingBehind() {
    Map<String, String> config = fileSource(tempFile("fanout"), "fanout-topic");
    Timings async = asyncFanOut(config);

    Timings sync;
    try (ConnectClient client = ConnectClient.builder().urls(cluster.workerUrls()).build()) {
      List<String> names = names("fan-sync");
      long start = System.nanoTime();
      names.forEach(name -> client.createConnector(stopped(name, config)));
      long created = System.nanoTime();
      List<ConnectorStatus> statuses =
          names.stream()
              .map(name -> client.awaitConnectorState(name, State.STOPPED, STATUS_WRITTEN))
              .toList();
      long read = System.nanoTime();
      names.forEach(client::deleteConnector);
      long deleted = System.nanoTime();
      assertThat(statuses).extracting(s -> s.connector().state()).containsOnly(State.STOPPED);
      sync = new Timings(created - start, read - created, deleted - read);
    }

    System.out.printf(
        "FANOUT connectors=%d async{%s} sync{%s} status-read speed-up=%.1fx total speed-up=%.1fx%n",
        CONNECTORS,
        async,
        sync,
        (double) sync.readNanos / async.readNanos,
        (double) sync.total() / async.total());
    assertThat(leader.listConnectors()).noneMatch(n -> n.startsWith("fan-"));
    assertThat(async.readNanos).isLessThan(sync.readNanos);
  }

  private static Timings asyncFanOut(Map<String, String> config) {
    try (AsyncConnectClient client =
        AsyncConnectClient.builder().urls(cluster.workerUrls()).build()) {
      List<String> names = names("fan-async");
      long start = System.nanoTime();
      all(names, name -> client.createConnector(stopped(name, config)));
      long created = System.nanoTime();
      // A create returns before the worker writes the connector's status: a read right after it
      // may answer 404 "No status found". The await polls until the status is there.
      List<ConnectorStatus> statuses =
          all(names, name -> client.awaitConnectorState(name, State.STOPPED, STATUS_WRITTEN));
      long read = System.nanoTime();
      all(names, client::deleteConnector);
      long deleted = System.nanoTime();
      assertThat(statuses).extracting(s -> s.connector().state()).containsOnly(State.STOPPED);
      return new Timings(created - start, read - created, deleted - read);
    }
  }

  private static final Duration STATUS_WRITTEN = Duration.ofSeconds(30);

  private static NewConnector stopped(String name, Map<String, String> config) {
    return NewConnector.builder()
        .name(name)
        .config(config)
        .initialState(InitialState.STOPPED)
        .build();
  }

  private static List<String> names(String prefix) {
    String run = uniqueName(prefix);
    return IntStream.range(0, CONNECTORS).mapToObj(i -> run + "-" + i).collect(Collectors.toList());
  }

  private static <T> List<T> all(List<String> names, Function<String, CompletableFuture<T>> call) {
    List<CompletableFuture<T>> futures = names.stream().map(call).toList();
    CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).join();
    return futures.stream().map(CompletableFuture::join).toList();
  }

  private record Timings(long createNanos, long readNanos, long deleteNanos) {
    long total() {
      return createNanos + readNanos + deleteNanos;
    }

    @Override
    public String toString() {
      return String.format(
          "create=%dms read=%dms delete=%dms total=%dms",
          Duration.ofNanos(createNanos).toMillis(),
          Duration.ofNanos(readNanos).toMillis(),
          Duration.ofNanos(deleteNanos).toMillis(),
          Duration.ofNanos(total()).toMillis());
    }
  }
}
