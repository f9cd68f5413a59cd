import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Build step after the integration tests (run as a single-file source program by
 * connect-client-it's verify phase): turns the compatibility ITs' results, {@code
 * target/compatibility/<version>.tsv}, into a Markdown table (method x Kafka version) in {@code
 * target/compatibility/table.md}, and checks that the README's compatibility section is exactly
 * that table.
 *
 * <p>Arguments: results directory, README, update flag ({@code true} rewrites the README section
 * instead of failing), the versions the full matrix runs (comma-separated). When not every version
 * has results (a partial run, ITs skipped), the table is written but the README is not checked.
 */
public final class CompatibilityTable {

  static final String BEGIN = "<!-- compatibility-table:begin";
  static final String END = "<!-- compatibility-table:end -->";

  public static void main(String[] args) throws IOException {
    Path results = Path.of(args[0]);
    Path readme = Path.of(args[1]);
    boolean update = Boolean.parseBoolean(args[2]);
    List<String> expected = Arrays.asList(args[3].split(","));
    Map<String, Map<String, String>> byVersion = read(results);
    if (byVersion.isEmpty()) {
      System.out.println(
          "CompatibilityTable: no results in " + results + " (ITs skipped); nothing to check");
      return;
    }
    String table = table(byVersion);
    Files.writeString(results.resolve("table.md"), table);
    Files.writeString(results.resolve("timings.md"), timings(results, byVersion.keySet()));
    System.out.println("CompatibilityTable: wrote " + results.resolve("table.md"));
    if (!byVersion.keySet().containsAll(expected)) {
      System.out.println(
          "CompatibilityTable: results for "
              + byVersion.keySet()
              + ", not all of "
              + expected
              + "; the README is not checked");
      return;
    }
    String text = Files.readString(readme);
    int begin = text.indexOf(BEGIN);
    int end = text.indexOf(END);
    if (begin < 0 || end < begin) {
      throw new IllegalStateException(readme + " has no " + BEGIN + " ... " + END + " section");
    }
    int start = text.indexOf("-->", begin) + "-->".length() + 1;
    String current = text.substring(start, end);
    if (current.equals(table)) {
      System.out.println("CompatibilityTable: the README's table matches the measured one");
    } else if (update) {
      Files.writeString(readme, text.substring(0, start) + table + text.substring(end));
      System.out.println("CompatibilityTable: rewrote the README's table from this run");
    } else {
      System.err.println(
          "The README's compatibility table differs from this run's results:\n" + table);
      System.err.println(
          "If the change is right, run: mvn -pl connect-client-it -am verify -Dcompatibility.update=true");
      System.exit(1);
    }
  }

  /** Version -> (method -> outcome), versions in numeric order, methods in call order. */
  static Map<String, Map<String, String>> read(Path results) throws IOException {
    Map<String, Map<String, String>> byVersion = new TreeMap<>(CompatibilityTable::compareVersions);
    if (!Files.isDirectory(results)) {
      return byVersion;
    }
    try (Stream<Path> files = Files.list(results)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".tsv")).toList()) {
        String version = file.getFileName().toString().replace(".tsv", "");
        Map<String, String> outcomes = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file)) {
          if (!line.startsWith("#") && line.contains("\t")) {
            String[] columns = line.split("\t"); // method, outcome, milliseconds
            outcomes.put(columns[0], columns[1]);
          }
        }
        byVersion.put(version, outcomes);
      }
    }
    return byVersion;
  }

  static String table(Map<String, Map<String, String>> byVersion) {
    List<String> versions = new ArrayList<>(byVersion.keySet());
    StringBuilder out = new StringBuilder("| method |");
    versions.forEach(v -> out.append(' ').append(v).append(" |"));
    out.append("\n|---|");
    versions.forEach(v -> out.append("---|"));
    out.append('\n');
    List<String> methods = new ArrayList<>();
    byVersion
        .values()
        .forEach(m -> m.keySet().stream().filter(k -> !methods.contains(k)).forEach(methods::add));
    for (String method : methods) {
      out.append(method.startsWith("(") ? "| " + method + " |" : "| `" + method + "` |");
      for (String version : versions) {
        out.append(' ').append(byVersion.get(version).getOrDefault(method, "not run")).append(" |");
      }
      out.append('\n');
    }
    return out.toString();
  }

  /** The measured start-up and call times, for the docs (not compared: they differ run to run). */
  static String timings(Path results, Iterable<String> versions) throws IOException {
    StringBuilder out =
        new StringBuilder("| Kafka | cluster start (2 workers) | all calls |\n|---|---|---|\n");
    for (String version : versions) {
      String header = Files.readAllLines(results.resolve(version + ".tsv")).get(0);
      String startup = header.replaceAll(".*startup_ms=(\\d+).*", "$1");
      String calls = header.replaceAll(".*calls_ms=(\\d+).*", "$1");
      out.append(
          String.format(
              "| %s | %.1f s | %.1f s |%n",
              version, Long.parseLong(startup) / 1000.0, Long.parseLong(calls) / 1000.0));
    }
    return out.toString();
  }

  static int compareVersions(String a, String b) {
    return Comparator.<int[]>comparingInt(v -> v[0])
        .thenComparingInt(v -> v[1])
        .thenComparingInt(v -> v[2])
        .compare(numbers(a), numbers(b));
  }

  private static int[] numbers(String version) {
    String[] parts = version.split("[.-]");
    return new int[] {
      Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2])
    };
  }
}
