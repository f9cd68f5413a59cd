package io.github.connectclient.it.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.connectclient.ConnectClient;
import io.github.connectclient.RetryPolicy;
import io.github.connectclient.errors.ConnectTransportException;
import io.github.connectclient.testkit.ConnectCluster;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A real 2-worker cluster whose HTTPS listener requires a client certificate ({@code
 * listeners.https.ssl.client.auth=required}); the workers present theirs to each other when they
 * forward writes.
 */
class MutualTlsIT {

  private static ClusterPki pki;
  private static ConnectCluster cluster;
  private static String followerUrl;

  @BeforeAll
  static void startCluster() throws Exception {
    Path dir =
        Files.createDirectories(Path.of("target", "security-it", "mutual-tls")).toAbsolutePath();
    pki = new ClusterPki(dir.resolve("pki"));
    cluster =
        ConnectCluster.builder()
            .workers(2)
            .workerListenerScheme("https")
            .workerProperties(pki.httpsWorkerProperties(true))
            .healthCheckClient(
                HttpClient.newBuilder()
                    .sslContext(pki.healthCheckContext())
                    .connectTimeout(Duration.ofSeconds(2))
                    .build())
            .build();
    cluster.start();
    followerUrl = cluster.workerUrl(1 - cluster.leaderIndex());
  }

  @AfterAll
  static void stopCluster() {
    if (cluster != null) {
      cluster.close();
    }
  }

  @Test
  void pemClientCertificate_everyReadAndWriteWorks_withWritesForwardedByTheFollower()
      throws Exception {
    try (ConnectClient client =
        ConnectClient.builder()
            .url(followerUrl)
            .trustedCertificates(pki.caPem)
            .clientCertificate(pki.clientKey, pki.clientChain)
            .build()) {
      EveryCall.exercise(client, "mtls-tour");
    }
  }

  @Test
  void keyStores_pkcs12AndJks_presentTheClientCertificateToo() {
    for (UnaryOperator<ConnectClient.Builder> identity :
        List.<UnaryOperator<ConnectClient.Builder>>of(
            b -> b.keyStore(pki.clientP12, ClusterPki.CLIENT_PASSWORD),
            b ->
                b.keyStore(
                    pki.clientJks,
                    "JKS",
                    ClusterPki.CLIENT_PASSWORD,
                    ClusterPki.CLIENT_PASSWORD))) {
      try (ConnectClient client =
          identity
              .apply(
                  ConnectClient.builder()
                      .url(followerUrl)
                      .trustStore(pki.trustJks, ClusterPki.CLIENT_PASSWORD))
              .build()) {
        assertThat(client.getServerInfo().version()).isEqualTo("4.3.1");
      }
    }
  }

  @Test
  void noClientCertificate_failsWithATransportError() {
    try (ConnectClient client =
        ConnectClient.builder()
            .url(followerUrl)
            .trustedCertificates(pki.caPem)
            .retryPolicy(RetryPolicy.none())
            .build()) {
      ConnectTransportException e =
          catchThrowableOfType(ConnectTransportException.class, client::listConnectors);
      System.out.println("mTLS without a client certificate: " + e.getMessage());
      assertThat(e).isNotNull();
    }
  }

  @Test
  void aClientCertificateOfAnotherCa_failsWithATransportError() {
    try (ConnectClient client =
        ConnectClient.builder()
            .url(followerUrl)
            .trustedCertificates(pki.caPem)
            .clientCertificate(pki.rogueKey, pki.rogueChain)
            .retryPolicy(RetryPolicy.none())
            .build()) {
      ConnectTransportException e =
          catchThrowableOfType(ConnectTransportException.class, client::listConnectors);
      System.out.println("mTLS with a rogue client certificate: " + e.getMessage());
      assertThat(e).isNotNull();
    }
  }
}
