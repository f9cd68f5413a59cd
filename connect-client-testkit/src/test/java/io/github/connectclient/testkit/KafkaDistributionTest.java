package io.github.connectclient.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs on answers already in the resolver's cache, so no repository is asked. */
class KafkaDistributionTest {

  @TempDir Path directory;

  @Test
  void of_whenBundledConnectorsDoNotResolve_warnsOnceNamingThem() throws Exception {
    KafkaRelease release = KafkaRelease.of("3.99.1");
    MavenResolver resolver = new MavenResolver(directory);
    Path runtime = Files.createFile(directory.resolve("connect-runtime.jar"));
    Map<String, List<String>> request = new HashMap<>();
    request.put("roots", coordinates(KafkaDistribution.REQUIRED, release));
    request.put("optionalRoots", coordinates(KafkaDistribution.BUNDLED, release));
    new ResolutionCache(directory.resolve("resolutions"))
        .put(
            request,
            new Resolution(
                Map.of(
                    "artifacts",
                    List.of("org.apache.kafka:connect-runtime:3.99.1|" + runtime),
                    "missing",
                    List.of(
                        "org.apache.kafka:connect-file:jar:3.99.1|optional|not found",
                        "org.apache.kafka:connect-mirror:jar:3.99.1|optional|not found"))));
    List<LogRecord> warnings = new ArrayList<>();
    Logger logger = Logger.getLogger(ConnectCluster.class.getName());
    Handler handler = collect(warnings);
    logger.addHandler(handler);
    try {
      KafkaDistribution first = KafkaDistribution.of(release, resolver);
      KafkaDistribution second = KafkaDistribution.of(release, resolver);

      assertThat(second).isSameAs(first);
      assertThat(first.jars()).containsExactly(runtime);
      assertThat(first.missingBundled()).containsExactly("connect-file", "connect-mirror");
    } finally {
      logger.removeHandler(handler);
    }
    assertThat(warnings).hasSize(1);
    assertThat(warnings.get(0).getParameters())
        .contains(release)
        .contains("connect-file, connect-mirror");
  }

  private static List<String> coordinates(List<String> artifactIds, KafkaRelease release) {
    return artifactIds.stream()
        .map(a -> "org.apache.kafka:" + a + ":" + release.version())
        .toList();
  }

  private static Handler collect(List<LogRecord> warnings) {
    return new Handler() {
      @Override
      public void publish(LogRecord record) {
        if (record.getLevel() == Level.WARNING) {
          warnings.add(record);
        }
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
  }
}
