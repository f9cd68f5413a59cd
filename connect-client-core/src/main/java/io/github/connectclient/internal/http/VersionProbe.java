package io.github.connectclient.internal.http;

import io.github.connectclient.errors.ConnectServerException;
import io.github.connectclient.errors.ErrorResponse;
import io.github.connectclient.errors.NotFoundException;
import io.github.connectclient.errors.UnsupportedEndpointException;
import io.github.connectclient.internal.endpoint.Endpoints;
import io.github.connectclient.internal.endpoint.Feature;
import io.github.connectclient.internal.endpoint.PreparedCall;
import io.github.connectclient.internal.json.JsonCodec;
import io.github.connectclient.internal.retry.CallState;
import io.github.connectclient.model.ServerInfo;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.HttpUrl;
import okhttp3.Response;
import okio.Okio;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Knows which Kafka version each worker runs, asking it ({@code GET /}) the first time a call that
 * needs more than Connect's first release goes to it, and uses that to:
 *
 * <ul>
 *   <li>refuse, before sending, a call the worker is too old for ({@link #refusal}): the gate the
 *       executors pass before every attempt, with the version of the worker that attempt goes to;
 *   <li>explain a route the worker did not know ({@link #explain}): an old worker, or a route
 *       disabled on a new one.
 * </ul>
 *
 * <p>A version read is kept per worker URL until that worker fails to answer ({@link #forget}: it
 * may come back upgraded), so a failover to another URL asks that worker. A version that cannot be
 * read (the worker is down, {@code GET /} is refused or answers something else) blocks nothing: the
 * call is sent and the server answers it; the next call asks again. Never blocks a thread: the
 * blocking executor waits on the futures.
 */
final class VersionProbe {

  private static final Logger LOG = LoggerFactory.getLogger("io.github.connectclient.http");
  private static final long MAX_BODY_BYTES = 64 * 1024;
  private static final CompletableFuture<UnsupportedEndpointException> PASS =
      CompletableFuture.completedFuture(null);

  private final RequestFactory requests;
  private final JsonCodec codec;
  private final Duration timeout;
  private final PreparedCall<ServerInfo> serverInfo;
  private final ConcurrentMap<HttpUrl, CompletableFuture<String>> versions =
      new ConcurrentHashMap<>();

  /**
   * A probe sending its {@code GET /} through {@code requests}.
   *
   * @param timeout how long asking takes at most when explaining a failure
   */
  VersionProbe(RequestFactory requests, JsonCodec codec, Duration timeout) {
    this.requests = requests;
    this.codec = codec;
    this.timeout = timeout;
    this.serverInfo = requests.prepare(Endpoints.SERVER_INFO.call());
  }

  /**
   * Why the attempt under way of {@code state}'s call must not go to {@code worker}: of the call's
   * requirements that the worker's version lacks, the one needing the newest version (what the
   * worker must be upgraded to), as an {@link UnsupportedEndpointException} not sent; null when the
   * call may go (the worker is new enough, its version is unknown, or the call needs nothing but
   * Connect's first release, in which case nobody is asked). Asking takes at most the attempt's
   * timeout.
   */
  CompletableFuture<UnsupportedEndpointException> refusal(CallState<?> state, HttpUrl worker) {
    PreparedCall<?> call = state.call();
    List<Feature> needs = call.requirements();
    if (needs.isEmpty()) {
      return PASS;
    }
    int attempt = state.attempt();
    return version(worker, requests.attemptTimeout(state))
        .thenApply(reported -> refusal(call, needs, worker, attempt, reported));
  }

  private static UnsupportedEndpointException refusal(
      PreparedCall<?> call, List<Feature> needs, HttpUrl worker, int attempt, String reported) {
    KafkaVersion have = KafkaVersion.parse(reported);
    if (have == null) {
      return null;
    }
    Feature unmet = null;
    KafkaVersion newest = null;
    for (Feature feature : needs) {
      KafkaVersion need = KafkaVersion.parse(feature.since());
      if (need != null && !have.atLeast(need) && (newest == null || !newest.atLeast(need))) {
        unmet = feature;
        newest = need;
      }
    }
    if (unmet == null) {
      return null;
    }
    ErrorResponse notSent =
        new ErrorResponse(
            call.method(), call.encodedPath(), 0, null, "", worker.toString(), attempt, null);
    return new UnsupportedEndpointException(
        notSent, unmet.name(), unmet.since(), reported, have.apacheLine());
  }

  /**
   * {@code failure}, explained with the version of {@code worker} when it is an unknown route: an
   * {@link UnsupportedEndpointException} naming that version, or a {@link NotFoundException} when
   * the worker is new enough (the route is disabled, or hidden by a proxy).
   */
  CompletableFuture<RuntimeException> explain(RuntimeException failure, HttpUrl worker) {
    if (!(failure instanceof UnsupportedEndpointException unsupported) || !unsupported.sent()) {
      return CompletableFuture.completedFuture(failure);
    }
    return version(worker, timeout).thenApply(reported -> withVersion(unsupported, reported));
  }

  /** Forgets the version of {@code worker}, which failed to answer: it may come back upgraded. */
  void forget(HttpUrl worker) {
    versions.remove(worker);
  }

  /**
   * The version {@code worker} reported, asking it once (concurrent callers share the question);
   * null when it could not be read, and then it is asked again next time. Never fails.
   */
  CompletableFuture<String> version(HttpUrl worker, Duration timeout) {
    CompletableFuture<String> known = versions.get(worker);
    if (known != null) {
      return known;
    }
    CompletableFuture<String> asked = new CompletableFuture<>();
    CompletableFuture<String> raced = versions.putIfAbsent(worker, asked);
    if (raced != null) {
      return raced;
    }
    ask(worker, timeout)
        .thenAccept(
            version -> {
              if (version == null) {
                versions.remove(worker, asked);
              }
              asked.complete(version);
            });
    return asked;
  }

  private CompletableFuture<String> ask(HttpUrl worker, Duration timeout) {
    CompletableFuture<String> answer = new CompletableFuture<>();
    Call call;
    try {
      call = requests.newCall(requests.build(serverInfo, worker), timeout);
    } catch (RuntimeException unbuildable) {
      // e.g. the bearer token supplier threw; the call itself will report it
      answer.complete(null);
      return answer;
    }
    call.enqueue(
        new Callback() {
          @Override
          public void onFailure(Call call, IOException e) {
            LOG.debug("could not ask {} for its Kafka version: {}", worker, e.toString());
            answer.complete(null);
          }

          @Override
          public void onResponse(Call call, Response response) {
            String version = null;
            try (response) {
              if (response.isSuccessful()) {
                ServerInfo info =
                    codec.decode(
                        Okio.buffer(new LimitedSource(response.body().source(), MAX_BODY_BYTES)),
                        ServerInfo.class);
                version = info.version();
              }
            } catch (RuntimeException | IOException unreadable) {
              // the version is a courtesy: without it the call is sent and the server answers
            }
            LOG.debug("{} reports Kafka version {}", worker, version);
            answer.complete(version);
          }
        });
    return answer;
  }

  private static ConnectServerException withVersion(
      UnsupportedEndpointException e, String reported) {
    if (reported == null) {
      return e;
    }
    if (KafkaVersion.atLeast(reported, e.requiredVersion())) {
      return new NotFoundException(e.response());
    }
    KafkaVersion version = KafkaVersion.parse(reported);
    return new UnsupportedEndpointException(
        e.response(),
        e.feature(),
        e.requiredVersion(),
        reported,
        version == null ? null : version.apacheLine());
  }
}
