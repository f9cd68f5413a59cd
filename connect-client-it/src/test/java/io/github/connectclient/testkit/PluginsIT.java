package io.github.connectclient.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.connectclient.ConnectClient;
import io.github.connectclient.model.PluginInfo;
import io.github.connectclient.model.State;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Kafka 3.9.1 cluster with plugins of the user's kind: a Confluent-Hub zip holding a source
 * connector, and a transformation from a Maven repository that needs commons-codec, both on every
 * worker, isolated on their plugin.path, working together; and a sink connector on worker 1 only.
 */
class PluginsIT {

  @TempDir static Path fixtures;
  static ConnectCluster cluster;
  static ConnectClient client;

  @BeforeAll
  static void start() throws IOException {
    Path zip = PluginFixtures.countingZip(fixtures);
    Path settings = PluginFixtures.repositoryWithArtifact(fixtures);
    String previous = System.getProperty(MavenResolver.SETTINGS_PROPERTY);
    System.setProperty(MavenResolver.SETTINGS_PROPERTY, settings.toString());
    try {
      cluster =
          ConnectCluster.builder()
              .kafkaVersion("3.9.1")
              .plugin(zip)
              .pluginArtifact(PluginFixtures.ARTIFACT)
              .workerPlugin(1, PluginFixtures.discardJar(fixtures))
              .build();
      cluster.start();
    } finally {
      if (previous == null) {
        System.clearProperty(MavenResolver.SETTINGS_PROPERTY);
      } else {
        System.setProperty(MavenResolver.SETTINGS_PROPERTY, previous);
      }
    }
    client = ConnectClient.builder().urls(cluster.workerUrls()).build();
  }

  @AfterAll
  static void stop() {
    if (client != null) {
      client.close();
    }
    if (cluster != null) {
      cluster.close();
    }
  }

  @Test
  void everyWorker_listsThePluginsOfTheZipAndTheArtifact() {
    for (String url : cluster.workerUrls()) {
      try (ConnectClient worker = ConnectClient.builder().url(url).build()) {
        assertThat(worker.listConnectorPlugins())
            .extracting(PluginInfo::className)
            .contains(PluginFixtures.COUNTING);
        assertThat(worker.listPlugins())
            .extracting(PluginInfo::className)
            .contains(PluginFixtures.BASE64);
      }
    }
  }

  @Test
  void aWorkerPlugin_isOnThatWorkerOnly() {
    try (ConnectClient worker0 = ConnectClient.builder().url(cluster.workerUrl(0)).build();
        ConnectClient worker1 = ConnectClient.builder().url(cluster.workerUrl(1)).build()) {
      assertThat(worker0.listConnectorPlugins())
          .extracting(PluginInfo::className)
          .doesNotContain(PluginFixtures.DISCARD);
      assertThat(worker1.listConnectorPlugins())
          .extracting(PluginInfo::className)
          .contains(PluginFixtures.DISCARD, PluginFixtures.COUNTING);
    }
  }

  @Test
  void theArtifact_comesWithItsOwnDependencies_butNotWithKafkas() throws IOException {
    Path plugin = cluster.logDirectory().resolve("plugins/02-base64-transform");
    try (Stream<Path> files = Files.list(plugin)) {
      assertThat(files.map(f -> f.getFileName().toString()))
          .contains("base64-transform-1.0.jar", "commons-codec-1.17.1.jar")
          .noneMatch(f -> f.startsWith("connect-api") || f.startsWith("kafka-clients"));
    }
  }

  @Test
  void theConnectorFromTheZip_writesRecordsThroughTheTransformFromTheArtifact() {
    client.createConnector(
        "counted-base64",
        Map.of(
            "connector.class", PluginFixtures.COUNTING,
            "topic", "counted-base64",
            "count", "2",
            "value.converter", "org.apache.kafka.connect.storage.StringConverter",
            "transforms", "b64",
            "transforms.b64.type", PluginFixtures.BASE64));
    client.awaitConnectorState("counted-base64", State.RUNNING, Duration.ofSeconds(60));

    assertThat(cluster.consume("counted-base64", 2, Duration.ofSeconds(30)))
        .containsExactly(base64("record-0"), base64("record-1"));
  }

  private static String base64(String value) {
    return Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8));
  }
}
