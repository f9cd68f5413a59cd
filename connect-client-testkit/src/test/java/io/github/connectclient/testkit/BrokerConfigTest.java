package io.github.connectclient.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BrokerConfigTest {

  @Test
  void randomClusterId_isAKafkaUuidString() {
    assertThat(BrokerConfig.randomClusterId()).matches("[A-Za-z0-9_][A-Za-z0-9_-]{21}");
  }
}
