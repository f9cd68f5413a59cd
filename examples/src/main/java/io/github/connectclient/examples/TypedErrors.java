package io.github.connectclient.examples;

import io.github.connectclient.ConnectClient;
import io.github.connectclient.errors.ConnectorAlreadyExistsException;
import io.github.connectclient.errors.InvalidConfigException;
import java.util.List;
import java.util.Map;

/**
 * Errors are types, not status codes to compare or messages to parse: catch what you can handle.
 *
 * <p>Run: {@code TypedErrors http://localhost:8083}.
 */
public final class TypedErrors {

  private TypedErrors() {}

  public static void main(String[] args) {
    String url = args.length > 0 ? args[0] : "http://localhost:8083";
    try (ConnectClient client = ConnectClient.builder().url(url).build()) {
      System.out.println(
          create(
              client,
              "orders-sink",
              Map.of("connector.class", "FileStreamSink", "tasks.max", "1", "topics", "orders")));
    }
  }

  /** Creates {@code name}, updating it if it exists; returns what happened. */
  static List<String> create(ConnectClient client, String name, Map<String, String> config) {
    // snippet:typed-errors
    try {
      client.createConnector(name, config);
      return List.of("created");
    } catch (ConnectorAlreadyExistsException e) {          // 409 "Connector ... already exists"
      client.putConnectorConfig(name, config);              // create-or-update instead
      return List.of("updated");
    } catch (InvalidConfigException e) {                    // 400, one entry per invalid key
      e.errors().forEach(System.err::println);
      return e.errors();
    }
    // end-snippet
  }
}
