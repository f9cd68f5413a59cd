package io.github.connectclient.async;

import io.github.connectclient.apply.ApplyOptions;
import io.github.connectclient.apply.ApplyResult;
import io.github.connectclient.apply.BulkResult;
import io.github.connectclient.apply.ConnectorSelector;
import io.github.connectclient.apply.ConnectorSpec;
import io.github.connectclient.apply.Plan;
import io.github.connectclient.internal.apply.Declarative;
import io.github.connectclient.internal.await.AsyncAwait;
import io.github.connectclient.internal.await.Await;
import io.github.connectclient.internal.http.Transport;
import io.github.connectclient.model.ConnectorStatus;
import io.github.connectclient.model.RestartOptions;
import io.github.connectclient.model.State;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The declarative and bulk face of {@link DefaultAsyncConnectClient} (issue 13): the awaits beyond
 * {@code awaitConnectorState(name, state, timeout)}, plan and apply, and the bulk operations, each
 * the non-blocking operation of {@link Declarative}, tracked so that close fails it.
 */
abstract class AsyncDeclarativeMethods implements AsyncConnectClient {

  private final Transport transport;
  private final Declarative declarative;
  private final PendingCalls pending;

  AsyncDeclarativeMethods(Transport transport, PendingCalls pending) {
    this.transport = transport;
    this.declarative = new Declarative(transport);
    this.pending = pending;
  }

  @Override
  public CompletableFuture<ConnectorStatus> awaitConnectorState(
      String name, State state, int minTasks, Duration timeout) {
    return tracked(AsyncAwait.start(transport, Await.state(name, state, minTasks, timeout)));
  }

  @Override
  public CompletableFuture<Void> awaitConnectorDeleted(String name, Duration timeout) {
    CompletableFuture<ConnectorStatus> gone =
        AsyncAwait.start(transport, Await.deleted(name, timeout));
    CompletableFuture<Void> done = gone.thenApply(status -> null);
    done.whenComplete((nothing, failure) -> gone.cancel(false));
    return tracked(done);
  }

  @Override
  public CompletableFuture<Plan> plan(List<ConnectorSpec> specs, ApplyOptions options) {
    return tracked(declarative.plan(specs, options));
  }

  @Override
  public CompletableFuture<ApplyResult> apply(Plan plan) {
    return tracked(declarative.apply(plan));
  }

  @Override
  public CompletableFuture<ApplyResult> apply(List<ConnectorSpec> specs, ApplyOptions options) {
    return tracked(declarative.apply(specs, options));
  }

  @Override
  public CompletableFuture<List<String>> findConnectors(ConnectorSelector selector) {
    return tracked(declarative.find(selector));
  }

  @Override
  public CompletableFuture<BulkResult> pauseConnectors(ConnectorSelector selector) {
    return tracked(declarative.pause(selector));
  }

  @Override
  public CompletableFuture<BulkResult> resumeConnectors(ConnectorSelector selector) {
    return tracked(declarative.resume(selector));
  }

  @Override
  public CompletableFuture<BulkResult> stopConnectors(ConnectorSelector selector) {
    return tracked(declarative.stop(selector));
  }

  @Override
  public CompletableFuture<BulkResult> deleteConnectors(ConnectorSelector selector) {
    return tracked(declarative.delete(selector));
  }

  @Override
  public CompletableFuture<BulkResult> restartConnectors(
      ConnectorSelector selector, RestartOptions options) {
    return tracked(declarative.restart(selector, options));
  }

  /** {@code operation}, failed by close like every call; refused once the client is closed. */
  final <T> CompletableFuture<T> tracked(CompletableFuture<T> operation) {
    pending.ensureOpen();
    return pending.track(operation);
  }
}
