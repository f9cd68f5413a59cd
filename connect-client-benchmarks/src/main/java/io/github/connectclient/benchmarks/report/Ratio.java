package io.github.connectclient.benchmarks.report;

import java.util.Locale;

/**
 * This client's median divided by a baseline's, with an error: the sum of the two relative errors
 * JMH gives (first order, on the safe side), times the ratio.
 *
 * @param value the ratio of the medians
 * @param error its error
 */
public record Ratio(double value, double error) {

  /**
   * Divides two measures.
   *
   * @param ours this client's
   * @param baseline the baseline's
   * @return the ratio
   */
  public static Ratio of(Measure ours, Measure baseline) {
    double value = ours.median() / baseline.median();
    return new Ratio(value, value * (ours.relativeError() + baseline.relativeError()));
  }

  /**
   * Divides a measure by a fixed value (an ideal, an absolute limit), which has no error.
   *
   * @param ours this client's
   * @param fixed the value, in the measure's base unit
   * @return the ratio
   */
  public static Ratio of(Measure ours, double fixed) {
    double value = ours.median() / fixed;
    return new Ratio(value, value * ours.relativeError());
  }

  /**
   * Tells whether JMH gave an error for both sides (it gives none for fewer than two iterations).
   *
   * @return true when {@link #error()} is a number
   */
  public boolean hasError() {
    return !Double.isNaN(error);
  }

  /**
   * Judges the ratio against a target.
   *
   * @param max the largest ratio that passes
   * @return {@code PASS} or {@code MISS}, marked when the interval reaches across the target
   */
  public String verdict(double max) {
    String verdict = value <= max ? "PASS" : "MISS";
    return Math.abs(value - max) <= error
        ? verdict + " (interval overlaps the target: rerun)"
        : verdict;
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%.2fx ± %.2f", value, error);
  }
}
