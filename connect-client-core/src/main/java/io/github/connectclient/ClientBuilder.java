package io.github.connectclient;

import io.github.connectclient.internal.config.BuilderAccess;
import io.github.connectclient.internal.config.ExecutionSettings;
import io.github.connectclient.internal.config.Limits;
import io.github.connectclient.internal.config.SecuritySettings;
import io.github.connectclient.internal.config.Sleeper;
import io.github.connectclient.internal.config.TransportConfig;
import io.github.connectclient.internal.config.WorkerSettings;
import io.github.connectclient.internal.retry.RetrySettings;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * The options shared by {@link ConnectClient#builder()} and the async client's builder. Every
 * setter validates its argument at once; defaults are given on each setter. The timeout options
 * (connect, read, write, validation) and the authentication, TLS, proxy and connector-name options
 * are declared in package-private superclasses and appear here as inherited methods.
 *
 * @param <B> the concrete builder
 */
public abstract class ClientBuilder<B extends ClientBuilder<B>> extends TimeoutOptions<B> {

  /** Default TCP connect timeout: 10 s. */
  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);

  /**
   * Default time budget of one attempt of a write: 100 s, above Connect's own 90 s request timeout.
   * Kept for compatibility; it is {@link #DEFAULT_WRITE_TIMEOUT}.
   */
  public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(100);

  /** Default time budget of one attempt of a read: 15 s (a healthy worker answers in ms). */
  public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(15);

  /** Default time budget of one attempt of a write: 100 s, above Connect's 90 s for a write. */
  public static final Duration DEFAULT_WRITE_TIMEOUT = DEFAULT_REQUEST_TIMEOUT;

  /** Default time budget of one attempt of a config validation: 100 s, as a write. */
  public static final Duration DEFAULT_VALIDATION_TIMEOUT = DEFAULT_REQUEST_TIMEOUT;

  /** Default largest response body read: 32 MiB. */
  public static final long DEFAULT_MAX_RESPONSE_BYTES = 32L * 1024 * 1024;

  /** Default time an unreachable worker is avoided: 5 s. */
  public static final Duration DEFAULT_WORKER_COOLDOWN = Duration.ofSeconds(5);

  /** Default limit of concurrent requests of one client: 128 (two workers at their own limit). */
  public static final int DEFAULT_MAX_CONCURRENT_REQUESTS = 128;

  /**
   * Default limit of concurrent requests to one worker: 64 (OkHttp's own default is 5), what a
   * fan-out over a 64-thread pool keeps in flight (docs/decisions/0016).
   */
  public static final int DEFAULT_MAX_CONCURRENT_REQUESTS_PER_WORKER = 64;

  private final List<HttpUrl> workers = new ArrayList<>();
  private RetryPolicy retryPolicy = RetryPolicy.defaults();
  private RetryListener retryListener = RetryListener.NONE;
  private ClientListener clientListener = ClientListener.NONE;
  private OkHttpClient okHttpClient;
  private long maxResponseBytes = DEFAULT_MAX_RESPONSE_BYTES;
  private Duration workerCooldown = DEFAULT_WORKER_COOLDOWN;
  private int maxRedirects = 5;
  private Clock clock = Clock.systemUTC();
  private Sleeper sleeper = Sleeper.SYSTEM;
  private DoubleSupplier random = () -> ThreadLocalRandom.current().nextDouble();
  private ScheduledExecutorService scheduler;
  private int maxRequests = DEFAULT_MAX_CONCURRENT_REQUESTS;
  private int maxRequestsPerWorker = DEFAULT_MAX_CONCURRENT_REQUESTS_PER_WORKER;

  static {
    BuilderAccess.install(
        new BuilderAccess.Accessor() {
          @Override
          public TransportConfig config(Object builder, Executor completionExecutor) {
            return ((ClientBuilder<?>) builder).config(completionExecutor);
          }

          @Override
          public void testTiming(
              Object builder, Clock clock, Sleeper sleeper, DoubleSupplier random) {
            ClientBuilder<?> options = (ClientBuilder<?>) builder;
            options.clock = Objects.requireNonNull(clock, "clock == null");
            options.sleeper = Objects.requireNonNull(sleeper, "sleeper == null");
            options.random = Objects.requireNonNull(random, "random == null");
          }
        });
  }

  /** For the builders of this library's clients. */
  protected ClientBuilder() {}

  /** This builder, typed. */
  @Override
  protected abstract B self();

  /**
   * The worker to talk to, e.g. {@code http://connect-1:8083}. A path prefix is kept (for a gateway
   * such as {@code https://gw/connect}). Replaces earlier URLs.
   *
   * @param url the worker's base URL, {@code http} or {@code https}, without credentials, query or
   *     fragment
   * @return this builder
   */
  public B url(String url) {
    return urls(List.of(Objects.requireNonNull(url, "url == null")));
  }

  /**
   * Several workers of one cluster, in preference order. Requests go to one worker; when it refuses
   * connections, times out or answers 503, the client moves to the next and avoids the failed one
   * for {@link #workerCooldown(Duration)}. Replaces earlier URLs.
   *
   * @param urls the workers' base URLs, at least one
   * @return this builder
   */
  public B urls(List<String> urls) {
    Objects.requireNonNull(urls, "urls == null");
    if (urls.isEmpty()) {
      throw new IllegalArgumentException("urls must not be empty");
    }
    List<HttpUrl> parsed = new ArrayList<>();
    for (String url : urls) {
      parsed.add(WorkerSettings.parseUrl(url));
    }
    workers.clear();
    workers.addAll(parsed);
    return self();
  }

  /**
   * How often and how long to retry. Default {@link RetryPolicy#defaults()}.
   *
   * @param policy the retry policy
   * @return this builder
   */
  public B retryPolicy(RetryPolicy policy) {
    this.retryPolicy = Objects.requireNonNull(policy, "retryPolicy == null");
    return self();
  }

  /**
   * Told about every retry, failover and exhausted budget. Default: none.
   *
   * @param listener the listener, called on the thread that handled the failed attempt
   * @return this builder
   */
  public B retryListener(RetryListener listener) {
    this.retryListener = Objects.requireNonNull(listener, "retryListener == null");
    return self();
  }

  /**
   * Told about every attempt: operation, worker, status or failure type, duration, and what follows
   * (retry, failover, done). For metrics and tracing; see {@link ClientListener}. Default: none.
   *
   * @param listener the listener, called on the thread that handled the attempt
   * @return this builder
   */
  public B clientListener(ClientListener listener) {
    this.clientListener = Objects.requireNonNull(listener, "clientListener == null");
    return self();
  }

  /**
   * An OkHttp client to derive from (its interceptors, proxy, TLS, pool and dispatcher are kept;
   * redirects and silent retries are turned off and the timeouts above applied). {@code close()}
   * then leaves its pool and threads alone.
   *
   * @param client the client whose set-up is kept
   * @return this builder
   */
  public B okHttpClient(OkHttpClient client) {
    this.okHttpClient = Objects.requireNonNull(client, "okHttpClient == null");
    return self();
  }

  /**
   * The largest response body read; a larger one fails cleanly. Default 32 MiB.
   *
   * @param bytes the limit in bytes, at least 1024
   * @return this builder
   */
  public B maxResponseBytes(long bytes) {
    if (bytes < 1024) {
      throw new IllegalArgumentException("maxResponseBytes must be at least 1024 but was " + bytes);
    }
    this.maxResponseBytes = bytes;
    return self();
  }

  /**
   * How long an unreachable worker is avoided. Default 5 s.
   *
   * @param cooldown zero or a positive duration
   * @return this builder
   */
  public B workerCooldown(Duration cooldown) {
    Objects.requireNonNull(cooldown, "workerCooldown == null");
    if (cooldown.isNegative()) {
      throw new IllegalArgumentException("workerCooldown must not be negative");
    }
    this.workerCooldown = cooldown;
    return self();
  }

  /**
   * How many 307/308 redirects one attempt follows (0 to turn them off). Default 5.
   *
   * @param redirects the number of redirects, 0 or more
   * @return this builder
   */
  public B maxRedirects(int redirects) {
    if (redirects < 0) {
      throw new IllegalArgumentException("maxRedirects must not be negative");
    }
    this.maxRedirects = redirects;
    return self();
  }

  /**
   * The limits of concurrent requests, in all and per worker. Defaults 128 and 64.
   *
   * @param total requests in flight at once over all workers, at least 1
   * @param perWorker requests in flight at once to one worker, at least 1
   * @return this builder
   */
  public B maxConcurrentRequests(int total, int perWorker) {
    if (total < 1 || perWorker < 1) {
      throw new IllegalArgumentException("concurrency limits must be at least 1");
    }
    this.maxRequests = total;
    this.maxRequestsPerWorker = perWorker;
    return self();
  }

  /**
   * The scheduler for async retries and state polling. Default: one daemon thread, created on first
   * use and shut down by {@code close()}; a scheduler given here is left running.
   *
   * @param scheduler the scheduler; the client does not shut it down
   * @return this builder
   */
  public B scheduler(ScheduledExecutorService scheduler) {
    this.scheduler = Objects.requireNonNull(scheduler, "scheduler == null");
    return self();
  }

  /**
   * The transport configuration these options describe; async futures complete on {@code
   * completionExecutor}.
   */
  final TransportConfig config(Executor completionExecutor) {
    if (workers.isEmpty()) {
      throw new IllegalStateException("url(...) or urls(...) is required");
    }
    SecuritySettings security = securitySettings(workers);
    if (okHttpClient == null) {
      security = security.withTlsDeferredIfPlainHttp(workers);
    }
    RetryPolicy policy = retryPolicy;
    return new TransportConfig(
        new WorkerSettings(workers, workerCooldown, maxRedirects, authorizationAcrossHosts()),
        timeouts(),
        new RetrySettings(
            policy.maxAttempts(),
            policy::backoff,
            policy.jitter(),
            policy.deadline().orElse(null),
            policy.respectRetryAfter(),
            ClientEvents.retries(retryListener),
            ClientEvents.attempts(clientListener)),
        security,
        new Limits(maxResponseBytes, maxRequests, maxRequestsPerWorker),
        new ExecutionSettings(okHttpClient, scheduler, completionExecutor, clock, sleeper, random));
  }
}
