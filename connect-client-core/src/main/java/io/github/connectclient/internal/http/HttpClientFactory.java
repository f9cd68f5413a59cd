package io.github.connectclient.internal.http;

import io.github.connectclient.internal.config.TransportConfig;
import io.github.connectclient.internal.tls.TlsSetup;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
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

  /**
   * The dispatcher's threads: at most {@code total}, the most calls it lets run at once, so every
   * running call has its thread. OkHttp's own executor hands each call to an idle thread through a
   * {@code SynchronousQueue} (or starts a new one): under a fan-out every answer woke another
   * thread for the next call. Here the next call waits in the queue and the thread that has just
   * finished a call takes it without a hand-off, as a thread pool running sync calls does. Idle
   * threads end after 60 s, as OkHttp's do.
   */
  static ExecutorService dispatcherThreads(int total) {
    AtomicInteger count = new AtomicInteger();
    ThreadPoolExecutor threads =
        new ThreadPoolExecutor(
            total,
            total,
            60,
            TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(),
            task -> {
              Thread thread = new Thread(task, "OkHttp Dispatcher " + count.incrementAndGet());
              thread.setDaemon(false);
              return thread;
            });
    threads.allowCoreThreadTimeOut(true);
    return threads;
  }

  static OkHttpClient create(TransportConfig config) {
    OkHttpClient.Builder builder;
    OkHttpClient userClient = config.execution().okHttpClient();
    if (userClient == null) {
      int total = effectiveTotal(config);
      Dispatcher dispatcher = new Dispatcher(dispatcherThreads(total));
      dispatcher.setMaxRequests(total);
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
        // Every call gets its attempt's budget as its call timeout (RequestFactory.newCall), at
        // most the longest, so a socket read or write timeout of the longest could never fire
        // first. Off, okio's sockets skip its AsyncTimeout (a lock shared by all calls) on every
        // read and write; the call timeout still bounds each attempt (docs/decisions/0021).
        .readTimeout(Duration.ZERO)
        .writeTimeout(Duration.ZERO)
        .callTimeout(config.timeouts().longest())
        .build();
  }
}
