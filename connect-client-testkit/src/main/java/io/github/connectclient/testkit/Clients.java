package io.github.connectclient.testkit;

import io.github.connectclient.ConnectClient;
import io.github.connectclient.async.AsyncConnectClient;
import java.util.List;

/**
 * Builds the injected clients; loaded only when a test has {@code connect-client-core} (and, for
 * the async one, {@code connect-client-async}) on its classpath.
 */
final class Clients {

  private Clients() {}

  static ConnectClient sync(List<String> urls) {
    return ConnectClient.builder().urls(urls).build();
  }

  static AsyncConnectClient async(List<String> urls) {
    return AsyncConnectClient.builder().urls(urls).build();
  }
}
