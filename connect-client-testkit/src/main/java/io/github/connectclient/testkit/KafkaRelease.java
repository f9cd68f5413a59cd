package io.github.connectclient.testkit;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An Apache Kafka release the testkit can start ({@code 3.6.0} or later), and what differs between
 * generations: 3.x logs through log4j 1 (reload4j), 4.x through log4j 2; {@code GET /health} exists
 * from 3.9; the share-group coordinator from 4.0.
 */
record KafkaRelease(String version, int major, int minor) {

  /** The default: the newest release whose artifacts all resolve from Maven Central here. */
  static final String DEFAULT_VERSION = "4.3.1";

  /** System property choosing the release of clusters whose builder names none. */
  static final String VERSION_PROPERTY = "connect.testkit.kafka.version";

  /** The oldest release supported: {@code plugin.discovery} (KIP-898) came with it. */
  static final String OLDEST_VERSION = "3.6.0";

  private static final Pattern VERSION = Pattern.compile("(\\d+)\\.(\\d+)\\.(\\d+)([-.][\\w.-]+)?");

  /**
   * Checks {@code version}.
   *
   * @throws IllegalArgumentException if it is not {@code major.minor.patch[-qualifier]} or older
   *     than {@value #OLDEST_VERSION}
   */
  static KafkaRelease of(String version) {
    Matcher m = VERSION.matcher(version == null ? "" : version.strip());
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "Not an Apache Kafka version (major.minor.patch): '" + version + "'");
    }
    KafkaRelease release =
        new KafkaRelease(
            version.strip(), Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    if (!release.atLeast(3, 6)) {
      throw new IllegalArgumentException(
          "Kafka "
              + version
              + " is not supported: the testkit starts "
              + OLDEST_VERSION
              + " and later");
    }
    return release;
  }

  boolean atLeast(int major, int minor) {
    return this.major > major || (this.major == major && this.minor >= minor);
  }

  /** Whether workers answer {@code GET /health} (KIP-1017, 3.9). */
  boolean hasHealthEndpoint() {
    return atLeast(3, 9);
  }

  @Override
  public String toString() {
    return version;
  }
}
