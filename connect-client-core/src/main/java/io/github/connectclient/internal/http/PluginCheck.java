package io.github.connectclient.internal.http;

import io.github.connectclient.errors.ConnectClientException;
import io.github.connectclient.internal.endpoint.Endpoints;
import io.github.connectclient.model.PluginInfo;
import io.github.connectclient.model.PluginReport;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import okhttp3.HttpUrl;

/**
 * {@code checkPlugins()}: asks every worker URL of a transport, directly (no failover: each answer
 * must be that worker's), for all its plugins ({@code GET /connector-plugins?connectorsOnly=false},
 * with the client's authentication, retries and version gate), and reports per plugin class and
 * version where it is and where it is missing. A worker whose plugins cannot be read is reported
 * unreachable with why, never skipped.
 */
public final class PluginCheck {

  private PluginCheck() {}

  /** The report, asking the workers one after the other on this thread. */
  public static PluginReport run(Transport transport) {
    Map<String, List<PluginInfo>> listed = new LinkedHashMap<>();
    Map<String, String> unreachable = new LinkedHashMap<>();
    for (HttpUrl worker : transport.workers()) {
      try {
        listed.put(worker.toString(), transport.executeOn(Endpoints.LIST_PLUGINS.call(), worker));
      } catch (ConnectClientException failure) {
        unreachable.put(worker.toString(), failure.getMessage());
      }
    }
    return report(transport, listed, unreachable);
  }

  /** The report, asking every worker at once without blocking. */
  public static CompletableFuture<PluginReport> runAsync(Transport transport) {
    Map<String, List<PluginInfo>> listed = new LinkedHashMap<>();
    Map<String, String> unreachable = new LinkedHashMap<>();
    List<CompletableFuture<List<PluginInfo>>> sent = new ArrayList<>();
    List<CompletableFuture<Void>> answers = new ArrayList<>();
    for (HttpUrl worker : transport.workers()) {
      String url = worker.toString();
      CompletableFuture<List<PluginInfo>> call =
          transport.executeAsyncOn(Endpoints.LIST_PLUGINS.call(), worker);
      sent.add(call);
      answers.add(
          call.handle(
              (plugins, failure) -> {
                Throwable cause = unwrap(failure);
                synchronized (listed) {
                  if (cause == null) {
                    listed.put(url, plugins);
                  } else if (cause instanceof ConnectClientException unanswered) {
                    unreachable.put(url, unanswered.getMessage());
                  } else {
                    throw new CompletionException(cause);
                  }
                }
                return null;
              }));
    }
    CompletableFuture<PluginReport> report =
        CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new))
            .thenApply(
                done -> {
                  synchronized (listed) {
                    return report(transport, listed, unreachable);
                  }
                });
    report.whenComplete(
        (done, failure) -> {
          if (report.isCancelled()) {
            sent.forEach(call -> call.cancel(false)); // their HTTP calls and scheduled retries
          }
        });
    return report;
  }

  private static PluginReport report(
      Transport transport, Map<String, List<PluginInfo>> listed, Map<String, String> unreachable) {
    List<String> workers = transport.workers().stream().map(HttpUrl::toString).toList();
    return PluginReport.of(workers, listed, unreachable);
  }

  private static Throwable unwrap(Throwable failure) {
    return failure instanceof CompletionException && failure.getCause() != null
        ? failure.getCause()
        : failure;
  }
}
