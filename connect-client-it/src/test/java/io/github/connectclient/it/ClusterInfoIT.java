package io.github.connectclient.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.connectclient.ConnectClient;
import io.github.connectclient.errors.NotFoundException;
import io.github.connectclient.model.ConfigKeyInfo;
import io.github.connectclient.model.ConfigValidation;
import io.github.connectclient.model.HealthStatus;
import io.github.connectclient.model.LoggerLevel;
import io.github.connectclient.model.PluginInfo;
import io.github.connectclient.model.PluginType;
import io.github.connectclient.model.ServerInfo;
import io.github.connectclient.testsupport.Eventually;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Cluster-level endpoints against the real cluster: info, health, plugins, validation, loggers. */
class ClusterInfoIT extends SharedClusterIT {

  @Test
  void getServerInfo_reportsKafkaVersionCommitAndClusterId() {
    ServerInfo info = follower.getServerInfo();

    assertThat(info.version()).isEqualTo("4.3.1");
    assertThat(info.commit()).isNotBlank();
    assertThat(info.kafkaClusterId()).isNotBlank();
    assertThat(leader.getServerInfo().kafkaClusterId()).isEqualTo(info.kafkaClusterId());
  }

  @Test
  void getHealth_isHealthyOnEveryWorker() {
    for (ConnectClient client : List.of(leader, follower)) {
      HealthStatus health = client.getHealth();
      assertThat(health.isHealthy()).isTrue();
      assertThat(health.message()).contains("ready");
    }
  }

  @Test
  void listConnectorPlugins_listsFileAndMirrorMakerConnectors() {
    List<PluginInfo> plugins = follower.listConnectorPlugins();

    assertThat(plugins)
        .extracting(PluginInfo::className)
        .contains(
            "org.apache.kafka.connect.file.FileStreamSourceConnector",
            "org.apache.kafka.connect.file.FileStreamSinkConnector",
            "org.apache.kafka.connect.mirror.MirrorSourceConnector",
            "org.apache.kafka.connect.mirror.MirrorCheckpointConnector",
            "org.apache.kafka.connect.mirror.MirrorHeartbeatConnector");
    assertThat(plugins)
        .extracting(PluginInfo::type)
        .containsOnly(PluginType.SOURCE, PluginType.SINK);
    assertThat(plugins).allSatisfy(p -> assertThat(p.version()).isEqualTo("4.3.1"));
  }

  @Test
  void listPlugins_includesConvertersTransformsAndPredicates() {
    List<PluginInfo> plugins = follower.listPlugins();

    assertThat(plugins)
        .extracting(PluginInfo::type)
        .contains(
            PluginType.SOURCE,
            PluginType.SINK,
            PluginType.CONVERTER,
            PluginType.HEADER_CONVERTER,
            PluginType.TRANSFORMATION,
            PluginType.PREDICATE);
    assertThat(plugins)
        .extracting(PluginInfo::className)
        .contains(
            "org.apache.kafka.connect.json.JsonConverter",
            "org.apache.kafka.connect.transforms.InsertField$Value");
    assertThat(plugins).noneMatch(p -> p.type() == PluginType.UNKNOWN);
  }

  @Test
  void getPluginConfig_describesTheFileSourceKeysByAliasAndNestedClassName() {
    List<ConfigKeyInfo> keys = follower.getPluginConfig("FileStreamSource");

    assertThat(keys).extracting(ConfigKeyInfo::name).contains("file", "topic", "batch.size");
    ConfigKeyInfo topic =
        keys.stream().filter(k -> k.name().equals("topic")).findFirst().orElseThrow();
    assertThat(topic.type()).isEqualTo("STRING");
    assertThat(topic.importance()).isEqualTo("HIGH");

    List<ConfigKeyInfo> transform =
        follower.getPluginConfig("org.apache.kafka.connect.transforms.InsertField$Value");
    assertThat(transform).extracting(ConfigKeyInfo::name).contains("static.field");
  }

  @Test
  void getPluginConfig_ofAnUnknownPlugin_throwsNotFound() {
    assertThatThrownBy(() -> follower.getPluginConfig("com.example.NoSuchConnector"))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("404");
  }

  @Test
  void validateConnectorConfig_reportsErrorsPerKeyWithoutCreatingAnything() {
    ConfigValidation validation =
        follower.validateConnectorConfig(
            "FileStreamSource",
            Map.of(
                "connector.class", "FileStreamSource",
                "name", "never-created",
                "tasks.max", "0",
                "topic", "t"));

    assertThat(validation.name()).isEqualTo("FileStreamSource");
    assertThat(validation.errorCount()).isGreaterThanOrEqualTo(1);
    assertThat(validation.hasErrors()).isTrue();
    assertThat(validation.errorsByKey()).containsKey("tasks.max");
    assertThat(validation.errorsByKey().get("tasks.max").get(0)).contains("at least 1");
    assertThat(validation.groups()).contains("Common");
    assertThat(follower.listConnectors()).doesNotContain("never-created");
  }

  @Test
  void validateConnectorConfig_ofAValidConfig_hasNoErrors() {
    ConfigValidation validation =
        follower.validateConnectorConfig(
            "FileStreamSource",
            Map.of(
                "connector.class",
                "FileStreamSource",
                "name",
                "ok",
                "tasks.max",
                "1",
                "topic",
                "t"));

    assertThat(validation.errorCount()).isZero();
    assertThat(validation.errorsByKey()).isEmpty();
  }

  @Test
  void loggers_setAtWorkerScope_changeOnlyTheReceivingWorker() {
    String logger = "org.apache.kafka.connect.runtime.Worker";

    List<String> changed = follower.setLoggerLevel(logger, "debug");

    assertThat(changed).contains(logger);
    assertThat(follower.getLogger(logger).level()).isEqualTo("DEBUG");
    assertThat(follower.listLoggers()).containsKey(logger);
    LoggerLevel onFollower = follower.listLoggers().get(logger);
    assertThat(onFollower.lastModifiedAt()).isPresent();
    assertThat(leader.getLogger(logger).level()).isNotEqualTo("DEBUG");
    follower.setLoggerLevel(logger, "INFO");
  }

  @Test
  void loggers_setAtClusterScope_reachEveryWorker() {
    String logger = "org.apache.kafka.connect.runtime.distributed.DistributedHerder";

    follower.setClusterLoggerLevel(logger, "TRACE");

    for (ConnectClient client : List.of(leader, follower)) {
      awaitLevel(client, logger, "TRACE");
    }
    follower.setClusterLoggerLevel(logger, "INFO");
    for (ConnectClient client : List.of(leader, follower)) {
      awaitLevel(client, logger, "INFO");
    }
  }

  @Test
  void setLoggerLevel_withAnInvalidLevel_throwsNotFoundAsTheServerAnswers404() {
    assertThatThrownBy(() -> follower.setLoggerLevel("root", "LOUD"))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("invalid log level");
  }

  @Test
  void getLogger_root_isListed() {
    assertThat(follower.getLogger("root").level()).isNotBlank();
    assertThat(follower.listLoggers()).containsKey("root");
  }

  private static void awaitLevel(ConnectClient client, String logger, String level) {
    Eventually.await(
        "logger " + logger + " at " + level,
        Duration.ofSeconds(20),
        () -> client.getLogger(logger).level(),
        level::equals);
  }
}
