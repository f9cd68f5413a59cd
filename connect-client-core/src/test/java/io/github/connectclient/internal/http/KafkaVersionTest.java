package io.github.connectclient.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Versions as {@code GET /} reports them, compared with the version an endpoint needs. */
class KafkaVersionTest {

  @ParameterizedTest(name = "{0} >= {1} is {2}")
  @CsvSource({
    "3.9.0, 3.9.0, true",
    "3.10.0, 3.9.0, true",
    "4.1.0-SNAPSHOT, 3.9.0, true",
    "7.6.0-ccs, 3.9.0, true",
    "3.8.1-ccs, 3.9.0, false",
    "3.8.1, 3.8.0, true",
    "2.4, 2.4.0, true",
    "2.3.1, 2.4.0, false",
    "0.10.2.1, 0.10.0, true",
    "garbage, 0.10.0, false",
    "'', 0.10.0, false"
  })
  void atLeast_comparesNumericComponents(String version, String required, boolean expected) {
    assertThat(KafkaVersion.atLeast(version, required)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      value = {"NULL"},
      nullValues = "NULL")
  void atLeast_ofNoVersion_isFalse(String version) {
    assertThat(KafkaVersion.atLeast(version, "2.4.0")).isFalse();
  }
}
