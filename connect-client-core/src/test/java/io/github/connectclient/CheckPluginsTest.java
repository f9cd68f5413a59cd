package io.github.connectclient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.connectclient.model.PluginReport;
import io.github.connectclient.testsupport.WorkerDispatcher;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@link ConnectClient#checkPlugins()} (issue 12, point 7): every configured worker is asked
 * directly for all its plugins; the report names, per class and version, the workers lacking one,
 * and a worker that cannot be asked is reported, not skipped.
 */
class CheckPluginsTest {

  private static final String SOURCE = "org.apache.kafka.connect.file.FileStreamSourceConnector";
  private static final String JDBC = "io.example.JdbcSinkConnector";

  private final List<MockWebServer> servers = new ArrayList<>();
  private ConnectClient client;

  @AfterEach
  void close() {
    if (client != null) {
      client.close();
    }
    servers.forEach(MockWebServer::close);
  }

  /** A worker listing {@code plugins} (JSON entries) for every plugin listing. */
  private MockWebServer worker(String... plugins) throws IOException {
    MockWebServer server = new MockWebServer();
    WorkerDispatcher dispatcher = new WorkerDispatcher();
    dispatcher.setFailFast(false);
    server.setDispatcher(dispatcher);
    server.start(InetAddress.getLoopbackAddress(), 0);
    dispatcher.enqueue(Answers.json(200, "[" + String.join(",", plugins) + "]"));
    servers.add(server);
    return server;
  }

  private static String plugin(String className, String type, String version) {
    return "{\"class\":\""
        + className
        + "\",\"type\":\""
        + type
        + "\",\"version\":\""
        + version
        + "\"}";
  }

  private static String deadUrl() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return "http://127.0.0.1:" + socket.getLocalPort() + "/";
    }
  }

  private ConnectClient client(String... urls) {
    client = ConnectClient.builder().urls(List.of(urls)).build();
    return client;
  }

  @Test
  void oneWorkerDown_andOneLackingAPlugin_areBothReported() throws Exception {
    MockWebServer a = worker(plugin(SOURCE, "source", "4.3.1"), plugin(JDBC, "sink", "10.7.4"));
    MockWebServer b = worker(plugin(SOURCE, "source", "4.3.1"));
    String down = deadUrl();
    String urlA = a.url("/").toString();
    String urlB = b.url("/").toString();

    PluginReport report = client(urlA, urlB, down).checkPlugins();

    assertThat(report.workers()).containsExactly(urlA, urlB, down);
    assertThat(report.consistent()).isFalse();
    assertThat(report.missing())
        .singleElement()
        .satisfies(
            missing -> {
              assertThat(missing.className()).isEqualTo(JDBC);
              assertThat(missing.version()).isEqualTo("10.7.4");
              assertThat(missing.presentOn()).containsExactly(urlA);
              assertThat(missing.missingOn()).containsExactly(urlB);
            });
    assertThat(report.plugins())
        .filteredOn(p -> p.className().equals(SOURCE))
        .singleElement()
        .satisfies(p -> assertThat(p.presentOn()).containsExactly(urlA, urlB));
    assertThat(report.unreachable()).containsOnlyKeys(down);
    assertThat(report.unreachable().get(down))
        .contains("GET /connector-plugins?connectorsOnly=false")
        .contains(down);
  }

  @Test
  void eachWorkerIsAskedDirectly_onceForItsPlugins_withoutFailover() throws Exception {
    MockWebServer a = worker(plugin(SOURCE, "source", "4.3.1"));
    MockWebServer b = worker(plugin(SOURCE, "source", "4.3.1"));

    PluginReport report = client(a.url("/").toString(), b.url("/").toString()).checkPlugins();

    assertThat(report.consistent()).isTrue();
    for (MockWebServer worker : List.of(a, b)) {
      assertThat(listings(worker))
          .as("listings asked of %s", worker.url("/"))
          .containsExactly("/connector-plugins?connectorsOnly=false");
    }
  }

  @Test
  void aWorkerAnsweringAnError_isUnreachableWithItsMessage() throws Exception {
    MockWebServer a = worker(plugin(SOURCE, "source", "4.3.1"));
    MockWebServer locked = new MockWebServer();
    WorkerDispatcher dispatcher = new WorkerDispatcher();
    dispatcher.enqueue(Answers.error(401, "User cannot access the resource."));
    locked.setDispatcher(dispatcher);
    locked.start(InetAddress.getLoopbackAddress(), 0);
    servers.add(locked);

    PluginReport report = client(a.url("/").toString(), locked.url("/").toString()).checkPlugins();

    assertThat(report.unreachable())
        .containsOnlyKeys(locked.url("/").toString())
        .allSatisfy((url, why) -> assertThat(why).contains("401"));
    assertThat(report.missing()).isEmpty();
  }

  @Test
  void aWorkerTooOldToListEveryPluginKind_isUnreachableWithTheGatesReason() throws Exception {
    MockWebServer a = worker(plugin(SOURCE, "source", "4.3.1"));
    MockWebServer old = worker(plugin(SOURCE, "source", "3.1.2"));
    ((WorkerDispatcher) old.getDispatcher()).workerVersion("3.1.2");

    PluginReport report = client(a.url("/").toString(), old.url("/").toString()).checkPlugins();

    assertThat(report.unreachable().get(old.url("/").toString()))
        .contains("was not sent")
        .contains("needs Apache Kafka 3.2.0");
    assertThat(listings(old)).isEmpty();
  }

  @Test
  void afterClose_throwsIllegalState() throws Exception {
    MockWebServer a = worker(plugin(SOURCE, "source", "4.3.1"));
    ConnectClient closed = client(a.url("/").toString());
    closed.close();

    assertThatThrownBy(closed::checkPlugins).isInstanceOf(IllegalStateException.class);
  }

  private static List<String> listings(MockWebServer worker) throws InterruptedException {
    List<String> targets = new ArrayList<>();
    RecordedRequest request;
    while ((request = worker.takeRequest(100, TimeUnit.MILLISECONDS)) != null) {
      if (!WorkerDispatcher.isRoot(request)) {
        targets.add(request.getTarget());
      }
    }
    return targets;
  }
}
