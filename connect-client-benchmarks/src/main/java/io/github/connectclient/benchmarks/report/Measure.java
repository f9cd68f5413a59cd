package io.github.connectclient.benchmarks.report;

import java.util.Locale;

/**
 * One figure of a JMH result: its median, JMH's error (the half-width of its 99.9% interval) and
 * the mean, in a base unit (seconds per operation, or bytes per operation).
 *
 * @param median the median over iterations, in the base unit
 * @param error JMH's error, in the base unit ({@code NaN} when JMH gives none)
 * @param mean JMH's score, in the base unit
 * @param bytes whether this is an allocation figure (bytes) rather than a time (seconds)
 */
public record Measure(double median, double error, double mean, boolean bytes) {

  /**
   * Reads a JMH score unit into a factor to the base unit.
   *
   * @param unit e.g. {@code us/op}, {@code ms/op}, {@code B/op}
   * @return the factor to seconds or bytes
   */
  static double factor(String unit) {
    String per = unit.endsWith("/op") ? unit.substring(0, unit.length() - 3) : unit;
    return switch (per) {
      case "ns" -> 1e-9;
      case "us" -> 1e-6;
      case "ms" -> 1e-3;
      case "s", "B" -> 1;
      default -> throw new IllegalArgumentException("unknown unit " + unit);
    };
  }

  /**
   * Returns the error relative to the median ({@code NaN} when JMH gave none: too few iterations).
   *
   * @return the relative error
   */
  public double relativeError() {
    return median == 0 ? Double.NaN : error / median;
  }

  /**
   * Formats a value of this kind for a reader: {@code 73.8 us}, {@code 253.8 ms}, {@code 21.3 MB}.
   *
   * @param value seconds or bytes
   * @return the text
   */
  public String format(double value) {
    return format(value, value);
  }

  private String format(double value, double scale) {
    if (bytes) {
      if (scale >= 1e6) {
        return String.format(Locale.ROOT, "%.1f MB", value / 1e6);
      }
      return scale >= 1e4
          ? String.format(Locale.ROOT, "%.1f kB", value / 1e3)
          : String.format(Locale.ROOT, "%,.0f B", value);
    }
    if (scale >= 1) {
      return String.format(Locale.ROOT, "%.2f s", value);
    }
    return scale >= 1e-3
        ? String.format(Locale.ROOT, "%.1f ms", value * 1e3)
        : String.format(Locale.ROOT, "%.1f us", value * 1e6);
  }

  /**
   * Formats the median with JMH's error: {@code 73.8 us ± 1.2 us}.
   *
   * @return the text
   */
  public String formatWithError() {
    return Double.isNaN(error) ? format(median) : format(median) + " ± " + format(error, median);
  }
}
