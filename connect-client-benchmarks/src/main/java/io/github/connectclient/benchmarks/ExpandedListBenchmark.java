package io.github.connectclient.benchmarks;

import io.github.connectclient.model.ConnectorExpanded;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code GET /connectors?expand=status&expand=info} over 2,000 connectors (the captured entry
 * repeated under distinct names, see {@code StubBodies}), one call at a time: time per listing, and
 * with {@code -prof gc} bytes per listing.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
public class ExpandedListBenchmark {

  /** This client, defaults. */
  @Benchmark
  public Map<String, ConnectorExpanded> ours(Clients clients) {
    return clients.ours.listConnectorsExpanded();
  }

  /** Plain OkHttp + Moshi into the same record. */
  @Benchmark
  public Map<String, ConnectorExpanded> okHttpMoshi(Clients clients) {
    return clients.okHttpMoshi.listConnectorsExpanded();
  }

  /** SourceLab's client. */
  @Benchmark
  public Object sourceLab(Clients clients) {
    return clients.sourceLab.getConnectorsWithAllExpandedMetadata();
  }

  /** The raw socket floor: the bytes, not decoded. */
  @Benchmark
  public byte[] rawSocket(Clients clients) throws IOException {
    return clients.rawSocket.get("/connectors?expand=status&expand=info");
  }
}
