package io.github.connectclient.it.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.connectclient.ConnectClient;
import io.github.connectclient.RetryPolicy;
import io.github.connectclient.errors.ConnectTransportException;
import io.github.connectclient.errors.UnauthorizedException;
import io.github.connectclient.testkit.ConnectCluster;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import javax.net.ssl.SSLException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A real 2-worker cluster behind an HTTPS listener (CA and certificates made at test time) with
 * Kafka's basic-auth REST extension (JAAS {@code PropertyFileLoginModule}): the production setup of
 * issue 6. The workers trust each other's certificate and forward the caller's {@code
 * Authorization}, so writes sent to the follower exercise both.
 */
class HttpsBasicAuthIT {

  private static final String USER = "alice";
  private static final String PASSWORD = "alice-Secret-93f1";

  private static ClusterPki pki;
  private static ConnectCluster cluster;
  private static String followerUrl;

  @BeforeAll
  static void startCluster() throws Exception {
    Path dir =
        Files.createDirectories(Path.of("target", "security-it", "https-basic-auth"))
            .toAbsolutePath();
    pki = new ClusterPki(dir.resolve("pki"));
    Path credentials =
        Files.writeString(
            dir.resolve("credentials.properties"),
            USER + "=" + PASSWORD + "\n",
            StandardCharsets.UTF_8);
    Path jaas =
        Files.writeString(
            dir.resolve("jaas.conf"),
            "KafkaConnect {\n"
                + "  org.apache.kafka.connect.rest.basic.auth.extension.PropertyFileLoginModule required\n"
                + "  file=\""
                + credentials
                + "\";\n};\n",
            StandardCharsets.UTF_8);
    cluster =
        ConnectCluster.builder()
            .workers(2)
            .workerListenerScheme("https")
            .workerProperties(pki.httpsWorkerProperties(false))
            .workerProperty(
                "rest.extension.classes",
                "org.apache.kafka.connect.rest.basic.auth.extension.BasicAuthSecurityRestExtension")
            .workerSystemProperty("java.security.auth.login.config", jaas.toString())
            .healthCheckClient(
                HttpClient.newBuilder()
                    .sslContext(pki.healthCheckContext())
                    .connectTimeout(Duration.ofSeconds(2))
                    .build())
            .healthCheckHeader("Authorization", ClusterPki.basic(USER, PASSWORD))
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
  void rightCaAndCredentials_everyReadAndWriteWorks_withWritesForwardedByTheFollower()
      throws Exception {
    try (ConnectClient client =
        ConnectClient.builder()
            .url(followerUrl)
            .trustedCertificates(pki.caPem)
            .basicAuth(USER, PASSWORD)
            .build()) {
      EveryCall.exercise(client, "https-auth-tour");
    }
  }

  @Test
  void trustStores_pkcs12AndJks_areAsGoodAsThePemCa() {
    for (UnaryOperator<ConnectClient.Builder> trust :
        java.util.List.<UnaryOperator<ConnectClient.Builder>>of(
            b -> b.trustStore(pki.workerTrustStore, ClusterPki.STORE_PASSWORD.toCharArray()),
            b -> b.trustStore(pki.trustJks, "JKS", ClusterPki.CLIENT_PASSWORD))) {
      try (ConnectClient client =
          trust.apply(ConnectClient.builder().url(followerUrl)).basicAuth(USER, PASSWORD).build()) {
        assertThat(client.listConnectors()).isNotNull();
      }
    }
  }

  @Test
  void noCredentials_throwsUnauthorized_evenForHealth() {
    try (ConnectClient client =
        ConnectClient.builder().url(followerUrl).trustedCertificates(pki.caPem).build()) {
      assertThatThrownBy(client::listConnectors)
          .isInstanceOf(UnauthorizedException.class)
          .hasMessageContaining("401")
          .hasMessageContaining("User cannot access the resource.");
      assertThatThrownBy(client::getHealth).isInstanceOf(UnauthorizedException.class);
    }
  }

  @Test
  void wrongPassword_throwsUnauthorized_withoutRetry_andNeverShowsThePassword() {
    try (ConnectClient client =
        ConnectClient.builder()
            .url(followerUrl)
            .trustedCertificates(pki.caPem)
            .basicAuth(USER, "wrong-Password-5521")
            .build()) {
      UnauthorizedException e =
          catchThrowableOfType(
              UnauthorizedException.class,
              () -> client.createConnector("never", EveryCall.fileSource("never")));
      assertThat(e.attempts()).isEqualTo(1);
      assertThat(e.getMessage()).doesNotContain("wrong-Password-5521").doesNotContain(PASSWORD);
      assertThat(client.toString()).doesNotContain("wrong-Password-5521");
    }
  }

  @Test
  void aBearerToken_isNotBasicCredentials_soTheExtensionAnswersUnauthorized() {
    AtomicInteger asked = new AtomicInteger();
    try (ConnectClient client =
        ConnectClient.builder()
            .url(followerUrl)
            .trustedCertificates(pki.caPem)
            .bearerToken(() -> "token-" + asked.incrementAndGet())
            .build()) {
      assertThatThrownBy(client::listConnectors).isInstanceOf(UnauthorizedException.class);
      assertThatThrownBy(client::listConnectors).isInstanceOf(UnauthorizedException.class);
      assertThat(asked).as("the supplier is asked per request").hasValue(2);
    }
  }

  @Test
  void wrongCa_failsWithATransportErrorSayingTlsFailed_atOnce() {
    try (ConnectClient client =
        ConnectClient.builder()
            .url(followerUrl)
            .trustedCertificates(pki.otherCaPem)
            .basicAuth(USER, PASSWORD)
            .build()) {
      ConnectTransportException e =
          catchThrowableOfType(ConnectTransportException.class, client::listConnectors);

      assertThat(e.getMessage())
          .contains("TLS handshake failed: the worker's certificate is not trusted");
      assertThat(e.getCause()).isInstanceOf(SSLException.class);
      assertThat(e.attempts()).as("a certificate problem is permanent: no retry").isEqualTo(1);
      System.out.println("wrong CA: " + e.getMessage());
    }
  }

  @Test
  void jdkDefaultTrust_doesNotKnowAPrivateCa() {
    try (ConnectClient client =
        ConnectClient.builder().url(followerUrl).basicAuth(USER, PASSWORD).build()) {
      assertThatThrownBy(client::listConnectors)
          .isInstanceOf(ConnectTransportException.class)
          .hasMessageContaining("TLS handshake failed");
    }
  }

  @Test
  void hostnameVerification_refusesANameTheCertificateDoesNotList() {
    // The worker certificate lists 127.0.0.1 only; "localhost" reaches the same worker.
    String byName = followerUrl.replace("127.0.0.1", "localhost");
    try (ConnectClient client =
        ConnectClient.builder()
            .url(byName)
            .trustedCertificates(pki.caPem)
            .basicAuth(USER, PASSWORD)
            .retryPolicy(RetryPolicy.none())
            .build()) {
      assertThatThrownBy(client::listConnectors)
          .isInstanceOf(ConnectTransportException.class)
          .hasMessageContaining("not valid for the host name");
    }
  }

  @Test
  void insecureTrustAllCertificates_talksToAWorkerWhoseCaIsUnknown() {
    // (By a name the certificate does not list, Jetty itself answers 400 "Invalid SNI".)
    try (ConnectClient client =
        ConnectClient.builder()
            .url(followerUrl)
            .insecureTrustAllCertificates()
            .basicAuth(USER, PASSWORD)
            .build()) {
      assertThat(client.listConnectors()).isNotNull();
    }
  }
}
