package io.github.connectclient.examples;

import io.github.connectclient.ConnectClient;
import io.github.connectclient.model.ConfigUpdate;
import java.util.Map;

/**
 * Create a connector, or update it when it exists, in one idempotent call: {@code PUT
 * /connectors/{name}/config}. Unlike {@code createConnector} it never fails with "already exists",
 * so a deployment script can run it again and again.
 *
 * <p>Run: {@code CreateOrUpdate http://localhost:8083}.
 */
public final class CreateOrUpdate {

  private CreateOrUpdate() {}

  public static void main(String[] args) {
    String url = args.length > 0 ? args[0] : "http://localhost:8083";
    try (ConnectClient client = ConnectClient.builder().url(url).build()) {
      System.out.println(deploy(client, "orders-sink"));
    }
  }

  /** Creates or updates {@code name} and says which happened. */
  static String deploy(ConnectClient client, String name) {
    // snippet:create-or-update
    Map<String, String> config = Map.of(
        "connector.class", "FileStreamSink",
        "tasks.max", "1",
        "topics", "orders");

    ConfigUpdate update = client.putConnectorConfig(name, config);
    if (update.created()) {
      return "created " + update.connector().name();    // HTTP 201
    }
    return "updated " + update.connector().name();      // HTTP 200: the new config replaced the old
    // end-snippet
  }
}
