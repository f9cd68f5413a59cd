package io.github.connectclient.examples;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The screen state of {@link InteractiveDelete}: the connectors, the selected row, the number being
 * typed and the last message. It only decides and draws; the caller talks to the cluster.
 */
final class DeleteList {

  static final String HELP =
      "Up/Down (or k/j) move, a number picks a row, Enter deletes, r refreshes, q or Ctrl-C quits";

  private static final String REVERSE = "\u001b[7m";
  private static final String RESET = "\u001b[0m";

  private final String clusterUrl;
  private List<String> connectors = List.of();
  private int selected;
  private String typed = "";
  private String message = "";

  DeleteList(String clusterUrl) {
    this.clusterUrl = clusterUrl;
  }

  /** Replaces the connectors (sorted by the caller), keeping the selection in range. */
  void show(List<String> names) {
    connectors = List.copyOf(names);
    selected = Math.max(0, Math.min(selected, connectors.size() - 1));
  }

  void message(String text) {
    message = text;
  }

  /**
   * Applies a key: moves, edits the typed number, or returns the connector that Enter asks to
   * delete. {@link Key.Kind#QUIT} and {@link Key.Kind#REFRESH} are the caller's.
   */
  Optional<String> apply(Key key) {
    switch (key.kind()) {
      case UP -> move(-1);
      case DOWN -> move(1);
      case DIGIT -> pick(typed + key.digit());
      case BACKSPACE -> pick(typed.isEmpty() ? "" : typed.substring(0, typed.length() - 1));
      case ENTER -> {
        typed = "";
        return connectors.isEmpty() ? Optional.empty() : Optional.of(connectors.get(selected));
      }
      default -> {}
    }
    return Optional.empty();
  }

  /** The screen as lines; with {@code ansi} the selected row is in reverse video. */
  List<String> lines(boolean ansi) {
    List<String> lines = new ArrayList<>();
    lines.add(
        "Delete connectors on "
            + clusterUrl
            + " ("
            + connectors.size()
            + (connectors.size() == 1 ? " connector)" : " connectors)"));
    lines.add(HELP);
    lines.add("");
    if (connectors.isEmpty()) {
      lines.add("   (no connectors)");
    }
    int width = Integer.toString(connectors.size()).length();
    for (int i = 0; i < connectors.size(); i++) {
      String number = " ".repeat(width - Integer.toString(i + 1).length()) + (i + 1);
      boolean current = i == selected;
      String row = (current ? "> " : "  ") + number + "  " + connectors.get(i);
      lines.add(current && ansi ? REVERSE + row + RESET : row);
    }
    lines.add("");
    lines.add(message.isEmpty() ? "" : message);
    lines.add("Number: " + typed);
    return lines;
  }

  int selectedIndex() {
    return selected;
  }

  private void move(int delta) {
    typed = "";
    if (!connectors.isEmpty()) {
      selected = Math.floorMod(selected + delta, connectors.size());
    }
  }

  /** Typing a number moves the selection there; a number out of range is refused. */
  private void pick(String number) {
    if (number.isEmpty()) {
      typed = "";
      return;
    }
    int row = Integer.parseInt(number.length() > 6 ? number.substring(0, 6) : number);
    if (row >= 1 && row <= connectors.size()) {
      typed = number;
      selected = row - 1;
    } else {
      message = "No connector number " + number;
    }
  }
}
