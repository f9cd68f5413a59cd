package io.github.connectclient.internal.endpoint;

import io.github.connectclient.errors.UnsafeConnectorNameException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which connector names the client sends (docs/decisions/0006-connector-name-policy.md). The server
 * validates almost nothing (API reference §3.1), but its forwarding and its HTTP layer mangle some
 * characters (§3.2): the same request can act on a different connector, or create one that can
 * never be read or deleted again. {@link #REFUSE_UNSAFE} refuses those names before any request;
 * {@link #ALLOW_UNSAFE} sends them, refusing only names that cannot be put in a URL at all.
 */
public enum ConnectorNamePolicy {

  /** The default: refuse every name the workers cannot round-trip safely. */
  REFUSE_UNSAFE,

  /** Send every name that can be encoded (the user knows their cluster). */
  ALLOW_UNSAFE;

  /**
   * The longest name in UTF-8 bytes. A worker answers 414 (or 431) to a request line longer than
   * about 8 KiB (Jetty's default header buffer), so a name near that length can be created (it
   * travels in the body) and then never be read or deleted. Each byte may become 3 characters
   * ({@code %XX}) in the path: 2000 bytes keep the longest path well under the limit, next to the
   * other headers.
   */
  static final int MAX_UTF8_BYTES = 2000;

  /**
   * Returns {@code name} if this policy lets it be sent.
   *
   * @throws UnsafeConnectorNameException if the name is refused; its message names each problem
   */
  public String check(String name, String parameter) {
    List<String> problems = problems(name, this == REFUSE_UNSAFE);
    if (!problems.isEmpty()) {
      throw new UnsafeConnectorNameException(parameter, name, problems);
    }
    return name;
  }

  /** The problems of a non-blank {@code name}, unsafe ones only when {@code strict}. */
  static List<String> problems(String name, boolean strict) {
    List<String> problems = new ArrayList<>();
    if (name.equals(".") || name.equals("..")) {
      problems.add(
          "'"
              + name
              + "' is a dot-segment, which HTTP clients and servers resolve away,"
              + " so no URL can address it");
      return problems;
    }
    int surrogate = unpairedSurrogate(name);
    if (surrogate >= 0) {
      problems.add(
          String.format(
              "an unpaired UTF-16 surrogate \\u%04X at index %d cannot be encoded as"
                  + " UTF-8 (it would be sent as '?', the name of another connector)",
              (int) name.charAt(surrogate), surrogate));
    }
    if (!strict) {
      return problems;
    }
    Map<Hazard, StringBuilder> found = new LinkedHashMap<>();
    for (int i = 0; i < name.length(); ) {
      int c = name.codePointAt(i);
      Hazard hazard = Hazard.of(c);
      if (hazard != null) {
        StringBuilder where = found.computeIfAbsent(hazard, h -> new StringBuilder());
        if (where.length() < 80) {
          where
              .append(where.length() == 0 ? "" : ", ")
              .append(Hazard.show(c))
              .append(" at index ")
              .append(i);
        }
      }
      i += Character.charCount(c);
    }
    found.forEach((hazard, where) -> problems.add(where + ": " + hazard.reason));
    if (name.charAt(0) <= ' ' || name.charAt(name.length() - 1) <= ' ') {
      problems.add(
          "whitespace at the start or end: POST /connectors trims it but PUT /connectors/{name}/config"
              + " does not, so the same name would address two different connectors");
    }
    int bytes = utf8Length(name);
    if (bytes > MAX_UTF8_BYTES) {
      problems.add(
          "the name is "
              + bytes
              + " bytes long in UTF-8, more than "
              + MAX_UTF8_BYTES
              + ": a worker can create it (the name travels in the body) but refuses a URL that long, so"
              + " it could never be read or deleted");
    }
    return problems;
  }

  private static int unpairedSurrogate(String name) {
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < name.length()
          && Character.isLowSurrogate(name.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }

  private static int utf8Length(String name) {
    int bytes = 0;
    for (int i = 0; i < name.length(); ) {
      int c = name.codePointAt(i);
      bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
      i += Character.charCount(c);
    }
    return bytes;
  }

  /** The characters a worker cannot round-trip, grouped by why (API reference §3.2). */
  private enum Hazard {
    SLASH(
        "a follower forwarding a write to the leader splits the path there (Kafka 3.x), and Kafka 4.x"
            + " refuses its encoding %2F with 400, so the connector could be created but never read or deleted"),
    BACKSLASH(
        "Kafka 4.x refuses its encoding %5C with 400 ('Suspicious Path Character'), so the connector"
            + " could be created but never read or deleted"),
    PERCENT(
        "a follower forwards the decoded name as a path, so 'a%20b' acts on connector 'a b' (a DELETE"
            + " deleted the wrong connector), and Kafka 4.x refuses its encoding %25 with 400"),
    SEMICOLON(
        "a follower forwards the decoded name, and the leader reads ';' as the start of a matrix"
            + " parameter: 'a;b' acts on connector 'a'"),
    BRACES(
        "a follower forwards the decoded name as a URI template: the write fails with 500 after the"
            + " connector was already created"),
    CONTROL("workers refuse control characters in names");

    private final String reason;

    Hazard(String reason) {
      this.reason = reason;
    }

    static Hazard of(int c) {
      switch (c) {
        case '/':
          return SLASH;
        case '\\':
          return BACKSLASH;
        case '%':
          return PERCENT;
        case ';':
          return SEMICOLON;
        case '{':
        case '}':
          return BRACES;
        default:
          return Character.isISOControl(c) ? CONTROL : null;
      }
    }

    static String show(int c) {
      return Character.isISOControl(c)
          ? String.format("control character \\u%04X", c)
          : "'" + new String(Character.toChars(c)) + "'";
    }
  }
}
