package io.github.connectclient.async;

import io.github.connectclient.RetryPolicy;
import mockwebserver3.MockWebServer;

/** The client most async tests talk through: one MockWebServer, no retries. */
final class NoRetryClients {

  private NoRetryClients() {}

  static AsyncConnectClient of(MockWebServer server) {
    return AsyncConnectClient.builder()
        .url(server.url("/").toString())
        .retryPolicy(RetryPolicy.none())
        .build();
  }
}
