package io.github.connectclient.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.connectclient.benchmarks.baseline.RawSocketClient;
import io.github.connectclient.benchmarks.stub.StubBodies;
import io.github.connectclient.benchmarks.stub.StubProcess;
import io.github.connectclient.model.ConnectorExpanded;
import io.github.connectclient.model.ConnectorStatus;
import io.github.connectclient.model.ConnectorType;
import io.github.connectclient.model.State;
import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sourcelab.kafka.connect.apiclient.request.dto.ConnectorsWithExpandedMetadata;

/**
 * The short form of the benchmarks, run in every build: each benchmark method's body, a few times,
 * against the real stub server JVM, checking the answers. No timing is asserted.
 */
class BenchmarksShortFormTest {

  @Test
  void statusBenchmark_everyContenderGetsTheCapturedStatus() throws IOException {
    StatusBenchmark benchmark = new StatusBenchmark();
    Clients clients = new Clients();
    clients.start();
    try {
      for (int i = 0; i < 3; i++) {
        ConnectorStatus ours = benchmark.ours(clients);
        assertThat(ours.name()).isEqualTo("fixture-source");
        assertThat(ours.type()).isEqualTo(ConnectorType.SOURCE);
        assertThat(ours.connector().state()).isEqualTo(State.RUNNING);
        assertThat(ours.tasks())
            .singleElement()
            .satisfies(t -> assertThat(t.workerId()).isNotNull());
        assertThat(benchmark.okHttpMoshi(clients)).isEqualTo(ours);
        org.sourcelab.kafka.connect.apiclient.request.dto.ConnectorStatus sourceLab =
            (org.sourcelab.kafka.connect.apiclient.request.dto.ConnectorStatus)
                benchmark.sourceLab(clients);
        assertThat(sourceLab.getName()).isEqualTo("fixture-source");
        assertThat(sourceLab.getConnector()).containsEntry("state", "RUNNING");
        assertThat(new String(benchmark.rawSocket(clients), StandardCharsets.UTF_8))
            .isEqualTo(StubBodies.captured("connector-status"));
      }
    } finally {
      clients.stop();
    }
  }

  @Test
  void expandedListBenchmark_everyContenderGetsTwoThousandConnectors() throws IOException {
    ExpandedListBenchmark benchmark = new ExpandedListBenchmark();
    Clients clients = new Clients();
    clients.start();
    try {
      Map<String, ConnectorExpanded> ours = benchmark.ours(clients);
      assertThat(ours).hasSize(2_000).containsKey("connector-1999");
      ConnectorExpanded last = ours.get("connector-1999");
      assertThat(last.info().name()).isEqualTo("connector-1999");
      assertThat(last.info().config()).containsEntry("name", "connector-1999");
      assertThat(last.status().connector().state()).isEqualTo(State.RUNNING);
      assertThat(benchmark.okHttpMoshi(clients)).isEqualTo(ours);
      ConnectorsWithExpandedMetadata sourceLab =
          (ConnectorsWithExpandedMetadata) benchmark.sourceLab(clients);
      assertThat(sourceLab.getAllDefinitions()).hasSize(2_000);
      assertThat(benchmark.rawSocket(clients))
          .hasSameSizeAs(StubBodies.expandedListing(StubBodies.EXPANDED_CONNECTORS));
    } finally {
      clients.stop();
    }
  }

  @Test
  void fanOutBenchmark_everyContenderGetsAllThousandAnswers() throws Exception {
    FanOutBenchmark benchmark = new FanOutBenchmark();
    benchmark.start();
    try {
      assertThat(benchmark.asyncAllOf()).isEqualTo(FanOutBenchmark.CALLS);
      assertThat(benchmark.syncOnPool()).isEqualTo(FanOutBenchmark.CALLS);
      assertThat(benchmark.sourceLabOnPool()).isEqualTo(FanOutBenchmark.CALLS);
      assertThat(benchmark.rawSockets()).isEqualTo(FanOutBenchmark.CALLS);
    } finally {
      benchmark.stop();
    }
  }

  @Test
  void coldStartBenchmark_eachChildJvmPrintsItsAnswer() throws IOException {
    ColdStartBenchmark benchmark = new ColdStartBenchmark();
    benchmark.start();
    try {
      assertThat(benchmark.ours()).isEqualTo("RUNNING");
      assertThat(benchmark.sourceLab()).isEqualTo("RUNNING");
      int length = StubBodies.captured("connector-status").length();
      assertThat(benchmark.okHttp()).isEqualTo("200 " + length + " chars");
      assertThat(benchmark.rawSocket()).isEqualTo(length + " bytes");
    } finally {
      benchmark.stop();
    }
  }

  @Test
  void stubServer_answersOnEachOf128KeptAliveConnectionsAtOnce() throws IOException {
    List<RawSocketClient> open = new ArrayList<>();
    try (StubProcess stub = StubProcess.start(Duration.ofMillis(5))) {
      for (int i = 0; i < 128; i++) {
        // Every earlier connection stays open and idle: a server with fewer than 128 threads for
        // connections would never answer this one (the read times out and the test fails).
        RawSocketClient client = new RawSocketClient(stub.port());
        open.add(client);
        assertThat(client.get("/connectors/c" + i + "/status")).isNotEmpty();
      }
    } finally {
      for (RawSocketClient client : open) {
        client.close();
      }
    }
  }

  @Test
  void stubProcess_whenClosed_stopsListening() throws IOException {
    StubProcess stub = StubProcess.start(Duration.ZERO);
    int port = stub.port();
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
      assertThat(socket.isConnected()).isTrue();
    }

    stub.close();

    assertThatThrownBy(() -> new Socket(InetAddress.getLoopbackAddress(), port).close())
        .isInstanceOf(IOException.class);
  }
}
