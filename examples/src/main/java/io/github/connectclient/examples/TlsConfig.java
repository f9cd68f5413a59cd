package io.github.connectclient.examples;

import io.github.connectclient.ConnectClient;
import java.nio.file.Path;

/**
 * A client for workers that listen on HTTPS: trust the CA that signed the workers' certificates
 * and, when the workers ask for one (mutual TLS), present a client certificate. All files are PEM;
 * JKS and PKCS12 stores work too ({@code trustStore}, {@code keyStore}). See docs/security.md.
 *
 * <p>Run: {@code TlsConfig https://connect-1:8443 ca.pem client-key.pem client-chain.pem}.
 */
public final class TlsConfig {

  private TlsConfig() {}

  public static void main(String[] args) {
    if (args.length != 4) {
      throw new IllegalArgumentException(
          "usage: TlsConfig URL CA_PEM CLIENT_KEY_PEM CLIENT_CHAIN_PEM");
    }
    try (ConnectClient client =
        build(args[0], Path.of(args[1]), Path.of(args[2]), Path.of(args[3]))) {
      System.out.println(client.getServerInfo());
    }
  }

  /** A client trusting {@code caPem} and presenting the client certificate of the two files. */
  static ConnectClient build(String url, Path caPem, Path clientKeyPem, Path clientChainPem) {
    // snippet:tls
    ConnectClient client = ConnectClient.builder()
        .url(url)                                        // https://connect-1:8443
        .trustedCertificates(caPem)                      // the CA that signed the workers
        .clientCertificate(clientKeyPem, clientChainPem) // only if the workers ask for one
        .build();
    // end-snippet
    return client;
  }
}
