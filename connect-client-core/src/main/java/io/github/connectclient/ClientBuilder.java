package io.github.connectclient;

import io.github.connectclient.internal.config.BuilderAccess;
import io.github.connectclient.internal.config.ExecutionSettings;
import io.github.connectclient.internal.config.Limits;
import io.github.connectclient.internal.config.ProxySettings;
import io.github.connectclient.internal.config.SecuritySettings;
import io.github.connectclient.internal.config.Sleeper;
import io.github.connectclient.internal.config.Timeouts;
import io.github.connectclient.internal.config.TransportConfig;
import io.github.connectclient.internal.config.WorkerSettings;
import io.github.connectclient.internal.endpoint.ConnectorNamePolicy;
import io.github.connectclient.internal.retry.RetryNotice;
import io.github.connectclient.internal.retry.RetrySettings;
import io.github.connectclient.internal.tls.TlsSettings;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * The options shared by {@link ConnectClient#builder()} and the async client's builder. Every
 * setter validates its argument at once; defaults are given on each setter.
 *
 * @param <B> the concrete builder
 */
public abstract class ClientBuilder<B extends ClientBuilder<B>> {

  /** Default TCP connect timeout: 10 s. */
  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
  /** Default time budget of one attempt: 100 s, above Connect's own 90 s request timeout. */
  public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(100);
  /** Default largest response body read: 32 MiB. */
  public static final long DEFAULT_MAX_RESPONSE_BYTES = 32L * 1024 * 1024;
  /** Default time an unreachable worker is avoided: 5 s. */
  public static final Duration DEFAULT_WORKER_COOLDOWN = Duration.ofSeconds(5);
  /** Default limit of concurrent requests of one client: 64. */
  public static final int DEFAULT_MAX_CONCURRENT_REQUESTS = 64;
  /** Default limit of concurrent requests to one worker: 32 (OkHttp's own default is 5). */
  public static final int DEFAULT_MAX_CONCURRENT_REQUESTS_PER_WORKER = 32;

  private final List<HttpUrl> workers = new ArrayList<>();
  private final Map<String, String> headers = new LinkedHashMap<>();
  private Supplier<String> authorization;
  private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
  private Duration requestTimeout = DEFAULT_REQUEST_TIMEOUT;
  private RetryPolicy retryPolicy = RetryPolicy.defaults();
  private RetryListener retryListener = RetryListener.NONE;
  private OkHttpClient okHttpClient;
  private long maxResponseBytes = DEFAULT_MAX_RESPONSE_BYTES;
  private Duration workerCooldown = DEFAULT_WORKER_COOLDOWN;
  private int maxRedirects = 5;
  private boolean authorizationAcrossHosts;
  private Clock clock = Clock.systemUTC();
  private Sleeper sleeper = Sleeper.SYSTEM;
  private DoubleSupplier random = () -> ThreadLocalRandom.current().nextDouble();
  private ScheduledExecutorService scheduler;
  private int maxRequests = DEFAULT_MAX_CONCURRENT_REQUESTS;
  private int maxRequestsPerWorker = DEFAULT_MAX_CONCURRENT_REQUESTS_PER_WORKER;
  private TlsSettings tls = TlsSettings.DEFAULT;
  private ProxySettings proxy;
  private ConnectorNamePolicy connectorNamePolicy = ConnectorNamePolicy.REFUSE_UNSAFE;

  static {
    BuilderAccess.install(new BuilderAccess.Accessor() {
      @Override
      public TransportConfig config(Object builder, Executor completionExecutor) {
        return ((ClientBuilder<?>) builder).config(completionExecutor);
      }

      @Override
      public void testTiming(Object builder, Clock clock, Sleeper sleeper, DoubleSupplier random) {
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
  protected abstract B self();

  /**
   * The worker to talk to, e.g. {@code http://connect-1:8083}. A path prefix is kept (for a
   * gateway such as {@code https://gw/connect}). Replaces earlier URLs.
   */
  public B url(String url) {
    return urls(List.of(Objects.requireNonNull(url, "url == null")));
  }

  /**
   * Several workers of one cluster, in preference order. Requests go to one worker; when it
   * refuses connections, times out or answers 503, the client moves to the next and avoids the
   * failed one for {@link #workerCooldown(Duration)}. Replaces earlier URLs.
   */
  public B urls(List<String> urls) {
    Objects.requireNonNull(urls, "urls == null");
    if (urls.isEmpty()) {
      throw new IllegalArgumentException("urls must not be empty");
    }
    List<HttpUrl> parsed = new ArrayList<>();
    for (String url : urls) {
      parsed.add(parseWorkerUrl(url));
    }
    workers.clear();
    workers.addAll(parsed);
    return self();
  }

  /** HTTP basic authentication, sent preemptively with every request (the Connect extension never asks). */
  public B basicAuth(String username, String password) {
    Objects.requireNonNull(username, "username == null");
    Objects.requireNonNull(password, "password == null");
    if (username.indexOf(':') >= 0) {
      throw new IllegalArgumentException("username must not contain ':'");
    }
    String token = Base64.getEncoder()
        .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    String value = "Basic " + token;
    this.authorization = () -> value;
    return self();
  }

  /** A bearer token, asked of {@code token} before every request so it can refresh. */
  public B bearerToken(Supplier<String> token) {
    Objects.requireNonNull(token, "token == null");
    this.authorization = () -> {
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
      throw new IllegalArgumentException("header " + name + " has a control character in its value");
    }
    headers.put(name, value);
    return self();
  }

  /** TCP (and TLS) connect timeout. Default {@link #DEFAULT_CONNECT_TIMEOUT}. */
  public B connectTimeout(Duration timeout) {
    this.connectTimeout = Timeouts.positive(timeout, "connectTimeout");
    return self();
  }

  /**
   * The time budget of one attempt, from sending to the last byte of the answer. Default {@link
   * #DEFAULT_REQUEST_TIMEOUT}: Connect works on a request for up to 90 s before answering {@code
   * Request timed out}, and a shorter timeout would abandon writes the server still applies.
   */
  public B requestTimeout(Duration timeout) {
    this.requestTimeout = Timeouts.positive(timeout, "requestTimeout");
    return self();
  }

  /** How often and how long to retry. Default {@link RetryPolicy#defaults()}. */
  public B retryPolicy(RetryPolicy policy) {
    this.retryPolicy = Objects.requireNonNull(policy, "retryPolicy == null");
    return self();
  }

  /** Told about every retry, failover and exhausted budget. Default: none. */
  public B retryListener(RetryListener listener) {
    this.retryListener = Objects.requireNonNull(listener, "retryListener == null");
    return self();
  }

  /**
   * An OkHttp client to derive from (its interceptors, proxy, TLS, pool and dispatcher are kept;
   * redirects and silent retries are turned off and the timeouts above applied). {@code close()}
   * then leaves its pool and threads alone.
   */
  public B okHttpClient(OkHttpClient client) {
    this.okHttpClient = Objects.requireNonNull(client, "okHttpClient == null");
    return self();
  }

  /** The largest response body read; a larger one fails cleanly. Default 32 MiB. */
  public B maxResponseBytes(long bytes) {
    if (bytes < 1024) {
      throw new IllegalArgumentException("maxResponseBytes must be at least 1024 but was " + bytes);
    }
    this.maxResponseBytes = bytes;
    return self();
  }

  /** How long an unreachable worker is avoided. Default 5 s. */
  public B workerCooldown(Duration cooldown) {
    Objects.requireNonNull(cooldown, "workerCooldown == null");
    if (cooldown.isNegative()) {
      throw new IllegalArgumentException("workerCooldown must not be negative");
    }
    this.workerCooldown = cooldown;
    return self();
  }

  /** How many 307/308 redirects one attempt follows (0 to turn them off). Default 5. */
  public B maxRedirects(int redirects) {
    if (redirects < 0) {
      throw new IllegalArgumentException("maxRedirects must not be negative");
    }
    this.maxRedirects = redirects;
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

  /** The limits of concurrent requests, in all and per worker. Defaults 64 and 32. */
  public B maxConcurrentRequests(int total, int perWorker) {
    if (total < 1 || perWorker < 1) {
      throw new IllegalArgumentException("concurrency limits must be at least 1");
    }
    this.maxRequests = total;
    this.maxRequestsPerWorker = perWorker;
    return self();
  }

  /**
   * The scheduler for async retries and state polling. Default: one daemon thread, created on
   * first use and shut down by {@code close()}; a scheduler given here is left running.
   */
  public B scheduler(ScheduledExecutorService scheduler) {
    this.scheduler = Objects.requireNonNull(scheduler, "scheduler == null");
    return self();
  }

  // ------------------------------------------------------------ TLS, proxy, connector names

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
   * @throws IllegalArgumentException if a file cannot be read or parsed, or the key does not
   *     belong to the certificate
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
   * {@code .jks}, else PKCS12) whose key password is the store password. Replaces an earlier
   * client certificate.
   *
   * @throws IllegalArgumentException if the file cannot be read, a password is wrong, or it holds
   *     no private key
   */
  public B keyStore(Path file, char[] password) {
    return keyStore(file, null, password, null);
  }

  /**
   * Like {@link #keyStore(Path, char[])} with an explicit store type ({@code JKS}, {@code PKCS12} or
   * null for by extension) and a key password (null when it is the store password).
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
    this.proxy = new ProxySettings(proxy, earlier == null ? null : earlier.username(),
        earlier == null ? null : earlier.password());
    return self();
  }

  /** Sends every request through the HTTP proxy at {@code host:port} (HTTPS through {@code CONNECT}). */
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
   * instance a single worker behind no forwarding); see docs/security.md. {@code .}, {@code ..}
   * and unpaired surrogates are refused even so: they cannot be put in a URL.
   */
  public B allowUnsafeConnectorNames() {
    this.connectorNamePolicy = ConnectorNamePolicy.ALLOW_UNSAFE;
    return self();
  }

  /** The transport configuration these options describe; async futures complete on {@code completionExecutor}. */
  final TransportConfig config(Executor completionExecutor) {
    if (workers.isEmpty()) {
      throw new IllegalStateException("url(...) or urls(...) is required");
    }
    tls.validate();
    if (tls.isCustomized() && workers.stream().noneMatch(HttpUrl::isHttps)) {
      throw new IllegalStateException("TLS options are set but no worker URL is https://: " + workers);
    }
    RetryPolicy policy = retryPolicy;
    RetryListener listener = retryListener;
    return new TransportConfig(
        new WorkerSettings(workers, workerCooldown, maxRedirects, authorizationAcrossHosts),
        new Timeouts(connectTimeout, requestTimeout),
        new RetrySettings(policy.maxAttempts(), policy::backoff, policy.jitter(),
            policy.deadline().orElse(null), policy.respectRetryAfter(),
            notice -> listener.onEvent(event(notice))),
        new SecuritySettings(headers, authorization, tls, proxy, connectorNamePolicy),
        new Limits(maxResponseBytes, maxRequests, maxRequestsPerWorker),
        new ExecutionSettings(okHttpClient, scheduler, completionExecutor, clock, sleeper, random));
  }

  private static RetryEvent event(RetryNotice notice) {
    return new RetryEvent(RetryEvent.Kind.valueOf(notice.step().name()), notice.operation(),
        notice.method(), notice.path(), notice.workerUrl(), notice.attempt(), notice.delay(),
        notice.nextWorkerUrl(), notice.reason());
  }

  private static HttpUrl parseWorkerUrl(String url) {
    Objects.requireNonNull(url, "url == null");
    HttpUrl parsed = HttpUrl.parse(url.strip());
    if (parsed == null) {
      throw new IllegalArgumentException("not an http or https URL: " + url);
    }
    if (parsed.query() != null || parsed.fragment() != null) {
      throw new IllegalArgumentException("a worker URL takes no query or fragment: " + parsed.redact());
    }
    if (parsed.username().length() > 0 || parsed.password().length() > 0) {
      throw new IllegalArgumentException(
          "put credentials in basicAuth(...), not in the URL: " + parsed.redact());
    }
    String scheme = parsed.scheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new IllegalArgumentException("not an http or https URL: " + url);
    }
    return parsed;
  }
}
