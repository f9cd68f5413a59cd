package io.github.connectclient.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.connectclient.ConnectClient;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The TLS example against an HTTPS server that requires a client certificate. */
class TlsConfigTest {

  @TempDir Path dir;

  @Test
  void theTlsClient_trustsTheWorkersCa_andPresentsItsClientCertificate() throws Exception {
    HeldCertificate ca =
        new HeldCertificate.Builder().certificateAuthority(0).commonName("ca").ecdsa256().build();
    HeldCertificate worker =
        new HeldCertificate.Builder()
            .commonName("worker")
            .addSubjectAlternativeName("127.0.0.1")
            .signedBy(ca)
            .ecdsa256()
            .build();
    HeldCertificate clientCert =
        new HeldCertificate.Builder().commonName("tour-client").signedBy(ca).ecdsa256().build();
    Path caPem = write("ca.pem", ca.certificatePem());
    Path keyPem = write("client-key.pem", clientCert.privateKeyPkcs8Pem());
    Path chainPem = write("client-chain.pem", clientCert.certificatePem() + ca.certificatePem());

    try (MockWebServer server = new MockWebServer()) {
      server.useHttps(
          new HandshakeCertificates.Builder()
              .heldCertificate(worker, ca.certificate())
              .addTrustedCertificate(ca.certificate())
              .build()
              .sslSocketFactory());
      server.requireClientAuth();
      server.enqueue(
          new MockResponse.Builder()
              .addHeader("Content-Type", "application/json")
              .body("{\"version\":\"4.3.1\",\"commit\":\"c\",\"kafka_cluster_id\":\"k\"}")
              .build());
      server.start(InetAddress.getLoopbackAddress(), 0);
      String url = "https://127.0.0.1:" + server.getPort();

      try (ConnectClient client = TlsConfig.build(url, caPem, keyPem, chainPem)) {
        assertThat(client.getServerInfo().version()).isEqualTo("4.3.1");
      }
      RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
      assertThat(request).as("a request reached the server").isNotNull();
      assertThat(request.getHandshake().peerCertificates())
          .first()
          .isEqualTo(clientCert.certificate());
    }
  }

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content);
  }
}
