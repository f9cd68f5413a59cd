package io.github.connectclient.moduletest;

import io.github.connectclient.ConnectClient;
import io.github.connectclient.async.AsyncConnectClient;
import io.github.connectclient.model.ConnectorStatus;
import io.github.connectclient.model.ServerInfo;

/** What a modular application does with the clients: reads, synchronously and asynchronously. */
public final class ModularApp {

  private ModularApp() {}

  /** The worker's {@code GET /}, through the sync client. */
  public static ServerInfo serverInfo(String url) {
    try (ConnectClient client = ConnectClient.builder().url(url).build()) {
      return client.getServerInfo();
    }
  }

  /** A connector's status, through the async client. */
  public static ConnectorStatus status(String url, String connector) {
    try (AsyncConnectClient client = AsyncConnectClient.builder().url(url).build()) {
      return client.getConnectorStatus(connector).join();
    }
  }
}
