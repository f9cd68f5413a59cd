package io.github.connectclient.benchmarks.report;

import io.github.connectclient.benchmarks.FanOutBenchmark;
import io.github.connectclient.benchmarks.report.Figure.Target;
import java.util.List;

/** The rows of issue 14's table and its targets, in the order. */
public final class Figures {

  /** The fan-out's 64-way ideal: 1,000 calls of 5 ms on 64 connections at once, in seconds. */
  public static final double FAN_OUT_IDEAL =
      FanOutBenchmark.CALLS
          / (double) FanOutBenchmark.WAYS
          * FanOutBenchmark.LATENCY.toMillis()
          / 1e3;

  /** The testkit's target: a cluster of one broker and two workers ready in 5 s (median). */
  public static final double TESTKIT_START_LIMIT = 5.0;

  private static final String STATUS = "StatusBenchmark.";
  private static final String EXPANDED = "ExpandedListBenchmark.";
  private static final String FAN_OUT = "FanOutBenchmark.";
  private static final String COLD = "ColdStartBenchmark.";

  private Figures() {}

  /**
   * Returns the rows.
   *
   * @return the figures, in table order
   */
  public static List<Figure> all() {
    return List.of(
        contenders(
            "status, time per call",
            false,
            STATUS,
            "okHttpMoshi",
            "raw socket",
            Target.against("<= 0.9x SourceLab", STATUS + "sourceLab", 0.9),
            Target.against("<= 1.0x OkHttp+Moshi", STATUS + "okHttpMoshi", 1.0)),
        contenders(
            "status, bytes allocated per call",
            true,
            STATUS,
            "okHttpMoshi",
            null,
            Target.against("<= 1.0x OkHttp+Moshi", STATUS + "okHttpMoshi", 1.0)),
        contenders(
            "expanded list of 2,000, time",
            false,
            EXPANDED,
            "okHttpMoshi",
            "raw socket",
            Target.against("<= 0.8x SourceLab", EXPANDED + "sourceLab", 0.8)),
        contenders(
            "expanded list of 2,000, allocation",
            true,
            EXPANDED,
            "okHttpMoshi",
            null,
            Target.against("<= 0.8x SourceLab", EXPANDED + "sourceLab", 0.8)),
        new Figure(
            "async fan-out 1,000 x 5 ms, `allOf`",
            false,
            FAN_OUT + "asyncAllOf",
            null,
            FAN_OUT + "sourceLabOnPool",
            FAN_OUT + "rawSockets",
            "raw sockets",
            FAN_OUT_IDEAL,
            List.of(
                Target.fixed("<= 1.5x the 64-way ideal", FAN_OUT_IDEAL, 1.5),
                Target.against("<= 1.0x sync client on 64 threads", FAN_OUT + "syncOnPool", 1.0))),
        new Figure(
            "same, sync client on a 64-thread pool",
            false,
            FAN_OUT + "syncOnPool",
            null,
            FAN_OUT + "sourceLabOnPool",
            null,
            null,
            Double.NaN,
            List.of()),
        contenders(
            "JVM start to first answer (OkHttp column: raw OkHttp)",
            false,
            COLD,
            "okHttp",
            "JVM + raw socket",
            Target.against("<= 1.0x raw OkHttp", COLD + "okHttp", 1.0),
            Target.against("<= 0.7x SourceLab", COLD + "sourceLab", 0.7)),
        alone("plan over 500 specs, none changed", "PlanBenchmark.plan[changed=0,connectors=500]"),
        alone("plan over 500 specs, 25 changed", "PlanBenchmark.plan[changed=25,connectors=500]"),
        alone(
            "testkit: 1 broker + 2 workers ready",
            "TestkitStartBenchmark.*",
            Target.fixed("median <= 5 s", TESTKIT_START_LIMIT, 1.0)));
  }

  /** A row of a benchmark class with the methods ours, OkHttp's, sourceLab and rawSocket. */
  private static Figure contenders(
      String label,
      boolean allocation,
      String benchmark,
      String okHttp,
      String floorLabel,
      Target... targets) {
    String floor = floorLabel == null ? null : benchmark + "rawSocket";
    return new Figure(
        label,
        allocation,
        benchmark + "ours",
        benchmark + okHttp,
        benchmark + "sourceLab",
        floor,
        floorLabel,
        Double.NaN,
        List.of(targets));
  }

  /** A row without baselines. */
  private static Figure alone(String label, String benchmark, Target... targets) {
    return new Figure(
        label, false, benchmark, null, null, null, null, Double.NaN, List.of(targets));
  }
}
