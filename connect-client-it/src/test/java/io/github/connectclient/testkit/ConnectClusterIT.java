package io.github.connectclient.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * One real cluster for the whole module (start-up dominates the build's time). The tests run in
 * order: the last ones kill and add workers.
 */
@ConnectClusterTest(workers = 2)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConnectClusterIT {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @BeforeAll
  static void report(ConnectCluster cluster) {
    System.out.printf(
        "Connect cluster: both workers healthy after %d ms; RSS of broker + workers: %d MB; %s%n",
        cluster.startupDuration().toMillis(),
        cluster.clusterRssBytes().orElse(-1) / (1024 * 1024),
        cluster);
  }

  @Test
  @Order(1)
  void start_leavesEveryWorkerHealthy(ConnectCluster cluster) throws Exception {
    assertThat(cluster.workerUrls()).hasSize(2);
    for (String url : cluster.workerUrls()) {
      assertThat(get(url + "/health").statusCode()).as(url).isEqualTo(200);
    }
    assertThat(cluster.bootstrapServers()).matches("127\\.0\\.0\\.1:\\d+");
  }

  @Test
  @Order(2)
  void connectorPlugins_listFileStreamAndMirrorMakerConnectors(ConnectCluster cluster)
      throws Exception {
    String body = get(cluster.workerUrl(0) + "/connector-plugins").body();

    assertThat(body)
        .contains(
            "org.apache.kafka.connect.file.FileStreamSourceConnector",
            "org.apache.kafka.connect.file.FileStreamSinkConnector",
            "org.apache.kafka.connect.mirror.MirrorSourceConnector",
            "org.apache.kafka.connect.mirror.MirrorCheckpointConnector",
            "org.apache.kafka.connect.mirror.MirrorHeartbeatConnector");
    assertThat(body).doesNotContain("Converter\"", "transforms");
  }

  @Test
  @Order(3)
  void connectorPluginsWithAllTypes_listConvertersAndTransforms(ConnectCluster cluster)
      throws Exception {
    String body = get(cluster.workerUrl(1) + "/connector-plugins?connectorsOnly=false").body();

    assertThat(body)
        .contains(
            "org.apache.kafka.connect.json.JsonConverter",
            "org.apache.kafka.connect.storage.StringConverter",
            "org.apache.kafka.connect.transforms.InsertField$Value",
            "\"type\":\"converter\"",
            "\"type\":\"transformation\"",
            "\"type\":\"predicate\"");
  }

  @Test
  @Order(4)
  void produce_thenConsume_returnsTheValuesInOrder(ConnectCluster cluster) {
    cluster.createTopic("greetings", 1);
    cluster.produce("greetings", List.of("hello", "wörld", "{\"json\": true}"));

    assertThat(cluster.consume("greetings", 3, Duration.ofSeconds(20)))
        .containsExactly("hello", "wörld", "{\"json\": true}");
  }

  @Test
  @Order(5)
  void consume_whenFewerRecordsArrive_returnsThoseThatDid(ConnectCluster cluster) {
    cluster.produce("short", List.of("only"));

    assertThat(cluster.consume("short", 2, Duration.ofSeconds(2))).containsExactly("only");
  }

  @Test
  @Order(6)
  void fileStreamSource_copiesLinesIntoATopic(ConnectCluster cluster, @TempDir Path dir)
      throws Exception {
    Path input = Files.write(dir.resolve("input.txt"), List.of("line one", "line two"));
    String config =
        "{\"name\":\"file-source\",\"config\":{"
            + "\"connector.class\":\"FileStreamSource\",\"tasks.max\":\"1\",\"topic\":\"lines\","
            + "\"file\":\""
            + input.toString().replace("\\", "\\\\")
            + "\","
            + "\"value.converter\":\"org.apache.kafka.connect.storage.StringConverter\"}}";

    HttpResponse<String> created = post(cluster.workerUrl(0) + "/connectors", config);

    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    assertThat(cluster.consume("lines", 2, Duration.ofSeconds(30)))
        .containsExactly("line one", "line two");
  }

  @Test
  @Order(7)
  void leaderIndex_namesTheWorkerEveryWorkerLogAgreesOn(ConnectCluster cluster) {
    int leader = cluster.leaderIndex();

    assertThat(leader).isBetween(0, 1);
    assertThat(cluster.leaderUrl()).isEqualTo(cluster.workerUrl(leader));
  }

  @Test
  @Order(8)
  void killWorker_ofTheLeader_makesTheSurvivorLead_andAddWorker_joinsTheGroup(
      ConnectCluster cluster) throws Exception {
    int leader = cluster.leaderIndex();
    int survivor = 1 - leader;

    cluster.killWorker(leader);

    assertThat(cluster.isRunning(leader)).isFalse();
    assertThat(cluster.workerUrls()).containsExactly(cluster.workerUrl(survivor));
    assertThat(get(cluster.workerUrl(survivor) + "/health").statusCode()).isEqualTo(200);
    assertThat(cluster.leaderIndex()).isEqualTo(survivor);

    int added = cluster.addWorker();

    assertThat(added).isEqualTo(2);
    assertThat(cluster.isRunning(added)).isTrue();
    assertThat(get(cluster.workerUrl(added) + "/health").statusCode()).isEqualTo(200);
    assertThat(cluster.workerUrls())
        .containsExactly(cluster.workerUrl(survivor), cluster.workerUrl(added));
    assertThat(cluster.leaderIndex()).isIn(survivor, added);
  }

  @Test
  @Order(9)
  void stopWorker_endsTheProcessGracefully(ConnectCluster cluster) throws IOException {
    cluster.stopWorker(2);

    assertThat(cluster.isRunning(2)).isFalse();
    assertThat(Files.readString(cluster.logDirectory().resolve("worker-2.log")))
        .contains("Kafka Connect stopped");
  }

  private static HttpResponse<String> get(String url) throws IOException, InterruptedException {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> post(String url, String json)
      throws IOException, InterruptedException {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(url))
            .timeout(Duration.ofSeconds(100))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
