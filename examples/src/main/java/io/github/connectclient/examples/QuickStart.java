package io.github.connectclient.examples;

import io.github.connectclient.ConnectClient;
import io.github.connectclient.model.ConfigUpdate;
import io.github.connectclient.model.ConnectorStatus;
import io.github.connectclient.model.State;
import java.time.Duration;
import java.util.Map;

/**
 * The README's quick start: create or update a connector, wait until it runs, read its status.
 *
 * <p>Run against a worker: {@code mvn -q -pl examples exec:java
 * -Dexec.mainClass=io.github.connectclient.examples.QuickStart -Dexec.args=http://localhost:8083}
 */
public final class QuickStart {

  private QuickStart() {}

  public static void main(String[] args) {
    String url = args.length > 0 ? args[0] : "http://localhost:8083";
    // snippet:quick-start
    try (ConnectClient client = ConnectClient.builder().url(url).build()) {
      ConfigUpdate update = client.putConnectorConfig("local-file-source", Map.of(
          "connector.class", "FileStreamSource",
          "tasks.max", "1",
          "file", "/tmp/test.txt",
          "topic", "connect-test"));
      System.out.println(update.created() ? "created" : "updated");

      ConnectorStatus status =
          client.awaitConnectorState("local-file-source", State.RUNNING, Duration.ofSeconds(30));
      System.out.println(status.connector().state() + " on " + status.connector().workerId());
    }
    // end-snippet
  }
}
