package io.github.connectclient;

import io.github.connectclient.apply.ApplyOptions;
import io.github.connectclient.apply.ApplyResult;
import io.github.connectclient.apply.BulkResult;
import io.github.connectclient.apply.ConnectorSelector;
import io.github.connectclient.apply.ConnectorSpec;
import io.github.connectclient.apply.Plan;
import io.github.connectclient.internal.apply.Declarative;
import io.github.connectclient.internal.apply.Failures;
import io.github.connectclient.internal.await.Await;
import io.github.connectclient.internal.await.BlockingAwait;
import io.github.connectclient.internal.http.Transport;
import io.github.connectclient.model.ConnectorStatus;
import io.github.connectclient.model.RestartOptions;
import io.github.connectclient.model.State;
import java.time.Duration;
import java.util.List;

/**
 * The declarative and bulk face of {@link DefaultConnectClient} (issue 13): the awaits beyond
 * {@code awaitConnectorState(name, state, timeout)}, plan and apply, and the bulk operations. Each
 * joins the non-blocking operation of {@link Declarative} on the calling thread.
 */
abstract class DeclarativeMethods implements ConnectClient {

  private final Transport transport;
  private final Declarative declarative;

  DeclarativeMethods(Transport transport) {
    this.transport = transport;
    this.declarative = new Declarative(transport);
  }

  @Override
  public ConnectorStatus awaitConnectorState(
      String name, State state, int minTasks, Duration timeout) {
    return BlockingAwait.run(transport, Await.state(name, state, minTasks, timeout));
  }

  @Override
  public void awaitConnectorDeleted(String name, Duration timeout) {
    BlockingAwait.run(transport, Await.deleted(name, timeout));
  }

  @Override
  public Plan plan(List<ConnectorSpec> specs, ApplyOptions options) {
    return Failures.join(declarative.plan(specs, options));
  }

  @Override
  public ApplyResult apply(Plan plan) {
    return Failures.join(declarative.apply(plan));
  }

  @Override
  public ApplyResult apply(List<ConnectorSpec> specs, ApplyOptions options) {
    return Failures.join(declarative.apply(specs, options));
  }

  @Override
  public List<String> findConnectors(ConnectorSelector selector) {
    return Failures.join(declarative.find(selector));
  }

  @Override
  public BulkResult pauseConnectors(ConnectorSelector selector) {
    return Failures.join(declarative.pause(selector));
  }

  @Override
  public BulkResult resumeConnectors(ConnectorSelector selector) {
    return Failures.join(declarative.resume(selector));
  }

  @Override
  public BulkResult stopConnectors(ConnectorSelector selector) {
    return Failures.join(declarative.stop(selector));
  }

  @Override
  public BulkResult deleteConnectors(ConnectorSelector selector) {
    return Failures.join(declarative.delete(selector));
  }

  @Override
  public BulkResult restartConnectors(ConnectorSelector selector, RestartOptions options) {
    return Failures.join(declarative.restart(selector, options));
  }
}
