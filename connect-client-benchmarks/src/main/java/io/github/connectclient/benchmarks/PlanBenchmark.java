package io.github.connectclient.benchmarks;

import io.github.connectclient.ConnectClient;
import io.github.connectclient.RetryPolicy;
import io.github.connectclient.apply.ApplyOptions;
import io.github.connectclient.apply.ConnectorSpec;
import io.github.connectclient.apply.Plan;
import io.github.connectclient.testsupport.FakeWorker;
import java.io.IOException;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import mockwebserver3.MockWebServer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code plan} over {@code connectors} specs against a worker holding as many connectors, of which
 * {@code changed} differ: the time of a plan, and (printed at the end of each trial) the requests
 * one plan costs by kind. The worker is a {@link FakeWorker} on loopback, so the time is the
 * client's: one listing to decode and diff, one validation per changed config, never one GET per
 * connector.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PlanBenchmark {

  /** How many specs, and connectors on the worker. */
  @Param({"500"})
  public int connectors;

  /** How many of them differ from their spec (each costs a validation). */
  @Param({"0", "25"})
  public int changed;

  private FakeWorker worker;
  private MockWebServer server;
  private ConnectClient client;
  private List<ConnectorSpec> specs;
  private final AtomicLong plans = new AtomicLong();

  /** Starts the worker with its connectors, and the client. */
  @Setup(Level.Trial)
  public void start() throws IOException {
    worker = new FakeWorker();
    specs = new ArrayList<>();
    for (int i = 0; i < connectors; i++) {
      String name = String.format("orders-%04d", i);
      Map<String, String> config = new LinkedHashMap<>();
      config.put("connector.class", "FileStreamSink");
      config.put("tasks.max", "2");
      config.put("topics", "orders-" + i);
      config.put("file", "/data/orders-" + i + ".txt");
      config.put("db.password", "${file:/etc/secrets.properties:orders}");
      worker.connector(name, config, "RUNNING");
      Map<String, String> wanted = new LinkedHashMap<>(config);
      if (i < changed) {
        wanted.put("tasks.max", "3");
      }
      specs.add(ConnectorSpec.of(name, wanted));
    }
    server = new MockWebServer();
    server.setDispatcher(worker);
    server.start(InetAddress.getLoopbackAddress(), 0);
    client =
        ConnectClient.builder()
            .url(server.url("/").toString())
            .retryPolicy(RetryPolicy.none())
            .build();
  }

  /** Prints the requests per plan, by kind, and stops the client and the worker. */
  @TearDown(Level.Trial)
  public void stop() {
    Map<String, Long> byKind = new TreeMap<>();
    for (FakeWorker.Request request : worker.requests()) {
      String kind =
          request.target().contains("?expand=")
              ? "listing"
              : request.target().endsWith("/config/validate") ? "validation" : request.target();
      byKind.merge(kind, 1L, Long::sum);
    }
    long count = Math.max(1, plans.get());
    StringBuilder line = new StringBuilder("requests per plan:");
    byKind.forEach(
        (kind, total) -> line.append(' ').append(kind).append('=').append(total / (double) count));
    System.out.println();
    System.out.println(line + " (" + count + " plans, " + worker.writes().size() + " writes)");
    client.close();
    server.close();
  }

  /** One plan. */
  @Benchmark
  public Plan plan() {
    plans.incrementAndGet();
    return client.plan(specs, ApplyOptions.defaults());
  }
}
