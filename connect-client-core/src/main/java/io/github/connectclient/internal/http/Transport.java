package io.github.connectclient.internal.http;

import io.github.connectclient.errors.ConnectClientException;
import io.github.connectclient.errors.ConnectServerException;
import io.github.connectclient.errors.ConnectorNotFoundException;
import io.github.connectclient.errors.MalformedResponseException;
import io.github.connectclient.errors.UnsupportedEndpointException;
import io.github.connectclient.internal.json.JsonCodec;
import io.github.connectclient.internal.json.JsonDecodeException;
import io.github.connectclient.internal.tls.TlsFailure;
import io.github.connectclient.internal.tls.TlsSetup;
import io.github.connectclient.model.ServerInfo;
import java.io.IOException;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;
import okio.Okio;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one transport behind both clients: builds the HTTP request of an {@link ApiCall}, sends it
 * to a worker, follows 307/308 redirects, maps errors to typed exceptions, decodes answers, and
 * retries and fails over as {@link RetryEngine} decides. {@link #execute} waits on the calling
 * thread; {@link #executeAsync} never blocks a thread (retries are scheduled, not slept).
 */
public final class Transport implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger("io.github.connectclient.http");
  private static final MediaType JSON = MediaType.get("application/json");
  private static final long ERROR_BODY_LIMIT = 256 * 1024;

  private final TransportConfig config;
  private final OkHttpClient client;
  private final boolean ownsClient;
  private final ScheduledExecutorService scheduler;
  private final boolean ownsScheduler;
  private final JsonCodec codec;
  private final ErrorMapper errors;
  private final WorkerPool pool;
  private final RetryEngine retryEngine;
  private final CreateOutcomeCheck createOutcome = new CreateOutcomeCheck(this);
  private final Map<String, String> workerVersions = new ConcurrentHashMap<>();
  private volatile boolean closed;

  private Transport(TransportConfig config, JsonCodec codec) {
    this.config = config;
    this.codec = codec;
    this.errors = new ErrorMapper(codec);
    this.ownsClient = config.okHttpClient() == null;
    this.client = buildClient(config);
    this.ownsScheduler = config.scheduler() == null;
    this.scheduler = ownsScheduler ? null : config.scheduler();
    this.pool = new WorkerPool(config.workers(), config.workerCooldown(), config.clock());
    this.retryEngine = new RetryEngine(
        config.retryPolicy(), pool, config.clock(), config.random(), config.listener());
  }

  /** Creates a transport; the OkHttp client and its adapters are built once, here. */
  public static Transport create(TransportConfig config) {
    return new Transport(config, JsonCodec.create());
  }

  /** The JSON codec, for encoding request bodies. */
  public JsonCodec codec() {
    return codec;
  }

  /** The configuration this transport was built with. */
  public TransportConfig config() {
    return config;
  }

  private static OkHttpClient buildClient(TransportConfig config) {
    OkHttpClient.Builder builder;
    if (config.okHttpClient() == null) {
      Dispatcher dispatcher = new Dispatcher();
      dispatcher.setMaxRequests(config.maxRequests());
      dispatcher.setMaxRequestsPerHost(config.maxRequestsPerHost());
      // Jetty closes idle connections after 30 s; keep ours shorter so a reused one is alive.
      builder = new OkHttpClient.Builder()
          .dispatcher(dispatcher)
          .connectionPool(new ConnectionPool(Math.max(5, config.maxRequestsPerHost()), 25, TimeUnit.SECONDS));
    } else {
      builder = config.okHttpClient().newBuilder();
    }
    TlsSetup.apply(config.tls(), builder);
    if (config.proxy() != null) {
      config.proxy().applyTo(builder);
    }
    return builder
        .followRedirects(false)
        .followSslRedirects(false)
        .retryOnConnectionFailure(false)
        .connectTimeout(config.connectTimeout())
        .readTimeout(config.requestTimeout())
        .writeTimeout(config.requestTimeout())
        .callTimeout(config.requestTimeout())
        .build();
  }

  // ---------------------------------------------------------------- sync

  /** Sends {@code call}, retrying as the policy allows, and returns its result. */
  public <T> T execute(ApiCall<T> call) {
    ensureOpen();
    CallState<T> state = retryEngine.start(call);
    while (true) {
      HttpUrl worker = retryEngine.beginAttempt(state);
      try {
        T value = sendSync(state, worker);
        retryEngine.succeeded(state);
        return value;
      } catch (RuntimeException failure) {
        if (isDoneAlready(state, failure)) {
          retryEngine.succeeded(state);
          return null;
        }
        Decision decision = retryEngine.decide(state, worker, failure);
        if (decision.isGiveUp()) {
          if (CreateOutcomeCheck.applies(state, failure)) {
            return createOutcome.settle(state, decision.failure());
          }
          throw withWorkerVersionSync(decision.failure(), worker);
        }
        sleep(decision.delay());
        ensureOpen();
      }
    }
  }

  private <T> T sendSync(CallState<T> state, HttpUrl worker) {
    Request request = buildRequest(state.call, worker);
    for (int hop = 0; ; hop++) {
      Call httpCall = client.newCall(request);
      applyAttemptTimeout(httpCall, state);
      try (Response response = httpCall.execute()) {
        Request redirect = redirectFor(response, hop);
        if (redirect != null) {
          request = redirect;
          continue;
        }
        return read(state, response, worker);
      } catch (IOException e) {
        throw ioFailure(worker, e);
      }
    }
  }

  private void sleep(Duration delay) {
    if (delay.isZero()) {
      return;
    }
    try {
      config.sleeper().sleep(delay);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ConnectClientException("interrupted while waiting to retry", e);
    }
  }

  private RuntimeException withWorkerVersionSync(RuntimeException failure, HttpUrl worker) {
    if (!(failure instanceof UnsupportedEndpointException unsupported)) {
      return failure;
    }
    String version = workerVersions.computeIfAbsent(worker.toString(), url -> {
      try (Response response = client.newCall(buildRequest(Endpoints.SERVER_INFO.call(), worker)).execute()) {
        return response.isSuccessful() ? versionOf(response) : null;
      } catch (IOException | RuntimeException unreadable) {
        return null;
      }
    });
    return withVersion(unsupported, version);
  }

  // ---------------------------------------------------------------- async

  /**
   * Sends {@code call} without blocking; retries are scheduled. Cancelling the returned future
   * cancels the in-flight HTTP call and any scheduled retry.
   */
  public <T> CompletableFuture<T> executeAsync(ApiCall<T> call) {
    ensureOpen();
    AsyncCall<T> async = new AsyncCall<>(retryEngine.start(call));
    async.result.whenComplete((value, failure) -> {
      if (async.result.isCancelled()) {
        async.cancel();
      }
    });
    attemptAsync(async);
    return async.result;
  }

  private <T> void attemptAsync(AsyncCall<T> async) {
    if (async.result.isDone()) {
      return;
    }
    if (closed) {
      fail(async, new IllegalStateException("the connect client is closed"));
      return;
    }
    HttpUrl worker = retryEngine.beginAttempt(async.state);
    Request request;
    try {
      request = buildRequest(async.state.call, worker);
    } catch (RuntimeException e) {
      // e.g. the bearer token supplier threw; on a scheduled retry nobody else would see it
      fail(async, e);
      return;
    }
    sendAsync(async, request, worker, 0);
  }

  private <T> void sendAsync(AsyncCall<T> async, Request request, HttpUrl worker, int hop) {
    Call httpCall = client.newCall(request);
    applyAttemptTimeout(httpCall, async.state);
    async.inFlight = httpCall;
    if (async.result.isDone()) {
      httpCall.cancel();
      return;
    }
    httpCall.enqueue(new Callback() {
      @Override
      public void onFailure(Call failed, IOException e) {
        onAttemptFailed(async, worker, ioFailure(worker, e));
      }

      @Override
      public void onResponse(Call answered, Response response) {
        T value;
        try (response) {
          Request redirect = redirectFor(response, hop);
          if (redirect != null) {
            sendAsync(async, redirect, worker, hop + 1);
            return;
          }
          value = read(async.state, response, worker);
        } catch (IOException e) {
          onAttemptFailed(async, worker, ioFailure(worker, e));
          return;
        } catch (RuntimeException failure) {
          onAttemptFailed(async, worker, failure);
          return;
        }
        retryEngine.succeeded(async.state);
        complete(async, value);
      }
    });
  }

  private <T> void onAttemptFailed(AsyncCall<T> async, HttpUrl worker, RuntimeException failure) {
    if (async.result.isDone()) {
      return;
    }
    if (isDoneAlready(async.state, failure)) {
      retryEngine.succeeded(async.state);
      complete(async, null);
      return;
    }
    Decision decision;
    try {
      decision = retryEngine.decide(async.state, worker, failure);
    } catch (RuntimeException unexpected) {
      fail(async, unexpected);
      return;
    }
    if (decision.isGiveUp() && CreateOutcomeCheck.applies(async.state, failure)) {
      createOutcome.settleAsync(async.state, decision.failure()).whenComplete((value, settled) -> {
        if (settled == null) {
          complete(async, value);
        } else {
          fail(async, settled instanceof CompletionException && settled.getCause() != null
              ? settled.getCause() : settled);
        }
      });
    } else if (decision.isGiveUp()) {
      giveUpAsync(async, decision.failure(), worker);
    } else if (decision.delay().isZero()) {
      attemptAsync(async);
    } else {
      try {
        async.scheduled = scheduler().schedule(
            () -> attemptAsync(async), decision.delay().toMillis(), TimeUnit.MILLISECONDS);
        if (async.result.isDone()) {
          async.scheduled.cancel(false); // cancelled while the retry was being scheduled
        }
      } catch (java.util.concurrent.RejectedExecutionException shutDown) {
        fail(async, new IllegalStateException("the connect client is closed", shutDown));
      }
    }
  }

  private <T> void giveUpAsync(AsyncCall<T> async, RuntimeException failure, HttpUrl worker) {
    if (!(failure instanceof UnsupportedEndpointException unsupported)) {
      fail(async, failure);
      return;
    }
    String known = workerVersions.get(worker.toString());
    if (known != null) {
      fail(async, withVersion(unsupported, known));
      return;
    }
    client.newCall(buildRequest(Endpoints.SERVER_INFO.call(), worker)).enqueue(new Callback() {
      @Override
      public void onFailure(Call call, IOException e) {
        fail(async, unsupported);
      }

      @Override
      public void onResponse(Call call, Response response) {
        String version = null;
        try (response) {
          version = response.isSuccessful() ? versionOf(response) : null;
        } catch (RuntimeException | IOException unreadable) {
          // the version is a courtesy; the failure is reported without it
        }
        if (version != null) {
          workerVersions.put(worker.toString(), version);
        }
        fail(async, withVersion(unsupported, version));
      }
    });
  }

  private <T> void complete(AsyncCall<T> async, T value) {
    onCompletionExecutor(() -> async.result.complete(value));
  }

  private <T> void fail(AsyncCall<T> async, Throwable failure) {
    onCompletionExecutor(() -> async.result.completeExceptionally(failure));
  }

  /**
   * Runs {@code completion} on the user's completion executor, or here when there is none. An
   * executor that rejects the task (shut down, saturated) must not leave the future hanging: the
   * future is then completed on this thread.
   */
  private void onCompletionExecutor(Runnable completion) {
    if (config.completionExecutor() == null) {
      completion.run();
      return;
    }
    try {
      config.completionExecutor().execute(completion);
    } catch (java.util.concurrent.RejectedExecutionException rejected) {
      LOG.warn("the completion executor rejected a completion; completing on {}",
          Thread.currentThread().getName());
      completion.run();
    }
  }

  /** The scheduler of async retries and polls: the user's, or one created on first use. */
  public synchronized ScheduledExecutorService scheduler() {
    if (scheduler != null) {
      return scheduler;
    }
    if (ownedScheduler == null) {
      ownedScheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "connect-client-scheduler");
        thread.setDaemon(true);
        return thread;
      });
    }
    return ownedScheduler;
  }

  private ScheduledExecutorService ownedScheduler;

  /** One async call's mutable state: the result, the in-flight HTTP call, the next retry. */
  private static final class AsyncCall<T> {
    final CallState<T> state;
    final CompletableFuture<T> result = new CompletableFuture<>();
    volatile Call inFlight;
    volatile ScheduledFuture<?> scheduled;

    AsyncCall(CallState<T> state) {
      this.state = state;
    }

    void cancel() {
      Call call = inFlight;
      if (call != null) {
        call.cancel();
      }
      ScheduledFuture<?> next = scheduled;
      if (next != null) {
        next.cancel(false);
      }
    }
  }

  // ---------------------------------------------------------------- shared

  /**
   * A retried delete that finds the connector gone after an earlier attempt may have deleted it
   * has succeeded (API reference §4.18).
   */
  private static boolean isDoneAlready(CallState<?> state, RuntimeException failure) {
    return state.mayHaveApplied
        && state.call.endpoint() == Endpoints.DELETE_CONNECTOR
        && failure instanceof ConnectorNotFoundException;
  }

  private void applyAttemptTimeout(Call call, CallState<?> state) {
    Duration timeout = config.requestTimeout();
    Duration remaining = retryEngine.remaining(state);
    if (remaining != null && remaining.compareTo(timeout) < 0) {
      timeout = remaining.isZero() ? Duration.ofMillis(1) : remaining;
    }
    call.timeout().timeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  private Request buildRequest(ApiCall<?> call, HttpUrl worker) {
    String base = worker.toString();
    if (base.endsWith("/")) {
      base = base.substring(0, base.length() - 1);
    }
    Request.Builder builder = new Request.Builder()
        .url(HttpUrl.get(base + call.encodedPath()))
        .header("Accept", "application/json")
        .header("User-Agent", ClientVersion.USER_AGENT);
    config.headers().forEach(builder::header);
    if (config.authorization() != null) {
      String authorization = config.authorization().get();
      if (authorization != null) {
        builder.header("Authorization", authorization);
      }
    }
    byte[] body = call.body();
    RequestBody requestBody;
    if (body != null) {
      requestBody = RequestBody.create(body, JSON);
    } else if (requiresBody(call.method())) {
      requestBody = RequestBody.create(new byte[0], null);
    } else {
      requestBody = null;
    }
    return builder.method(call.method(), requestBody).build();
  }

  private static boolean requiresBody(String method) {
    return method.equals("POST") || method.equals("PUT") || method.equals("PATCH");
  }

  /** The next request of a 307/308 redirect, or null when {@code response} is not one. */
  private Request redirectFor(Response response, int hop) {
    int status = response.code();
    String location = response.header("Location");
    if ((status != 307 && status != 308) || location == null || hop >= config.maxRedirects()) {
      return null;
    }
    Request previous = response.request();
    HttpUrl next = previous.url().resolve(location);
    if (next == null) {
      return null;
    }
    Request.Builder builder = previous.newBuilder().url(next);
    boolean sameOrigin = next.host().equals(previous.url().host())
        && next.port() == previous.url().port()
        && next.scheme().equals(previous.url().scheme());
    if (!sameOrigin && !config.authorizationAcrossHosts()) {
      builder.removeHeader("Authorization");
    }
    LOG.debug("{} {} redirected ({}) to {}", previous.method(), previous.url().encodedPath(), status, next);
    return builder.build();
  }

  private <T> T read(CallState<T> state, Response response, HttpUrl worker) throws IOException {
    ApiCall<T> call = state.call;
    int status = response.code();
    LOG.debug("{} {} at {} attempt {} -> {}", call.method(), call.encodedPath(), worker, state.attempt, status);
    if (response.isSuccessful() || (call.endpoint().acceptsStatus(status)
        && errors.isResultBody(response.peekBody(ERROR_BODY_LIMIT).string()))) {
      return call.endpoint().reader().read(new HttpExchange(call, response));
    }
    String body = errorText(response.body());
    ConnectServerException failure = errors.map(call, status, body, worker.toString(), state.attempt,
        RetryAfter.parse(response.header("Retry-After"), config.clock()));
    throw failure;
  }

  private static String errorText(ResponseBody body) throws IOException {
    BufferedSource source = body.source();
    Buffer buffer = new Buffer();
    long limit = ERROR_BODY_LIMIT;
    while (buffer.size() < limit && source.read(buffer, limit - buffer.size()) != -1) {
      // read at most the limit; an error body longer than that is cut
    }
    return buffer.readString(StandardCharsets.UTF_8);
  }

  private String versionOf(Response response) throws IOException {
    ServerInfo info = codec.decode(response.body().source(), ServerInfo.class);
    return info.version();
  }

  /**
   * The unsupported-endpoint failure with the worker's version; or, when the worker is new enough
   * for the endpoint (the route is disabled, e.g. {@code admin.listeners} empty, or hidden by a
   * proxy), a plain not-found.
   */
  private static ConnectServerException withVersion(UnsupportedEndpointException e, String version) {
    if (version == null) {
      return e;
    }
    if (KafkaVersion.atLeast(version, e.requiredVersion())) {
      return new io.github.connectclient.errors.NotFoundException(e.response());
    }
    return new UnsupportedEndpointException(e.response(), e.requiredVersion(), version);
  }

  private static IoFailure ioFailure(HttpUrl worker, IOException e) {
    // A TLS failure gets a message that says so; a permanent one (certificate, protocol) means the
    // handshake did not complete, so the request was never sent.
    IOException described = TlsFailure.describe(e);
    boolean neverSent = RetryClassifier.neverConnected(described) || TlsFailure.isPermanent(described);
    return new IoFailure(worker, described, !neverSent);
  }

  private void ensureOpen() {
    if (closed) {
      throw new IllegalStateException("the connect client is closed");
    }
  }

  /** Whether {@link #close()} was called. */
  public boolean isClosed() {
    return closed;
  }

  /**
   * Releases what this transport owns: the dispatcher threads and connection pool of an OkHttp
   * client it created, and a scheduler it created. A user-supplied client or scheduler is left
   * alone.
   */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    if (ownsClient) {
      client.dispatcher().cancelAll();
      client.dispatcher().executorService().shutdown();
      client.connectionPool().evictAll();
    }
    synchronized (this) {
      if (ownedScheduler != null) {
        ownedScheduler.shutdownNow();
      }
    }
  }

  /** A successful answer, read by an endpoint's {@link ResponseReader}. */
  private final class HttpExchange implements Exchange {
    private final ApiCall<?> call;
    private final Response response;

    HttpExchange(ApiCall<?> call, Response response) {
      this.call = call;
      this.response = response;
    }

    @Override
    public int status() {
      return response.code();
    }

    @Override
    public ApiCall<?> call() {
      return call;
    }

    @Override
    public <R> R decode(Type type) throws IOException {
      ResponseBody body = response.body();
      long limit = config.maxResponseBytes();
      if (body.contentLength() > limit) {
        throw malformed(null, "the body has " + body.contentLength() + " bytes, more than the limit of "
            + limit, null);
      }
      try {
        BufferedSource source = Okio.buffer(new LimitedSource(body.source(), limit));
        return codec.decode(source, type);
      } catch (JsonDecodeException e) {
        throw malformed(e.path(), e.getMessage(), e);
      } catch (LimitedSource.ResponseTooLargeException e) {
        throw malformed(null, e.getMessage(), e);
      }
    }

    private MalformedResponseException malformed(String jsonPath, String detail, Throwable cause) {
      // A decoding message may quote a value ("Expected an int but was ..."): mask the secrets this
      // call sent, and drop the cause then, whose message would still show them.
      String masked = SecretMasking.mask(detail, call.secrets());
      return new MalformedResponseException(call.method(), call.encodedPath(), response.code(), jsonPath,
          masked, java.util.Objects.equals(masked, detail) ? cause : null);
    }
  }
}
