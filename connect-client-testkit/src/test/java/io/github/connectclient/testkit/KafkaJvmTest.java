package io.github.connectclient.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KafkaJvmTest {

  @Test
  void quote_escapesBackslashesAndQuotesForAJavaArgumentFile() {
    assertThat(KafkaJvm.quote("C:\\m2\\a b.jar;\"x\""))
        .isEqualTo("\"C:\\\\m2\\\\a b.jar;\\\"x\\\"\"");
  }

  @Test
  void randomClusterId_isAKafkaUuidString() {
    assertThat(ConnectCluster.randomClusterId()).matches("[A-Za-z0-9_][A-Za-z0-9_-]{21}");
  }
}
