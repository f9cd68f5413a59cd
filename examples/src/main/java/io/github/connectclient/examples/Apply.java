package io.github.connectclient.examples;

import io.github.connectclient.ConnectClient;
import io.github.connectclient.apply.ApplyItem;
import io.github.connectclient.apply.ApplyOptions;
import io.github.connectclient.apply.ApplyResult;
import io.github.connectclient.apply.ConnectorSelector;
import io.github.connectclient.apply.ConnectorSpec;
import io.github.connectclient.apply.ConnectorSpecs;
import io.github.connectclient.apply.Plan;
import io.github.connectclient.testkit.ConnectCluster;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes a cluster look like a directory of connector spec files, the way {@code terraform apply}
 * does: reads the specs, prints the plan (secrets masked), applies it, prints what was done per
 * connector, then plans again to show that nothing is left to do.
 *
 * <p>Usage: {@code Apply [--url http://host:8083]... [--prune] [DIR]}. Without {@code --url} it
 * starts the tour's embedded cluster; without {@code DIR} it writes three demo specs (a source, a
 * sink, a stopped sink) to a temporary directory. {@code --prune} deletes the connectors the specs
 * do not name (all of them: use it on a cluster of your own). From the repository root: {@code mvn
 * -B -q -pl examples -am compile -Ptour -Dtour.mainClass=io.github.connectclient.examples.Apply}.
 */
public final class Apply {

  static final String USAGE = "usage: Apply [--url http://host:8083]... [--prune] [DIR]";

  private Apply() {}

  /** Runs it: see the class documentation for the arguments. */
  public static void main(String[] args) throws IOException {
    List<String> urls = new ArrayList<>();
    boolean prune = false;
    Path dir = null;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--url") && i + 1 < args.length) {
        urls.add(args[++i]);
      } else if (args[i].equals("--prune")) {
        prune = true;
      } else if (!args[i].startsWith("--") && dir == null) {
        dir = Path.of(args[i]);
      } else {
        throw new IllegalArgumentException("Unexpected argument '" + args[i] + "'\n" + USAGE);
      }
    }
    Path specs = dir != null ? dir : DemoSpecs.write(Files.createTempDirectory("connect-apply-"));
    if (urls.isEmpty()) {
      try (ConnectCluster cluster = EmbeddedCluster.start(System.out)) {
        run(cluster.workerUrls(), specs, prune);
      }
    } else {
      run(urls, specs, prune);
    }
  }

  /** Plans, applies, and plans again, printing to {@code System.out}; returns the result. */
  static ApplyResult run(List<String> urls, Path dir, boolean prune) {
    try (ConnectClient client = ConnectClient.builder().urls(urls).build()) {
      System.out.println("Specs from " + dir + "\n");
      // snippet:apply
      List<ConnectorSpec> specs = ConnectorSpecs.read(dir);
      ApplyOptions options = ApplyOptions.defaults().prune(prune).await(Duration.ofSeconds(60));

      Plan plan = client.plan(specs, options);
      System.out.println(plan);

      ApplyResult result = client.apply(plan);
      for (ApplyItem item : result.items()) {
        System.out.printf("  %-18s %-6s %s%n", item.name(), item.action(), item.error()
            .map(e -> "FAILED: " + e.getMessage())
            .orElse("done in " + item.duration().toMillis() + " ms"));
      }
      // end-snippet
      System.out.println("\nPlanning again:");
      System.out.print(client.plan(specs, options));
      return result;
    }
  }

  /** Deletes the demo connectors again (for a cluster that outlives the run). */
  static void deleteDemoConnectors(ConnectClient client) {
    client.deleteConnectors(ConnectorSelector.named(DemoSpecs.NAMES.toArray(String[]::new)));
  }
}
