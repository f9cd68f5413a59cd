package io.github.connectclient.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.connectclient.ConnectClient;
import io.github.connectclient.errors.ConnectTransportException;
import io.github.connectclient.internal.config.Sleeper;
import io.github.connectclient.internal.config.TestSeams;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import javax.net.ssl.SSLException;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The TLS options of the client builder against an HTTPS MockWebServer with certificates made at
 * test time: custom CA (PEM, PKCS12, JKS), client certificates (PKCS#8, PKCS#1, encrypted PKCS#8,
 * PKCS12, JKS), host name verification, the insecure option, and what a TLS failure looks like.
 */
class TlsClientTest {

  private static final String SERVER_INFO =
      "{\"version\":\"4.3.1\",\"commit\":\"c0ffee\",\"kafka_cluster_id\":\"k\"}";

  @TempDir static Path dir;
  private static TestPki pki;

  private final List<MockWebServer> servers = new ArrayList<>();
  private final List<ConnectClient> clients = new ArrayList<>();

  @BeforeAll
  static void makePki() throws IOException, GeneralSecurityException {
    pki = new TestPki(dir);
  }

  @AfterEach
  void closeAll() {
    clients.forEach(ConnectClient::close);
    servers.forEach(MockWebServer::close);
  }

  @Test
  void trustedCertificates_fromPemFile_letsTheClientTalkToAWorkerSignedByThatCa() throws Exception {
    MockWebServer server = httpsServer(pki.server);

    ConnectClient client =
        client("https://127.0.0.1:" + server.getPort(), b -> b.trustedCertificates(pki.caPem));

    assertThat(client.getServerInfo().version()).isEqualTo("4.3.1");
  }

  @Test
  void trustStore_pkcs12AndJks_bothLetTheClientTalkToTheWorker() throws Exception {
    MockWebServer server = httpsServer(pki.server);
    String url = "https://localhost:" + server.getPort();

    ConnectClient p12 = client(url, b -> b.trustStore(pki.trustP12, TestPki.PASSWORD));
    ConnectClient jks = client(url, b -> b.trustStore(pki.trustJks, "JKS", TestPki.PASSWORD));

    assertThat(p12.getServerInfo().version()).isEqualTo("4.3.1");
    assertThat(jks.getServerInfo().version()).isEqualTo("4.3.1");
  }

  @Test
  void jdkDefaultTrust_refusesAWorkerWithAPrivateCa_withATransportErrorSayingTlsFailed_andNoRetry()
      throws Exception {
    MockWebServer server = httpsServer(pki.server);
    ConnectClient client =
        clientWithDefaultRetries("https://127.0.0.1:" + server.getPort(), b -> b);

    ConnectTransportException e =
        catchThrowableOfType(ConnectTransportException.class, client::getServerInfo);

    assertThat(e.getMessage())
        .contains("TLS handshake failed")
        .contains("not trusted")
        .contains("trustedCertificates(...)");
    assertThat(e.getCause()).isInstanceOf(SSLException.class);
    assertThat(e.attempts()).as("a certificate problem is not retried").isEqualTo(1);
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void plainHttpWorker_redirectingToHttps_getsTheJdksTls_setUpAtThatHop() throws Exception {
    // A client of http:// workers only builds no TLS context (cold start); a 307 to an https
    // URL still goes over TLS with the JDK's default trust, which refuses the test CA.
    MockWebServer tls = httpsServer(pki.server);
    MockWebServer plain = new MockWebServer();
    servers.add(plain);
    plain.enqueue(
        new MockResponse.Builder()
            .code(307)
            .addHeader("Location", "https://127.0.0.1:" + tls.getPort() + "/")
            .build());
    plain.enqueue(
        new MockResponse.Builder()
            .code(200)
            .addHeader("Content-Type", "application/json")
            .body(SERVER_INFO)
            .build());
    plain.start(InetAddress.getLoopbackAddress(), 0);
    ConnectClient client = client("http://127.0.0.1:" + plain.getPort(), b -> b);

    assertThatThrownBy(client::getServerInfo)
        .isInstanceOf(ConnectTransportException.class)
        .hasMessageContaining("TLS handshake failed: the worker's certificate is not trusted");
    assertThat(client.getServerInfo().version()).isEqualTo("4.3.1");
  }

  @Test
  void trustedCertificates_ofAnotherCa_refuseTheWorker() throws Exception {
    MockWebServer server = httpsServer(pki.server);
    ConnectClient client =
        client("https://127.0.0.1:" + server.getPort(), b -> b.trustedCertificates(pki.otherCaPem));

    assertThatThrownBy(client::getServerInfo)
        .isInstanceOf(ConnectTransportException.class)
        .hasMessageContaining("TLS handshake failed: the worker's certificate is not trusted");
  }

  @Test
  void hostnameVerification_isOn_aCertificateForAnotherHostIsRefused() throws Exception {
    MockWebServer server = httpsServer(pki.serverLocalhostOnly);
    ConnectClient byIp =
        client("https://127.0.0.1:" + server.getPort(), b -> b.trustedCertificates(pki.caPem));
    ConnectClient byName =
        client("https://localhost:" + server.getPort(), b -> b.trustedCertificates(pki.caPem));

    assertThatThrownBy(byIp::getServerInfo)
        .isInstanceOf(ConnectTransportException.class)
        .hasMessageContaining(
            "TLS failed: the worker's certificate is not valid for the host name");
    assertThat(byName.getServerInfo().version()).isEqualTo("4.3.1");
  }

  @Test
  void clientCertificate_pkcs8Pem_isPresentedToAWorkerThatRequiresOne() throws Exception {
    MockWebServer server = mutualTlsServer();
    ConnectClient client =
        client(
            "https://127.0.0.1:" + server.getPort(),
            b ->
                b.trustedCertificates(pki.caPem)
                    .clientCertificate(pki.clientKeyPkcs8, pki.clientChain));

    client.getServerInfo();

    assertThat(peerOf(server.takeRequest(5, TimeUnit.SECONDS))).isEqualTo(pki.client.certificate());
  }

  @Test
  void clientCertificate_pkcs1RsaPem_isPresented() throws Exception {
    MockWebServer server = mutualTlsServer();
    ConnectClient client =
        client(
            "https://127.0.0.1:" + server.getPort(),
            b ->
                b.trustedCertificates(pki.caPem)
                    .clientCertificate(pki.clientKeyPkcs1, pki.clientChain));

    client.getServerInfo();

    assertThat(peerOf(server.takeRequest(5, TimeUnit.SECONDS))).isEqualTo(pki.client.certificate());
  }

  @Test
  void clientCertificate_encryptedPkcs8Pem_isPresentedWithItsPassword() throws Exception {
    MockWebServer server = mutualTlsServer();
    ConnectClient client =
        client(
            "https://127.0.0.1:" + server.getPort(),
            b ->
                b.trustedCertificates(pki.caPem)
                    .clientCertificate(
                        pki.clientKeyEncrypted, TestPki.KEY_PASSWORD, pki.clientChain));

    client.getServerInfo();

    assertThat(peerOf(server.takeRequest(5, TimeUnit.SECONDS))).isEqualTo(pki.client.certificate());
  }

  @Test
  void clientCertificate_encryptedByOpenssl_isReadToo() throws Exception {
    Path key = dir.resolve("openssl-encrypted.pem");
    Process openssl;
    try {
      openssl =
          new ProcessBuilder(
                  "openssl",
                  "pkcs8",
                  "-topk8",
                  "-v2",
                  "aes-256-cbc",
                  "-in",
                  pki.clientKeyPkcs8.toString(),
                  "-out",
                  key.toString(),
                  "-passout",
                  "pass:openssl-pass")
              .redirectErrorStream(true)
              .start();
    } catch (IOException noOpenssl) {
      org.junit.jupiter.api.Assumptions.abort("openssl is not installed");
      return;
    }
    org.junit.jupiter.api.Assumptions.assumeTrue(
        openssl.waitFor(30, TimeUnit.SECONDS) && openssl.exitValue() == 0);
    MockWebServer server = mutualTlsServer();
    ConnectClient client =
        client(
            "https://127.0.0.1:" + server.getPort(),
            b ->
                b.trustedCertificates(pki.caPem)
                    .clientCertificate(key, "openssl-pass".toCharArray(), pki.clientChain));

    client.getServerInfo();

    assertThat(peerOf(server.takeRequest(5, TimeUnit.SECONDS))).isEqualTo(pki.client.certificate());
  }

  @Test
  void keyStore_pkcs12AndJksWithItsOwnKeyPassword_arePresented() throws Exception {
    MockWebServer server = mutualTlsServer();
    String url = "https://127.0.0.1:" + server.getPort();
    ConnectClient p12 =
        client(
            url,
            b ->
                b.trustStore(pki.trustP12, TestPki.PASSWORD)
                    .keyStore(pki.clientP12, TestPki.PASSWORD));
    ConnectClient jks =
        client(
            url,
            b ->
                b.trustStore(pki.trustP12, TestPki.PASSWORD)
                    .keyStore(pki.clientJks, "JKS", TestPki.PASSWORD, TestPki.KEY_PASSWORD));

    p12.getServerInfo();
    jks.getServerInfo();

    assertThat(peerOf(server.takeRequest(5, TimeUnit.SECONDS))).isEqualTo(pki.client.certificate());
    assertThat(peerOf(server.takeRequest(5, TimeUnit.SECONDS))).isEqualTo(pki.client.certificate());
  }

  @Test
  void mutualTls_withoutAClientCertificate_failsWithATransportError_beforeAnyRequestIsServed()
      throws Exception {
    // TLS 1.3: the worker refuses after the client's handshake is done, so the client may see the
    // alert (an SSLException) or just the closed connection; either way nothing reached the worker.
    MockWebServer server = mutualTlsServer();
    ConnectClient client =
        client("https://127.0.0.1:" + server.getPort(), b -> b.trustedCertificates(pki.caPem));

    assertThatThrownBy(client::getServerInfo).isInstanceOf(ConnectTransportException.class);
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void mutualTls_withACertificateOfAnotherCa_failsWithATransportError() throws Exception {
    MockWebServer server = mutualTlsServer();
    ConnectClient client =
        client(
            "https://127.0.0.1:" + server.getPort(),
            b -> b.trustedCertificates(pki.caPem).clientCertificate(pki.rogueKey, pki.rogueChain));

    assertThatThrownBy(client::getServerInfo).isInstanceOf(ConnectTransportException.class);
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void clientCertificate_whoseKeyBelongsToAnotherCertificate_isRefusedByTheBuilder() {
    assertThatThrownBy(
            () -> ConnectClient.builder().clientCertificate(pki.rogueKey, pki.clientChain))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("does not belong to the first certificate");
  }

  @Test
  void keyStore_withAWrongPassword_isRefusedByTheBuilder_namingTheFileButNeverThePassword() {
    char[] wrong = "definitely-wrong-7731".toCharArray();

    assertThatThrownBy(() -> ConnectClient.builder().keyStore(pki.clientP12, wrong))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(pki.clientP12.toString())
        .hasMessageNotContaining("definitely-wrong-7731");
    assertThatThrownBy(() -> ConnectClient.builder().trustStore(pki.trustJks, wrong))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(pki.trustJks.toString())
        .hasMessageNotContaining("definitely-wrong-7731");
  }

  @Test
  void encryptedKey_withoutItsPassword_orWithAWrongOne_isRefusedByTheBuilder() {
    assertThatThrownBy(
            () ->
                ConnectClient.builder().clientCertificate(pki.clientKeyEncrypted, pki.clientChain))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("encrypted");
    assertThatThrownBy(
            () ->
                ConnectClient.builder()
                    .clientCertificate(
                        pki.clientKeyEncrypted, "nope".toCharArray(), pki.clientChain))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("wrong password");
  }

  @Test
  void missingOrNonPemFiles_areRefusedByTheBuilder() throws IOException {
    Path notPem = Files.writeString(dir.resolve("not.pem"), "hello");

    assertThatThrownBy(() -> ConnectClient.builder().trustedCertificates(dir.resolve("absent.pem")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no readable file");
    assertThatThrownBy(() -> ConnectClient.builder().trustedCertificates(notPem))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no PEM certificate");
    assertThatThrownBy(() -> ConnectClient.builder().clientCertificate(notPem, pki.clientChain))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no PEM private key");
  }

  @Test
  void insecureTrustAllCertificates_talksToAnUntrustedWorker_andWarnsWhenTheClientIsBuilt()
      throws Exception {
    MockWebServer server = httpsServer(pki.serverLocalhostOnly);
    try (CapturedLogs logs = CapturedLogs.capture()) {
      ConnectClient client =
          client("https://127.0.0.1:" + server.getPort(), b -> b.insecureTrustAllCertificates());

      assertThat(logs.warnings())
          .singleElement()
          .asString()
          .contains("io.github.connectclient.tls")
          .contains("verification are OFF")
          .contains("insecureTrustAllCertificates()");
      assertThat(client.getServerInfo().version()).isEqualTo("4.3.1");
    }
  }

  @Test
  void insecureTrustAllCertificates_withTrustedCertificates_isAContradictionRefusedAtBuild() {
    assertThatThrownBy(
            () ->
                ConnectClient.builder()
                    .url("https://w:8443")
                    .trustedCertificates(pki.caPem)
                    .insecureTrustAllCertificates()
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("choose one");
  }

  @Test
  void tlsOptions_withOnlyHttpUrls_areAMistakeRefusedAtBuild() {
    assertThatThrownBy(
            () ->
                ConnectClient.builder().url("http://w:8083").trustedCertificates(pki.caPem).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no worker URL is https");
  }

  @Test
  void httpsUrl_ofAPlainHttpWorker_failsSayingTheWorkerDidNotAnswerWithTls_withoutRetry()
      throws Exception {
    // Like Jetty's plain listener: whatever arrives, answer an HTTP 400 and close.
    try (ServerSocket plain = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      Thread answering =
          new Thread(
              () -> {
                while (!plain.isClosed()) {
                  try (Socket socket = plain.accept()) {
                    socket.getInputStream().read(new byte[4096]);
                    socket
                        .getOutputStream()
                        .write(
                            "HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
                                .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                  } catch (IOException closed) {
                    // next
                  }
                }
              });
      answering.setDaemon(true);
      answering.start();
      ConnectClient client =
          clientWithDefaultRetries(
              "https://127.0.0.1:" + plain.getLocalPort(), b -> b.trustedCertificates(pki.caPem));

      ConnectTransportException e =
          catchThrowableOfType(ConnectTransportException.class, client::getServerInfo);

      assertThat(e.getMessage())
          .contains("TLS handshake failed: the worker did not answer with TLS");
      assertThat(e.attempts()).isEqualTo(1);
    }
  }

  @Test
  void toStrings_nameTheFiles_butNeverPasswordsOrKeys() throws Exception {
    MockWebServer server = mutualTlsServer();
    ConnectClient.Builder builder =
        ConnectClient.builder()
            .url("https://127.0.0.1:" + server.getPort())
            .trustStore(pki.trustP12, TestPki.PASSWORD)
            .keyStore(pki.clientJks, "JKS", TestPki.PASSWORD, TestPki.KEY_PASSWORD)
            .basicAuth("alice", "basic-secret-55");
    ConnectClient client = builder.build();
    clients.add(client);

    String key = pki.client.privateKeyPkcs8Pem().lines().skip(1).findFirst().orElseThrow();
    for (String text : List.of(builder.toString(), client.toString())) {
      assertThat(text)
          .doesNotContain(new String(TestPki.PASSWORD))
          .doesNotContain(new String(TestPki.KEY_PASSWORD))
          .doesNotContain("basic-secret-55")
          .doesNotContain(key);
    }
  }

  // ------------------------------------------------------------------------------------------

  private MockWebServer httpsServer(HeldCertificate certificate) throws IOException {
    MockWebServer server = new MockWebServer();
    servers.add(server);
    server.useHttps(pki.serverSide(certificate).sslSocketFactory());
    for (int i = 0; i < 4; i++) {
      server.enqueue(
          new MockResponse.Builder()
              .code(200)
              .addHeader("Content-Type", "application/json")
              .body(SERVER_INFO)
              .build());
    }
    server.start(InetAddress.getLoopbackAddress(), 0);
    return server;
  }

  private MockWebServer mutualTlsServer() throws IOException {
    MockWebServer server = httpsServer(pki.server);
    server.requireClientAuth();
    return server;
  }

  private ConnectClient client(String url, UnaryOperator<ConnectClient.Builder> options) {
    ConnectClient client =
        options
            .apply(
                ConnectClient.builder()
                    .url(url)
                    .retryPolicy(io.github.connectclient.RetryPolicy.none()))
            .build();
    clients.add(client);
    return client;
  }

  private ConnectClient clientWithDefaultRetries(
      String url, UnaryOperator<ConnectClient.Builder> options) {
    Sleeper noSleep = delay -> {};
    ConnectClient client =
        options
            .apply(
                TestSeams.timing(
                    ConnectClient.builder().url(url), Clock.systemUTC(), noSleep, () -> 0.5))
            .build();
    clients.add(client);
    return client;
  }

  private static X509Certificate peerOf(RecordedRequest request) {
    assertThat(request).as("a request reached the worker").isNotNull();
    return (X509Certificate) request.getHandshake().peerCertificates().get(0);
  }
}
