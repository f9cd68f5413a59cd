package io.github.connectclient;

import io.github.connectclient.internal.config.ProxySettings;
import io.github.connectclient.internal.config.SecuritySettings;
import io.github.connectclient.internal.endpoint.ConnectorNamePolicy;
import io.github.connectclient.internal.tls.TlsSettings;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import okhttp3.HttpUrl;

/**
 * The security options of {@link ClientBuilder}: authentication, extra headers, proxy, and which
 * connector names are sent; the TLS options are in {@link TlsOptions}. Package-private: users see
 * these methods on {@link ClientBuilder}, which inherits them.
 *
 * @param <B> the concrete builder (bound to {@link ClientBuilder} so that the erased signatures are
 *     those of the methods when {@code ClientBuilder} declared them)
 */
abstract class SecurityOptions<B extends ClientBuilder<B>> extends TlsOptions<B> {

  private final Map<String, String> headers = new LinkedHashMap<>();
  private Supplier<String> authorization;
  private boolean authorizationAcrossHosts;
  private ProxySettings proxy;
  private ConnectorNamePolicy connectorNamePolicy = ConnectorNamePolicy.REFUSE_UNSAFE;

  SecurityOptions() {}

  /**
   * HTTP basic authentication, sent preemptively with every request (the Connect extension never
   * asks).
   *
   * @param username the user name
   * @param password the password; never logged nor shown
   * @return this builder
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

  /**
   * A bearer token, asked of {@code token} before every request so it can refresh.
   *
   * @param token supplies the token, without the {@code Bearer } prefix; never logged
   * @return this builder
   */
  public B bearerToken(Supplier<String> token) {
    Objects.requireNonNull(token, "token == null");
    this.authorization =
        () -> {
          String current = token.get();
          return current == null || current.isBlank() ? null : "Bearer " + current;
        };
    return self();
  }

  /**
   * A header sent with every request. Its value is never logged.
   *
   * @param name the header's name
   * @param value the header's value
   * @return this builder
   */
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
   *
   * @param keep whether to keep it
   * @return this builder
   */
  public B keepAuthorizationOnCrossHostRedirect(boolean keep) {
    this.authorizationAcrossHosts = keep;
    return self();
  }

  /**
   * Sends every request through {@code proxy} ({@link Proxy#NO_PROXY} for direct connections even
   * when the JVM has a default {@link java.net.ProxySelector}). Default: the JVM's proxy selector.
   *
   * @param proxy the proxy
   * @return this builder
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
   *
   * @param host the proxy's host name or address
   * @param port the proxy's port
   * @return this builder
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
   *
   * @param username the proxy user name
   * @param password the proxy password; never logged nor shown
   * @return this builder
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
   *
   * @return this builder
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
    TlsSettings tls = tlsSettings();
    tls.validate();
    if (tls.isCustomized() && workers.stream().noneMatch(HttpUrl::isHttps)) {
      throw new IllegalStateException(
          "TLS options are set but no worker URL is https://: " + workers);
    }
    return new SecuritySettings(headers, authorization, tls, proxy, connectorNamePolicy);
  }
}
