package io.github.connectclient.apply;

import io.github.connectclient.ConnectClient;
import io.github.connectclient.RetryPolicy;
import io.github.connectclient.testsupport.FakeWorker;
import java.io.IOException;
import java.net.InetAddress;
import java.util.LinkedHashMap;
import java.util.Map;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A {@link FakeWorker} behind a MockWebServer, and a sync client pointed at it. */
abstract class FakeWorkerTestBase {

  final FakeWorker worker = new FakeWorker();
  MockWebServer server;
  ConnectClient client;

  @BeforeEach
  void startWorker() throws IOException {
    server = new MockWebServer();
    server.setDispatcher(worker);
    server.start(InetAddress.getLoopbackAddress(), 0);
    client =
        ConnectClient.builder()
            .url(server.url("/").toString())
            .retryPolicy(RetryPolicy.none())
            .build();
  }

  @AfterEach
  void stopWorker() {
    client.close();
    server.close();
  }

  /** A FileStreamSink config with these extra entries (key, value, key, value...). */
  static Map<String, String> sink(String... extra) {
    Map<String, String> config = new LinkedHashMap<>();
    config.put("connector.class", "FileStreamSink");
    config.put("tasks.max", "1");
    config.put("topics", "orders");
    config.put("file", "/tmp/orders.txt");
    for (int i = 0; i < extra.length; i += 2) {
      config.put(extra[i], extra[i + 1]);
    }
    return config;
  }

  /** The request targets, e.g. {@code GET /connectors?expand=status&expand=info}. */
  java.util.List<String> sent() {
    return worker.requests().stream().map(r -> r.method() + " " + r.target()).toList();
  }
}
