package io.github.connectclient.benchmarks;

import io.github.connectclient.benchmarks.coldstart.Launch;
import io.github.connectclient.benchmarks.coldstart.OkHttpMain;
import io.github.connectclient.benchmarks.coldstart.OursMain;
import io.github.connectclient.benchmarks.coldstart.RawSocketMain;
import io.github.connectclient.benchmarks.coldstart.SourceLabMain;
import io.github.connectclient.benchmarks.stub.StubProcess;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JVM start to first answer: each operation launches a new JVM (this module's class path, no flags)
 * running a tiny program that builds a client, asks one status and prints the answer; the time runs
 * from starting the process until the benchmark has read that line. The program halts right after
 * printing, and its exit is not waited for.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 5)
@Fork(2)
public class ColdStartBenchmark {

  private StubProcess stub;

  /** Starts the stub server JVM. */
  @Setup(Level.Trial)
  public void start() throws IOException {
    stub = StubProcess.start(Duration.ZERO);
  }

  /** Stops it. */
  @TearDown(Level.Trial)
  public void stop() {
    stub.close();
  }

  /** This client. */
  @Benchmark
  public String ours() throws IOException {
    return Launch.firstAnswer(OursMain.class, stub.url(), Clients.CONNECTOR);
  }

  /** Raw OkHttp: one GET, the body as a string. */
  @Benchmark
  public String okHttp() throws IOException {
    return Launch.firstAnswer(OkHttpMain.class, stub.url(), Clients.CONNECTOR);
  }

  /** SourceLab's client. */
  @Benchmark
  public String sourceLab() throws IOException {
    return Launch.firstAnswer(SourceLabMain.class, stub.url(), Clients.CONNECTOR);
  }

  /** The floor: a JVM and a socket. */
  @Benchmark
  public String rawSocket() throws IOException {
    return Launch.firstAnswer(
        RawSocketMain.class, Integer.toString(stub.port()), Clients.CONNECTOR);
  }
}
