package io.github.connectclient.internal.apply;

import io.github.connectclient.apply.ApplyOptions;
import io.github.connectclient.apply.ApplyResult;
import io.github.connectclient.apply.BulkResult;
import io.github.connectclient.apply.ConnectorSelector;
import io.github.connectclient.apply.ConnectorSpec;
import io.github.connectclient.apply.Plan;
import io.github.connectclient.internal.http.Transport;
import io.github.connectclient.model.RestartOptions;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The declarative and bulk operations of both clients, written once without blocking: the async
 * client returns these futures, the sync client joins them ({@link Failures#join}). Arguments are
 * checked before any request, on the calling thread. Cancelling a future (or a close failing it)
 * starts nothing more of its operation ({@link Operation}).
 */
public final class Declarative {

  private final Planner planner;
  private final Applier applier;
  private final Bulk bulk;

  /** The operations over {@code transport}. */
  public Declarative(Transport transport) {
    this.planner = new Planner(transport);
    this.applier = new Applier(transport);
    this.bulk = new Bulk(transport);
  }

  /** {@code plan(specs, options)}. */
  public CompletableFuture<Plan> plan(List<ConnectorSpec> specs, ApplyOptions options) {
    return Operation.start(stop -> planner.plan(specs, options, stop));
  }

  /** {@code apply(plan)}. */
  public CompletableFuture<ApplyResult> apply(Plan plan) {
    return Operation.start(stop -> applier.apply(plan, stop));
  }

  /** {@code apply(specs, options)}: plan, then apply that plan. */
  public CompletableFuture<ApplyResult> apply(List<ConnectorSpec> specs, ApplyOptions options) {
    return Operation.start(
        stop -> planner.plan(specs, options, stop).thenCompose(plan -> applier.apply(plan, stop)));
  }

  /** {@code findConnectors(selector)}. */
  public CompletableFuture<List<String>> find(ConnectorSelector selector) {
    return bulk.find(selector);
  }

  /** {@code pauseConnectors(selector)}. */
  public CompletableFuture<BulkResult> pause(ConnectorSelector selector) {
    return Operation.start(stop -> bulk.pause(selector, stop));
  }

  /** {@code resumeConnectors(selector)}. */
  public CompletableFuture<BulkResult> resume(ConnectorSelector selector) {
    return Operation.start(stop -> bulk.resume(selector, stop));
  }

  /** {@code stopConnectors(selector)}. */
  public CompletableFuture<BulkResult> stop(ConnectorSelector selector) {
    return Operation.start(stop -> bulk.stop(selector, stop));
  }

  /** {@code deleteConnectors(selector)}. */
  public CompletableFuture<BulkResult> delete(ConnectorSelector selector) {
    return Operation.start(stop -> bulk.delete(selector, stop));
  }

  /** {@code restartConnectors(selector, options)}. */
  public CompletableFuture<BulkResult> restart(ConnectorSelector selector, RestartOptions options) {
    return Operation.start(stop -> bulk.restart(selector, options, stop));
  }
}
