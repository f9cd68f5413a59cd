package io.github.connectclient.internal.http;

import io.github.connectclient.errors.ConnectServerException;
import io.github.connectclient.errors.NotFoundException;
import io.github.connectclient.errors.UnsupportedEndpointException;
import io.github.connectclient.internal.endpoint.Endpoints;
import io.github.connectclient.internal.endpoint.PreparedCall;
import io.github.connectclient.internal.json.JsonCodec;
import io.github.connectclient.model.ServerInfo;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Response;

/**
 * Asks a worker for its Kafka version ({@code GET /}), once per worker URL, to explain a route the
 * worker does not know: an {@link UnsupportedEndpointException} then names the version the worker
 * runs, or becomes a plain not-found when the worker is new enough (the route is disabled or hidden
 * by a proxy). Used by both executors; never blocks (the blocking executor waits for the future).
 */
final class VersionProbe {

  private final OkHttpClient client;
  private final RequestFactory requests;
  private final JsonCodec codec;
  private final PreparedCall<ServerInfo> serverInfo;
  private final Map<String, String> versions = new ConcurrentHashMap<>();

  VersionProbe(OkHttpClient client, RequestFactory requests, JsonCodec codec) {
    this.client = client;
    this.requests = requests;
    this.codec = codec;
    this.serverInfo = requests.prepare(Endpoints.SERVER_INFO.call());
  }

  /** {@code failure}, explained with the version of {@code worker} when it is an unknown route. */
  CompletableFuture<RuntimeException> explain(RuntimeException failure, HttpUrl worker) {
    if (!(failure instanceof UnsupportedEndpointException unsupported)) {
      return CompletableFuture.completedFuture(failure);
    }
    String known = versions.get(worker.toString());
    if (known != null) {
      return CompletableFuture.completedFuture(withVersion(unsupported, known));
    }
    CompletableFuture<RuntimeException> explained = new CompletableFuture<>();
    client
        .newCall(requests.build(serverInfo, worker))
        .enqueue(
            new Callback() {
              @Override
              public void onFailure(Call call, IOException e) {
                explained.complete(unsupported);
              }

              @Override
              public void onResponse(Call call, Response response) {
                String version = null;
                try (response) {
                  if (response.isSuccessful()) {
                    version = codec.decode(response.body().source(), ServerInfo.class).version();
                  }
                } catch (RuntimeException | IOException unreadable) {
                  // the version is a courtesy; the failure is reported without it
                }
                if (version != null) {
                  versions.put(worker.toString(), version);
                }
                explained.complete(withVersion(unsupported, version));
              }
            });
    return explained;
  }

  private static ConnectServerException withVersion(
      UnsupportedEndpointException e, String version) {
    if (version == null) {
      return e;
    }
    if (KafkaVersion.atLeast(version, e.requiredVersion())) {
      return new NotFoundException(e.response());
    }
    return new UnsupportedEndpointException(e.response(), e.requiredVersion(), version);
  }
}
