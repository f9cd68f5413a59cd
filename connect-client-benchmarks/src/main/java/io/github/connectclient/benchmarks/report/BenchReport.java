package io.github.connectclient.benchmarks.report;

import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import okio.Buffer;

/**
 * After a JMH run: reads its JSON, prints the table of issue 14 with ratios against the baselines
 * of the same run and a verdict per target, and writes {@code bench-report.md} and {@code
 * bench-ratios.json} next to it. A figure the run lacks is shown as "not run".
 */
public final class BenchReport {

  private final JmhResults results;
  private final List<Row> rows = new ArrayList<>();

  BenchReport(JmhResults results) {
    this.results = results;
    for (Figure figure : Figures.all()) {
      measure(figure, figure.ours()).ifPresent(ours -> rows.add(new Row(figure, ours)));
    }
  }

  /**
   * Reads {@code args[0]} (JMH's JSON) and writes the report into {@code args[1]} (a folder).
   *
   * @param args the JSON file and the output folder
   * @throws IOException if a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    Path json = Path.of(args.length > 0 ? args[0] : "target/jmh-result.json");
    Path folder = Path.of(args.length > 1 ? args[1] : "target");
    BenchReport report = new BenchReport(JmhResults.read(json));
    String markdown = report.markdown();
    Files.createDirectories(folder);
    Files.writeString(folder.resolve("bench-report.md"), markdown);
    Files.writeString(folder.resolve("bench-ratios.json"), report.json());
    System.out.println();
    System.out.println(markdown);
    System.out.println(
        "Written: "
            + folder.resolve("bench-report.md")
            + ", "
            + folder.resolve("bench-ratios.json")
            + " (JMH's own: "
            + json
            + ")");
  }

  private Optional<Measure> measure(Figure figure, String key) {
    if (key == null) {
      return Optional.empty();
    }
    return figure.allocation() ? results.allocation(key) : results.time(key);
  }

  /** The table, the verdicts, and the benchmarks no row shows. */
  String markdown() {
    StringBuilder out = new StringBuilder();
    out.append("| figure | this client | vs OkHttp+Moshi | vs SourceLab | floor |\n");
    out.append("|---|---|---|---|---|\n");
    for (Row row : rows) {
      out.append("| ")
          .append(row.figure.label())
          .append(" | ")
          .append(row.ours.formatWithError())
          .append(" | ")
          .append(row.versus(row.figure.okHttp()))
          .append(" | ")
          .append(row.versus(row.figure.sourceLab()))
          .append(" | ")
          .append(row.floor())
          .append(" |\n");
    }
    out.append("\nRatios are this client's median over the baseline's (above 1: slower or more);")
        .append(" ± is JMH's 99.9% error of both, added.\n\n");
    out.append("| target | figure | ratio | verdict |\n|---|---|---|---|\n");
    for (Row row : rows) {
      for (Figure.Target target : row.figure.targets()) {
        Optional<Ratio> ratio = row.ratio(target);
        out.append("| ")
            .append(target.text())
            .append(" | ")
            .append(row.figure.label())
            .append(" | ")
            .append(ratio.map(Ratio::toString).orElse("no baseline in this run"))
            .append(" | ")
            .append(ratio.map(r -> r.verdict(target.max())).orElse("NOT RUN"))
            .append(" |\n");
      }
    }
    Set<String> others = new TreeSet<>(results.keys());
    Figures.all().forEach(figure -> others.removeIf(key -> shown(figure, key)));
    if (!others.isEmpty()) {
      out.append("\nAlso in this run (baselines and benchmarks without a row):\n\n");
      for (String key : others) {
        out.append("- `")
            .append(key)
            .append("`: ")
            .append(results.time(key).map(Measure::formatWithError).orElse("?"));
        results
            .allocation(key)
            .ifPresent(m -> out.append(", ").append(m.format(m.median())).append("/op"));
        out.append('\n');
      }
    }
    return out.toString();
  }

  private static boolean shown(Figure figure, String key) {
    return key.equals(figure.ours())
        || (figure.ours().endsWith(".*") && key.startsWith(figure.ours().replace("*", "")));
  }

  /** The ratios and verdicts as JSON. */
  String json() throws IOException {
    Buffer buffer = new Buffer();
    try (JsonWriter json = JsonWriter.of(buffer)) {
      json.setIndent("  ");
      json.beginArray();
      for (Row row : rows) {
        row.write(json);
      }
      json.endArray();
    }
    return buffer.readUtf8() + "\n";
  }

  private static Double error(Ratio ratio) {
    return ratio.hasError() ? ratio.error() : null;
  }

  /** One figure with this client's measure. */
  private final class Row {
    final Figure figure;
    final Measure ours;

    Row(Figure figure, Measure ours) {
      this.figure = figure;
      this.ours = ours;
    }

    String versus(String baseline) {
      Optional<Measure> base = measure(figure, baseline);
      return base.map(b -> Ratio.of(ours, b) + " (" + b.format(b.median()) + ")").orElse("");
    }

    String floor() {
      List<String> parts = new ArrayList<>();
      if (!Double.isNaN(figure.ideal())) {
        parts.add("64-way ideal " + ours.format(figure.ideal()));
      }
      measure(figure, figure.floor())
          .ifPresent(f -> parts.add(figure.floorLabel() + " " + f.formatWithError()));
      return String.join("; ", parts);
    }

    Optional<Ratio> ratio(Figure.Target target) {
      if (target.baseline() == null) {
        return Optional.of(Ratio.of(ours, target.fixed()));
      }
      return measure(figure, target.baseline()).map(base -> Ratio.of(ours, base));
    }

    void write(JsonWriter json) throws IOException {
      json.beginObject();
      json.name("figure").value(figure.label());
      json.name("benchmark").value(figure.ours());
      json.name("unit").value(ours.bytes() ? "B/op" : "s/op");
      json.name("median").value(ours.median());
      json.name("error").value(Double.isNaN(ours.error()) ? null : ours.error());
      json.name("versus").beginObject();
      for (String baseline : new String[] {figure.okHttp(), figure.sourceLab(), figure.floor()}) {
        Optional<Measure> base = measure(figure, baseline);
        if (base.isPresent()) {
          Ratio ratio = Ratio.of(ours, base.get());
          json.name(baseline)
              .beginObject()
              .name("median")
              .value(base.get().median())
              .name("ratio")
              .value(ratio.value())
              .name("ratioError")
              .value(ratio.error())
              .endObject();
        }
      }
      json.endObject();
      json.name("targets").beginArray();
      for (Figure.Target target : figure.targets()) {
        Optional<Ratio> ratio = ratio(target);
        json.beginObject().name("target").value(target.text()).name("max").value(target.max());
        if (ratio.isPresent()) {
          json.name("ratio")
              .value(ratio.get().value())
              .name("ratioError")
              .value(ratio.get().error())
              .name("verdict")
              .value(ratio.get().verdict(target.max()));
        } else {
          json.name("verdict").value("NOT RUN");
        }
        json.endObject();
      }
      json.endArray();
      json.endObject();
    }
  }
}
