package io.github.connectclient.security;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.EncryptedPrivateKeyInfo;
import javax.crypto.SecretKey;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.PBEParameterSpec;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;

/**
 * A throw-away PKI made at test time: a CA, a second CA nobody trusts, a server certificate for
 * {@code localhost} and {@code 127.0.0.1}, one for {@code localhost} only, a client certificate and
 * a rogue client certificate from the other CA; written as PEM, PKCS12 and JKS files.
 */
final class TestPki {

  static final char[] PASSWORD = "store-pass-9f3a".toCharArray();
  static final char[] KEY_PASSWORD = "key-pass-41c7".toCharArray();

  final HeldCertificate ca =
      new HeldCertificate.Builder()
          .certificateAuthority(0)
          .commonName("test CA")
          .ecdsa256()
          .build();
  final HeldCertificate otherCa =
      new HeldCertificate.Builder()
          .certificateAuthority(0)
          .commonName("other CA")
          .ecdsa256()
          .build();
  final HeldCertificate server =
      new HeldCertificate.Builder()
          .commonName("worker")
          .addSubjectAlternativeName("localhost")
          .addSubjectAlternativeName("127.0.0.1")
          .signedBy(ca)
          .ecdsa256()
          .build();
  final HeldCertificate serverLocalhostOnly =
      new HeldCertificate.Builder()
          .commonName("worker")
          .addSubjectAlternativeName("localhost")
          .signedBy(ca)
          .ecdsa256()
          .build();
  final HeldCertificate client =
      new HeldCertificate.Builder().commonName("connect-client").signedBy(ca).rsa2048().build();
  final HeldCertificate rogueClient =
      new HeldCertificate.Builder().commonName("rogue").signedBy(otherCa).ecdsa256().build();

  final Path caPem;
  final Path otherCaPem;
  final Path trustP12;
  final Path trustJks;
  final Path clientKeyPkcs8;
  final Path clientKeyPkcs1;
  final Path clientKeyEncrypted;
  final Path clientChain;
  final Path clientP12;
  final Path clientJks;
  final Path rogueKey;
  final Path rogueChain;

  TestPki(Path dir) throws IOException, GeneralSecurityException {
    caPem = write(dir.resolve("ca.pem"), "subject=CN=test CA\n" + ca.certificatePem());
    otherCaPem = write(dir.resolve("other-ca.pem"), otherCa.certificatePem());
    trustP12 = trustStore(dir.resolve("truststore.p12"), "PKCS12");
    trustJks = trustStore(dir.resolve("truststore.jks"), "JKS");
    clientKeyPkcs8 = write(dir.resolve("client-key.pem"), client.privateKeyPkcs8Pem());
    clientKeyPkcs1 = write(dir.resolve("client-key-rsa.pem"), client.privateKeyPkcs1Pem());
    clientKeyEncrypted =
        write(dir.resolve("client-key-encrypted.pem"), encryptedPkcs8(client, KEY_PASSWORD));
    clientChain = write(dir.resolve("client.pem"), client.certificatePem() + ca.certificatePem());
    clientP12 = keyStore(dir.resolve("client.p12"), "PKCS12", client, PASSWORD);
    clientJks = keyStore(dir.resolve("client.jks"), "JKS", client, KEY_PASSWORD);
    rogueKey = write(dir.resolve("rogue-key.pem"), rogueClient.privateKeyPkcs8Pem());
    rogueChain = write(dir.resolve("rogue.pem"), rogueClient.certificatePem());
  }

  /** What a TLS worker presents: {@code certificate}; trusting client certificates of the CA. */
  HandshakeCertificates serverSide(HeldCertificate certificate) {
    return new HandshakeCertificates.Builder()
        .heldCertificate(certificate, ca.certificate())
        .addTrustedCertificate(ca.certificate())
        .build();
  }

  private Path trustStore(Path file, String type) throws IOException, GeneralSecurityException {
    KeyStore store = KeyStore.getInstance(type);
    store.load(null, null);
    store.setCertificateEntry("ca", ca.certificate());
    try (OutputStream out = Files.newOutputStream(file)) {
      store.store(out, PASSWORD);
    }
    return file;
  }

  private Path keyStore(Path file, String type, HeldCertificate held, char[] keyPassword)
      throws IOException, GeneralSecurityException {
    KeyStore store = KeyStore.getInstance(type);
    store.load(null, null);
    store.setKeyEntry(
        "client",
        held.keyPair().getPrivate(),
        keyPassword,
        new Certificate[] {held.certificate(), ca.certificate()});
    try (OutputStream out = Files.newOutputStream(file)) {
      store.store(out, PASSWORD);
    }
    return file;
  }

  /**
   * {@code held}'s key as PBES2 (PBKDF2-HMAC-SHA256 + AES-256-CBC) encrypted PKCS#8, openssl's
   * default.
   */
  static String encryptedPkcs8(HeldCertificate held, char[] password)
      throws GeneralSecurityException, IOException {
    String algorithm = "PBEWithHmacSHA256AndAES_256";
    SecureRandom random = new SecureRandom();
    byte[] salt = new byte[16];
    byte[] iv = new byte[16];
    random.nextBytes(salt);
    random.nextBytes(iv);
    SecretKey key =
        SecretKeyFactory.getInstance(algorithm).generateSecret(new PBEKeySpec(password));
    Cipher cipher = Cipher.getInstance(algorithm);
    cipher.init(
        Cipher.ENCRYPT_MODE, key, new PBEParameterSpec(salt, 10_000, new IvParameterSpec(iv)));
    byte[] encrypted = cipher.doFinal(held.keyPair().getPrivate().getEncoded());
    AlgorithmParameters parameters = cipher.getParameters();
    // EncryptedPrivateKeyInfo(AlgorithmParameters, byte[]) cannot name PBES2 on JDK 17: write the
    // DER.
    byte[] pbes2 = {
      0x06, 0x09, 0x2a, (byte) 0x86, 0x48, (byte) 0x86, (byte) 0xf7, 0x0d, 0x01, 0x05, 0x0d
    };
    byte[] algorithmId = der(0x30, concat(pbes2, parameters.getEncoded()));
    byte[] der = der(0x30, concat(algorithmId, der(0x04, encrypted)));
    new EncryptedPrivateKeyInfo(der); // checks the encoding
    return "-----BEGIN ENCRYPTED PRIVATE KEY-----\n"
        + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
        + "\n-----END ENCRYPTED PRIVATE KEY-----\n";
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] both = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, both, a.length, b.length);
    return both;
  }

  private static byte[] der(int tag, byte[] value) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    out.write(tag);
    if (value.length < 0x80) {
      out.write(value.length);
    } else if (value.length < 0x100) {
      out.write(0x81);
      out.write(value.length);
    } else {
      out.write(0x82);
      out.write(value.length >> 8);
      out.write(value.length);
    }
    out.writeBytes(value);
    return out.toByteArray();
  }

  private static Path write(Path file, String text) throws IOException {
    Files.writeString(file, text, StandardCharsets.US_ASCII);
    return file;
  }
}
