package io.github.connectclient.internal.http;

/**
 * Compares Kafka version strings as {@code GET /} reports them ({@code 3.9.0}, {@code
 * 4.1.0-SNAPSHOT}, {@code 7.6.0-ccs}): the numeric components before the first other character, a
 * missing one counting as 0.
 */
public final class KafkaVersion {

  private KafkaVersion() {}

  /** Whether {@code version} is {@code required} or newer; false when either is not a version. */
  public static boolean atLeast(String version, String required) {
    int[] have = parse(version);
    int[] need = parse(required);
    if (have == null || need == null) {
      return false;
    }
    for (int i = 0; i < 3; i++) {
      if (have[i] != need[i]) {
        return have[i] > need[i];
      }
    }
    return true;
  }

  private static int[] parse(String version) {
    if (version == null) {
      return null;
    }
    int[] parts = new int[3];
    int part = 0;
    int digits = 0;
    for (int i = 0; i < version.length() && part < 3; i++) {
      char c = version.charAt(i);
      if (c >= '0' && c <= '9') {
        if (parts[part] > 100_000) {
          return null;
        }
        parts[part] = parts[part] * 10 + (c - '0');
        digits++;
      } else if (c == '.' && digits > 0) {
        part++;
        digits = 0;
      } else {
        break;
      }
    }
    return part == 0 && digits == 0 ? null : parts;
  }
}
