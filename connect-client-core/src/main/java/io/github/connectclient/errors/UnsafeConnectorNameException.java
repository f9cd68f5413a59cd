package io.github.connectclient.errors;

import java.util.List;
import java.util.Objects;

/**
 * A connector name was refused before any request was sent, because Kafka Connect workers cannot
 * round-trip it safely: a follower that forwards the request to the leader could act on a different
 * connector ({@code a;b} deletes {@code a}, {@code a%20b} deletes {@code a b}), or the worker could
 * create the connector and then be unable to read or delete it. {@link #problems()} says which
 * characters are the problem and why; see {@code docs/security.md}.
 *
 * <p>It is an {@link IllegalArgumentException}, like every other argument check of this client: it
 * is thrown by the calling method itself (also by the async client, before a future exists) and
 * never retried. {@code ClientBuilder.allowUnsafeConnectorNames()} turns the check off for users
 * who know their cluster handles such names.
 */
public class UnsafeConnectorNameException extends IllegalArgumentException {

  /** The refused name. */
  private final String connectorName;

  /** What is wrong with the name. */
  private final List<String> problems;

  /**
   * Creates the exception.
   *
   * @param parameter the name of the refused argument, for the message
   * @param connectorName the refused name, as given
   * @param problems one sentence per problem: which character (and where), and why
   */
  public UnsafeConnectorNameException(
      String parameter, String connectorName, List<String> problems) {
    super(describe(parameter, connectorName, problems));
    this.connectorName = connectorName;
    this.problems = List.copyOf(problems);
  }

  /** {@return the refused name, exactly as it was given} */
  public String connectorName() {
    return connectorName;
  }

  /**
   * {@return what is wrong with the name: one entry per problem, naming the characters and the
   * reason}
   */
  public List<String> problems() {
    return problems;
  }

  private static String describe(String parameter, String name, List<String> problems) {
    Objects.requireNonNull(problems, "problems == null");
    StringBuilder text =
        new StringBuilder()
            .append(parameter)
            .append(' ')
            .append(quoted(name))
            .append(" is not a safe Kafka Connect connector name: ");
    for (int i = 0; i < problems.size(); i++) {
      text.append(i == 0 ? "" : "; ").append(problems.get(i));
    }
    return text.append(
            ". Rename the connector, or build the client with allowUnsafeConnectorNames()"
                + " if your workers are known to handle such names (docs/security.md).")
        .toString();
  }

  /**
   * The name in quotes, with control and invisible characters shown as {@code \}{@code uXXXX}, cut
   * after 120 characters.
   */
  static String quoted(String name) {
    StringBuilder out = new StringBuilder("'");
    String shown = name.length() > 120 ? name.substring(0, 120) : name;
    shown
        .codePoints()
        .forEach(
            c -> {
              if (Character.isISOControl(c)
                  || Character.getType(c) == Character.FORMAT
                  || (Character.isWhitespace(c) && c != ' ')
                  || (c <= 0xFFFF && Character.isSurrogate((char) c))) {
                out.append(String.format("\\u%04X", c));
              } else {
                out.appendCodePoint(c);
              }
            });
    out.append('\'');
    if (shown.length() < name.length()) {
      out.append("... (").append(name.length()).append(" characters)");
    }
    return out.toString();
  }
}
