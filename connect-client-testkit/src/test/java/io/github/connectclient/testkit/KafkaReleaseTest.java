package io.github.connectclient.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class KafkaReleaseTest {

  @Test
  void of_readsMajorAndMinor_andKeepsTheVersionAsGiven() {
    KafkaRelease release = KafkaRelease.of("3.9.1");

    assertThat(release.major()).isEqualTo(3);
    assertThat(release.minor()).isEqualTo(9);
    assertThat(release.version()).isEqualTo("3.9.1");
  }

  @Test
  void of_beforeThe360_refusesNamingBoth() {
    assertThatThrownBy(() -> KafkaRelease.of("3.5.2"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("3.5.2")
        .hasMessageContaining("3.6.0");
  }

  @Test
  void of_whenNotAVersion_refuses() {
    assertThatThrownBy(() -> KafkaRelease.of("latest"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'latest'");
  }

  @Test
  void hasHealthEndpoint_from39() {
    assertThat(KafkaRelease.of("3.8.1").hasHealthEndpoint()).isFalse();
    assertThat(KafkaRelease.of("3.9.0").hasHealthEndpoint()).isTrue();
    assertThat(KafkaRelease.of("4.0.0").hasHealthEndpoint()).isTrue();
  }
}
