package io.github.connectclient.async;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.connectclient.model.PluginReport;
import io.github.connectclient.testsupport.WorkerDispatcher;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@link AsyncConnectClient#checkPlugins()}: every worker asked at once and directly; one down and
 * one lacking a plugin are both in the report, which completes normally.
 */
class AsyncCheckPluginsTest {

  private static final String JDBC = "io.example.JdbcSinkConnector";

  @StartStop final MockWebServer full = new MockWebServer();
  @StartStop final MockWebServer lacking = new MockWebServer();

  private AsyncConnectClient client;

  @AfterEach
  void closeClient() {
    client.close();
  }

  private static MockResponse plugins(String json) {
    return new MockResponse.Builder()
        .code(200)
        .setHeader("Content-Type", "application/json")
        .body(json)
        .build();
  }

  private static String deadUrl() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return "http://127.0.0.1:" + socket.getLocalPort() + "/";
    }
  }

  @Test
  void oneWorkerDown_andOneLackingAPlugin_areBothInTheReport() throws Exception {
    String source =
        "{\"class\":\"org.apache.kafka.connect.file.FileStreamSourceConnector\","
            + "\"type\":\"source\",\"version\":\"4.3.1\"}";
    full.setDispatcher(new WorkerDispatcher());
    full.enqueue(
        plugins(
            "[" + source + ",{\"class\":\"" + JDBC + "\",\"type\":\"sink\",\"version\":\"1\"}]"));
    lacking.setDispatcher(new WorkerDispatcher());
    lacking.enqueue(plugins("[" + source + "]"));
    String down = deadUrl();
    client =
        AsyncConnectClient.builder()
            .urls(List.of(full.url("/").toString(), lacking.url("/").toString(), down))
            .build();

    CompletableFuture<PluginReport> future = client.checkPlugins();
    PluginReport report = future.get(10, TimeUnit.SECONDS);

    assertThat(report.consistent()).isFalse();
    assertThat(report.missing())
        .singleElement()
        .satisfies(
            missing -> {
              assertThat(missing.className()).isEqualTo(JDBC);
              assertThat(missing.missingOn()).containsExactly(lacking.url("/").toString());
            });
    assertThat(report.unreachable()).containsOnlyKeys(down);
    assertThat(report.workers())
        .containsExactly(full.url("/").toString(), lacking.url("/").toString(), down);
  }
}
