package io.github.connectclient.examples;

import io.github.connectclient.async.AsyncConnectClient;
import io.github.connectclient.errors.ConnectorNotFoundException;
import io.github.connectclient.model.ConnectorStatus;
import io.github.connectclient.model.State;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The status of every connector, fetched concurrently with {@link AsyncConnectClient}: one request
 * per connector in flight at once instead of one after the other.
 *
 * <p>Run: {@code AsyncFanOut http://localhost:8083}.
 */
public final class AsyncFanOut {

  private AsyncFanOut() {}

  public static void main(String[] args) {
    String url = args.length > 0 ? args[0] : "http://localhost:8083";
    try (AsyncConnectClient client = AsyncConnectClient.builder().url(url).build()) {
      statesOfAll(client).forEach((name, state) -> System.out.println(name + "  " + state));
    }
  }

  /** Connector name to its connector-level state, sorted by name. */
  static Map<String, State> statesOfAll(AsyncConnectClient client) {
    // snippet:async-fan-out
    Map<String, CompletableFuture<ConnectorStatus>> statuses = new TreeMap<>();
    for (String name : client.listConnectors().join()) {
      statuses.put(name, client.getConnectorStatus(name));        // all requests in flight
    }
    CompletableFuture.allOf(statuses.values().toArray(new CompletableFuture<?>[0]))
        .exceptionally(failure -> null)                           // look at each one below
        .join();

    Map<String, State> states = new TreeMap<>();
    statuses.forEach((name, future) -> {
      try {
        states.put(name, future.join().connector().state());
      } catch (CompletionException e) {
        if (!(e.getCause() instanceof ConnectorNotFoundException)) {   // deleted meanwhile
          throw e;
        }
      }
    });
    // end-snippet
    return states;
  }
}
