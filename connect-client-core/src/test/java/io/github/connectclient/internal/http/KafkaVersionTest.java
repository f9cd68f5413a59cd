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
    "3.8.1, 3.8.0, true",
    "2.4, 2.4.0, true",
    "2.3.1, 2.4.0, false",
    "0.10.2.1, 0.10.0, true",
    "2.0.0-cp1, 2.0.0, true",
    "garbage, 0.10.0, false",
    "'', 0.10.0, false",
    // Confluent Platform: CP 7.6 is Apache Kafka 3.6, not 7.6
    "7.6.0-ccs, 3.9.0, false",
    "7.6.0-ccs, 3.6.0, true",
    "7.6.1-ce, 3.7.0, false",
    "7.9.0-ccs, 3.9.0, true",
    "7.9.0-ccs, 4.0.0, false",
    "8.0.0-ccs, 4.0.0, true",
    "8.0.0-ccs, 4.1.0, false",
    "6.2.4-ccs, 2.8.0, true",
    "6.2.4-ccs, 3.0.0, false",
    "6.0.0-ce, 2.6.0, true",
    "5.5.1-ccs, 2.5.0, true",
    "5.5.1-ccs, 2.6.0, false",
    "7.6.0-CCS, 3.7.0, false",
    // a suffix that only starts like Confluent's is not one
    "7.6.0-cessna, 3.9.0, true"
  })
  void atLeast_comparesTheApacheKafkaReleases(String version, String required, boolean expected) {
    assertThat(KafkaVersion.atLeast(version, required)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      value = {"NULL"},
      nullValues = "NULL")
  void atLeast_ofNoVersion_isFalse(String version) {
    assertThat(KafkaVersion.atLeast(version, "2.4.0")).isFalse();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "7.6.0-ccs, '7.6.0-ccs, Apache Kafka 3.6'",
    "7.9.2-ce, '7.9.2-ce, Apache Kafka 3.9'",
    "8.0.0-ccs, '8.0.0-ccs, Apache Kafka 4.0'",
    "6.1.0-ccs, '6.1.0-ccs, Apache Kafka 2.7'",
    "3.6.2, 3.6.2",
    "4.1.0-SNAPSHOT, 4.1.0-SNAPSHOT",
    "garbage, garbage"
  })
  void describe_showsAConfluentVersionWithItsApacheKafkaLine(String reported, String shown) {
    assertThat(KafkaVersion.describe(reported)).isEqualTo(shown);
  }

  @ParameterizedTest(name = "[{0}]")
  @CsvSource({"4.1.0-ccs", "3.3.0-ce", "garbage", "''"})
  void parse_ofAConfluentVersionBeforeCp5OrNoVersion_isUnknown(String reported) {
    assertThat(KafkaVersion.parse(reported)).isNull();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"7.6.0-ccs, 3, 6, true", "3.9.1, 3, 9, false", "6.2.0-ce, 2, 8, true"})
  void parse_readsTheApacheRelease(String reported, int major, int minor, boolean confluent) {
    KafkaVersion version = KafkaVersion.parse(reported);

    assertThat(version.major()).isEqualTo(major);
    assertThat(version.minor()).isEqualTo(minor);
    assertThat(version.confluent()).isEqualTo(confluent);
    assertThat(version.reported()).isEqualTo(reported);
  }
}
