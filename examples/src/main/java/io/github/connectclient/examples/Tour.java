package io.github.connectclient.examples;

import io.github.connectclient.ConnectClient;
import io.github.connectclient.errors.ConnectClientException;
import io.github.connectclient.testkit.ConnectCluster;
import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The Kafka Connect REST tutorial, step by step through {@link ConnectClient}.
 *
 * <p>With no arguments it starts a real 2-worker cluster on this machine (the testkit), walks the
 * tutorial and stops the cluster again. With {@code --url http://host:8083} (repeatable, one per
 * worker) it walks the tutorial against your cluster instead: its connectors get unique names and
 * are deleted at the end, also when a step fails.
 *
 * <p>From the repository root: {@code mvn -B -q -pl examples -am compile -Ptour}, or with a
 * cluster: {@code ... -Ptour -Dexec.args="--url http://localhost:8083"}.
 */
public final class Tour {

  static final String USAGE = "usage: Tour [--url http://host:8083]...";

  private Tour() {}

  /** Runs the tour, printing to {@code System.out}. */
  public static void main(String[] args) throws IOException {
    List<String> urls = parseUrls(args);
    if (urls.isEmpty()) {
      runEmbedded(System.out);
    } else {
      runAgainst(urls, System.out);
    }
  }

  /** Starts the embedded cluster, walks the tour on it and stops it. */
  public static void runEmbedded(PrintStream out) throws IOException {
    try (ConnectCluster cluster = EmbeddedCluster.start(out)) {
      walk(cluster.workerUrls(), TourPlan.local(), out);
      out.println("Stopping the embedded cluster...");
    }
    out.println("Stopped.");
  }

  /** Walks the tour against an existing cluster, deleting the connectors it created. */
  public static void runAgainst(List<String> urls, PrintStream out) throws IOException {
    out.println("Running the tour against " + String.join(", ", urls));
    walk(urls, TourPlan.remote(), out);
  }

  /** Walks every step; whatever happens, deletes the tour's connectors and local files. */
  static void walk(List<String> urls, TourPlan plan, PrintStream out) throws IOException {
    try (ConnectClient client = ConnectClient.builder().urls(urls).build()) {
      walk(client, plan, out);
    }
  }

  /** {@link #walk(List, TourPlan, PrintStream)} with a client of the caller's. */
  static void walk(ConnectClient client, TourPlan plan, PrintStream out) throws IOException {
    long start = System.nanoTime();
    TourSteps steps = new TourSteps(client, plan, out);
    boolean finished = false;
    try {
      steps.run();
      finished = true;
    } finally {
      cleanUp(client, plan, out, finished);
      plan.deleteLocalFiles();
    }
    out.println();
    out.println(
        String.format(
            Locale.ROOT,
            "Tour finished: %d steps in %.1f s.",
            steps.stepsDone(),
            (System.nanoTime() - start) / 1e9));
  }

  /** Deletes the tour's connectors that still exist; reports but does not throw. */
  private static void cleanUp(ConnectClient client, TourPlan plan, PrintStream out, boolean quiet) {
    for (String name : List.of(plan.source(), plan.sink())) {
      try {
        if (client.listConnectors().contains(name)) {
          client.deleteConnector(name);
          if (!quiet) {
            out.println("Cleaned up: deleted connector " + name);
          }
        }
      } catch (ConnectClientException e) {
        out.println("Could not delete connector " + name + ": " + e.getMessage());
      }
    }
  }

  /** The values of {@code --url} (or {@code --url=}); rejects anything else. */
  static List<String> parseUrls(String[] args) {
    List<String> urls = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (arg.equals("--url") && i + 1 < args.length) {
        urls.add(args[++i]);
      } else if (arg.startsWith("--url=")) {
        urls.add(arg.substring("--url=".length()));
      } else {
        throw new IllegalArgumentException("Unexpected argument '" + arg + "'\n" + USAGE);
      }
    }
    return urls;
  }
}
