package io.github.connectclient.internal.http;

import io.github.connectclient.errors.ConnectClientException;
import io.github.connectclient.internal.config.TransportConfig;
import io.github.connectclient.internal.endpoint.ApiCall;
import io.github.connectclient.internal.endpoint.PreparedCall;
import io.github.connectclient.internal.endpoint.TimeoutKind;
import io.github.connectclient.internal.json.JsonCodec;
import io.github.connectclient.internal.retry.RetryEngine;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * The one transport behind both clients, and what it owns: the OkHttp client, the retry engine and
 * the scheduler. A call goes {@code ApiCall} -> {@link RequestFactory#prepare} (arguments checked,
 * body encoded) -> the {@link BlockingExecutor} or the {@link AsyncExecutor}, which send attempts
 * ({@link RequestFactory}, {@link Redirects}), read answers ({@link AnswerReader}) and act on the
 * {@link RetryEngine}'s decisions. See docs/architecture.md.
 */
public final class Transport implements AutoCloseable {

  private final TransportConfig config;
  private final OkHttpClient client;
  private final boolean ownsClient;
  private final RequestFactory requests;
  private final BlockingExecutor blocking;
  private final AsyncExecutor async;
  private final CompletionHandOff handOff;
  private ScheduledExecutorService ownedScheduler;
  private volatile boolean closed;

  private Transport(TransportConfig config) {
    this.config = config;
    JsonCodec codec = JsonCodec.create();
    this.ownsClient = config.execution().okHttpClient() == null;
    this.client = HttpClientFactory.create(config);
    RetryEngine engine =
        new RetryEngine(
            config.retry(),
            config.workers().urls(),
            config.workers().cooldown(),
            config.execution().clock(),
            config.execution().random());
    this.requests = new RequestFactory(config, codec, client, engine);
    Redirects redirects = new Redirects(config.workers());
    AnswerReader answers =
        new AnswerReader(codec, config.limits().maxResponseBytes(), config.execution().clock());
    VersionProbe versions =
        new VersionProbe(requests, codec, config.timeouts().attempt(TimeoutKind.READ));
    this.blocking =
        new BlockingExecutor(
            requests,
            redirects,
            answers,
            engine,
            versions,
            config.execution().sleeper(),
            this::ensureOpen);
    this.handOff = new CompletionHandOff(config.execution().completionExecutor());
    this.async =
        new AsyncExecutor(
            requests,
            redirects,
            answers,
            engine,
            versions,
            this::scheduler,
            handOff,
            this::isClosed);
  }

  /**
   * Completes {@code future} as the async calls do: on the completion executor when there is one.
   * For futures the transport's own calls do not complete (an await), whose last step may run on
   * the scheduler's thread.
   */
  public <T> void complete(CompletableFuture<T> future, T value) {
    handOff.complete(future, value);
  }

  /** Fails {@code future} as the async calls do: on the completion executor when there is one. */
  public void fail(CompletableFuture<?> future, Throwable failure) {
    handOff.fail(future, failure);
  }

  /** A transport; the OkHttp client and the JSON adapters are built once, here. */
  public static Transport create(TransportConfig config) {
    return new Transport(config);
  }

  /** The configuration this transport was built with. */
  public TransportConfig config() {
    return config;
  }

  /** {@code call} with its arguments checked (throwing before any request) and encoded. */
  public <T> PreparedCall<T> prepare(ApiCall<T> call) {
    return requests.prepare(call);
  }

  /** Sends {@code call} on this thread, retrying as the policy allows, and returns its result. */
  public <T> T execute(ApiCall<T> call) {
    PreparedCall<T> prepared = prepare(call);
    ensureOpen();
    if (requests.hedgeAfter(prepared) != null) {
      return join(async.execute(prepared)); // two attempts at once need the async path
    }
    return blocking.execute(prepared);
  }

  /**
   * Sends {@code call} without blocking; retries are scheduled. Argument errors are thrown at once.
   * Cancelling the returned future cancels the in-flight HTTP call and any scheduled retry.
   */
  public <T> CompletableFuture<T> executeAsync(ApiCall<T> call) {
    PreparedCall<T> prepared = prepare(call);
    ensureOpen();
    return async.execute(prepared);
  }

  /**
   * {@link #execute} to {@code worker} only, one of {@link #workers()}: retried there as the policy
   * allows, never failed over to another worker.
   */
  public <T> T executeOn(ApiCall<T> call, HttpUrl worker) {
    PreparedCall<T> prepared = prepare(call);
    ensureOpen();
    return blocking.execute(prepared, worker);
  }

  /** {@link #executeAsync} to {@code worker} only, as {@link #executeOn} says. */
  public <T> CompletableFuture<T> executeAsyncOn(ApiCall<T> call, HttpUrl worker) {
    PreparedCall<T> prepared = prepare(call);
    ensureOpen();
    return async.execute(prepared, worker);
  }

  /** The worker URLs of this transport, in preference order. */
  public List<HttpUrl> workers() {
    return config.workers().urls();
  }

  /**
   * The value of {@code future} for a blocking caller: its exception rethrown as it is (unwrapped),
   * and on interruption the future cancelled and the interrupt kept.
   */
  public static <T> T join(CompletableFuture<T> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      throw new ConnectClientException("interrupted", e);
    } catch (ExecutionException e) {
      Throwable cause = e;
      while ((cause instanceof CompletionException || cause instanceof ExecutionException)
          && cause.getCause() != null) {
        cause = cause.getCause();
      }
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new ConnectClientException(String.valueOf(cause.getMessage()), cause);
    }
  }

  /** The scheduler of async retries and polls: the user's, or one created on first use. */
  public synchronized ScheduledExecutorService scheduler() {
    ScheduledExecutorService user = config.execution().scheduler();
    if (user != null) {
      return user;
    }
    if (ownedScheduler == null) {
      ownedScheduler =
          Executors.newSingleThreadScheduledExecutor(
              runnable -> {
                Thread thread = new Thread(runnable, "connect-client-scheduler");
                thread.setDaemon(true);
                return thread;
              });
    }
    return ownedScheduler;
  }

  /** Whether {@link #close()} was called. */
  public boolean isClosed() {
    return closed;
  }

  private void ensureOpen() {
    if (closed) {
      throw new IllegalStateException("the connect client is closed");
    }
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
}
