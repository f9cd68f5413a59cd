package io.github.connectclient.internal.http;

import io.github.connectclient.internal.config.TransportConfig;
import io.github.connectclient.internal.tls.TlsSetup;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * Builds the OkHttp client of a transport: the user's one derived, or a new one with its own
 * dispatcher and pool; TLS, proxy and timeouts applied; redirects and OkHttp's silent retries off
 * (the executors follow 307/308 and retry by meaning themselves).
 */
final class HttpClientFactory {

  private HttpClientFactory() {}

  /**
   * The total limit as OkHttp's dispatcher should see it: never more than the per-worker limit
   * times the workers' hosts (OkHttp counts per host), which is all that can be in flight anyway.
   * The same limit, but the dispatcher then stops scanning its queue of waiting calls as soon as
   * every worker is busy, instead of walking all of them after every answer (a fan-out of 1,000
   * calls spent a fifth of its CPU time there, docs/decisions/0016).
   */
  static int effectiveTotal(TransportConfig config) {
    Set<String> hosts = new HashSet<>();
    for (HttpUrl worker : config.workers().urls()) {
      hosts.add(worker.host());
    }
    long reachable = (long) config.limits().maxRequestsPerWorker() * hosts.size();
    return (int) Math.min(config.limits().maxRequests(), reachable);
  }

  static OkHttpClient create(TransportConfig config) {
    OkHttpClient.Builder builder;
    OkHttpClient userClient = config.execution().okHttpClient();
    if (userClient == null) {
      Dispatcher dispatcher = new Dispatcher();
      dispatcher.setMaxRequests(effectiveTotal(config));
      dispatcher.setMaxRequestsPerHost(config.limits().maxRequestsPerWorker());
      // Jetty closes idle connections after 30 s; keep ours shorter so a reused one is alive.
      builder =
          new OkHttpClient.Builder()
              .dispatcher(dispatcher)
              .connectionPool(
                  new ConnectionPool(
                      Math.max(5, config.limits().maxRequestsPerWorker()), 25, TimeUnit.SECONDS));
    } else {
      builder = userClient.newBuilder();
    }
    TlsSetup.apply(config.security().tls(), builder);
    if (config.security().proxy() != null) {
      config.security().proxy().applyTo(builder);
    }
    return builder
        .followRedirects(false)
        .followSslRedirects(false)
        .retryOnConnectionFailure(false)
        .connectTimeout(config.timeouts().connect())
        .readTimeout(config.timeouts().longest())
        .writeTimeout(config.timeouts().longest())
        .callTimeout(config.timeouts().longest())
        .build();
  }
}
