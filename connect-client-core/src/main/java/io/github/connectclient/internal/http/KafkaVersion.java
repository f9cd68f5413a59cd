package io.github.connectclient.internal.http;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Kafka version as {@code GET /} reports it ({@code 3.9.0}, {@code 4.1.0-SNAPSHOT}, {@code
 * 7.6.0-ccs}), read as the Apache Kafka release it stands for.
 *
 * <p>A {@code -ccs} or {@code -ce} suffix marks a Confluent Platform version, which numbers its
 * releases apart from Apache Kafka's: CP 5.y is Apache 2.y (5.4 and 5.5, the first to report such a
 * suffix), CP 6.0, 6.1 and 6.2 are Apache 2.6, 2.7 and 2.8, and from CP 7 on CP {@code x.y} is
 * Apache {@code (x-4).y} (CP 7.6 is 3.6, CP 7.9 is 3.9, CP 8.0 is 4.0). Any other suffix ({@code
 * -SNAPSHOT}, {@code -cp1}) is ignored: those versions carry Apache numbers.
 *
 * @param reported the version exactly as the worker reported it
 * @param major the Apache Kafka major version
 * @param minor the Apache Kafka minor version
 * @param patch the patch level (a Confluent Platform version's own)
 * @param confluent whether {@code reported} is a Confluent Platform version
 */
public record KafkaVersion(String reported, int major, int minor, int patch, boolean confluent) {

  private static final Pattern NUMBERS =
      Pattern.compile("^(\\d{1,6})(?:\\.(\\d{1,6}))?(?:\\.(\\d{1,6}))?");
  private static final Pattern CONFLUENT_SUFFIX = Pattern.compile("^-(?:ccs|ce)(?![a-z0-9])");

  /**
   * The version {@code reported} stands for, or null when it is not a version or a Confluent
   * Platform version this client cannot map (one before CP 5).
   */
  public static KafkaVersion parse(String reported) {
    if (reported == null) {
      return null;
    }
    String text = reported.strip();
    Matcher numbers = NUMBERS.matcher(text);
    if (!numbers.find()) {
      return null;
    }
    int major = Integer.parseInt(numbers.group(1));
    int minor = numbers.group(2) == null ? 0 : Integer.parseInt(numbers.group(2));
    int patch = numbers.group(3) == null ? 0 : Integer.parseInt(numbers.group(3));
    String suffix = text.substring(numbers.end()).toLowerCase(Locale.ROOT);
    if (!CONFLUENT_SUFFIX.matcher(suffix).find()) {
      return new KafkaVersion(reported, major, minor, patch, false);
    }
    if (major == 5) {
      return new KafkaVersion(reported, 2, minor, patch, true);
    }
    if (major == 6) {
      return new KafkaVersion(reported, 2, minor + 6, patch, true);
    }
    return major >= 7 ? new KafkaVersion(reported, major - 4, minor, patch, true) : null;
  }

  /**
   * Whether {@code version} is {@code required} or newer; false when either is not a version this
   * client can read.
   */
  public static boolean atLeast(String version, String required) {
    KafkaVersion have = parse(version);
    KafkaVersion need = parse(required);
    return have != null && need != null && have.atLeast(need);
  }

  /** Whether this version is {@code other} or newer. */
  boolean atLeast(KafkaVersion other) {
    if (major != other.major) {
      return major > other.major;
    }
    if (minor != other.minor) {
      return minor > other.minor;
    }
    return patch >= other.patch;
  }

  /** The Apache Kafka release line, e.g. {@code 3.6}. */
  String apacheLine() {
    return major + "." + minor;
  }

  /**
   * The version for a message: as reported, with its Apache Kafka line when it is a Confluent
   * Platform version ({@code 7.6.0-ccs, Apache Kafka 3.6}).
   */
  String describe() {
    return confluent ? reported + ", Apache Kafka " + apacheLine() : reported;
  }

  /** {@link #describe()} of {@code reported} when it is a version; else {@code reported} itself. */
  static String describe(String reported) {
    KafkaVersion version = parse(reported);
    return version == null ? reported : version.describe();
  }
}
