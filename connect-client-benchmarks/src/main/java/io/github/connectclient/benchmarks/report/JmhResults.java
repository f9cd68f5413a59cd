package io.github.connectclient.benchmarks.report;

import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The results of one JMH run, read from its JSON ({@code -rf json}), looked up by benchmark class,
 * method and parameters.
 */
public final class JmhResults {

  /** The allocation figure of {@code -prof gc}, bytes per operation. */
  static final String ALLOCATION = "gc.alloc.rate.norm";

  private final List<Map<String, Object>> runs;

  private JmhResults(List<Map<String, Object>> runs) {
    this.runs = runs;
  }

  /**
   * Reads a JMH JSON result file.
   *
   * @param file the file
   * @return the results
   * @throws IOException if it cannot be read or is not JMH's JSON
   */
  public static JmhResults read(Path file) throws IOException {
    List<Map<String, Object>> runs =
        new Moshi.Builder()
            .build()
            .<List<Map<String, Object>>>adapter(Types.newParameterizedType(List.class, Map.class))
            .fromJson(Files.readString(file));
    if (runs == null) {
      throw new IOException("empty JMH result " + file);
    }
    return new JmhResults(runs);
  }

  /**
   * Returns every benchmark of the run, as {@code Class.method} or {@code Class.method[k=v]}.
   *
   * @return the keys, in the run's order
   */
  public List<String> keys() {
    return runs.stream().map(JmhResults::key).toList();
  }

  /**
   * Finds a time figure.
   *
   * @param key {@code Class.method}, optionally {@code [param=value]}; a method {@code *} takes the
   *     class's first
   * @return its measure, if the run has it
   */
  public Optional<Measure> time(String key) {
    return find(key).map(run -> measure(metric(run, "primaryMetric"), false));
  }

  /**
   * Finds the allocation figure of {@code -prof gc}.
   *
   * @param key as for {@link #time(String)}
   * @return its measure, if the run has it
   */
  public Optional<Measure> allocation(String key) {
    return find(key)
        .flatMap(
            run -> {
              Map<String, Object> secondary = metric(run, "secondaryMetrics");
              for (Map.Entry<String, Object> metric : secondary.entrySet()) {
                if (metric.getKey().replace("·", "").equals(ALLOCATION)) {
                  return Optional.of(measure(cast(metric.getValue()), true));
                }
              }
              return Optional.empty();
            });
  }

  private Optional<Map<String, Object>> find(String key) {
    boolean anyMethod = key.endsWith(".*");
    String prefix = anyMethod ? key.substring(0, key.length() - 1) : key;
    return runs.stream()
        .filter(run -> anyMethod ? key(run).startsWith(prefix) : key(run).equals(key))
        .findFirst();
  }

  static String key(Map<String, Object> run) {
    String name = (String) run.get("benchmark");
    String[] parts = name.split("\\.");
    String key = parts[parts.length - 2] + "." + parts[parts.length - 1];
    Map<String, Object> params = new TreeMap<>(metric(run, "params"));
    if (!params.isEmpty()) {
      StringBuilder suffix = new StringBuilder();
      params.forEach(
          (param, value) ->
              suffix
                  .append(suffix.length() == 0 ? "[" : ",")
                  .append(param)
                  .append('=')
                  .append(value));
      key += suffix.append(']');
    }
    return key;
  }

  private static Measure measure(Map<String, Object> metric, boolean bytes) {
    double factor = Measure.factor((String) metric.get("scoreUnit"));
    double mean = number(metric.get("score"));
    Map<String, Object> percentiles = metric(metric, "scorePercentiles");
    double median = percentiles.containsKey("50.0") ? number(percentiles.get("50.0")) : mean;
    double error = number(metric.get("scoreError"));
    return new Measure(median * factor, error * factor, mean * factor, bytes);
  }

  private static double number(Object value) {
    if (value instanceof Number number) {
      return number.doubleValue();
    }
    return Double.NaN; // JMH writes "NaN" as a string when one iteration gives no error
  }

  private static Map<String, Object> metric(Map<String, Object> run, String name) {
    Object value = run.get(name);
    return value == null ? Map.of() : cast(value);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> cast(Object value) {
    return (Map<String, Object>) value;
  }
}
