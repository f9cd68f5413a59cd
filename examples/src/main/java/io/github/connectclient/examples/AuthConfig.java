package io.github.connectclient.examples;

import io.github.connectclient.ConnectClient;
import java.util.function.Supplier;

/**
 * Authenticating to a worker: HTTP basic auth (Kafka's {@code BasicAuthSecurityRestExtension}) or a
 * bearer token asked for before every request (a gateway or a custom REST extension). See
 * docs/security.md for TLS.
 */
public final class AuthConfig {

  private AuthConfig() {}

  public static void main(String[] args) {
    String url = args.length > 0 ? args[0] : "http://localhost:8083";
    String user = System.getenv().getOrDefault("CONNECT_USER", "admin");
    String password = System.getenv().getOrDefault("CONNECT_PASSWORD", "");
    try (ConnectClient client = basicAuth(url, user, password)) {
      System.out.println(client.getServerInfo());
    }
  }

  static ConnectClient basicAuth(String url, String user, String password) {
    // snippet:basic-auth
    ConnectClient client = ConnectClient.builder()
        .url(url)
        .basicAuth(user, password)      // sent with every request; never logged
        .build();
    // end-snippet
    return client;
  }

  static ConnectClient bearerToken(String url, Supplier<String> tokens) {
    // snippet:bearer-token
    ConnectClient client = ConnectClient.builder()
        .url(url)
        .bearerToken(tokens)            // asked before every request, so it can refresh
        .build();
    // end-snippet
    return client;
  }
}
