package io.github.connectclient;

import io.github.connectclient.internal.tls.TlsSettings;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The TLS options of {@link ClientBuilder}: which certificates to trust and which to present.
 * Package-private: users see these methods on {@link ClientBuilder}, which inherits them.
 *
 * @param <B> the concrete builder (bound to {@link ClientBuilder} so that the erased signatures are
 *     those of the methods when {@code ClientBuilder} declared them)
 */
abstract class TlsOptions<B extends ClientBuilder<B>> {

  private TlsSettings tls = TlsSettings.DEFAULT;

  TlsOptions() {}

  /**
   * This builder, typed.
   *
   * @return this builder
   */
  protected abstract B self();

  /**
   * Trusts the CA certificates in PEM file {@code pemFile} ({@code -----BEGIN CERTIFICATE-----}
   * blocks) to sign the workers' certificates, instead of the JDK's default CAs. May be called more
   * than once, and combined with {@link #trustStore}: every certificate given is trusted. The file
   * is read and checked at once.
   *
   * @param pemFile a PEM file with one or more certificates
   * @return this builder
   * @throws IllegalArgumentException if the file cannot be read or holds no certificate
   */
  public B trustedCertificates(Path pemFile) {
    this.tls = tls.trustPem(Objects.requireNonNull(pemFile, "pemFile == null"));
    return self();
  }

  /**
   * Trusts the trusted-certificate entries of a JKS or PKCS12 trust store (type by extension:
   * {@code .jks}, else PKCS12), instead of the JDK's default CAs. See {@link
   * #trustedCertificates(Path)}.
   *
   * @param file the trust store file
   * @param password the store password, or null to skip the store's integrity check
   * @return this builder
   * @throws IllegalArgumentException if the file cannot be read, or the password is wrong
   */
  public B trustStore(Path file, char[] password) {
    return trustStore(file, null, password);
  }

  /**
   * Like {@link #trustStore(Path, char[])} with an explicit store type ({@code JKS} or {@code
   * PKCS12}).
   *
   * @param file the trust store file
   * @param type {@code JKS} or {@code PKCS12}, or null to choose by extension
   * @param password the store password, or null to skip the store's integrity check
   * @return this builder
   */
  public B trustStore(Path file, String type, char[] password) {
    this.tls = tls.trustStore(Objects.requireNonNull(file, "file == null"), type, password);
    return self();
  }

  /**
   * Presents a client certificate (mutual TLS) from PEM files: an unencrypted PKCS#8 ({@code BEGIN
   * PRIVATE KEY}) or PKCS#1 RSA ({@code BEGIN RSA PRIVATE KEY}) key, and the certificate chain
   * (client certificate first, then intermediates). Replaces an earlier client certificate.
   *
   * @param privateKeyPem the PEM file of the private key
   * @param certificateChainPem the PEM file of the certificate chain, the client's certificate
   *     first
   * @return this builder
   * @throws IllegalArgumentException if a file cannot be read or parsed, or the key does not belong
   *     to the certificate
   */
  public B clientCertificate(Path privateKeyPem, Path certificateChainPem) {
    return clientCertificate(privateKeyPem, null, certificateChainPem);
  }

  /**
   * Like {@link #clientCertificate(Path, Path)} for a key that may be encrypted ({@code BEGIN
   * ENCRYPTED PRIVATE KEY}, PKCS#8 with a password).
   *
   * @param privateKeyPem the PEM file of the private key
   * @param keyPassword the key's password, or null for an unencrypted key
   * @param certificateChainPem the PEM file of the certificate chain, the client's certificate
   *     first
   * @return this builder
   */
  public B clientCertificate(Path privateKeyPem, char[] keyPassword, Path certificateChainPem) {
    Objects.requireNonNull(privateKeyPem, "privateKeyPem == null");
    Objects.requireNonNull(certificateChainPem, "certificateChainPem == null");
    this.tls = tls.identityPem(privateKeyPem, keyPassword, certificateChainPem);
    return self();
  }

  /**
   * Presents a client certificate (mutual TLS) from a JKS or PKCS12 key store (type by extension:
   * {@code .jks}, else PKCS12) whose key password is the store password. Replaces an earlier client
   * certificate.
   *
   * @param file the key store file
   * @param password the store's and key's password
   * @return this builder
   * @throws IllegalArgumentException if the file cannot be read, a password is wrong, or it holds
   *     no private key
   */
  public B keyStore(Path file, char[] password) {
    return keyStore(file, null, password, null);
  }

  /**
   * Like {@link #keyStore(Path, char[])} with an explicit store type ({@code JKS}, {@code PKCS12}
   * or null for by extension) and a key password (null when it is the store password).
   *
   * @param file the key store file
   * @param type {@code JKS} or {@code PKCS12}, or null to choose by extension
   * @param storePassword the store's password
   * @param keyPassword the key's password, or null for the store's
   * @return this builder
   */
  public B keyStore(Path file, String type, char[] storePassword, char[] keyPassword) {
    Objects.requireNonNull(file, "file == null");
    Objects.requireNonNull(storePassword, "storePassword == null");
    this.tls = tls.identityStore(file, type, storePassword, keyPassword);
    return self();
  }

  /**
   * INSECURE: trusts every server certificate and host name, like {@code curl --insecure}. Anyone
   * on the network path can then impersonate the workers and read what is sent to them, including
   * credentials. For throw-away test setups only; the client logs a WARN when it is built. Cannot
   * be combined with {@link #trustedCertificates} or {@link #trustStore}.
   *
   * @return this builder
   */
  public B insecureTrustAllCertificates() {
    this.tls = tls.insecure();
    return self();
  }

  /** The TLS settings, not yet validated. */
  final TlsSettings tlsSettings() {
    return tls;
  }
}
