package io.github.connectclient.benchmarks.testkit;

import io.github.connectclient.testkit.ConnectCluster;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The testkit's start: a fresh cluster of one KRaft broker and two workers, from {@code start()}
 * until every worker answers its health check (issue 14: a median of at most 5 s over 5 starts on 2
 * cores). One start per iteration; the cluster is closed in the iteration's tear-down, which is not
 * timed. The warm-up start also writes the class-data archives of a new Kafka release or testkit
 * build.
 *
 * <p>After each start the tear-down prints the CPU the children used until ready and the load
 * average: on a shared machine the wall time follows the load, the CPU much less.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 5)
@Fork(1)
public class TestkitStartBenchmark {

  /** The Kafka release the cluster runs ({@code -p kafkaVersion=3.9.1}). */
  @Param({"4.3.1"})
  public String kafkaVersion;

  private ConnectCluster cluster;
  private long childCpuMillis;

  /**
   * Starts a cluster of one broker and two workers and returns once both answer.
   *
   * @return the started cluster
   */
  @Benchmark
  public ConnectCluster start() {
    cluster =
        ConnectCluster.builder()
            .kafkaVersion(kafkaVersion)
            .workers(2)
            .startupTimeout(Duration.ofMinutes(3))
            .build();
    cluster.start();
    childCpuMillis = childCpuMillis();
    return cluster;
  }

  /** Reports the start and closes the cluster (not timed). */
  @TearDown(Level.Iteration)
  public void close() {
    if (cluster == null) {
      return;
    }
    System.out.printf(
        "%ntestkit-start: %d ms, children's CPU until ready %d ms, load average %s, logs %s%n",
        cluster.startupDuration().toMillis(),
        childCpuMillis,
        loadAverage(),
        cluster.logDirectory());
    cluster.close();
    cluster = null;
  }

  private static long childCpuMillis() {
    return ProcessHandle.current()
        .descendants()
        .mapToLong(p -> p.info().totalCpuDuration().map(Duration::toMillis).orElse(0L))
        .sum();
  }

  private static String loadAverage() {
    try {
      String[] fields =
          Files.readString(Path.of("/proc/loadavg"), StandardCharsets.US_ASCII).split(" ");
      return fields[0] + " " + fields[1] + " " + fields[2];
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }
}
