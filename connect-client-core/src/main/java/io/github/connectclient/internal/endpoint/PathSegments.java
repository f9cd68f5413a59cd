package io.github.connectclient.internal.endpoint;

import java.nio.charset.StandardCharsets;

/**
 * Percent-encodes a value as ONE URL path segment per RFC 3986: every byte that is not an
 * unreserved character ({@code A-Z a-z 0-9 - . _ ~}) becomes {@code %XX} of its UTF-8 encoding. A
 * space is {@code %20}, never {@code +}; {@code /}, {@code ;}, {@code %}, {@code {}} are encoded,
 * so a connector name can never add a segment, a matrix parameter or a template.
 */
final class PathSegments {

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private PathSegments() {}

  /** Encodes {@code value} as one path segment. */
  static String encode(String value) {
    if (allUnreserved(value)) {
      return value; // the common name: nothing to escape, nothing to copy
    }
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    StringBuilder out = new StringBuilder(bytes.length + 8);
    for (byte b : bytes) {
      int c = b & 0xFF;
      if (isUnreserved(c)) {
        out.append((char) c);
      } else {
        out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
      }
    }
    return out.toString();
  }

  private static boolean allUnreserved(String value) {
    for (int i = 0; i < value.length(); i++) {
      if (!isUnreserved(value.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isUnreserved(int c) {
    return (c >= 'A' && c <= 'Z')
        || (c >= 'a' && c <= 'z')
        || (c >= '0' && c <= '9')
        || c == '-'
        || c == '.'
        || c == '_'
        || c == '~';
  }
}
