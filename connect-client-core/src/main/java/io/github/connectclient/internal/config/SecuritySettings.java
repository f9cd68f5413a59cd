package io.github.connectclient.internal.config;

import io.github.connectclient.internal.endpoint.ConnectorNamePolicy;
import io.github.connectclient.internal.tls.TlsSettings;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import okhttp3.HttpUrl;

/**
 * What the client proves and trusts, and what it refuses to send. {@link #toString()} shows no
 * secret.
 *
 * @param headers extra headers sent with every request
 * @param authorization supplies the {@code Authorization} header value per request, or null
 * @param tls trusted CAs, client certificate, or insecure trust
 * @param proxy the proxy to go through, or null for the JVM's {@link java.net.ProxySelector}
 * @param connectorNames which connector names are sent
 */
public record SecuritySettings(
    Map<String, String> headers,
    Supplier<String> authorization,
    TlsSettings tls,
    ProxySettings proxy,
    ConnectorNamePolicy connectorNames) {

  /** Checks and copies the values. */
  public SecuritySettings {
    headers = Map.copyOf(headers);
    Objects.requireNonNull(tls, "tls == null");
    Objects.requireNonNull(connectorNames, "connectorNames == null");
  }

  /**
   * These settings, with TLS {@linkplain TlsSettings#deferred() deferred} to the first {@code
   * https} request when no worker is {@code https} (TLS options then fail earlier, so none are
   * set); for a client that builds its own OkHttp client.
   *
   * @param workers the workers' URLs
   * @return these settings, or a copy with TLS deferred
   */
  public SecuritySettings withTlsDeferredIfPlainHttp(List<HttpUrl> workers) {
    for (HttpUrl worker : workers) {
      if (worker.isHttps()) {
        return this;
      }
    }
    return new SecuritySettings(headers, authorization, tls.deferred(), proxy, connectorNames);
  }

  @Override
  public String toString() {
    return "SecuritySettings{headers="
        + headers.keySet()
        + " (values hidden)"
        + ", authorization="
        + (authorization == null ? "none" : "[hidden]")
        + ", tls="
        + tls
        + ", proxy="
        + (proxy == null ? "default" : proxy)
        + ", connectorNames="
        + connectorNames
        + "}";
  }
}
