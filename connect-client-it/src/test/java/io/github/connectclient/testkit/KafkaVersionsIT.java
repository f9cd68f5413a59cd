package io.github.connectclient.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Which Kafka releases a cluster can run, and how the others fail. */
class KafkaVersionsIT {

  @Test
  void aVersionThatDoesNotExist_failsTheStartFast_namingIt() {
    ConnectCluster cluster = ConnectCluster.builder().kafkaVersion("3.6.99").build();
    long begin = System.nanoTime();

    assertThatThrownBy(cluster::start)
        .isInstanceOf(ConnectClusterException.class)
        .hasMessageContaining("Apache Kafka 3.6.99 cannot be resolved")
        .hasMessageContaining("org.apache.kafka:kafka_2.13:jar:3.6.99");
    assertThat(Duration.ofNanos(System.nanoTime() - begin)).isLessThan(Duration.ofSeconds(30));
  }

  @Test
  void offline_aReleaseNotInTheLocalRepository_failsSayingSo() {
    System.setProperty(MavenResolver.OFFLINE_PROPERTY, "true");
    try {
      ConnectCluster cluster = ConnectCluster.builder().kafkaVersion("3.6.98").build();

      assertThatThrownBy(cluster::start)
          .isInstanceOf(ConnectClusterException.class)
          .hasMessageContaining("3.6.98")
          .hasMessageContaining("offline");
    } finally {
      System.clearProperty(MavenResolver.OFFLINE_PROPERTY);
    }
  }

  @Test
  void aVersionOlderThan360_isRefusedByTheBuilder() {
    assertThatThrownBy(() -> ConnectCluster.builder().kafkaVersion("3.5.2"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("3.5.2")
        .hasMessageContaining("3.6.0");
  }

  @Test
  void release440_isMissingItsBundledConnectorsHere() {
    KafkaDistribution distribution =
        KafkaDistribution.resolve(KafkaRelease.of("4.4.0"), MavenResolver.shared());

    assertThat(distribution.missingBundled())
        .containsExactly("connect-file", "connect-mirror", "connect-basic-auth-extension");
    assertThat(distribution.jars()).isNotEmpty();
  }

  @Test
  void theDefault_is431_whoseArtifactsAllResolve() {
    KafkaDistribution distribution =
        KafkaDistribution.resolve(
            KafkaRelease.of(KafkaRelease.DEFAULT_VERSION), MavenResolver.shared());

    assertThat(KafkaRelease.DEFAULT_VERSION).isEqualTo("4.3.1");
    assertThat(distribution.missingBundled()).isEmpty();
  }
}
