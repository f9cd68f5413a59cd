package io.github.connectclient.internal.http;

import io.github.connectclient.internal.config.TransportConfig;
import io.github.connectclient.internal.endpoint.ApiCall;
import io.github.connectclient.internal.endpoint.PreparedCall;
import io.github.connectclient.internal.endpoint.RetryClass;
import io.github.connectclient.internal.endpoint.TimeoutKind;
import io.github.connectclient.internal.json.JsonCodec;
import io.github.connectclient.internal.retry.CallState;
import io.github.connectclient.internal.retry.RetryEngine;
import io.github.connectclient.internal.tls.TlsSetup;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * Builds requests: checks a call's arguments and encodes it ({@link #prepare}), turns it into the
 * HTTP request for one worker (URL, headers, authorization, body), and starts an attempt with its
 * time budget.
 */
final class RequestFactory {

  private static final MediaType JSON = MediaType.get("application/json");
  private static final byte[] EMPTY = new byte[0];

  private final TransportConfig config;
  private final JsonCodec codec;
  private final OkHttpClient client;
  private final RetryEngine engine;
  private final Map<HttpUrl, HttpUrl> directories;
  private volatile OkHttpClient tlsClient;

  RequestFactory(TransportConfig config, JsonCodec codec, OkHttpClient client, RetryEngine engine) {
    this.config = config;
    this.codec = codec;
    this.client = client;
    this.engine = engine;
    Map<HttpUrl, HttpUrl> known = new HashMap<>();
    for (HttpUrl worker : config.workers().urls()) {
      known.put(worker, HttpUrl.get(base(worker) + "/"));
    }
    this.directories = Map.copyOf(known);
  }

  /**
   * {@code worker}'s URL followed by {@code encodedPath}. For a known worker the path is resolved
   * against the worker's URL as a directory, parsed once: parsing the whole URL again would
   * canonicalize its host (IDN included) on every request.
   */
  private HttpUrl url(HttpUrl worker, String encodedPath) {
    HttpUrl directory = directories.get(worker);
    HttpUrl url = directory == null ? null : directory.resolve(encodedPath.substring(1));
    return url != null ? url : HttpUrl.get(base(worker) + encodedPath);
  }

  /** {@code worker}'s URL without its trailing slash, which every encoded path starts with. */
  private static String base(HttpUrl worker) {
    String url = worker.toString();
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  /** {@code call} checked (throwing on a bad argument) and encoded. */
  <T> PreparedCall<T> prepare(ApiCall<T> call) {
    return call.prepare(config.security().connectorNames(), codec);
  }

  /** The HTTP request of {@code call} to {@code worker}. */
  Request build(PreparedCall<?> call, HttpUrl worker) {
    Request.Builder builder =
        new Request.Builder()
            .url(url(worker, call.encodedPath()))
            .header("Accept", "application/json")
            .header("User-Agent", ClientVersion.USER_AGENT);
    config.security().headers().forEach(builder::header);
    if (config.security().authorization() != null) {
      String authorization = config.security().authorization().get();
      if (authorization != null) {
        builder.header("Authorization", authorization);
      }
    }
    return builder.method(call.method(), body(call)).build();
  }

  /**
   * An OkHttp call of {@code request} with the attempt timeout of the endpoint's kind (read, write,
   * validation), cut to what the call's deadline leaves.
   */
  Call newCall(Request request, CallState<?> state) {
    return newCall(request, attemptTimeout(state));
  }

  /** An OkHttp call of {@code request} that may take {@code timeout}. */
  Call newCall(Request request, Duration timeout) {
    Call call = clientFor(request).newCall(request);
    call.timeout().timeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
    return call;
  }

  /**
   * The client for {@code request}: ours, or for an {@code https} request (a redirect) of a client
   * whose TLS is deferred, the same client with TLS, set up at the first such request.
   */
  private OkHttpClient clientFor(Request request) {
    if (!request.isHttps() || !config.security().tls().isDeferred()) {
      return client;
    }
    OkHttpClient tls = tlsClient;
    if (tls == null) {
      synchronized (this) {
        tls = tlsClient;
        if (tls == null) {
          tls = TlsSetup.withTls(client);
          tlsClient = tls;
        }
      }
    }
    return tls;
  }

  /** The time the next attempt of {@code state} may take: the timeout of its kind, or less. */
  Duration attemptTimeout(CallState<?> state) {
    Duration timeout = config.timeouts().attempt(state.call().endpoint().timeoutKind());
    Duration remaining = engine.remaining(state);
    if (remaining != null && remaining.compareTo(timeout) < 0) {
      timeout = remaining.isZero() ? Duration.ofMillis(1) : remaining;
    }
    return timeout;
  }

  /**
   * After how long without an answer the first attempt of {@code call} is hedged to another worker,
   * or null when it is not: only reads, and only when the builder asked for hedging.
   */
  Duration hedgeAfter(PreparedCall<?> call) {
    Duration after = config.timeouts().hedgeReadsAfter();
    boolean read =
        call.endpoint().timeoutKind() == TimeoutKind.READ
            && call.endpoint().retryClass() == RetryClass.SAFE;
    return read && config.workers().urls().size() > 1 ? after : null;
  }

  private static RequestBody body(PreparedCall<?> call) {
    byte[] body = call.body();
    if (body != null) {
      return RequestBody.create(body, JSON);
    }
    String method = call.method();
    boolean required = method.equals("POST") || method.equals("PUT") || method.equals("PATCH");
    return required ? RequestBody.create(EMPTY, null) : null;
  }
}
