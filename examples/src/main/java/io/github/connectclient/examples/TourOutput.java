package io.github.connectclient.examples;

import io.github.connectclient.model.ConnectorOffset;
import io.github.connectclient.model.ConnectorOffsets;
import io.github.connectclient.model.ConnectorStatus;
import io.github.connectclient.model.TaskState;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the tour prints: a header line {@code == N. Title (REST call)} per step, and the configs,
 * statuses, tasks and offsets it sees, indented under it.
 */
final class TourOutput {

  /** How many lines of a stack trace the tour prints. */
  static final int TRACE_LINES = 4;

  private final PrintStream out;
  private int step;

  TourOutput(PrintStream out) {
    this.out = out;
  }

  /** Starts the next step: an empty line, then its numbered header. */
  void header(String title, String call) {
    step++;
    out.println();
    out.println("== " + step + ". " + title + " (" + call + ")");
  }

  /** The number of steps {@link #header(String, String)} started so far. */
  int stepsDone() {
    return step;
  }

  void println(String line) {
    out.println(line);
  }

  /** The table, each line indented. */
  void printTable(TextTable table, String indent) {
    table.print(out, indent);
  }

  /** One line per entry, sorted by key, the values aligned. */
  void printConfig(Map<String, String> config, String indent) {
    TreeMap<String, String> sorted = new TreeMap<>(config);
    int width = sorted.keySet().stream().mapToInt(String::length).max().orElse(0);
    sorted.forEach(
        (key, value) -> out.println(indent + key + " ".repeat(width - key.length() + 2) + value));
  }

  /** The connector's state and worker, then its tasks. */
  void printStatus(ConnectorStatus status) {
    out.println(
        "  connector "
            + status.name()
            + "  "
            + status.connector().state()
            + "  on "
            + status.connector().workerId());
    if (status.tasks().isEmpty()) {
      out.println("    (no tasks)");
    }
    status.tasks().forEach(task -> printTask(task, "    "));
  }

  /** The task's state and worker, and the first {@link #TRACE_LINES} lines of its trace. */
  void printTask(TaskState task, String indent) {
    out.println(indent + "task " + task.id() + "  " + task.state() + "  on " + task.workerId());
    if (task.trace() != null) {
      List<String> lines = task.trace().lines().toList();
      lines.stream()
          .limit(TRACE_LINES)
          .forEach(line -> out.println(indent + "  | " + line.strip()));
      if (lines.size() > TRACE_LINES) {
        out.println(indent + "  | ... " + (lines.size() - TRACE_LINES) + " more lines");
      }
    }
  }

  /** One line per source partition. */
  void printOffsets(ConnectorOffsets offsets) {
    if (offsets.offsets().isEmpty()) {
      out.println("    (none)");
    }
    for (ConnectorOffset offset : offsets.offsets()) {
      out.println("    partition " + offset.partition() + "  offset " + offset.offset());
    }
  }
}
