package io.github.connectclient.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs the tour exactly as {@code Tour} without arguments does (it starts and stops its own
 * embedded cluster), once, and checks its output step by step.
 */
class TourIT {

  private static final Pattern HEADER = Pattern.compile("^== (\\d+)\\. (.+)$", Pattern.MULTILINE);

  private static String output;
  private static Map<Integer, String> steps;

  @BeforeAll
  static void runTheTour() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      Tour.runEmbedded(out);
    } finally {
      output = bytes.toString(StandardCharsets.UTF_8);
      System.out.println(output);
    }
    steps = split(output);
  }

  @Test
  void theTour_printsFourteenNumberedSteps_inTheTutorialsOrder() {
    assertThat(HEADER.matcher(output).results().map(m -> m.group(0)).toList())
        .containsExactly(
            "== 1. Cluster info (GET / and GET /health)",
            "== 2. Installed connector plugins (GET /connector-plugins)",
            "== 3. Create a connector with PUT (PUT /connectors/local-file-source/config)",
            "== 4. List connectors (GET /connectors)",
            "== 5. Inspect config and status (GET /connectors/local-file-source/config and .../status)",
            "== 6. Update the connector with PUT (PUT /connectors/local-file-source/config)",
            "== 7. List the tasks and their configs (GET /connectors/local-file-source/tasks)",
            "== 8. Task status (GET /connectors/local-file-source/tasks/0/status)",
            "== 9. Restart the connector (POST /connectors/local-file-source/restart)",
            "== 10. Restart a failed task (POST /connectors/local-file-sink/tasks/0/restart)",
            "== 11. Pause and resume (PUT /connectors/local-file-source/pause and .../resume)",
            "== 12. The topics the connectors use (GET /connectors/{name}/topics)",
            "== 13. Stop, read and reset offsets (PUT /connectors/local-file-source/stop,"
                + " GET and DELETE .../offsets)",
            "== 14. Delete the connectors (DELETE /connectors/{name})");
  }

  @Test
  void theTour_startsTheEmbeddedCluster_andStopsItAtTheEnd() {
    assertThat(output).startsWith("Starting an embedded Kafka Connect cluster");
    assertThat(output)
        .containsPattern(
            "Cluster ready in \\d+\\.\\d s: http://127\\.0\\.0\\.1:\\d+,"
                + " http://127\\.0\\.0\\.1:\\d+");
    assertThat(output).containsPattern("Tour finished: 14 steps in \\d+\\.\\d s\\.");
    assertThat(output).endsWith("Stopping the embedded cluster...\nStopped.\n");
    assertThat(output).doesNotContain("Cleaned up", "Could not");
  }

  @Test
  void step1_showsVersionCommitClusterIdAndHealth() {
    assertThat(steps.get(1))
        .contains("  version           4.3.1")
        .containsPattern("  commit            [0-9a-f]{16}")
        .containsPattern("  Kafka cluster id  \\S{22}")
        .contains("  health            healthy: ");
  }

  @Test
  void step2_isATableOfThePlugins() {
    assertThat(lines(2).get(0)).matches("  TYPE    CLASS +VERSION");
    assertThat(lines(2).get(1)).matches("  ------  -+  -------");
    assertThat(steps.get(2))
        .containsPattern(
            "  source  org\\.apache\\.kafka\\.connect\\.file\\.FileStreamSourceConnector +4\\.3\\.1")
        .containsPattern(
            "  sink    org\\.apache\\.kafka\\.connect\\.file\\.FileStreamSinkConnector +4\\.3\\.1");
  }

  @Test
  void step3_createsWithPut_andWaitsUntilRunning() {
    assertThat(steps.get(3))
        .containsPattern(
            "  created local-file-source: FileStreamSource reading \\S+/input.txt"
                + " into topic connect-test")
        .containsPattern("  connector local-file-source  RUNNING  on 127\\.0\\.0\\.1:\\d+")
        .containsPattern("    task 0  RUNNING  on 127\\.0\\.0\\.1:\\d+");
  }

  @Test
  void step4_listsTheConnector() {
    assertThat(lines(4)).containsExactly("  local-file-source");
  }

  @Test
  void step5_showsConfigAndStatus() {
    assertThat(lines(5))
        .contains(
            "  config:",
            "    connector.class  FileStreamSource",
            "    name             local-file-source",
            "    tasks.max        1",
            "    topic            connect-test");
    assertThat(steps.get(5)).contains("  connector local-file-source  RUNNING");
  }

  @Test
  void step6_updatesWithPut_andTheTaskGetsTheNewConfig() {
    assertThat(steps.get(6))
        .contains("  updated local-file-source: batch.size is now 100")
        .containsPattern("  the task runs with the new config after \\d+\\.\\d s")
        .contains("    task 0  RUNNING");
  }

  @Test
  void step7_listsTheTaskWithItsConfig() {
    assertThat(lines(7))
        .contains(
            "  task 0:",
            "    batch.size       100",
            "    task.class       org.apache.kafka.connect.file.FileStreamSourceTask");
  }

  @Test
  void step8_showsTheTaskStatus() {
    assertThat(lines(8))
        .singleElement()
        .asString()
        .matches("  task 0  RUNNING  on 127\\.0\\.0\\.1:\\d+");
  }

  @Test
  void step9_restarts_andShowsThePlannedRestartingStates() {
    assertThat(steps.get(9))
        .contains("  restarted the connector instance (204, tasks untouched)")
        .contains("  connector local-file-source  RESTARTING", "    task 0  RESTARTING")
        .contains("  once the restart is done:");
    assertThat(lines(9)).last().asString().startsWith("    task 0  RUNNING");
  }

  @Test
  void step10_showsTheFailedTasksTrace_thenRestartsItIntoRunning() {
    assertThat(steps.get(10))
        .containsPattern(
            "  task 0  FAILED  on 127\\.0\\.0\\.1:\\d+\n"
                + "    \\| org\\.apache\\.kafka\\.connect\\.errors\\.ConnectException: Couldn't find or"
                + " create file '\\S+/missing/out\\.txt' for FileStreamSinkTask\n"
                + "    \\| at org\\.apache\\.kafka\\.connect\\.file\\.FileStreamSinkTask\\.start\\(")
        .containsPattern("    \\| \\.\\.\\. \\d+ more lines")
        .contains("  created the directory; restarting task 0")
        .containsPattern("  task 0  RUNNING  on 127\\.0\\.0\\.1:\\d+")
        .contains("  the sink copied 5 lines from topic connect-test into out.txt");
  }

  @Test
  void step11_pausesAndResumes_waitingForEachState() {
    assertThat(steps.get(11))
        .containsPattern(
            "  paused, state reached in \\d+\\.\\d s:\n"
                + "  connector local-file-source  PAUSED  on \\S+\n    task 0  PAUSED")
        .containsPattern(
            "  resumed, state reached in \\d+\\.\\d s:\n"
                + "  connector local-file-source  RUNNING  on \\S+\n    task 0  RUNNING");
  }

  @Test
  void step12_listsTheTopics_andResetsThem() {
    assertThat(lines(12))
        .startsWith("  local-file-source: [connect-test]", "  local-file-sink: [connect-test]");
    assertThat(steps.get(12)).contains("/topics/reset: [] (took ");
  }

  @Test
  void step13_stops_readsTheSourceOffset_andResetsIt() {
    int bytesRead = TourPlan.INPUT_LINES.stream().mapToInt(line -> line.length() + 1).sum();
    assertThat(steps.get(13))
        .contains("  connector local-file-source  STOPPED", "    (no tasks)")
        .containsPattern(
            "    partition \\{filename=\\S+/input.txt\\}  offset \\{position=" + bytesRead + "\\}")
        .contains("  reset: The offsets for this connector have been reset successfully")
        .endsWith("  offsets after the reset:\n    (none)");
  }

  @Test
  void step14_deletesBothConnectors() {
    assertThat(lines(14))
        .containsExactly(
            "  deleted local-file-source", "  deleted local-file-sink", "  connectors now: (none)");
  }

  /** The non-blank lines of step {@code n}, without its header. */
  private static List<String> lines(int n) {
    return steps.get(n).lines().filter(line -> !line.isBlank()).toList();
  }

  /** Step number to the text after its header up to the next header, trailing blanks dropped. */
  private static Map<Integer, String> split(String text) {
    Map<Integer, String> byStep = new LinkedHashMap<>();
    Matcher m = HEADER.matcher(text);
    List<int[]> found = new ArrayList<>();
    while (m.find()) {
      found.add(new int[] {Integer.parseInt(m.group(1)), m.end() + 1, m.start()});
    }
    for (int i = 0; i < found.size(); i++) {
      int end = i + 1 < found.size() ? found.get(i + 1)[2] : text.indexOf("\nTour finished");
      String body = text.substring(found.get(i)[1], Math.max(found.get(i)[1], end));
      byStep.put(found.get(i)[0], body.stripTrailing());
    }
    return byStep;
  }
}
