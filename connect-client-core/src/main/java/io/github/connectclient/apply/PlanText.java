package io.github.connectclient.apply;

import java.util.List;
import java.util.Map;

/** Renders a {@link Plan} like {@code terraform plan}. */
final class PlanText {

  private PlanText() {}

  static String render(Plan plan) {
    int create = 0;
    int update = 0;
    int delete = 0;
    int unchanged = 0;
    int invalid = 0;
    StringBuilder body = new StringBuilder();
    for (ConnectorChange change : plan.changes()) {
      if (!change.valid()) {
        invalid++;
      } else {
        switch (change.action()) {
          case CREATE -> create++;
          case UPDATE -> update++;
          case DELETE -> delete++;
          case NONE -> unchanged++;
        }
      }
      if (change.action() != Action.NONE) {
        body.append('\n');
        appendChange(body, change);
      }
    }
    String summary =
        "Plan: "
            + create
            + " to create, "
            + update
            + " to update, "
            + delete
            + " to delete, "
            + unchanged
            + " unchanged"
            + (invalid == 0 ? "" : ", " + invalid + " invalid (not applied)")
            + ".";
    if (plan.isEmpty()) {
      return "No changes: "
          + unchanged
          + (unchanged == 1 ? " connector is" : " connectors are")
          + " as specified.\n";
    }
    return summary + "\n" + body + "\n" + summary + "\n";
  }

  private static void appendChange(StringBuilder out, ConnectorChange change) {
    char symbol =
        !change.valid()
            ? '!'
            : switch (change.action()) {
              case CREATE -> '+';
              case DELETE -> '-';
              default -> '~';
            };
    out.append("  ").append(symbol).append(' ').append(change.name()).append("  (");
    out.append(change.action().name().toLowerCase(java.util.Locale.ROOT));
    if (change.stateChanges()) {
      String target = change.targetState().map(Enum::name).orElse("?");
      out.append(
          change.action() == Action.CREATE
              ? ", " + target
              : ", " + change.currentState().map(Enum::name).orElse("?") + " -> " + target);
    }
    if (!change.valid()) {
      out.append(", invalid: not applied");
    }
    out.append(")\n");
    int width = 0;
    for (String key : change.configChanges().keySet()) {
      width = Math.max(width, key.length());
    }
    for (Map.Entry<String, ValueChange> entry : change.configChanges().entrySet()) {
      out.append("      ")
          .append(pad(entry.getKey(), width))
          .append("  ")
          .append(entry.getValue())
          .append('\n');
    }
    for (Map.Entry<String, List<String>> error : change.validationErrors().entrySet()) {
      for (String message : error.getValue()) {
        out.append("      ! ").append(error.getKey()).append(": ").append(message).append('\n');
      }
    }
  }

  private static String pad(String text, int width) {
    return text + " ".repeat(width - text.length());
  }
}
