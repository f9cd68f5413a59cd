package io.github.connectclient.benchmarks.report;

import java.util.List;

/**
 * One row of the performance table: this client's benchmark, the baselines it is compared with in
 * the same run, the floor, and the targets. Benchmarks are named {@code Class.method} (see {@link
 * JmhResults#time(String)}); a baseline left {@code null} has no column.
 *
 * @param label the row's name, as in issue 14's table
 * @param allocation whether the row reads {@code -prof gc}'s bytes per operation instead of time
 * @param ours this client's benchmark
 * @param okHttp the OkHttp baseline's benchmark, or null
 * @param sourceLab SourceLab's benchmark, or null
 * @param floor the floor's benchmark, or null
 * @param floorLabel what the floor is, e.g. {@code raw socket}
 * @param ideal a computed floor in seconds (the fan-out's 64-way ideal), or {@code NaN}
 * @param targets what this row must meet
 */
public record Figure(
    String label,
    boolean allocation,
    String ours,
    String okHttp,
    String sourceLab,
    String floor,
    String floorLabel,
    double ideal,
    List<Target> targets) {

  /**
   * A target: this client's figure divided by a baseline's (or by a fixed value) at most {@code
   * max}.
   *
   * @param text the target as the issue says it, e.g. {@code <= 0.9x SourceLab}
   * @param baseline the benchmark divided by, or null to divide by {@code fixed}
   * @param fixed the fixed value in seconds (an ideal, or an absolute limit), when no baseline
   * @param max the largest ratio that passes
   */
  public record Target(String text, String baseline, double fixed, double max) {

    /**
     * A target against a baseline benchmark.
     *
     * @param text the target as the issue says it
     * @param baseline the benchmark
     * @param max the largest ratio that passes
     * @return the target
     */
    public static Target against(String text, String baseline, double max) {
      return new Target(text, baseline, Double.NaN, max);
    }

    /**
     * A target against a fixed value: {@code ours <= max * fixed}.
     *
     * @param text the target as the issue says it
     * @param fixed the value in seconds
     * @param max the largest ratio that passes
     * @return the target
     */
    public static Target fixed(String text, double fixed, double max) {
      return new Target(text, null, fixed, max);
    }
  }
}
