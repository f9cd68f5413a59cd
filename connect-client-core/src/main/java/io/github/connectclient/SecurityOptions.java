package io.github.connectclient;

import io.github.connectclient.internal.config.ProxySettings;
import io.github.connectclient.internal.config.SecuritySettings;
import io.github.connectclient.internal.endpoint.ConnectorNamePolicy;
import io.github.connectclient.internal.tls.TlsSettings;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import okhttp3.HttpUrl;

/**
 * The security options of {@link ClientBuilder}: authentication, extra headers, TLS, proxy, and
 * which connector names are sent. Package-private: users see these methods on {@link
 * ClientBuilder}, which inherits them.
 *
 * @param <B> the concrete builder (bound to {@link ClientBuilder} so that the erased signatures are
 *     those of the methods when {@code ClientBuilder} declared them)
 */
abstract class SecurityOptions<B extends ClientBuilder<B>> {

  private final Map<String, String> headers = new LinkedHashMap<>();
  private Supplier<String> authorization;
  private boolean authorizationAcrossHosts;
  private TlsSettings tls = TlsSettings.DEFAULT;
  private ProxySettings proxy;
  private ConnectorNamePolicy connectorNamePolicy = ConnectorNamePolicy.REFUSE_UNSAFE;

  SecurityOptions() {}

  /** This builder, typed. */
  protected abstract B self();

  /**
   * HTTP basic authentication, sent preemptively with every request (the Connect extension never
   * asks).
   */
  public B basicAuth(String username, String password) {
    Objects.requireNonNull(username, "username == null");
    Objects.requireNonNull(password, "password == null");
    if (username.indexOf(':') >= 0) {
      throw new IllegalArgumentException("username must not contain ':'");
    }
    String token =
        Base64.getEncoder()
            .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    String value = "Basic " + token;
    this.authorization = () -> value;
    return self();
  }

  /** A bearer token, asked of {@code token} before every request so it can refresh. */
  public B bearerToken(Supplier<String> token) {
    Objects.requireNonNull(token, "token == null");
    this.authorization =
        () -> {
          String current = token.get();
          return current == null || current.isBlank() ? null : "Bearer " + current;
        };
    return self();
  }

  /** A header sent with every request. Its value is never logged. */
  public B header(String name, String value) {
    Objects.requireNonNull(name, "name == null");
    Objects.requireNonNull(value, "value == null");
    if (name.isBlank() || name.chars().anyMatch(c -> c <= ' ' || c >= 127 || c == ':')) {
      throw new IllegalArgumentException("invalid header name: " + name);
    }
    if (value.chars().anyMatch(c -> (c < ' ' && c != '\t') || c == 127)) {
      throw new IllegalArgumentException(
          "header " + name + " has a control character in its value");
    }
    headers.put(name, value);
    return self();
  }

  /**
   * Whether a redirect to another host keeps the {@code Authorization} header. Default false: a
   * gateway that redirects elsewhere does not get your credentials passed on.
   */
  public B keepAuthorizationOnCrossHostRedirect(boolean keep) {
    this.authorizationAcrossHosts = keep;
    return self();
  }

  /**
   * Trusts the CA certificates in PEM file {@code pemFile} ({@code -----BEGIN CERTIFICATE-----}
   * blocks) to sign the workers' certificates, instead of the JDK's default CAs. May be called more
   * than once, and combined with {@link #trustStore}: every certificate given is trusted. The file
   * is read and checked at once.
   *
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
   * @param password the store password, or null to skip the store's integrity check
   * @throws IllegalArgumentException if the file cannot be read, or the password is wrong
   */
  public B trustStore(Path file, char[] password) {
    return trustStore(file, null, password);
  }

  /**
   * Like {@link #trustStore(Path, char[])} with an explicit store type ({@code JKS} or {@code
   * PKCS12}).
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
   * @param keyPassword the key's password, or null for an unencrypted key
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
   * @throws IllegalArgumentException if the file cannot be read, a password is wrong, or it holds
   *     no private key
   */
  public B keyStore(Path file, char[] password) {
    return keyStore(file, null, password, null);
  }

  /**
   * Like {@link #keyStore(Path, char[])} with an explicit store type ({@code JKS}, {@code PKCS12}
   * or null for by extension) and a key password (null when it is the store password).
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
   */
  public B insecureTrustAllCertificates() {
    this.tls = tls.insecure();
    return self();
  }

  /**
   * Sends every request through {@code proxy} ({@link Proxy#NO_PROXY} for direct connections even
   * when the JVM has a default {@link java.net.ProxySelector}). Default: the JVM's proxy selector.
   */
  public B proxy(Proxy proxy) {
    Objects.requireNonNull(proxy, "proxy == null");
    ProxySettings earlier = this.proxy;
    this.proxy =
        new ProxySettings(
            proxy,
            earlier == null ? null : earlier.username(),
            earlier == null ? null : earlier.password());
    return self();
  }

  /**
   * Sends every request through the HTTP proxy at {@code host:port} (HTTPS through {@code
   * CONNECT}).
   */
  public B proxy(String host, int port) {
    Objects.requireNonNull(host, "host == null");
    if (host.isBlank() || port < 1 || port > 65535) {
      throw new IllegalArgumentException("invalid proxy address " + host + ":" + port);
    }
    return proxy(new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved(host, port)));
  }

  /**
   * Answers the proxy's {@code 407 Proxy Authentication Required} with basic credentials. Needs
   * {@link #proxy}; the password is never logged.
   */
  public B proxyBasicAuth(String username, String password) {
    Objects.requireNonNull(username, "username == null");
    Objects.requireNonNull(password, "password == null");
    if (proxy == null) {
      throw new IllegalStateException("set proxy(...) before proxyBasicAuth(...)");
    }
    this.proxy = new ProxySettings(proxy.proxy(), username, password);
    return self();
  }

  /**
   * Sends connector names that Kafka Connect workers cannot round-trip safely, instead of refusing
   * them with {@link io.github.connectclient.errors.UnsafeConnectorNameException} before any
   * request (the default). Such names contain {@code / \ % ; { }} or control characters, start or
   * end with whitespace, or are longer than 2000 UTF-8 bytes: a follower forwarding the request may
   * act on ANOTHER connector ({@code a;b} on {@code a}, {@code a%20b} on {@code a b}), and Kafka
   * 4.x cannot read or delete some of them at all. Only for clusters known to handle them (for
   * instance a single worker behind no forwarding); see docs/security.md. {@code .}, {@code ..} and
   * unpaired surrogates are refused even so: they cannot be put in a URL.
   */
  public B allowUnsafeConnectorNames() {
    this.connectorNamePolicy = ConnectorNamePolicy.ALLOW_UNSAFE;
    return self();
  }

  /** Whether a redirect to another host keeps the {@code Authorization} header. */
  final boolean authorizationAcrossHosts() {
    return authorizationAcrossHosts;
  }

  /** The security settings, checked against the {@code workers} they are for. */
  final SecuritySettings securitySettings(List<HttpUrl> workers) {
    tls.validate();
    if (tls.isCustomized() && workers.stream().noneMatch(HttpUrl::isHttps)) {
      throw new IllegalStateException(
          "TLS options are set but no worker URL is https://: " + workers);
    }
    return new SecuritySettings(headers, authorization, tls, proxy, connectorNamePolicy);
  }
}
