package io.github.connectclient.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MavenArtifactTest {

  private static final String SHA1 = "cf616ec4e3898629625252d8f22fa1eb76dee30d";

  @Test
  void parse_withoutClassifier_mapsToTheRepositoryLayout() {
    MavenArtifact artifact = MavenArtifact.parse("org.apache.kafka:kafka_2.13:4.3.1 " + SHA1);

    assertThat(artifact.repositoryPath())
        .isEqualTo("org/apache/kafka/kafka_2.13/4.3.1/kafka_2.13-4.3.1.jar");
    assertThat(artifact.sha1()).isEqualTo(SHA1);
    assertThat(artifact).hasToString("org.apache.kafka:kafka_2.13:4.3.1");
  }

  @Test
  void parse_withClassifier_putsItInTheFileName() {
    MavenArtifact artifact =
        MavenArtifact.parse("io.netty:netty-transport:4.1.0:linux-x86_64 " + SHA1);

    assertThat(artifact.repositoryPath())
        .isEqualTo("io/netty/netty-transport/4.1.0/netty-transport-4.1.0-linux-x86_64.jar");
  }

  @Test
  void parse_whenTheSha1IsMissing_throwsWithTheLine() {
    assertThatThrownBy(() -> MavenArtifact.parse("org.apache.kafka:kafka_2.13:4.3.1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("org.apache.kafka:kafka_2.13:4.3.1");
  }
}
