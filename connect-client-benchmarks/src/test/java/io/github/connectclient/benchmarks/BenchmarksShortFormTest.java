package io.github.connectclient.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
    benchmark.start();
    try {
      for (int i = 0; i < 3; i++) {
        ConnectorStatus ours = benchmark.ours();
        assertThat(ours.name()).isEqualTo("fixture-source");
        assertThat(ours.type()).isEqualTo(ConnectorType.SOURCE);
        assertThat(ours.connector().state()).isEqualTo(State.RUNNING);
        assertThat(ours.tasks())
            .singleElement()
            .satisfies(t -> assertThat(t.workerId()).isNotNull());
        assertThat(benchmark.okHttpMoshi()).isEqualTo(ours);
        assertThat(benchmark.sourceLab()).hasToString(benchmark.sourceLab().toString());
        assertThat(new String(benchmark.rawSocket(), StandardCharsets.UTF_8))
            .isEqualTo(StubBodies.captured("connector-status"));
      }
    } finally {
      benchmark.stop();
    }
  }

  @Test
  void expandedListBenchmark_everyContenderGetsTwoThousandConnectors() throws IOException {
    ExpandedListBenchmark benchmark = new ExpandedListBenchmark();
    benchmark.start();
    try {
      Map<String, ConnectorExpanded> ours = benchmark.ours();
      assertThat(ours).hasSize(2_000).containsKey("connector-1999");
      ConnectorExpanded last = ours.get("connector-1999");
      assertThat(last.info().name()).isEqualTo("connector-1999");
      assertThat(last.info().config()).containsEntry("name", "connector-1999");
      assertThat(last.status().connector().state()).isEqualTo(State.RUNNING);
      assertThat(benchmark.okHttpMoshi()).isEqualTo(ours);
      ConnectorsWithExpandedMetadata sourceLab =
          (ConnectorsWithExpandedMetadata) benchmark.sourceLab();
      assertThat(sourceLab.getAllDefinitions()).hasSize(2_000);
      assertThat(benchmark.rawSocket())
          .hasSameSizeAs(StubBodies.expandedListing(StubBodies.EXPANDED_CONNECTORS));
    } finally {
      benchmark.stop();
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
