package io.github.connectclient.benchmarks;

import io.github.connectclient.model.ConnectorStatus;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code GET /connectors/fixture-source/status} answered with the captured body, one call at a time
 * on a kept-alive connection: time per call, and with {@code -prof gc} bytes per call.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
public class StatusBenchmark {

  /** This client, defaults. */
  @Benchmark
  public ConnectorStatus ours(Clients clients) {
    return clients.ours.getConnectorStatus(Clients.CONNECTOR);
  }

  /** Plain OkHttp + Moshi into the same record. */
  @Benchmark
  public ConnectorStatus okHttpMoshi(Clients clients) {
    return clients.okHttpMoshi.getConnectorStatus(Clients.CONNECTOR);
  }

  /** SourceLab's client. */
  @Benchmark
  public Object sourceLab(Clients clients) {
    return clients.sourceLab.getConnectorStatus(Clients.CONNECTOR);
  }

  /** The raw socket floor: the bytes, not decoded. */
  @Benchmark
  public byte[] rawSocket(Clients clients) throws IOException {
    return clients.rawSocket.get("/connectors/" + Clients.CONNECTOR + "/status");
  }
}
