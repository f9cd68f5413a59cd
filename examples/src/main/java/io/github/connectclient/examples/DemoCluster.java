package io.github.connectclient.examples;

import io.github.connectclient.ConnectClient;
import io.github.connectclient.testkit.ConnectCluster;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * Starts the embedded cluster with a few idle connectors and keeps it running until Enter (or
 * Ctrl-C), so that {@link InteractiveDelete} or your own code has something to talk to.
 *
 * <p>{@code mvn -B -q -pl examples -am -Ptour compile
 * -Dtour.mainClass=io.github.connectclient.examples.DemoCluster}; then, in a second terminal,
 * {@code InteractiveDelete --url <the printed URL>}.
 */
public final class DemoCluster {

  private DemoCluster() {}

  /** Arguments: the number of demo connectors (default 5). */
  public static void main(String[] args) throws IOException, InterruptedException {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    try (ConnectCluster cluster = EmbeddedCluster.start(System.out);
        ConnectClient client = ConnectClient.builder().urls(cluster.workerUrls()).build()) {
      for (int i = 1; i <= count; i++) {
        // A FileStreamSink without a file prints to the worker's log; with no records it idles.
        client.putConnectorConfig(
            "demo-sink-" + i,
            Map.of("connector.class", "FileStreamSink", "tasks.max", "1", "topics", "demo-" + i));
      }
      System.out.println("Created " + count + " connectors: " + client.listConnectors());
      System.out.println("Try: InteractiveDelete --url " + cluster.workerUrl(0));
      System.out.println("Press Enter to stop the cluster.");
      int c;
      do {
        c = System.in.read();
      } while (c != '\n' && c != -1);
      if (c == -1) {
        System.out.println("(standard input is closed: running until the process is killed)");
        new CountDownLatch(1).await();
      }
      System.out.println("Stopping the embedded cluster...");
    }
  }
}
