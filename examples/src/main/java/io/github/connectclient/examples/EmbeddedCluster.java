package io.github.connectclient.examples;

import io.github.connectclient.testkit.ConnectCluster;
import java.io.PrintStream;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Starts the testkit's real Kafka Connect cluster for the examples: one broker, two workers. */
final class EmbeddedCluster {

  /** Keeps the testkit's INFO lines out of the examples' output (held: loggers are weak). */
  private static final Logger TESTKIT_LOG = Logger.getLogger("io.github.connectclient.testkit");

  private EmbeddedCluster() {}

  /** Starts a 2-worker cluster, telling {@code out} what it does; the caller closes it. */
  static ConnectCluster start(PrintStream out) {
    TESTKIT_LOG.setLevel(Level.WARNING);
    out.println(
        "Starting an embedded Kafka Connect cluster: 1 KRaft broker and 2 workers, each a"
            + " child JVM (15 s on an idle machine, longer on a busy one)...");
    ConnectCluster cluster = ConnectCluster.builder().workers(2).build();
    try {
      cluster.start();
    } catch (RuntimeException e) {
      cluster.close();
      throw e;
    }
    out.println(
        String.format(
            Locale.ROOT,
            "Cluster ready in %.1f s: %s",
            cluster.startupDuration().toMillis() / 1000.0,
            String.join(", ", cluster.workerUrls())));
    out.println("Worker and broker logs: " + cluster.logDirectory());
    return cluster;
  }
}
