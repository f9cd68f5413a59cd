package io.github.connectclient.examples;

import io.github.connectclient.ConnectClient;
import io.github.connectclient.errors.UnsafeConnectorNameException;
import java.nio.file.Path;

/**
 * The security options of the client builder that docs/security.md quotes: trust and key stores, an
 * encrypted client key, extra headers, a proxy, the insecure option, and the connector name policy.
 * Each method returns the client it builds; {@link #main} prints the server info of one.
 *
 * <p>Run: {@code SecurityOptions https://connect-1:8443 truststore.p12 STORE_PASSWORD}.
 */
public final class SecurityOptions {

  private SecurityOptions() {}

  public static void main(String[] args) {
    if (args.length != 3) {
      throw new IllegalArgumentException("usage: SecurityOptions URL TRUSTSTORE PASSWORD");
    }
    try (ConnectClient client = trustStore(args[0], Path.of(args[1]), args[2].toCharArray())) {
      System.out.println(client.getServerInfo());
    }
  }

  static ConnectClient trustStore(String url, Path trustStoreFile, char[] password) {
    // snippet:trust-store
    ConnectClient client = ConnectClient.builder()
        .url(url)
        .trustStore(trustStoreFile, password)            // .p12/.pfx: PKCS12, .jks: JKS
        .build();
    // end-snippet
    return client;
  }

  static ConnectClient keyStore(
      String url, Path caPem, Path keyStoreFile, char[] storePassword, char[] keyPassword) {
    // snippet:key-store
    ConnectClient client = ConnectClient.builder()
        .url(url)
        .trustedCertificates(caPem)
        .keyStore(keyStoreFile, "JKS", storePassword, keyPassword) // type and key password explicit
        .build();
    // end-snippet
    return client;
  }

  static ConnectClient encryptedKey(
      String url, Path caPem, Path encryptedKeyPem, char[] keyPassword, Path chainPem) {
    // snippet:encrypted-key
    ConnectClient client = ConnectClient.builder()
        .url(url)
        .trustedCertificates(caPem)
        .clientCertificate(encryptedKeyPem, keyPassword, chainPem) // BEGIN ENCRYPTED PRIVATE KEY
        .build();
    // end-snippet
    return client;
  }

  static ConnectClient headers(String url, String apiKey) {
    // snippet:headers
    ConnectClient client = ConnectClient.builder()
        .url(url)
        .header("X-Api-Key", apiKey)                     // sent with every request; value never logged
        .build();
    // end-snippet
    return client;
  }

  static ConnectClient proxy(String url, String proxyUser, String proxyPassword) {
    // snippet:proxy
    ConnectClient client = ConnectClient.builder()
        .url(url)
        .proxy("proxy.internal", 3128)                   // an HTTP proxy; https:// goes through CONNECT
        .proxyBasicAuth(proxyUser, proxyPassword)        // answers the proxy's 407
        .build();
    // end-snippet
    return client;
  }

  static ConnectClient insecure(String url) {
    // snippet:insecure
    ConnectClient client = ConnectClient.builder()
        .url(url)
        .insecureTrustAllCertificates()                  // logs a WARN when built; tests only
        .build();
    // end-snippet
    return client;
  }

  static String refusedName(ConnectClient client) {
    // snippet:unsafe-name
    try {
      client.deleteConnector("orders;v2");
    } catch (UnsafeConnectorNameException e) {
      // no request was sent; e.problems() says which characters and why
      return e.getMessage();
    }
    // end-snippet
    return null;
  }

  static ConnectClient unsafeNames(String url) {
    // snippet:allow-unsafe-names
    ConnectClient client = ConnectClient.builder()
        .url(url)
        .allowUnsafeConnectorNames()                     // you know your workers handle them
        .build();
    // end-snippet
    return client;
  }
}
