package io.github.connectclient.internal.http;

import io.github.connectclient.RetryListener;
import io.github.connectclient.RetryPolicy;
import io.github.connectclient.internal.tls.TlsSettings;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * Everything a {@link Transport} needs, validated by the public builders.
 *
 * @param workers base URLs of the workers, in preference order
 * @param okHttpClient the client to derive from, or null to create one (and own it)
 * @param connectTimeout TCP (and TLS) connect timeout
 * @param requestTimeout the time budget of one attempt
 * @param retryPolicy how often and how long to retry
 * @param headers extra headers sent with every request
 * @param authorization supplies the {@code Authorization} header value per request, or null
 * @param maxResponseBytes the largest body the client reads
 * @param workerCooldown how long an unreachable worker is avoided
 * @param maxRedirects how many 307/308 hops one attempt follows
 * @param authorizationAcrossHosts whether a redirect to another host keeps {@code Authorization}
 * @param listener told about retries and failovers
 * @param clock time source for deadlines, cool-downs and {@code Retry-After} dates
 * @param sleeper how the sync path waits
 * @param random jitter source in [0, 1)
 * @param scheduler schedules async retries and polls, or null to create one (and own it)
 * @param completionExecutor where async futures complete, or null for the I/O thread
 * @param maxRequests the dispatcher's limit of concurrent async requests
 * @param maxRequestsPerHost the dispatcher's per-worker limit
 * @param tls trusted CAs, client certificate, or insecure trust ({@link TlsSettings#DEFAULT} if null)
 * @param proxy the proxy to go through, or null for OkHttp's default ({@link java.net.ProxySelector})
 * @param connectorNamePolicy which connector names are sent ({@link ConnectorNamePolicy#REFUSE_UNSAFE} if
 *     null)
 */
public record TransportConfig(
    List<HttpUrl> workers,
    OkHttpClient okHttpClient,
    Duration connectTimeout,
    Duration requestTimeout,
    RetryPolicy retryPolicy,
    Map<String, String> headers,
    Supplier<String> authorization,
    long maxResponseBytes,
    Duration workerCooldown,
    int maxRedirects,
    boolean authorizationAcrossHosts,
    RetryListener listener,
    Clock clock,
    Sleeper sleeper,
    DoubleSupplier random,
    ScheduledExecutorService scheduler,
    Executor completionExecutor,
    int maxRequests,
    int maxRequestsPerHost,
    TlsSettings tls,
    ProxySettings proxy,
    ConnectorNamePolicy connectorNamePolicy) {

  /** Copies the collections; fills in the defaults of the security options. */
  public TransportConfig {
    workers = List.copyOf(workers);
    headers = Map.copyOf(headers);
    tls = tls == null ? TlsSettings.DEFAULT : tls;
    connectorNamePolicy = connectorNamePolicy == null ? ConnectorNamePolicy.REFUSE_UNSAFE : connectorNamePolicy;
  }

  /**
   * Never shows a secret: header values, the authorization, TLS material and proxy credentials
   * are left out or masked.
   */
  @Override
  public String toString() {
    return "TransportConfig{workers=" + workers
        + ", headers=" + headers.keySet() + " (values hidden)"
        + ", authorization=" + (authorization == null ? "none" : "[hidden]")
        + ", connectTimeout=" + connectTimeout
        + ", requestTimeout=" + requestTimeout
        + ", retryPolicy=" + retryPolicy
        + ", maxResponseBytes=" + maxResponseBytes
        + ", workerCooldown=" + workerCooldown
        + ", maxRedirects=" + maxRedirects
        + ", authorizationAcrossHosts=" + authorizationAcrossHosts
        + ", maxRequests=" + maxRequests
        + ", maxRequestsPerHost=" + maxRequestsPerHost
        + ", okHttpClient=" + (okHttpClient == null ? "own" : "user-supplied")
        + ", tls=" + tls
        + ", proxy=" + (proxy == null ? "default" : proxy)
        + ", connectorNamePolicy=" + connectorNamePolicy
        + "}";
  }
}
