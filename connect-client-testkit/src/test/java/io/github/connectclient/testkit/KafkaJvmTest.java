package io.github.connectclient.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KafkaJvmTest {

  @Test
  void quote_escapesBackslashesAndQuotesForAJavaArgumentFile() {
    assertThat(KafkaJvm.quote("C:\\m2\\a b.jar;\"x\""))
        .isEqualTo("\"C:\\\\m2\\\\a b.jar;\\\"x\\\"\"");
  }
}
