package io.github.connectclient.internal.tls;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.X509KeyManager;

/**
 * The TLS options of a client, immutable. Files are read, parsed and checked when an option is set,
 * so a wrong path, password or format fails at that call with a message that names the file; no
 * password is kept (a key store becomes a {@link X509KeyManager} at once). {@link #toString()}
 * names files only.
 */
public final class TlsSettings {

  /** The JDK's default trust (its CA certificates), no client certificate. */
  public static final TlsSettings DEFAULT =
      new TlsSettings(List.of(), List.of(), null, null, false, false);

  private final List<X509Certificate> trusted;
  private final List<String> trustSources;
  private final X509KeyManager keyManager;
  private final String identitySource;
  private final boolean insecure;
  private final boolean deferred;

  private TlsSettings(
      List<X509Certificate> trusted,
      List<String> trustSources,
      X509KeyManager keyManager,
      String identitySource,
      boolean insecure,
      boolean deferred) {
    this.trusted = List.copyOf(trusted);
    this.trustSources = List.copyOf(trustSources);
    this.keyManager = keyManager;
    this.identitySource = identitySource;
    this.insecure = insecure;
    this.deferred = deferred;
  }

  /** These settings, also trusting the CA certificates of PEM file {@code file}. */
  public TlsSettings trustPem(Path file) {
    String source = "PEM " + file;
    List<X509Certificate> certificates;
    try {
      certificates = PemFiles.certificates(readable(file, "trusted certificates"));
    } catch (IOException | GeneralSecurityException e) {
      throw unusable("trusted certificates", file, e);
    }
    return withTrusted(certificates, source + " (" + certificates.size() + " certificates)");
  }

  /**
   * These settings, also trusting every trusted-certificate entry of key store {@code file}.
   *
   * @param type {@code JKS}, {@code PKCS12}, or null to go by the file extension
   * @param password the store password, or null to skip the integrity check
   */
  public TlsSettings trustStore(Path file, String type, char[] password) {
    List<X509Certificate> certificates = new ArrayList<>();
    try {
      KeyStore store = KeyStores.load(readable(file, "trust store"), type, password);
      for (String alias : Collections.list(store.aliases())) {
        if (store.isCertificateEntry(alias)
            && store.getCertificate(alias) instanceof X509Certificate c) {
          certificates.add(c);
        }
      }
      if (certificates.isEmpty()) {
        throw new IOException("it holds no trusted certificate entry");
      }
    } catch (IOException | GeneralSecurityException e) {
      throw unusable("trust store", file, e);
    }
    return withTrusted(
        certificates, "trust store " + file + " (" + certificates.size() + " certificates)");
  }

  /**
   * These settings with a client certificate from PEM files, replacing an earlier one.
   *
   * @param privateKey a PKCS#8 (optionally encrypted) or PKCS#1 RSA private key
   * @param keyPassword the password of an encrypted key, or null
   * @param certificateChain the client certificate first, then its intermediates
   */
  public TlsSettings identityPem(Path privateKey, char[] keyPassword, Path certificateChain) {
    try {
      PrivateKey key = PrivateKeys.read(readable(privateKey, "private key"), keyPassword);
      List<X509Certificate> chain =
          PemFiles.certificates(readable(certificateChain, "certificate chain"));
      PrivateKeys.requireMatch(key, chain.get(0));
      char[] transientPassword = UUID.randomUUID().toString().toCharArray();
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(null, null);
      store.setKeyEntry("client", key, transientPassword, chain.toArray(new Certificate[0]));
      return withIdentity(
          keyManager(store, transientPassword), "PEM " + privateKey + " + " + certificateChain);
    } catch (IOException | GeneralSecurityException e) {
      throw unusable("client certificate", privateKey + " + " + certificateChain, e);
    }
  }

  /**
   * These settings with a client certificate from a key store, replacing an earlier one.
   *
   * @param type {@code JKS}, {@code PKCS12}, or null to go by the file extension
   * @param storePassword the store password
   * @param keyPassword the key's password, or null when it is the store password
   */
  public TlsSettings identityStore(
      Path file, String type, char[] storePassword, char[] keyPassword) {
    try {
      KeyStore store = KeyStores.load(readable(file, "key store"), type, storePassword);
      boolean hasKey = false;
      for (String alias : Collections.list(store.aliases())) {
        hasKey |= store.isKeyEntry(alias);
      }
      if (!hasKey) {
        throw new IOException("it holds no private key entry");
      }
      X509KeyManager manager = keyManager(store, keyPassword != null ? keyPassword : storePassword);
      return withIdentity(manager, "key store " + file);
    } catch (IOException | GeneralSecurityException e) {
      throw unusable("key store", file, e);
    }
  }

  /** These settings, trusting every certificate and host name. */
  public TlsSettings insecure() {
    return new TlsSettings(trusted, trustSources, keyManager, identitySource, true, false);
  }

  /**
   * The JDK's default trust, set up only when a request first goes to an {@code https} URL (a
   * redirect): for a client whose workers are all plain {@code http} and that builds its own OkHttp
   * client. OkHttp otherwise loads the JDK's CA certificates and builds a TLS context when the
   * client is built, a fifth of a cold start that plain HTTP never uses.
   *
   * @throws IllegalStateException if these settings are customized (they need TLS at once)
   */
  public TlsSettings deferred() {
    if (isCustomized()) {
      throw new IllegalStateException("customized TLS settings cannot be deferred");
    }
    return new TlsSettings(trusted, trustSources, keyManager, identitySource, false, true);
  }

  /** Whether TLS is set up at the first {@code https} request rather than with the client. */
  public boolean isDeferred() {
    return deferred;
  }

  /** Whether certificate and host name checks are off. */
  public boolean isInsecure() {
    return insecure;
  }

  /** Whether anything differs from the JDK's defaults. */
  public boolean isCustomized() {
    return insecure || !trusted.isEmpty() || keyManager != null;
  }

  /** The CA certificates to trust instead of the JDK's; empty for the JDK's. */
  List<X509Certificate> trusted() {
    return trusted;
  }

  /** The client certificate's key manager, or null for none. */
  X509KeyManager keyManager() {
    return keyManager;
  }

  /**
   * Checks that the options fit together.
   *
   * @throws IllegalStateException if certificates are both trusted explicitly and not checked
   */
  public void validate() {
    if (insecure && !trusted.isEmpty()) {
      throw new IllegalStateException(
          "insecureTrustAllCertificates() contradicts the trusted certificates of "
              + trustSources
              + "; choose one");
    }
  }

  private TlsSettings withTrusted(List<X509Certificate> more, String source) {
    List<X509Certificate> all = new ArrayList<>(trusted);
    all.addAll(more);
    List<String> sources = new ArrayList<>(trustSources);
    sources.add(source);
    return new TlsSettings(all, sources, keyManager, identitySource, insecure, false);
  }

  private TlsSettings withIdentity(X509KeyManager manager, String source) {
    return new TlsSettings(trusted, trustSources, manager, source, insecure, false);
  }

  private static X509KeyManager keyManager(KeyStore store, char[] password)
      throws GeneralSecurityException {
    KeyManagerFactory factory =
        KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    try {
      factory.init(store, password);
    } catch (java.security.UnrecoverableKeyException e) {
      throw new GeneralSecurityException("the private key cannot be read: wrong key password?", e);
    }
    for (KeyManager manager : factory.getKeyManagers()) {
      if (manager instanceof X509KeyManager x509) {
        return x509;
      }
    }
    throw new GeneralSecurityException("no X.509 key manager for this key store");
  }

  private static Path readable(Path file, String what) throws IOException {
    Objects.requireNonNull(file, what + " file == null");
    if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
      throw new IOException("no readable file at " + file.toAbsolutePath());
    }
    return file;
  }

  private static IllegalArgumentException unusable(String what, Object file, Exception cause) {
    return new IllegalArgumentException(
        "cannot use " + file + " as " + what + ": " + cause.getMessage(), cause);
  }

  /** Names the files, never a password or key. */
  @Override
  public String toString() {
    return "TlsSettings{trust="
        + (insecure ? "ALL (insecure)" : trustSources.isEmpty() ? "JDK default" : trustSources)
        + ", clientCertificate="
        + (identitySource == null ? "none" : identitySource)
        + "}";
  }
}
