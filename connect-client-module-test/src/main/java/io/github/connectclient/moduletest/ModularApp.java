package io.github.connectclient.moduletest;

import io.github.connectclient.ConnectClient;
import io.github.connectclient.apply.ConnectorSpec;
import io.github.connectclient.apply.ConnectorSpecs;
import io.github.connectclient.async.AsyncConnectClient;
import io.github.connectclient.model.ConnectorStatus;
import io.github.connectclient.model.ServerInfo;
import java.nio.file.Path;
import java.util.List;

/**
 * What a modular application does with the clients: reads, synchronously and asynchronously, and
 * connector specs from a file.
 */
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

  /** The connector specs in {@code file} (the declarative API's package). */
  public static List<ConnectorSpec> specs(Path file) {
    return ConnectorSpecs.read(file);
  }
}
