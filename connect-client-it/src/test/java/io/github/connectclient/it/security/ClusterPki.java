package io.github.connectclient.it.security;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.Base64;
import javax.net.ssl.SSLContext;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;

/**
 * Certificates made at test time for TLS workers: a CA; one worker certificate for {@code
 * 127.0.0.1} only (every worker presents it, also as the client certificate when forwarding to
 * another worker); a client certificate of the CA and a rogue one of another CA. Written as the
 * PKCS12 stores the workers read and as the PEM, PKCS12 and JKS files the client reads.
 */
final class ClusterPki {

  static final String STORE_PASSWORD = "worker-store-pass-1";
  static final char[] CLIENT_PASSWORD = "client-store-pass-2".toCharArray();

  final HeldCertificate ca =
      new HeldCertificate.Builder().certificateAuthority(0).commonName("it CA").rsa2048().build();
  final HeldCertificate otherCa =
      new HeldCertificate.Builder()
          .certificateAuthority(0)
          .commonName("other CA")
          .ecdsa256()
          .build();
  final HeldCertificate worker =
      new HeldCertificate.Builder()
          .commonName("connect-worker")
          .addSubjectAlternativeName("127.0.0.1")
          .signedBy(ca)
          .rsa2048()
          .build();
  final HeldCertificate client =
      new HeldCertificate.Builder().commonName("connect-client").signedBy(ca).ecdsa256().build();
  final HeldCertificate rogue =
      new HeldCertificate.Builder().commonName("rogue").signedBy(otherCa).ecdsa256().build();

  final Path workerKeyStore;
  final Path workerTrustStore;
  final Path caPem;
  final Path otherCaPem;
  final Path clientKey;
  final Path clientChain;
  final Path clientP12;
  final Path clientJks;
  final Path trustJks;
  final Path rogueKey;
  final Path rogueChain;

  ClusterPki(Path dir) throws IOException, GeneralSecurityException {
    Files.createDirectories(dir);
    workerKeyStore =
        keyStore(dir.resolve("worker.p12"), "PKCS12", worker, STORE_PASSWORD.toCharArray());
    workerTrustStore =
        trustStore(dir.resolve("worker-trust.p12"), "PKCS12", STORE_PASSWORD.toCharArray());
    caPem = write(dir.resolve("ca.pem"), ca.certificatePem());
    otherCaPem = write(dir.resolve("other-ca.pem"), otherCa.certificatePem());
    clientKey = write(dir.resolve("client-key.pem"), client.privateKeyPkcs8Pem());
    clientChain = write(dir.resolve("client.pem"), client.certificatePem() + ca.certificatePem());
    clientP12 = keyStore(dir.resolve("client.p12"), "PKCS12", client, CLIENT_PASSWORD);
    clientJks = keyStore(dir.resolve("client.jks"), "JKS", client, CLIENT_PASSWORD);
    trustJks = trustStore(dir.resolve("trust.jks"), "JKS", CLIENT_PASSWORD);
    rogueKey = write(dir.resolve("rogue-key.pem"), rogue.privateKeyPkcs8Pem());
    rogueChain = write(dir.resolve("rogue.pem"), rogue.certificatePem());
  }

  /**
   * The worker properties of an HTTPS listener with this PKI (and, so, of inter-worker forwarding).
   */
  java.util.Map<String, String> httpsWorkerProperties(boolean requireClientCertificate) {
    java.util.Map<String, String> properties = new java.util.LinkedHashMap<>();
    properties.put("listeners.https.ssl.keystore.type", "PKCS12");
    properties.put("listeners.https.ssl.keystore.location", workerKeyStore.toString());
    properties.put("listeners.https.ssl.keystore.password", STORE_PASSWORD);
    properties.put("listeners.https.ssl.key.password", STORE_PASSWORD);
    properties.put("listeners.https.ssl.truststore.type", "PKCS12");
    properties.put("listeners.https.ssl.truststore.location", workerTrustStore.toString());
    properties.put("listeners.https.ssl.truststore.password", STORE_PASSWORD);
    if (requireClientCertificate) {
      properties.put("listeners.https.ssl.client.auth", "required");
    }
    return properties;
  }

  /** For the testkit's health checks: trusts the CA and presents the client certificate. */
  SSLContext healthCheckContext() {
    return new HandshakeCertificates.Builder()
        .addTrustedCertificate(ca.certificate())
        .heldCertificate(client)
        .build()
        .sslContext();
  }

  static String basic(String user, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  private Path keyStore(Path file, String type, HeldCertificate held, char[] password)
      throws IOException, GeneralSecurityException {
    KeyStore store = KeyStore.getInstance(type);
    store.load(null, null);
    store.setKeyEntry(
        "key",
        held.keyPair().getPrivate(),
        password,
        new Certificate[] {held.certificate(), ca.certificate()});
    try (OutputStream out = Files.newOutputStream(file)) {
      store.store(out, password);
    }
    return file;
  }

  private Path trustStore(Path file, String type, char[] password)
      throws IOException, GeneralSecurityException {
    KeyStore store = KeyStore.getInstance(type);
    store.load(null, null);
    store.setCertificateEntry("ca", ca.certificate());
    try (OutputStream out = Files.newOutputStream(file)) {
      store.store(out, password);
    }
    return file;
  }

  private static Path write(Path file, String text) throws IOException {
    Files.writeString(file, text, StandardCharsets.US_ASCII);
    return file;
  }
}
