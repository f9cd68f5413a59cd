package io.github.connectclient.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.connectclient.ConnectClient;
import io.github.connectclient.async.AsyncConnectClient;
import io.github.connectclient.errors.BadRequestException;
import io.github.connectclient.errors.UnsupportedEndpointException;
import io.github.connectclient.model.ConfigKeyInfo;
import io.github.connectclient.model.ConfigValidation;
import io.github.connectclient.model.PluginPresence;
import io.github.connectclient.model.PluginReport;
import io.github.connectclient.model.PluginType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Plugins across the workers ({@code checkPlugins()}) and one version of a plugin (KIP-891, Kafka
 * 4.1+) against the real 2-worker cluster.
 */
class PluginsIT extends VersionedClusterIT {

  private static final String FILE_SOURCE =
      "org.apache.kafka.connect.file.FileStreamSourceConnector";

  private static String deadUrl() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return "http://127.0.0.1:" + socket.getLocalPort() + "/";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void checkPlugins_onTheTwoWorkers_findsTheSamePluginsOnBoth() {
    try (ConnectClient both = ConnectClient.builder().urls(cluster.workerUrls()).build()) {
      PluginReport report = both.checkPlugins();

      assertThat(report.workers()).hasSize(2);
      assertThat(report.unreachable()).isEmpty();
      assertThat(report.missing()).isEmpty();
      assertThat(report.consistent()).isTrue();
      assertThat(report.plugins())
          .filteredOn(p -> p.className().equals(FILE_SOURCE))
          .singleElement()
          .satisfies(
              p -> {
                assertThat(p.presentOn()).containsExactlyElementsOf(report.workers());
                assertThat(p.version()).isEqualTo(workerVersion);
                assertThat(p.type()).isEqualTo(PluginType.SOURCE);
              });
      assertThat(report.plugins())
          .extracting(PluginPresence::type)
          .contains(PluginType.CONVERTER, PluginType.HEADER_CONVERTER, PluginType.TRANSFORMATION);
    }
  }

  @Test
  void checkPlugins_withAWorkerUrlWhereNothingAnswers_reportsItUnreachable_notSkipped()
      throws Exception {
    String down = deadUrl();
    List<String> urls = new ArrayList<>(cluster.workerUrls());
    urls.add(down);
    try (ConnectClient sync = ConnectClient.builder().urls(urls).build();
        AsyncConnectClient async = AsyncConnectClient.builder().urls(urls).build()) {
      PluginReport report = sync.checkPlugins();
      PluginReport asyncReport = async.checkPlugins().get(60, TimeUnit.SECONDS);

      for (PluginReport each : List.of(report, asyncReport)) {
        assertThat(each.workers()).hasSize(3).endsWith(down);
        assertThat(each.unreachable()).containsOnlyKeys(down);
        assertThat(each.unreachable().get(down)).contains("connectorsOnly=false");
        assertThat(each.missing()).isEmpty();
        assertThat(each.consistent()).isFalse();
      }
      assertThat(asyncReport.plugins()).isEqualTo(report.plugins());
    }
  }

  @Test
  void getPluginConfig_ofTheInstalledVersion_orARange() {
    sinceVersion(
        "4.1.0",
        () -> {
          List<ConfigKeyInfo> exact = follower.getPluginConfig("FileStreamSource", workerVersion);
          List<ConfigKeyInfo> range = follower.getPluginConfig("FileStreamSource", "[1.0,99.0)");
          assertThat(exact).extracting(ConfigKeyInfo::name).contains("file", "topic");
          assertThat(range).isEqualTo(exact);
          return exact;
        });
  }

  @Test
  void getPluginConfig_ofAVersionNotInstalled_isTheServersBadRequestNamingTheInstalledOnes() {
    Throwable thrown =
        catchThrowable(() -> follower.getPluginConfig("FileStreamSource", "[9.9,9.9]"));

    if (workerHas("4.1.0")) {
      assertThat(thrown)
          .isExactlyInstanceOf(BadRequestException.class)
          .hasMessageContaining("available versions")
          .hasMessageContaining(workerVersion);
    } else {
      assertThat(thrown).isExactlyInstanceOf(UnsupportedEndpointException.class);
    }
  }

  @Test
  void validateConnectorConfig_ofAVersion_isValidatedAgainstThatVersion() {
    Map<String, String> config =
        Map.of(
            "connector.class", "FileStreamSource", "name", "never", "tasks.max", "1", "topic", "t");

    sinceVersion(
        "4.1.0",
        () -> {
          ConfigValidation installed =
              follower.validateConnectorConfig("FileStreamSource", workerVersion, config);
          // connector.plugin.version is read: a version not installed is an error of that key,
          // where a ?version= would have been ignored and the config found valid
          ConfigValidation missing =
              follower.validateConnectorConfig("FileStreamSource", "[9.9,9.9]", config);
          assertThat(installed.errorCount()).isZero();
          assertThat(missing.errorCount()).isPositive();
          assertThat(missing.errorsByKey()).containsKey("connector.plugin.version");
          return missing;
        });
  }
}
